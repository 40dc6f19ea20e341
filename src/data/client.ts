// The modules themselves, not the api barrel: the CDN build's chunking follows imports, and the barrel reaches the
// schemas of every element (the KPI ones would land in the chunk every element loads).
import type { EndpointDescriptor, ParamsOf, ResponseOf } from '../api/endpoints.js';
import { describeIssues, toQuery } from '../api/query.js';
import { retryDelayFrom } from '../api/time.js';
import type * as z from 'zod/mini';
import {
  BrazeRequestError,
  ErrorCode,
  ErrorKind,
  type BrazeRequestErrorInit,
  type ErrorIssue,
} from './errors.js';

/** Options of a page-wide client; every field is optional. */
export interface ClientOptions {
  /** The fetch to use. Default: `globalThis.fetch`. Tests and Storybook pass a fake. */
  fetch?: (input: Request) => Promise<Response>;
  /** How long a successful response stays cached, in ms. `0` disables the cache. Default 60 000. */
  ttlMs?: number;
  /** Retries after a 5xx or a network failure (so `retries + 1` attempts at most). Default 2. */
  retries?: number;
  /** Base delay of the exponential backoff (with jitter) between retries, in ms. Default 500. */
  retryBaseMs?: number;
  /** Upper bound of one backoff delay, in ms. Default 8 000. */
  retryMaxMs?: number;
  /**
   * Longest Retry-After (or X-RateLimit-Reset) a 429 may ask for and still be waited for, in ms. A longer one
   * fails at once as `rate-limited`, with `retryAfter` set. Default 10 000.
   */
  maxRetryAfterMs?: number;
  /** How many times a 429 is retried (after its Retry-After) before failing as `rate-limited`. Default 1. */
  rateLimitRetries?: number;
  /**
   * Extra request headers, e.g. the host application's own session or CSRF token for its proxy.
   * Never put a Braze REST API key here: the key lives on the server, in the proxy, by design.
   */
  headers?: HeadersInit;
  /** Credentials mode of every request. Default `'same-origin'`. */
  credentials?: RequestCredentials;
  /**
   * Clock used for the cache TTL, for HTTP-date / epoch rate-limit headers, for the age of the page's data (see
   * `refresh`) and for what "now" is to a chart without `ending-at` before its answer arrives. Default `Date.now`.
   */
  now?: () => number;
  /** Most responses kept in the cache; the oldest entries are dropped first. Default 200. */
  maxCacheEntries?: number;
  /** Called before each retry wait (for logging and diagnostics). */
  onRetry?: (info: RetryInfo) => void;
  /**
   * The longest a request waits for its answer, retries included, in ms; then it fails with kind `timeout` (a proxy
   * or load balancer that accepts the connection and never answers). `0` waits forever. Default 20 000. An element's
   * `timeout` attribute overrides it for that element's requests.
   */
  timeoutMs?: number;
}

/** What `onRetry` is told before the client waits and tries again. */
export interface RetryInfo {
  url: string;
  /** 1 for the first retry, 2 for the second… (5xx/network and 429 retries are counted separately). */
  attempt: number;
  /** How long the client is about to wait, in ms. */
  delayMs: number;
  /** The HTTP status that caused the retry, or `undefined` for a network failure. */
  status: number | undefined;
}

/** Counters for diagnostics and benchmarks. */
export interface ClientStats {
  /** Fetches actually started (every retry counts). */
  requests: number;
  /** Requests answered from the cache. */
  cacheHits: number;
  /** Requests that joined an identical request already in flight. */
  deduped: number;
}

/** What `invalidate`'s predicate is given for each cached or in-flight response. */
export interface CacheEntryInfo {
  /** The full request URL, e.g. `https://example.com/api/braze/segments/details?segment_id=abc`. */
  url: string;
  /** The endpoint path, e.g. `/segments/details`. */
  endpoint: string;
}

export interface RequestOptions {
  /** Aborting rejects this call at once with the signal's reason; the shared fetch stops once nobody waits. */
  signal?: AbortSignal;
  /** This call's timeout in ms (see `ClientOptions.timeoutMs`); default: the client's. */
  timeoutMs?: number | undefined;
  /**
   * Ask the network again: skip the client's cache and any answer already on its way, and bypass the browser's HTTP
   * cache (`cache: 'reload'`). What Retry does.
   */
  reload?: boolean | undefined;
}

/** A request whose params were validated once (see `BrazeClient.prepare`): its endpoint and canonical URL. */
export interface PreparedRequest<E extends EndpointDescriptor = EndpointDescriptor> {
  readonly endpoint: E;
  readonly url: string;
}

/** The page-wide client of one proxy: dedupes identical requests, caches responses, retries, validates. */
export interface BrazeClient {
  /** The resolved proxy base URL, without a trailing slash. */
  readonly proxyUrl: string;
  /** A snapshot of the client's counters. */
  readonly stats: Readonly<ClientStats>;
  /** How long an answer stays fresh, in ms (the `ttlMs` option). */
  readonly ttlMs: number;
  /** The client's clock (the `now` option). */
  now(): number;
  /**
   * Requests `endpoint` with `params` (validated first) and resolves with the validated response body. The body
   * is shared with every other caller of the same request, so it is deeply frozen.
   */
  request<E extends EndpointDescriptor>(
    endpoint: E,
    params: ParamsOf<E>,
    options?: RequestOptions,
  ): Promise<ResponseOf<E>>;
  /**
   * Validates `params` once and returns the request to pass to `cached` and `send`. Throws a `config`
   * BrazeRequestError when they are invalid.
   */
  prepare<E extends EndpointDescriptor>(endpoint: E, params: ParamsOf<E>): PreparedRequest<E>;
  /** The cached, still fresh answer of a prepared request, if any (counts as a cache hit); never fetches. */
  cached<E extends EndpointDescriptor>(request: PreparedRequest<E>): ResponseOf<E> | undefined;
  /** Sends a prepared request (deduped, cached, retried, validated): `request` without validating the params again. */
  send<E extends EndpointDescriptor>(
    request: PreparedRequest<E>,
    options?: RequestOptions,
  ): Promise<ResponseOf<E>>;
  /** The canonical URL of a request. Throws a `config` BrazeRequestError when `params` are invalid. */
  urlFor<E extends EndpointDescriptor>(endpoint: E, params: ParamsOf<E>): string;
  /** The cached, still fresh response of a request, if any (counts as a cache hit); never fetches. */
  peek<E extends EndpointDescriptor>(endpoint: E, params: ParamsOf<E>): ResponseOf<E> | undefined;
  /**
   * Drops cached responses (all, or those matching `predicate`). In-flight requests that match are detached:
   * their current callers still get the answer, but it is not cached and later callers fetch anew.
   */
  invalidate(predicate?: (entry: CacheEntryInfo) => boolean): void;
  /** Same as `invalidate()`: forgets everything. */
  clear(): void;
}

const DEFAULTS = {
  ttlMs: 60_000,
  retries: 2,
  retryBaseMs: 500,
  retryMaxMs: 8_000,
  maxRetryAfterMs: 10_000,
  rateLimitRetries: 1,
  maxCacheEntries: 200,
  timeoutMs: 20_000,
} as const;

type Settings = {
  fetch: (input: Request) => Promise<Response>;
  now: () => number;
  headers: Headers;
  credentials: RequestCredentials;
  onRetry: ((info: RetryInfo) => void) | undefined;
} & { -readonly [K in keyof typeof DEFAULTS]: number };

function count(value: number | undefined, fallback: number): number {
  return value === undefined || Number.isNaN(value) ? fallback : Math.max(0, value);
}

function settingsFrom(options: ClientOptions): Settings {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  return {
    fetch: options.fetch ?? ((input: Request) => globalThis.fetch(input)),
    now: options.now ?? Date.now,
    headers,
    credentials: options.credentials ?? 'same-origin',
    onRetry: options.onRetry,
    ttlMs: count(options.ttlMs, DEFAULTS.ttlMs),
    retries: Math.floor(count(options.retries, DEFAULTS.retries)),
    retryBaseMs: count(options.retryBaseMs, DEFAULTS.retryBaseMs),
    retryMaxMs: count(options.retryMaxMs, DEFAULTS.retryMaxMs),
    maxRetryAfterMs: count(options.maxRetryAfterMs, DEFAULTS.maxRetryAfterMs),
    rateLimitRetries: Math.floor(count(options.rateLimitRetries, DEFAULTS.rateLimitRetries)),
    maxCacheEntries: Math.max(1, Math.floor(count(options.maxCacheEntries, DEFAULTS.maxCacheEntries))),
    timeoutMs: count(options.timeoutMs, DEFAULTS.timeoutMs),
  };
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** One entry of Braze's `errors` as a sentence: a string as sent, an object by its `message` (else its `code`). */
function detailLine(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'object' || value === null) return undefined;
  const { message, code } = value as Record<string, unknown>;
  return typeof message === 'string' ? message : typeof code === 'string' ? code : undefined;
}

/** Zod issues as machine-readable `ErrorIssue`s (which the elements put into words, per locale). */
function issuesOf(issues: readonly z.core.$ZodIssue[]): ErrorIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    ...(issue.code === 'invalid_type' ? { expected: String(issue.expected) } : {}),
    ...(issue.code === 'unrecognized_keys' ? { keys: [...issue.keys] } : {}),
  }));
}

/** What an error answer says, read from either envelope Braze uses: `{message, errors}` or `{code, message}`. */
interface Envelope {
  message: string | undefined;
  code: string | undefined;
  details: string[];
}

/** Reads a Braze error envelope leniently; every part is optional and nothing is shown as raw JSON. */
function envelopeOf(json: unknown): Envelope {
  const body = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  const errors = Array.isArray(body.errors) ? body.errors : [];
  return {
    message: text(body.message),
    code: [body, ...errors].map((e) => text((e as Record<string, unknown> | null)?.code)).find(Boolean),
    details: errors.map(detailLine).filter((line): line is string => !!line),
  };
}

async function errorBodyOf(response: Response): Promise<Envelope> {
  try {
    return envelopeOf(JSON.parse(await response.text()));
  } catch {
    return envelopeOf(undefined);
  }
}

/** A 4xx refusing a segment without analytics tracking: Braze's `analytics_not_enabled`, or a message saying so. */
function isNoAnalytics(status: number, body: Envelope): boolean {
  if (status < 400 || status >= 500) return false;
  return [body.code, body.message, ...body.details].some(
    (line) => line && /analytics[ _](tracking|not[ _]enabled)|analytics (is|are) not enabled/i.test(line),
  );
}

type Shared = {
  readonly url: string;
  readonly endpoint: string;
  readonly controller: AbortController;
  readonly promise: Promise<unknown>;
  /** Started by a reload (Retry): later reloads may join it, it bypassed every cache. */
  readonly reload: boolean;
  waiting: number;
};

type Cached = { readonly endpoint: string; readonly value: unknown; readonly expires: number };

class Client implements BrazeClient {
  readonly proxyUrl: string;
  readonly #settings: Settings;
  readonly #cache = new Map<string, Cached>();
  readonly #inflight = new Map<string, Shared>();
  readonly #stats: ClientStats = { requests: 0, cacheHits: 0, deduped: 0 };

  constructor(proxyUrl: string, options: ClientOptions) {
    this.proxyUrl = proxyUrl;
    this.#settings = settingsFrom(options);
  }

  get stats(): Readonly<ClientStats> {
    return { ...this.#stats };
  }

  get ttlMs(): number {
    return this.#settings.ttlMs;
  }

  now(): number {
    return this.#settings.now();
  }

  prepare<E extends EndpointDescriptor>(endpoint: E, params: ParamsOf<E>): PreparedRequest<E> {
    const parsed = endpoint.params.safeParse(params);
    if (!parsed.success) {
      const details = describeIssues(parsed.error.issues);
      throw new BrazeRequestError({
        kind: ErrorKind.config,
        code: ErrorCode.configParam,
        message: details[0] ?? `Invalid parameters for ${endpoint.path}`,
        details,
        issues: issuesOf(parsed.error.issues),
        endpoint: endpoint.path,
      });
    }
    const query = toQuery(endpoint, parsed.data as Record<string, unknown>).toString();
    return { endpoint, url: `${this.proxyUrl}${endpoint.path}${query ? `?${query}` : ''}` };
  }

  urlFor<E extends EndpointDescriptor>(endpoint: E, params: ParamsOf<E>): string {
    return this.prepare(endpoint, params).url;
  }

  cached<E extends EndpointDescriptor>(request: PreparedRequest<E>): ResponseOf<E> | undefined {
    const hit = this.#fresh(request.url);
    if (hit) this.#stats.cacheHits++;
    return hit?.value as ResponseOf<E> | undefined;
  }

  peek<E extends EndpointDescriptor>(endpoint: E, params: ParamsOf<E>): ResponseOf<E> | undefined {
    try {
      return this.cached(this.prepare(endpoint, params));
    } catch {
      return undefined;
    }
  }

  request<E extends EndpointDescriptor>(
    endpoint: E,
    params: ParamsOf<E>,
    options: RequestOptions = {},
  ): Promise<ResponseOf<E>> {
    try {
      return this.send(this.prepare(endpoint, params), options);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  send<E extends EndpointDescriptor>(
    request: PreparedRequest<E>,
    options: RequestOptions = {},
  ): Promise<ResponseOf<E>> {
    const { signal, reload = false } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const { url, endpoint } = request;
    const hit = reload ? undefined : this.#fresh(url);
    if (hit) {
      this.#stats.cacheHits++;
      return Promise.resolve(hit.value as ResponseOf<E>);
    }
    let shared = this.#inflight.get(url);
    if (shared && (shared.reload || !reload)) this.#stats.deduped++;
    else shared = this.#start(endpoint, url, reload);
    return this.#join(shared, signal, options.timeoutMs ?? this.#settings.timeoutMs) as Promise<
      ResponseOf<E>
    >;
  }

  invalidate(predicate: (entry: CacheEntryInfo) => boolean = () => true): void {
    for (const [url, entry] of this.#cache) {
      if (predicate({ url, endpoint: entry.endpoint })) this.#cache.delete(url);
    }
    for (const [url, entry] of this.#inflight) {
      if (predicate({ url, endpoint: entry.endpoint })) this.#inflight.delete(url);
    }
  }

  clear(): void {
    this.invalidate();
  }

  #fresh(url: string): Cached | undefined {
    const entry = this.#cache.get(url);
    if (!entry) return undefined;
    if (entry.expires > this.#settings.now()) return entry;
    this.#cache.delete(url);
    return undefined;
  }

  #store(url: string, endpoint: string, value: unknown): void {
    const { ttlMs, maxCacheEntries, now } = this.#settings;
    if (ttlMs <= 0) return;
    const time = now();
    for (const [key, entry] of this.#cache) if (entry.expires <= time) this.#cache.delete(key);
    this.#cache.delete(url);
    while (this.#cache.size >= maxCacheEntries) {
      const oldest = this.#cache.keys().next();
      if (oldest.done) break;
      this.#cache.delete(oldest.value);
    }
    this.#cache.set(url, { endpoint, value, expires: time + ttlMs });
  }

  #start(endpoint: EndpointDescriptor, url: string, reload: boolean): Shared {
    const controller = new AbortController();
    const promise = this.#fetchWithRetries(endpoint, url, controller.signal, reload);
    const shared: Shared = { url, endpoint: endpoint.path, controller, promise, reload, waiting: 0 };
    this.#inflight.set(url, shared);
    promise.then(
      (value) => {
        if (this.#inflight.get(url) !== shared) return;
        this.#inflight.delete(url);
        this.#store(url, endpoint.path, value);
      },
      () => {
        if (this.#inflight.get(url) === shared) this.#inflight.delete(url);
      },
    );
    return shared;
  }

  /**
   * One caller waiting for a shared fetch: it leaves on its own abort or after `timeoutMs` (rejecting with a
   * `timeout` error); the fetch itself stops once nobody waits for it.
   */
  #join(shared: Shared, signal: AbortSignal | undefined, timeoutMs: number): Promise<unknown> {
    shared.waiting++;
    return new Promise((resolve, reject) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const leave = (reason: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        reject(reason);
        if (--shared.waiting === 0) {
          if (this.#inflight.get(shared.url) === shared) this.#inflight.delete(shared.url);
          shared.controller.abort(reason);
        }
      };
      const onAbort = () => leave(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (timeoutMs > 0) {
        timer = setTimeout(
          () =>
            leave(
              new BrazeRequestError({
                kind: ErrorKind.timeout,
                message: `No answer from the analytics proxy within ${Math.round(timeoutMs / 1000)} s`,
                endpoint: shared.endpoint,
              }),
            ),
          timeoutMs,
        );
      }
      const finish = () => {
        signal?.removeEventListener('abort', onAbort);
        clearTimeout(timer);
        if (settled) return false;
        settled = true;
        shared.waiting--;
        return true;
      };
      shared.promise.then(
        (value) => {
          if (finish()) resolve(value);
        },
        (error: unknown) => {
          if (finish()) reject(error);
        },
      );
    });
  }

  async #fetchWithRetries(
    endpoint: EndpointDescriptor,
    url: string,
    signal: AbortSignal,
    reload: boolean,
  ): Promise<unknown> {
    const settings = this.#settings;
    let failures = 0;
    let rateLimited = 0;
    const retry = async (attempt: number, delayMs: number, status: number | undefined) => {
      settings.onRetry?.({ url, attempt, delayMs, status });
      await wait(delayMs, signal);
    };
    const backoff = (attempt: number) =>
      Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** attempt) * (0.5 + Math.random() / 2);
    const fail = (init: Omit<BrazeRequestErrorInit, 'endpoint'>) =>
      new BrazeRequestError({ ...init, endpoint: endpoint.path });

    for (;;) {
      let response: Response;
      try {
        this.#stats.requests++;
        response = await settings.fetch(
          new Request(url, {
            method: 'GET',
            headers: settings.headers,
            credentials: settings.credentials,
            signal,
            // A retry must reach the network: a broken answer may sit in the browser's HTTP cache.
            ...(reload ? { cache: 'reload' as const } : {}),
          }),
        );
      } catch (cause) {
        if (signal.aborted) throw signal.reason;
        if (cause instanceof BrazeRequestError) throw cause;
        if (failures < settings.retries) {
          await retry(++failures, backoff(failures - 1), undefined);
          continue;
        }
        throw fail({
          kind: ErrorKind.network,
          code: ErrorCode.network,
          message: 'Could not reach the analytics proxy',
          cause,
        });
      }
      if (signal.aborted) {
        discard(response);
        throw signal.reason;
      }

      if (response.ok) return this.#parse(endpoint, response, signal);

      const { status } = response;
      const delay = retryDelayFrom(response.headers, settings.now());
      if (status === 429) {
        const delayMs = delay ?? backoff(rateLimited);
        if (rateLimited < settings.rateLimitRetries && delayMs <= settings.maxRetryAfterMs) {
          discard(response);
          await retry(++rateLimited, delayMs, status);
          continue;
        }
      } else if (status >= 500 && failures < settings.retries) {
        discard(response);
        const delayMs = delay !== undefined && delay <= settings.maxRetryAfterMs ? delay : backoff(failures);
        await retry(++failures, delayMs, status);
        continue;
      }
      const body = await errorBodyOf(response);
      if (signal.aborted) throw signal.reason;
      const limited = status === 429;
      throw fail({
        kind: limited ? ErrorKind.rateLimited : ErrorKind.http,
        code: limited
          ? ErrorCode.rateLimited
          : isNoAnalytics(status, body)
            ? ErrorCode.analyticsNotEnabled
            : ErrorCode.httpStatus,
        status,
        message:
          body.message ||
          (limited
            ? 'Too many requests: the Braze rate limit was reached'
            : `Request failed with HTTP ${status}`),
        serverMessage: body.message,
        brazeCode: body.code,
        details: body.details,
        retryAfter: limited && delay !== undefined ? Math.ceil(delay / 1000) : undefined,
      });
    }
  }

  async #parse(endpoint: EndpointDescriptor, response: Response, signal: AbortSignal): Promise<unknown> {
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      if (signal.aborted) throw signal.reason;
      throw new BrazeRequestError({
        kind: ErrorKind.network,
        code: ErrorCode.networkRead,
        message: 'The connection failed while reading the answer',
        endpoint: endpoint.path,
        cause,
      });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new BrazeRequestError({
        kind: ErrorKind.validation,
        code: ErrorCode.invalidJson,
        message: 'The server answered with invalid JSON',
        endpoint: endpoint.path,
        cause,
      });
    }
    // Braze's envelope: a 2xx whose `message` is not "success" is an error, whatever else it carries.
    const envelope = envelopeOf(json);
    if (envelope.message !== undefined && envelope.message !== 'success') {
      throw new BrazeRequestError({
        kind: ErrorKind.validation,
        code: ErrorCode.notSuccess,
        message: envelope.message,
        serverMessage: envelope.message,
        brazeCode: envelope.code,
        details: envelope.details,
        endpoint: endpoint.path,
      });
    }
    const parsed = endpoint.response.safeParse(json);
    if (!parsed.success) {
      throw new BrazeRequestError({
        kind: ErrorKind.validation,
        code: ErrorCode.schema,
        message: `The answer of ${endpoint.path} did not match the expected shape`,
        details: describeIssues(parsed.error.issues),
        issues: issuesOf(parsed.error.issues),
        endpoint: endpoint.path,
        cause: parsed.error,
      });
    }
    return deepFreeze(parsed.data);
  }
}

/** Responses are shared by every element that asked for them: frozen, so that none can change another's data. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const clients = new Map<string, BrazeClient>();

/**
 * Resolves a proxy URL against the document (relative URLs allowed) and normalises it: no trailing slash,
 * no fragment. Throws a `config` BrazeRequestError for anything that is not an http(s) base URL.
 */
export function resolveProxyUrl(proxyUrl: string): string {
  const base =
    typeof document !== 'undefined'
      ? document.baseURI
      : typeof location !== 'undefined'
        ? location.href
        : undefined;
  let url: URL;
  try {
    url = new URL(proxyUrl.trim(), base);
  } catch (cause) {
    throw new BrazeRequestError({
      kind: ErrorKind.config,
      code: ErrorCode.configProxyUrl,
      param: 'proxy-url',
      message: `Invalid proxy-url: ${proxyUrl}`,
      cause,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BrazeRequestError({
      kind: ErrorKind.config,
      code: ErrorCode.configProxyUrl,
      param: 'proxy-url',
      message: `proxy-url must be an http(s) URL, not ${url.protocol}`,
    });
  }
  if (url.search) {
    throw new BrazeRequestError({
      kind: ErrorKind.config,
      code: ErrorCode.configProxyUrl,
      param: 'proxy-url',
      message: 'proxy-url must not contain a query string',
    });
  }
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

/**
 * The page-wide client of a proxy: one per resolved proxy URL, shared by every element on the page, so that
 * identical requests are made once. Throws a `config` BrazeRequestError for an invalid URL.
 */
export function getClient(proxyUrl: string): BrazeClient {
  const key = resolveProxyUrl(proxyUrl);
  let client = clients.get(key);
  if (!client) {
    client = new Client(key, {});
    clients.set(key, client);
  }
  return client;
}

/**
 * Creates (or replaces) the client of a proxy URL with `options`, e.g. a custom `fetch`, a shorter TTL, or
 * headers for the host application's own auth. Elements created before and after pick it up on their next
 * request. Returns the new client.
 */
export function configureClient(proxyUrl: string, options: ClientOptions = {}): BrazeClient {
  const key = resolveProxyUrl(proxyUrl);
  const client = new Client(key, options);
  clients.set(key, client);
  return client;
}

/** The clock of the client of `proxyUrl` (see `ClientOptions.now`); `Date.now()` when the URL is not valid. */
export function clientNow(proxyUrl: string | undefined): number {
  try {
    return getClient(proxyUrl ?? '').now();
  } catch {
    return Date.now();
  }
}

/** Forgets every client (and so every cache). For tests. */
export function resetClients(): void {
  for (const client of clients.values()) client.clear();
  clients.clear();
}
