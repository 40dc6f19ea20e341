import { LRUCache } from 'lru-cache';
import type { Settings } from './config.js';
import type { Outcome } from './upstream.js';

/**
 * The cache and the store seam: this process's lru-cache first, then the shared store (Redis, see
 * `braze-charts/proxy/redis`) when one is configured, then one upstream call per query — per process (a promise
 * map) and across replicas (the store's lock; the others poll for the holder's result). A shared store that fails or
 * is slow is skipped (degraded: logged once per transition, probed once a second). No Node imports.
 */

/**
 * An answer as the proxy replays it, never holding the key: the JSON body as browsers get it, the headers to replay
 * (`ETag` on cached answers, Braze's `Retry-After` / `X-RateLimit-*`) and when it goes stale (epoch ms).
 */
export interface StoredAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly expires: number;
}

/** What replicas share: answers, the lock of each query's upstream call, Braze's quota pause. Any call may reject. */
export interface ProxyStore {
  get(key: string): Promise<StoredAnswer | undefined>;
  set(key: string, answer: StoredAnswer, ttlMs: number): Promise<void>;
  /** Claims `key` for `owner` during `ttlMs`: undefined when claimed, else the owner holding it. */
  lock(key: string, owner: string, ttlMs: number): Promise<string | undefined>;
  /** Releases `key` if `owner` still holds it. */
  unlock(key: string, owner: string): Promise<void>;
  /** Epoch ms until which nobody may call Braze's rate-limit `pool` (0 when it may be called). Default pool: `default`. */
  pausedUntil(pool?: string): Promise<number>;
  /** Pauses `pool` (default: `default`) on every replica until `until` (epoch ms); a later pause wins. */
  pause(until: number, pool?: string): Promise<void>;
  /** Cheap round trip, used to notice that a shared store came back. */
  ping?(): Promise<void>;
}

/** Options of {@link createMemoryStore}: most answers (500) and bytes (32 MiB) kept, and the clock. */
export interface MemoryStoreOptions {
  maxEntries?: number;
  maxBytes?: number;
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
  const { maxEntries: max = 500, maxBytes: maxSize = DEFAULT_CACHE_MAX_BYTES, now = Date.now } = options;
  const sizeCalculation = (answer: StoredAnswer, key: string) => answerBytes(key, answer);
  const answers = new LRUCache<string, StoredAnswer>({
    max,
    maxSize,
    sizeCalculation,
    perf: { now },
    ttlResolution: 0,
  });
  const locks = new Map<string, { owner: string; until: number }>();
  const paused = new Map<string, number>();
  return {
    get: async (key) => answers.get(key),
    set: async (key, answer, ttl) => void answers.set(key, answer, { ttl }),
    async lock(key, owner, ttl) {
      const held = locks.get(key);
      if (held && held.until > now()) return held.owner;
      locks.set(key, { owner, until: now() + ttl });
    },
    async unlock(key, owner) {
      if (locks.get(key)?.owner === owner) locks.delete(key);
    },
    async pausedUntil(pool = 'default') {
      const until = paused.get(pool) ?? 0;
      return until > now() ? until : 0;
    },
    pause: async (until, pool = 'default') => void paused.set(pool, Math.max(paused.get(pool) ?? 0, until)),
    get size() {
      return answers.size;
    },
  };
}

/**
 * Gzip of cached bodies, by ETag: compressed once per process (concurrent requests share the work, lru-cache's
 * `fetch`), not once per request as a compressing middleware would. Bounded to `maxBytes` of compressed bytes.
 */
export function createGzipCache(maxBytes: number) {
  const zipped = new LRUCache<string, Uint8Array<ArrayBuffer>, string>({
    maxSize: maxBytes,
    sizeCalculation: (bytes) => bytes.byteLength, // a gzip stream is never empty (its header alone is 10 bytes)
    fetchMethod: async (_etag, _stale, { context: body }) => {
      const stream = new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    },
  });
  return (etag: string, body: string) => zipped.fetch(etag, { context: body });
}

export type CacheStatus = 'HIT' | 'MISS' | 'SHARED';
/** A flight's answer: `cached` when it is in the cache (and so has an ETag); `joined` when another replica called. */
type Flown = StoredAnswer & { cached: boolean; joined?: boolean };

/** SHA-1 of `body` as a strong ETag; undefined where Web Crypto is missing (insecure browser contexts). */
async function etagOf(body: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(body)));
  return `"${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}"`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createAnswers(settings: Settings) {
  const { now, cacheMaxBytes, store, storeTimeoutMs, logger } = settings;
  const local = createMemoryStore({ maxEntries: settings.cacheMaxEntries, maxBytes: cacheMaxBytes, now });
  const flights = new Map<string, Promise<Flown>>();
  let [degraded, probed] = [false, 0];

  /** `operation` on the shared store within `storeTimeoutMs`; `fallback` without one, or when it fails or is down. */
  async function shared<T>(operation: (store: ProxyStore) => Promise<T>, fallback: T): Promise<T> {
    if (!store || (degraded && now() - probed < 1000)) return fallback;
    probed = now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${storeTimeoutMs} ms`)), storeTimeoutMs);
    });
    try {
      const value = await Promise.race([operation(store), late]);
      if (degraded) logger.warn('shared store is back: sharing cache, flights and quota again');
      degraded = false;
      return value;
    } catch (error) {
      const details = { error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' };
      const message = 'shared store unavailable: serving from this replica’s memory and Braze (degraded)';
      if (!degraded) logger.error(message, details);
      degraded = true;
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  }

  async function cached(key: string): Promise<StoredAnswer | undefined> {
    const hit = await local.get(key);
    if (hit || !store) return hit;
    const remote = await shared((store) => store.get(key), undefined);
    if (!remote || remote.expires <= now()) return undefined;
    await local.set(key, remote, remote.expires - now());
    return remote;
  }

  /** Calls upstream and stores what may be cached for `cacheTtlMs`, in memory and in the shared store. */
  async function run(key: string, call: () => Promise<Outcome>, cacheTtlMs: number): Promise<Flown> {
    const { cacheable, ...outcome } = await call();
    const answer = { ...outcome, expires: now() + cacheTtlMs };
    const etag = cacheable && cacheTtlMs > 0 ? await etagOf(answer.body) : undefined;
    const stored = { ...answer, headers: etag ? { ...answer.headers, ETag: etag } : answer.headers };
    if (!cacheable || cacheTtlMs <= 0 || answerBytes(key, stored) > cacheMaxBytes)
      return { ...answer, cached: false };
    await local.set(key, stored, cacheTtlMs);
    await shared((store) => store.set(key, stored, cacheTtlMs), undefined);
    return { ...stored, cached: true };
  }

  /** The one call for `key` across replicas: hold the store's lock, or wait for the holder's result. */
  async function lead(key: string, call: () => Promise<Outcome>, ttl: number): Promise<Flown> {
    if (!store) return run(key, call, ttl);
    const owner = globalThis.crypto?.randomUUID?.() ?? `${now()}-${Math.random()}`;
    const lockMs = settings.upstreamTimeoutMs + 5 * storeTimeoutMs + 1000;
    const lock = () => shared((store) => store.lock(key, owner, lockMs), undefined);
    /** The answer of `holder`'s flight, if it has ended (an error included). */
    const resultOf = async (holder: string): Promise<Flown | undefined> => {
      const result = await shared((store) => store.get(`flight:${holder}`), undefined);
      if (!result) return undefined;
      const isCached = result.status === 200 && 'ETag' in result.headers;
      if (isCached) await local.set(key, result, Math.max(1, result.expires - now()));
      return { ...result, cached: isCached, joined: true };
    };
    let [holder, waited] = [await lock(), undefined as string | undefined];
    for (let polls = Math.ceil(lockMs / 20); holder !== undefined && polls > 0; polls--) {
      waited = holder;
      await sleep(20);
      const result = await resultOf(holder);
      if (result) return result;
      holder = await lock(); // free without a result: the holder ended just now, or crashed. Take over.
    }
    try {
      // A flight that ended between our last look and our lock, or an answer cached since our miss?
      const ended = waited === undefined ? undefined : await resultOf(waited);
      if (ended) return ended;
      const landed = await shared((store) => store.get(key), undefined);
      if (landed && landed.expires > now()) return { ...landed, cached: true, joined: true };
      const answer = await run(key, call, ttl);
      // Readable for 10 s by the replicas waiting on it.
      await shared((store) => store.set(`flight:${owner}`, answer, 10_000), undefined);
      return answer;
    } finally {
      await shared((store) => store.unlock(key, owner), undefined);
    }
  }

  return {
    /**
     * Answers `key` from the cache, else with at most one `call` at a time per process and across replicas; a
     * successful answer is kept `ttl` ms (0: not kept).
     */
    async answer(key: string, call: () => Promise<Outcome>, ttl: number) {
      const hit = await cached(key);
      if (hit) return { answer: hit, status: 'HIT' as CacheStatus, cached: true };
      const running = flights.get(key);
      const flight = running ?? lead(key, call, ttl).finally(() => flights.delete(key));
      if (!running) flights.set(key, flight);
      const { cached: isCached, joined, ...answer } = await flight;
      return { answer, status: (running || joined ? 'SHARED' : 'MISS') as CacheStatus, cached: isCached };
    },
    /** Epoch ms until which Braze's rate-limit `pool` must not be called (0: it may). */
    async pausedUntil(pool: string) {
      const remote = await shared((store) => store.pausedUntil(pool), 0);
      return Math.max(await local.pausedUntil(pool), remote);
    },
    pause(until: number, pool: string) {
      void local.pause(until, pool);
      void shared((store) => store.pause(until, pool), undefined);
    },
    /** `memory`, or `shared` / `degraded` with a shared store. */
    async health() {
      if (!store) return 'memory';
      await shared(async (store) => void (await (store.ping?.() ?? store.pausedUntil())), undefined);
      return degraded ? 'degraded' : 'shared';
    },
  };
}
