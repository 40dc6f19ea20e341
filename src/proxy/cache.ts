/** The proxy's in-memory response cache and in-flight coalescing (small on purpose; no Node imports). */

/** An upstream answer as the proxy replays it. */
export interface StoredResponse {
  readonly status: number;
  readonly body: string;
  /** Pass-through headers (Retry-After, X-RateLimit-*). */
  readonly headers: readonly [string, string][];
  /** Strong validator of `body` (2xx only). */
  readonly etag?: string | undefined;
}

interface Entry {
  readonly value: StoredResponse;
  readonly expires: number;
  readonly bytes: number;
}

/** Options of {@link ResponseCache}. */
export interface CacheLimits {
  /** Lifetime of an entry in ms; `0` disables the cache. */
  readonly ttlMs: number;
  readonly maxEntries: number;
  /** Bound on the sum of {@link entryBytes} of all entries. */
  readonly maxBytes: number;
}

/** UTF-8 length of `text`, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** What an entry costs: its key, body, headers and ETag in UTF-8, plus a fixed overhead. */
export function entryBytes(key: string, value: StoredResponse): number {
  let bytes = 64 + utf8Length(key) + utf8Length(value.body) + (value.etag?.length ?? 0);
  for (const [name, headerValue] of value.headers) bytes += name.length + headerValue.length;
  return bytes;
}

/**
 * A TTL cache bounded both by entry count and by bytes, evicting the least recently used entry first.
 * Expired entries are dropped when met; an entry larger than `maxBytes` is not stored.
 */
export class ResponseCache {
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently used first.
  readonly #entries = new Map<string, Entry>();
  readonly #limits: CacheLimits;
  #bytes = 0;

  constructor(limits: CacheLimits) {
    this.#limits = limits;
  }

  /** The fresh entry for `key` and its remaining lifetime in ms, if any; marks it most recently used. */
  get(key: string, now = Date.now()): { value: StoredResponse; remainingMs: number } | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#delete(key, entry);
    if (entry.expires <= now) return undefined;
    this.#entries.set(key, entry);
    this.#bytes += entry.bytes;
    return { value: entry.value, remainingMs: entry.expires - now };
  }

  /** Stores `value`, evicting least recently used entries to make room. False when it was not stored. */
  set(key: string, value: StoredResponse, now = Date.now()): boolean {
    const { ttlMs, maxEntries, maxBytes } = this.#limits;
    if (ttlMs <= 0) return false;
    const existing = this.#entries.get(key);
    if (existing) this.#delete(key, existing);
    const bytes = entryBytes(key, value);
    if (bytes > maxBytes) return false;
    for (const [oldKey, oldEntry] of this.#entries) {
      if (this.#entries.size < maxEntries && this.#bytes + bytes <= maxBytes) break;
      this.#delete(oldKey, oldEntry);
    }
    this.#entries.set(key, { value, expires: now + ttlMs, bytes });
    this.#bytes += bytes;
    return true;
  }

  has(key: string): boolean {
    return this.#entries.has(key);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The sum of {@link entryBytes} of the entries held. */
  get bytes(): number {
    return this.#bytes;
  }

  #delete(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
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

  has(key: string): boolean {
    return this.#tasks.has(key);
  }
}
