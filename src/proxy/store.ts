import { LRUCache } from 'lru-cache';

/**
 * The store seam: where the proxy keeps cached answers, who holds the one upstream call of a query, and until when
 * Braze's quota is spent. `createMemoryStore` serves one process (the default); a shared store (Redis, see
 * `braze-charts/proxy/redis`) lets replicas share all three. No Node imports.
 */

/** An upstream answer as the proxy replays it. Never holds the API key. */
export interface StoredAnswer {
  readonly status: number;
  /** The JSON body as sent to browsers. */
  readonly body: string;
  /** Headers to replay: `ETag` on cacheable answers, Braze's `Retry-After` / `X-RateLimit-*` (numbers only). */
  readonly headers: Readonly<Record<string, string>>;
  /** Epoch ms when the answer goes stale. */
  readonly expires: number;
}

/** What replicas share. Every method may reject; the proxy then serves from its own memory (degraded). */
export interface ProxyStore {
  get(key: string): Promise<StoredAnswer | undefined>;
  set(key: string, answer: StoredAnswer, ttlMs: number): Promise<void>;
  /** Claims `key` for `owner` during `ttlMs`: undefined when claimed, else the owner holding it. */
  lock(key: string, owner: string, ttlMs: number): Promise<string | undefined>;
  /** Releases `key` if `owner` still holds it. */
  unlock(key: string, owner: string): Promise<void>;
  /** Epoch ms until which nobody may call Braze (0 when it may be called). */
  pausedUntil(): Promise<number>;
  /** Pauses every replica until `until` (epoch ms); a later pause wins. */
  pause(until: number): Promise<void>;
  /** Cheap round trip, used to notice that a shared store came back. */
  ping?(): Promise<void>;
}

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Most answers kept. Default 500. */
  maxEntries?: number;
  /** Most bytes (UTF-16 code units of key, body and headers, ×2) kept. Default 32 MiB. */
  maxBytes?: number;
  /** The clock, epoch ms. Default `Date.now`. */
  now?: () => number;
}

export const DEFAULT_CACHE_MAX_BYTES = 32 * 1024 * 1024;

/** What an answer costs in memory: its strings as UTF-16, plus a fixed overhead. */
export function answerBytes(key: string, answer: StoredAnswer): number {
  let chars = key.length + answer.body.length;
  for (const name in answer.headers) chars += name.length + (answer.headers[name]?.length ?? 0);
  return 64 + chars * 2;
}

/** A process-local store: an LRU (lru-cache) bounded in entries and bytes, with a TTL per answer. */
export function createMemoryStore(options: MemoryStoreOptions = {}): ProxyStore & { readonly size: number } {
  const now = options.now ?? Date.now;
  const answers = new LRUCache<string, StoredAnswer>({
    max: options.maxEntries ?? 500,
    maxSize: options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES,
    sizeCalculation: (answer, key) => answerBytes(key, answer),
    perf: { now },
    ttlResolution: 0,
  });
  const locks = new Map<string, { owner: string; until: number }>();
  let paused = 0;
  return {
    get: (key) => Promise.resolve(answers.get(key)),
    set: (key, answer, ttl) => Promise.resolve(void answers.set(key, answer, { ttl })),
    lock(key, owner, ttl) {
      const held = locks.get(key);
      if (held && held.until > now()) return Promise.resolve(held.owner);
      locks.set(key, { owner, until: now() + ttl });
      return Promise.resolve(undefined);
    },
    unlock(key, owner) {
      if (locks.get(key)?.owner === owner) locks.delete(key);
      return Promise.resolve();
    },
    pausedUntil: () => Promise.resolve(paused > now() ? paused : 0),
    pause: (until) => Promise.resolve(void (paused = Math.max(paused, until))),
    get size() {
      return answers.size;
    },
  };
}
