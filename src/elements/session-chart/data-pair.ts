import { DataStatus, type DataStatusValue } from '../../data/controller.js';
import type { BrazeRequestError } from '../../data/errors.js';
import type { DataState } from '../base/chart-base.js';
import { Memo } from '../base/memo.js';

/** One of the pair: a data controller that can also stop its requests. */
export interface PairedData extends DataState {
  abort(): void;
}

/**
 * Two data controllers seen by the frame as one: complete when both are, failed when either failed — and then the
 * other's requests are aborted (they can no longer complete the chart). The error shown is the first one seen and
 * stays the same while it lasts; Retry starts both afresh, from the network. `value` is the last pair of answers
 * that belong together: while a refresh is in flight it stays the pair drawn, even when one answer came first.
 */
export class DataPair implements DataState {
  #shown: BrazeRequestError | undefined;
  readonly #value = new Memo<readonly [unknown, unknown]>();
  #committed: readonly [unknown, unknown] = [undefined, undefined];
  #inRefresh = false;

  constructor(
    private readonly first: PairedData,
    private readonly second: PairedData,
  ) {}

  get error(): BrazeRequestError | undefined {
    const errors = [this.first.error, this.second.error].filter(
      (e): e is BrazeRequestError => e !== undefined,
    );
    if (!this.#shown || !errors.includes(this.#shown)) this.#shown = errors[0];
    return this.#shown;
  }

  get status(): DataStatusValue {
    if (this.error) return DataStatus.error;
    const { status: a } = this.first;
    const { status: b } = this.second;
    if (a === DataStatus.complete && b === DataStatus.complete) return DataStatus.complete;
    return a === DataStatus.initial && b === DataStatus.initial ? DataStatus.initial : DataStatus.pending;
  }

  get refreshing(): boolean {
    return this.first.refreshing || this.second.refreshing;
  }

  /** Both answers of the last complete pair; the same array while neither changes. */
  get value(): readonly [unknown, unknown] {
    if (this.status === DataStatus.complete && !this.refreshing) {
      const values = [this.first.value, this.second.value] as const;
      this.#committed = this.#value.get(values, () => values);
    }
    return this.#committed;
  }

  /** True from the moment a refresh starts until its pair of answers is complete (or fails). */
  get inRefresh(): boolean {
    return this.#inRefresh;
  }

  sync(): void {
    this.first.sync();
    // A second request that depends on the first's refreshed answer keeps the drawn pair too (see keepValue).
    this.second.sync();
    for (const [a, b] of [
      [this.first, this.second],
      [this.second, this.first],
    ] as const) {
      if (a.status === DataStatus.error && b.status === DataStatus.pending) b.abort();
    }
    this.#inRefresh = this.refreshing;
  }

  retry(): void {
    this.#shown = undefined;
    this.first.retry();
    this.second.retry();
  }

  refresh(): void {
    // One refresh of the client's group reaches both (see refresh.ts); nothing drawn yet: Retry.
    if (this.status === DataStatus.complete) this.first.refresh();
    else this.retry();
  }
}
