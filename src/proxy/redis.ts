import { createHash } from 'node:crypto';
import { createClient } from '@redis/client';
import type { ProxyStore, StoredAnswer } from './cache.js';

/**
 * `braze-charts/proxy/redis`: the store replicas share, on Redis through node-redis (`@redis/client`). Only its
 * users load it (and need `@redis/client` installed). Keys are `<prefix>:<kind>:<sha256 of the proxy's key>`:
 * namespaced, hashed, and never holding the API key (answers are stored as the browser gets them).
 */

/** The part of a node-redis client the store uses (`createClient()` from `redis` or `@redis/client`). */
export interface RedisLike {
  readonly isOpen: boolean;
  readonly isReady: boolean;
  connect(): Promise<unknown>;
  get(key: string): Promise<string | null | unknown>;
  set(key: string, value: string, options: { expiration: { type: 'PX'; value: number } }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  ping(): Promise<unknown>;
  destroy(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]`, or `rediss://…` for TLS. */
  url?: string;
  /** An existing node-redis client instead of `url` (the store then leaves closing it to you). */
  client?: RedisLike;
  /** Namespace of every key, e.g. one per Braze workspace sharing a Redis. Default `braze-charts`. */
  prefix?: string;
  /** Largest answer stored, in bytes of JSON; larger ones stay in each replica's memory. Default 2 MiB. */
  maxEntryBytes?: number;
}

const LOCK = `if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return '' end
return redis.call('GET', KEYS[1]) or ''`;
const UNLOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const PAUSE = `if tonumber(ARGV[1]) > tonumber(redis.call('GET', KEYS[1]) or '0') then
redis.call('SET', KEYS[1], ARGV[1], 'PXAT', ARGV[1]) end return 1`;

function isAnswer(value: unknown): value is StoredAnswer {
  const answer = value as StoredAnswer | null;
  return (
    typeof answer?.status === 'number' &&
    typeof answer.body === 'string' &&
    typeof answer.expires === 'number' &&
    typeof answer.headers === 'object'
  );
}

/**
 * A {@link ProxyStore} on Redis: cached answers (`SET … PX ttl`), the one upstream call per query (`SET NX PX` with
 * an owner id, released only by its owner, expiring by itself if the owner dies) and the quota pause (`PXAT`). A
 * command fails at once while Redis is unreachable (no offline queue); the proxy then serves degraded, and the
 * client reconnects by itself.
 *
 * @example createProxy({ ...config, store: createRedisStore({ url: 'rediss://cache.internal:6380', prefix: 'acme' }) })
 */
export function createRedisStore(options: RedisStoreOptions): ProxyStore & { close(): Promise<void> } {
  const prefix = options.prefix ?? 'braze-charts';
  const maxEntryBytes = options.maxEntryBytes ?? 2 * 1024 * 1024;
  const owned = options.client === undefined;
  const client: RedisLike =
    options.client ??
    (createClient({
      url: options.url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 1000,
        reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000),
      },
    }) as unknown as RedisLike);
  // Errors surface through the commands (the proxy logs the transitions); an unheard 'error' would crash Node.
  client.on('error', () => undefined);
  let connecting: Promise<unknown> | undefined;
  // Connects on first use; while the client reconnects by itself, commands fail at once (no offline queue).
  const ready = async () => {
    if (!client.isOpen) connecting ??= client.connect().finally(() => (connecting = undefined));
    if (!client.isReady && connecting) await connecting;
    return client;
  };
  void ready().catch(() => undefined);
  // The default pool keeps the key it always had; the others (`small`, `campaignsDataSeries`) get their own.
  const pauseKey = (pool = 'default') => `${prefix}:pause${pool === 'default' ? '' : `:${pool}`}`;
  const key = (kind: string, name: string) =>
    `${prefix}:${kind}:${createHash('sha256').update(name).digest('hex')}`;

  return {
    async get(name) {
      const text = await (await ready()).get(key('answer', name));
      if (typeof text !== 'string') return undefined;
      const value: unknown = JSON.parse(text);
      return isAnswer(value) ? value : undefined;
    },
    async set(name, answer, ttlMs) {
      const text = JSON.stringify(answer);
      if (text.length > maxEntryBytes || ttlMs < 1) return;
      await (
        await ready()
      ).set(key('answer', name), text, { expiration: { type: 'PX', value: Math.ceil(ttlMs) } });
    },
    async lock(name, owner, ttlMs) {
      const holder = await (
        await ready()
      ).eval(LOCK, { keys: [key('lock', name)], arguments: [owner, String(Math.ceil(ttlMs))] });
      return holder === '' || holder === null ? undefined : String(holder);
    },
    async unlock(name, owner) {
      await (await ready()).eval(UNLOCK, { keys: [key('lock', name)], arguments: [owner] });
    },
    async pausedUntil(pool) {
      const until = Number(await (await ready()).get(pauseKey(pool)));
      return Number.isFinite(until) && until > Date.now() ? until : 0;
    },
    async pause(until, pool) {
      await (await ready()).eval(PAUSE, { keys: [pauseKey(pool)], arguments: [String(Math.ceil(until))] });
    },
    async ping() {
      await (await ready()).ping();
    },
    close() {
      // At once, pending commands included: a Redis that stopped answering must not hold the shutdown.
      if (owned && client.isOpen) client.destroy();
      return Promise.resolve();
    },
  };
}
