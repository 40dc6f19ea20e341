import { parseRetryAfter } from '../api/time.js';
import { brazeError, type Outcome } from './upstream.js';

/** Braze's workspace quota as last seen (`X-RateLimit-*`, `Retry-After`), and when to stop calling it. */

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
/** Longest pause, whatever Braze's headers say (a bogus `X-RateLimit-Reset` must not stop us for days). */
const MAX_BLOCK_MS = 3_600_000;
const count = (value: string | null) =>
  value !== null && /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : undefined;

/** Tracks Braze's quota from response headers; `onLow` is called once per window below {@link LOW_REMAINING_RATIO}. */
export class UpstreamRateLimit {
  #snapshot: RateLimitSnapshot | undefined;
  #warnedFor: number | undefined;

  constructor(
    private readonly onLow: (snapshot: RateLimitSnapshot) => void,
    private readonly now: () => number = Date.now,
  ) {}

  get snapshot(): RateLimitSnapshot | undefined {
    return this.#snapshot;
  }

  /** Reads one upstream response's headers; returns until when Braze must not be called, if it says so. */
  observe(status: number, headers: Headers, now = this.now()): number | undefined {
    const [limit, remaining, reset] = ['Limit', 'Remaining', 'Reset'].map((n) =>
      count(headers.get(`X-RateLimit-${n}`)),
    );
    const retryAfter = parseRetryAfter(headers.get('Retry-After'), now);
    if (limit === undefined && remaining === undefined && reset === undefined && status !== 429)
      return undefined;
    let until: number | undefined;
    if (retryAfter !== undefined && (status === 429 || remaining === 0)) until = now + retryAfter;
    else if (remaining === 0 && reset !== undefined) until = reset * 1000;
    if (until !== undefined) until = until > now ? Math.min(until, now + MAX_BLOCK_MS) : undefined;
    const previous = this.#snapshot;
    const snapshot = Object.freeze({
      limit: limit ?? previous?.limit,
      remaining: remaining ?? previous?.remaining,
      reset: reset ?? previous?.reset,
      updatedAt: now,
      blockedUntil: until,
    });
    this.#snapshot = snapshot;
    const low =
      snapshot.limit !== undefined && (snapshot.remaining ?? Infinity) < snapshot.limit * LOW_REMAINING_RATIO;
    if (low && this.#warnedFor !== (reset ?? -1)) {
      this.#warnedFor = reset ?? -1;
      this.onLow(snapshot);
    }
    return until;
  }

  /** Milliseconds until Braze may be called again; 0 when it may be called now. */
  blockedMs(now = this.now()): number {
    return Math.max(0, (this.#snapshot?.blockedUntil ?? 0) - now);
  }
}

/** The 429 the proxy answers itself while the quota is spent (it did not call Braze). */
export function localRateLimited(blockedMs: number, snapshot: RateLimitSnapshot | undefined): Outcome {
  const headers: Record<string, string> = {
    'Retry-After': String(Math.ceil(blockedMs / 1000)),
    'X-RateLimit-Remaining': '0',
  };
  if (snapshot?.limit !== undefined) headers['X-RateLimit-Limit'] = String(snapshot.limit);
  if (snapshot?.reset !== undefined) headers['X-RateLimit-Reset'] = String(snapshot.reset);
  const why = 'the Braze workspace rate limit is used up until it resets; the proxy did not call Braze';
  return {
    status: 429,
    body: JSON.stringify(brazeError('API rate limit exceeded', [why])),
    headers,
    cacheable: false,
    upstreamStatus: undefined,
  };
}
