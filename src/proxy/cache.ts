/** The proxy's in-memory response cache and in-flight coalescing (small on purpose; no Node imports). */

/** An upstream answer as the proxy replays it. */
export interface StoredResponse {
  readonly status: number;
  readonly body: string;
  /** Pass-through headers (Retry-After, X-RateLimit-*). */
  readonly headers: readonly [string, string][];
}

interface Entry {
  readonly value: StoredResponse;
  readonly expires: number;
}

/** A TTL cache bounded by entry count: expired entries are dropped on access, the oldest when full. */
export class ResponseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  constructor(ttlMs: number, maxEntries: number) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
  }

  /** The fresh entry for `key` and its remaining lifetime in ms, if any. */
  get(key: string, now = Date.now()): { value: StoredResponse; remainingMs: number } | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return { value: entry.value, remainingMs: entry.expires - now };
  }

  set(key: string, value: StoredResponse, now = Date.now()): void {
    if (this.#ttlMs <= 0) return;
    this.#entries.delete(key);
    while (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, expires: now + this.#ttlMs });
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** Runs at most one task per key at a time; callers arriving meanwhile share its promise. */
export class InFlight<T> {
  readonly #tasks = new Map<string, Promise<T>>();

  /** `shared` is true when the caller joined a task already running. */
  run(key: string, task: () => Promise<T>): { promise: Promise<T>; shared: boolean } {
    const running = this.#tasks.get(key);
    if (running) return { promise: running, shared: true };
    const promise = task().finally(() => this.#tasks.delete(key));
    this.#tasks.set(key, promise);
    return { promise, shared: false };
  }
}
