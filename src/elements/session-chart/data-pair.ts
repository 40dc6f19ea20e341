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
 * stays the same while it lasts; Retry starts both afresh, from the network.
 */
export class DataPair implements DataState {
  #shown: BrazeRequestError | undefined;
  readonly #value = new Memo<readonly [unknown, unknown]>();

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

  /** Both answers; the same array while neither changes. */
  get value(): readonly [unknown, unknown] {
    const values = [this.first.value, this.second.value] as const;
    return this.#value.get(values, () => values);
  }

  sync(): void {
    this.first.sync();
    this.second.sync();
    for (const [a, b] of [
      [this.first, this.second],
      [this.second, this.first],
    ] as const) {
      if (a.status === DataStatus.error && b.status === DataStatus.pending) b.abort();
    }
  }

  retry(): void {
    this.#shown = undefined;
    this.first.retry();
    this.second.retry();
  }
}
