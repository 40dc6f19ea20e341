/**
 * Braze's workspace quota as the proxy last saw it (`X-RateLimit-Limit/Remaining/Reset`, `Retry-After`), and
 * whether to stop calling Braze until it resets. No Node imports.
 */
import { parseRetryAfter } from '../api/time.js';

/** The latest rate-limit state reported by Braze (see `proxy.rateLimit`). */
export interface RateLimitSnapshot {
  /** Requests allowed per window (`X-RateLimit-Limit`). */
  readonly limit: number | undefined;
  /** Requests left in the window (`X-RateLimit-Remaining`). */
  readonly remaining: number | undefined;
  /** When the window resets, epoch seconds (`X-RateLimit-Reset`). */
  readonly reset: number | undefined;
  /** When these values were read, epoch ms. */
  readonly updatedAt: number;
  /** Until when (epoch ms) the proxy answers 429 itself instead of calling Braze; absent when it does not. */
  readonly blockedUntil: number | undefined;
}

/** Warn once per window when fewer than this share of the limit is left. */
export const LOW_REMAINING_RATIO = 0.05;
/** Longest local block, whatever Braze's headers say (a bogus `X-RateLimit-Reset` must not stop us for days). */
const MAX_BLOCK_MS = 3_600_000;

function readCount(value: string | null): number | undefined {
  if (value === null || !/^\s*\d{1,15}\s*$/.test(value)) return undefined;
  return Number(value);
}

/** Tracks Braze's quota from response headers. */
export class UpstreamRateLimit {
  #snapshot: RateLimitSnapshot | undefined;
  #warnedFor: number | undefined;
  readonly #onLow: (snapshot: RateLimitSnapshot) => void;
  readonly #now: () => number;

  /** `onLow` is called once per window when the remaining requests drop below {@link LOW_REMAINING_RATIO}. */
  constructor(onLow: (snapshot: RateLimitSnapshot) => void, now: () => number = Date.now) {
    this.#onLow = onLow;
    this.#now = now;
  }

  get snapshot(): RateLimitSnapshot | undefined {
    return this.#snapshot;
  }

  /** Reads the headers of one upstream response. */
  observe(status: number, headers: Headers, now = this.#now()): void {
    const limit = readCount(headers.get('X-RateLimit-Limit'));
    const remaining = readCount(headers.get('X-RateLimit-Remaining'));
    const reset = readCount(headers.get('X-RateLimit-Reset'));
    const retryAfter = parseRetryAfter(headers.get('Retry-After'), now);
    if (limit === undefined && remaining === undefined && reset === undefined && status !== 429) return;

    let blockedUntil: number | undefined;
    if (retryAfter !== undefined && (status === 429 || remaining === 0)) blockedUntil = now + retryAfter;
    else if (remaining === 0 && reset !== undefined) blockedUntil = reset * 1000;
    if (blockedUntil !== undefined) blockedUntil = Math.min(blockedUntil, now + MAX_BLOCK_MS);
    if (blockedUntil !== undefined && blockedUntil <= now) blockedUntil = undefined;

    const previous = this.#snapshot;
    this.#snapshot = Object.freeze({
      limit: limit ?? previous?.limit,
      remaining: remaining ?? previous?.remaining,
      reset: reset ?? previous?.reset,
      updatedAt: now,
      blockedUntil,
    });
    const { limit: max, remaining: left } = this.#snapshot;
    if (max !== undefined && left !== undefined && left < max * LOW_REMAINING_RATIO) {
      const window = reset ?? -1;
      if (this.#warnedFor !== window) {
        this.#warnedFor = window;
        this.#onLow(this.#snapshot);
      }
    }
  }

  /** Milliseconds until Braze may be called again; 0 when it may be called now. */
  blockedMs(now = this.#now()): number {
    const until = this.#snapshot?.blockedUntil;
    return until !== undefined && until > now ? until - now : 0;
  }
}
