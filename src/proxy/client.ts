import { LRUCache } from 'lru-cache';
import type { ClientKeyHook, ClientRateLimit } from './config.js';

/**
 * Who a request comes from, and how many requests each client may make (fixed windows kept in lru-cache, so the
 * memory is bounded however many addresses call). No Node imports.
 */

const ADDRESS = /^[0-9A-Fa-f:.[\]]{2,64}$/;

/**
 * The default client key. Behind `hops` proxies that each append the address they saw to `X-Forwarded-For`, the
 * client is the entry the outermost one wrote: the `hops`-th from the right. Entries further left are whatever the
 * client sent. Without trusted hops (or with too few entries), the connection's address, else `anonymous`.
 */
export function defaultClientKey(hops: number): ClientKeyHook {
  return (request, connection) => {
    if (hops > 0) {
      const entries = (request.headers.get('X-Forwarded-For') ?? '').split(',');
      const client = entries.length >= hops ? entries[entries.length - hops]?.trim() : undefined;
      if (client && ADDRESS.test(client)) return client;
    }
    return connection.remoteAddress ?? 'anonymous';
  };
}

/** Counts requests per client: `take(key)` is 0 when allowed, else the ms until the client's window ends. */
export function createClientLimiter(
  { requests, windowMs }: ClientRateLimit,
  now: () => number,
  maxClients = 10_000,
) {
  const windows = new LRUCache<string, { start: number; count: number }>({
    max: maxClients,
    ttl: windowMs,
    perf: { now },
    ttlResolution: 0,
  });
  return {
    take(key: string): number {
      const window = windows.get(key);
      if (!window) {
        windows.set(key, { start: now(), count: 1 });
        return 0;
      }
      if (window.count >= requests) return window.start + windowMs - now();
      window.count++;
      return 0;
    },
    get clients(): number {
      return windows.size;
    },
  };
}
