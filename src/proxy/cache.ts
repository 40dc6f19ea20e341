import type { Settings } from './config.js';
import { createMemoryStore, answerBytes, type ProxyStore, type StoredAnswer } from './store.js';
import type { Outcome } from './upstream.js';

/**
 * Answers through the store seam: this process's memory first, then the shared store (when one is configured), then
 * one upstream call per query — per process (a promise map) and across replicas (the store's lock; the others poll
 * for the holder's result). A shared store that fails or is slow is skipped (degraded: logged once per transition,
 * retried once a second); the proxy then serves from memory and upstream. No Node imports.
 */

export type CacheStatus = 'HIT' | 'MISS' | 'SHARED';

/** How a request was answered. `cached` says whether the answer is in the cache (and so may carry an ETag). */
export interface Answered {
  readonly answer: StoredAnswer;
  readonly status: CacheStatus;
  readonly cached: boolean;
}

export interface Answers {
  get(key: string): Promise<StoredAnswer | undefined>;
  /** Answers `key` with at most one `call` at a time in this process and, with a shared store, across replicas. */
  fetch(key: string, call: () => Promise<Outcome>): Promise<Answered>;
  /** Epoch ms until which Braze must not be called (0: it may). */
  pausedUntil(): Promise<number>;
  pause(until: number): void;
  /** `memory`, or `shared` / `degraded` with a shared store. */
  health(): Promise<'memory' | 'shared' | 'degraded'>;
}

/** How long a flight's result stays readable for the replicas waiting on it. */
const RESULT_TTL_MS = 10_000;
const POLL_MS = 20;
const PROBE_MS = 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SHA-1 of `body` as a strong ETag; undefined where Web Crypto is missing (insecure browser contexts). */
async function etagOf(body: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(body));
  return `"${[...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}"`;
}

/** Runs store operations under a time bound, and skips the store while it is down. */
function guardStore(store: ProxyStore, settings: Settings) {
  const { logger, now, storeTimeoutMs } = settings;
  let degraded = false;
  let probed = 0;
  return {
    get degraded() {
      return degraded;
    },
    async run<T>(operation: (store: ProxyStore) => Promise<T>, fallback: T): Promise<T> {
      if (degraded && now() - probed < PROBE_MS) return fallback;
      probed = now();
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const bound = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${storeTimeoutMs} ms`)),
            storeTimeoutMs,
          );
        });
        const value = await Promise.race([operation(store), bound]);
        if (degraded) logger.warn('shared store is back: sharing cache, flights and quota again');
        degraded = false;
        return value;
      } catch (error) {
        if (!degraded) {
          logger.error('shared store unavailable: serving from this replica’s memory and Braze (degraded)', {
            error: error instanceof Error ? error.message.slice(0, 200) : 'unknown',
          });
        }
        degraded = true;
        return fallback;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** A flight's answer: `cached` as in {@link Answered}; `joined` when another replica made the call. */
type Flown = StoredAnswer & { cached: boolean; joined?: boolean };

export function createAnswers(settings: Settings): Answers {
  const { now, cacheTtlMs } = settings;
  const local = createMemoryStore({
    maxEntries: settings.cacheMaxEntries,
    maxBytes: settings.cacheMaxBytes,
    now,
  });
  const shared = settings.store && guardStore(settings.store, settings);
  const flights = new Map<string, Promise<Flown>>();

  async function get(key: string): Promise<StoredAnswer | undefined> {
    const hit = await local.get(key);
    if (hit || !shared) return hit;
    const remote = await shared.run((store) => store.get(key), undefined);
    if (remote && remote.expires > now()) await local.set(key, remote, remote.expires - now());
    return remote && remote.expires > now() ? remote : undefined;
  }

  /** Calls upstream and stores what may be cached, in memory and in the shared store. */
  async function run(key: string, call: () => Promise<Outcome>): Promise<Flown> {
    const outcome = await call();
    const expires = now() + cacheTtlMs;
    const answer = { status: outcome.status, body: outcome.body, headers: outcome.headers, expires };
    if (!outcome.cacheable || cacheTtlMs <= 0) return { ...answer, cached: false };
    const etag = await etagOf(outcome.body);
    const stored = { ...answer, headers: etag ? { ...outcome.headers, ETag: etag } : outcome.headers };
    if (answerBytes(key, stored) > settings.cacheMaxBytes) return { ...answer, cached: false };
    await local.set(key, stored, cacheTtlMs);
    await shared?.run((store) => store.set(key, stored, cacheTtlMs), undefined);
    return { ...stored, cached: true };
  }

  /** The one call for `key` across replicas: hold the store's lock, or wait for the holder's result. */
  async function lead(key: string, call: () => Promise<Outcome>): Promise<Flown> {
    if (!shared) return run(key, call);
    const owner = globalThis.crypto?.randomUUID?.() ?? `${now()}-${Math.random()}`;
    const lockMs = settings.upstreamTimeoutMs + 5 * settings.storeTimeoutMs + 1000;
    const lock = () => shared.run((store) => store.lock(key, owner, lockMs), undefined);
    /** The answer of `holder`'s flight, if it has ended (an error included). */
    const resultOf = async (holder: string): Promise<Flown | undefined> => {
      const result = await shared.run((store) => store.get(`flight:${holder}`), undefined);
      if (!result) return undefined;
      const cached = result.status === 200 && 'ETag' in result.headers;
      if (cached) await local.set(key, result, Math.max(1, result.expires - now()));
      return { ...result, cached, joined: true };
    };
    let [holder, waited] = [await lock(), undefined as string | undefined];
    for (let polls = Math.ceil(lockMs / POLL_MS); holder !== undefined && polls > 0; polls--) {
      waited = holder;
      await sleep(POLL_MS);
      const result = await resultOf(holder);
      if (result) return result;
      // Free without a result: the holder ended just now, or crashed (its lock expired). Take over.
      holder = await lock();
    }
    try {
      // A flight that ended between our last look and our lock, or an answer cached since our miss?
      const ended = waited === undefined ? undefined : await resultOf(waited);
      if (ended) return ended;
      const landed = await shared.run((store) => store.get(key), undefined);
      if (landed && landed.expires > now()) return { ...landed, cached: true, joined: true };
      const answer = await run(key, call);
      await shared.run((store) => store.set(`flight:${owner}`, answer, RESULT_TTL_MS), undefined);
      return answer;
    } finally {
      await shared.run((store) => store.unlock(key, owner), undefined);
    }
  }

  return {
    get,
    async fetch(key, call) {
      const running = flights.get(key);
      const flight = running ?? lead(key, call).finally(() => flights.delete(key));
      if (!running) flights.set(key, flight);
      const { cached, joined, ...answer } = await flight;
      return { answer, status: running || joined ? 'SHARED' : 'MISS', cached };
    },
    async pausedUntil() {
      const mine = await local.pausedUntil();
      const theirs = shared ? await shared.run((store) => store.pausedUntil(), 0) : 0;
      return Math.max(mine, theirs);
    },
    pause(until) {
      void local.pause(until);
      void shared?.run((store) => store.pause(until), undefined);
    },
    async health() {
      if (!shared) return 'memory';
      await shared.run(
        (store) => (store.ping ? store.ping() : store.pausedUntil().then(() => undefined)),
        undefined,
      );
      return shared.degraded ? 'degraded' : 'shared';
    },
  };
}
