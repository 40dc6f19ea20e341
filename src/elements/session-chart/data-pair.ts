import { DataStatus, type DataStatusValue } from '../../data/controller.js';
import type { BrazeRequestError } from '../../data/errors.js';
import type { DataState } from '../base/chart-base.js';
import { sameInputs } from '../base/memo.js';

/**
 * Two data controllers seen by the frame as one: complete when both are, failed when either failed. The error shown
 * is the first one seen and stays the same while it lasts (so a second failure of the same run neither replaces it
 * nor is reported again); retry retries both (answers already cached are reused).
 */
export class DataPair implements DataState {
  #shown: BrazeRequestError | undefined;
  /** What was last reported: the error, or the answers of a complete load. */
  #reported: readonly unknown[] = [];

  constructor(
    private readonly first: DataState,
    private readonly second: DataState,
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

  /**
   * Call after each update with both controllers' answers: `onError` runs once per error shown, `onLoad` once per
   * complete pair of answers (a re-render with the same answers reports nothing).
   */
  report(
    answers: readonly [unknown, unknown],
    onLoad: () => void,
    onError: (error: BrazeRequestError) => void,
  ): void {
    const { status, error } = this;
    if (status === DataStatus.error && error) {
      if (this.#reported[0] !== error) {
        this.#reported = [error];
        onError(error);
      }
      return;
    }
    if (status !== DataStatus.complete || sameInputs(answers, this.#reported)) return;
    this.#reported = answers;
    onLoad();
  }

  retry(): void {
    this.#shown = undefined;
    this.first.retry();
    this.second.retry();
  }
}
