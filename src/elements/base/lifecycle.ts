import type { ReactiveElement } from 'lit';
import { DataStatus, type DataStatusValue } from '../../data/controller.js';
import type { BrazeRequestError } from '../../data/errors.js';
import type { BrazeErrorDetail, BrazeLoadDetail } from './events.js';

/** What the frame needs to know of an element's data: one controller, or several seen as one. */
export interface DataState {
  readonly status: DataStatusValue;
  readonly error: BrazeRequestError | undefined;
  /** The answers of the last complete load; a new value (by identity) is a new load. */
  readonly value: unknown;
  /** True while a refresh is in flight: the status stays `complete` and `value` the answer drawn. */
  readonly refreshing: boolean;
  /** Asks the network again (bypassing every cache). */
  retry(): void;
  /** Asks for new data, keeping what is drawn until it arrives (with every chart of the same client). */
  refresh(): void;
  /** Brings the state up to date with the host now (called first in the host's `willUpdate`). */
  sync(): void;
}

const NONE = Symbol('none');

type Waiting = { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void };

/**
 * The one ending of every load, the same in every element: after the update in which the chart (or the empty view)
 * of an answer is in the DOM, `braze-load` fires once for that answer; after the update showing an error, `braze-error`
 * fires once for it. `complete` is the promise of that moment, like `@lit/task`'s `taskComplete`: it resolves when
 * the current data is drawn and rejects with the error when loading failed.
 */
export class DrawLifecycle {
  #loaded: unknown = NONE;
  #failed: BrazeRequestError | undefined;
  #waiting: Waiting | undefined;

  constructor(private readonly host: ReactiveElement) {}

  /** Call after each update: `drawn` says whether this update put the answer's chart or empty view in the DOM. */
  report(data: DataState, drawn: boolean, detail: () => unknown): void {
    const { status, error, value } = data;
    if (status === DataStatus.error && error) {
      if (error === this.#failed) return;
      this.#failed = error;
      this.#loaded = NONE;
      this.#emit<BrazeErrorDetail>('braze-error', { error });
      this.#settle((w) => w.reject(error));
    } else if (status === DataStatus.complete && drawn && value !== this.#loaded) {
      this.#loaded = value;
      this.#failed = undefined;
      this.#emit<BrazeLoadDetail>('braze-load', { data: detail() });
      this.#settle((w) => w.resolve());
    } else if (status === DataStatus.pending) {
      this.#loaded = NONE;
      this.#failed = undefined;
    }
  }

  /** Resolves when the current data is drawn; rejects with the BrazeRequestError when loading failed. */
  complete(data: DataState): Promise<void> {
    if (data.status === DataStatus.error && data.error === this.#failed) return Promise.reject(this.#failed);
    if (data.status === DataStatus.complete && data.value === this.#loaded && !data.refreshing)
      return Promise.resolve();
    if (!this.#waiting) {
      let resolve!: () => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      this.#waiting = { promise, resolve, reject };
    }
    return this.#waiting.promise;
  }

  #settle(how: (waiting: Waiting) => void): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) how(waiting);
  }

  #emit<T>(type: string, detail: T): void {
    this.host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

/**
 * Reads numeric properties set as strings (`el.length = '24'`, as React 19 and some frameworks do) the way Lit reads
 * the attribute: `Number(value)`. Call in `willUpdate`; the property then holds the number.
 */
export function numericProperties(el: ReactiveElement): void {
  const record = el as unknown as Record<string, unknown>;
  for (const [name, options] of (el.constructor as typeof ReactiveElement).elementProperties) {
    const value = record[name as string];
    if (options.type === Number && typeof value === 'string') {
      record[name as string] = value.trim() ? Number(value) : Number.NaN;
    }
  }
}
