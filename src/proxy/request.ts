import { LRUCache } from 'lru-cache';
import { parseQuery, toQuery, type EndpointDescriptor } from '../api/index.js';
import type { ClientKeyHook, ClientRateLimit, ConnectionInfo } from './config.js';

/** What the proxy checks of a request before the cache: its target and size, its client, its params and ids. */

export const MAX_QUERY_LENGTH = 2048;
export const MAX_HEADER_BYTES = 16 * 1024;

/** A Braze-shaped error the proxy answers itself, never cached: thrown, and answered by `app.onError`. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: readonly string[] = [],
    /** For the access log: `invalid`, `origin`, `allowlist`, … */
    readonly why?: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** True for `/` and `/a/b(/)` made of unreserved characters, without `.` or `..` segments. */
export const isPlainPath = (path: string) => /^(\/[\w.~-]+)*\/?$/.test(path) && !/\/\.\.?(\/|$)/.test(path);

/** The Node request under `@hono/node-server` (its bindings), duck-typed: no Node imports. */
type Incoming = { url?: unknown; rawHeaders?: unknown; socket?: { remoteAddress?: unknown } };
const incoming = (env: unknown) => (env as { incoming?: Incoming } | undefined)?.incoming;

/** The connection's remote address under Node; nothing elsewhere. */
export function connectionInfo(env: unknown): ConnectionInfo {
  const address = incoming(env)?.socket?.remoteAddress;
  return { remoteAddress: typeof address === 'string' ? address : undefined };
}

/**
 * Refuses request targets that URL parsing would have normalised (dot segments, %-escapes, `@`, backslashes, empty
 * segments, an absolute URL: read raw under Node), queries over {@link MAX_QUERY_LENGTH} characters and headers over
 * {@link MAX_HEADER_BYTES}. None of it could reach Braze; refusing early keeps it out of logs, caches and hooks.
 */
export function checkTarget(request: Request, env: unknown): void {
  const raw = incoming(env);
  const { url } = request;
  const target = typeof raw?.url === 'string' ? raw.url : url.slice(url.indexOf('/', url.indexOf('://') + 3));
  const [path = '', query = ''] = target.split(/\?(.*)/s);
  if (!path || !isPlainPath(path)) {
    const why =
      'the path may only hold letters, digits, - . _ ~ between single slashes (no .., %-escapes, @, \\)';
    throw new Refusal(400, 'Bad request target', [why], 'bad-request');
  }
  if (query.length > MAX_QUERY_LENGTH) {
    const why = `the query string may be at most ${MAX_QUERY_LENGTH} characters`;
    throw new Refusal(414, 'URI Too Long', [why], 'bad-request');
  }
  let bytes = 0;
  if (Array.isArray(raw?.rawHeaders)) for (const part of raw.rawHeaders) bytes += String(part).length + 2;
  else request.headers.forEach((value, name) => (bytes += name.length + value.length + 4));
  if (bytes > MAX_HEADER_BYTES) {
    const why = `request headers may total at most ${MAX_HEADER_BYTES} bytes`;
    throw new Refusal(431, 'Request Header Fields Too Large', [why], 'bad-request');
  }
}

/**
 * The default client key. Behind `hops` proxies that each append the address they saw to `X-Forwarded-For`, the
 * client is the entry the outermost one wrote: the `hops`-th from the right (entries further left are whatever the
 * client sent). Otherwise the connection's address, else `anonymous`.
 */
export const defaultClientKey =
  (hops: number): ClientKeyHook =>
  (request, connection) => {
    const entries = (request.headers.get('X-Forwarded-For') ?? '').split(',');
    const client = hops > 0 && entries.length >= hops ? entries[entries.length - hops]?.trim() : undefined;
    return client && /^[0-9A-Fa-f:.[\]]{2,64}$/.test(client)
      ? client
      : (connection.remoteAddress ?? 'anonymous');
  };

/** Counts requests per client in fixed windows (lru-cache bounds the memory): `take(key)` is 0 or the ms to wait. */
export function createClientLimiter(limit: ClientRateLimit, now: () => number, maxClients = 10_000) {
  const { requests, windowMs: ttl } = limit;
  const windows = new LRUCache<string, { start: number; count: number }>({
    max: maxClients,
    ttl,
    perf: { now },
    ttlResolution: 0,
  });
  return {
    take(key: string): number {
      const window = windows.get(key);
      if (!window) windows.set(key, { start: now(), count: 1 });
      else if (window.count >= requests) return window.start + ttl - now();
      else window.count++;
      return 0;
    },
    get clients(): number {
      return windows.size;
    },
  };
}

/**
 * The browser's query → the one Braze gets: `api_key` dropped, every param validated, then re-serialised in the
 * endpoint's key order. Equal params give an equal `query` whatever their order or encoding, and so an equal `key`
 * for the cache; `params` are what `authorize` sees.
 */
export function normaliseQuery(endpoint: EndpointDescriptor, incoming: URLSearchParams) {
  const search = new URLSearchParams(incoming);
  search.delete('api_key');
  const parsed = parseQuery(endpoint, search);
  if (!parsed.ok) return parsed;
  const query = toQuery(endpoint, parsed.value as Record<string, unknown>);
  const params = Object.freeze(Object.fromEntries(query));
  return { ok: true as const, value: { query, params, key: `${endpoint.path}?${query.toString()}` } };
}

/** `normaliseQuery` of a request URL, or a 400; the last 500 are kept (zod is the cached path's largest cost). */
export function queryValidator() {
  const validated = new LRUCache<string, ReturnType<typeof normaliseQuery>>({ max: 500 });
  return (endpoint: EndpointDescriptor, url: string) => {
    const search = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
    const result =
      validated.get(endpoint.path + search) ?? normaliseQuery(endpoint, new URLSearchParams(search));
    validated.set(endpoint.path + search, result);
    if (!result.ok) throw new Refusal(400, 'Invalid request parameters', result.errors, 'invalid');
    return result.value;
  };
}

/** The id allowlists, by parameter (`segment_id`, `app_id`, `campaign_id`, `canvas_id`). */
export type AllowedIds = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Refuses `params` outside the allowlists. A listed parameter the endpoint accepts must be present:
 * `/sessions/data_series` without `segment_id` reads all users, which is not a listed segment.
 */
export function checkAllowedIds(
  endpoint: EndpointDescriptor,
  params: Record<string, string>,
  allowed: AllowedIds,
) {
  for (const [param, ids] of allowed) {
    if (!endpoint.keys.includes(param) || ids.has(params[param] ?? '')) continue;
    const why =
      params[param] === undefined
        ? ' is required: this proxy serves only the ids it lists'
        : ': this id is not served by this proxy';
    throw new Refusal(403, 'Forbidden', [param + why], 'allowlist');
  }
}

/** The lists of ids, by path: the field holding the items and the id parameter they are for. */
const LISTS: Readonly<Record<string, readonly [string, string]>> = {
  '/segments/list': ['segments', 'segment_id'],
  '/campaigns/list': ['campaigns', 'campaign_id'],
  '/canvas/list': ['canvases', 'canvas_id'],
};

/** A picker list (`/segments/list`, `/campaigns/list`, `/canvas/list`) with only the allowed items; any other body as it is. */
export function filterList(endpoint: EndpointDescriptor, body: unknown, allowed: AllowedIds): unknown {
  const [field = '', param = ''] = Object.hasOwn(LISTS, endpoint.path) ? (LISTS[endpoint.path] ?? []) : [];
  const ids = allowed.get(param);
  const items = ids && (body as Record<string, { id: string }[] | undefined>)[field];
  return items ? { ...(body as object), [field]: items.filter((item) => ids.has(item.id)) } : body;
}
