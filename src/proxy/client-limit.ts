import type { ClientKeyHook, ClientRateLimit } from './config.js';

/**
 * Per-client request limit (fixed windows, bounded memory), so one browser cannot spend the whole workspace's
 * Braze quota, and the default way of naming a client. No Node imports.
 */

const MAX_CLIENTS = 10_000;

/** Counts requests per client key in fixed windows. */
export class ClientLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #limit: ClientRateLimit;
  readonly #maxClients: number;

  constructor(limit: ClientRateLimit, maxClients = MAX_CLIENTS) {
    this.#limit = limit;
    this.#maxClients = maxClients;
  }

  /** Counts one request of `key`: 0 when allowed, else the ms until its window ends. */
  take(key: string, now = Date.now()): number {
    const { requests, windowMs } = this.#limit;
    let window = this.#windows.get(key);
    if (!window || now - window.start >= windowMs) {
      this.#windows.delete(key);
      if (this.#windows.size >= this.#maxClients) this.#prune(now);
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    if (window.count >= requests) return window.start + windowMs - now;
    window.count++;
    return 0;
  }

  get clients(): number {
    return this.#windows.size;
  }

  /** Drops finished windows; if all are current, the oldest (windows are kept in start order). */
  #prune(now: number): void {
    for (const [key, window] of this.#windows) {
      if (now - window.start >= this.#limit.windowMs || this.#windows.size >= this.#maxClients) {
        this.#windows.delete(key);
      } else break;
    }
  }
}

const ADDRESS = /^[0-9A-Fa-f:.[\]]{2,64}$/;

/** The default client key: first `X-Forwarded-For` address with `trustProxy`, else the connection address. */
export function defaultClientKey(trustProxy: boolean): ClientKeyHook {
  return (request, connection) => {
    if (trustProxy) {
      const first = request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim();
      if (first && ADDRESS.test(first)) return first;
    }
    return connection.remoteAddress ?? 'anonymous';
  };
}
