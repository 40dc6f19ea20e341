import { BrazeErrorBody, endpointPolicy, nextCursor, type EndpointDescriptor } from '../api/index.js';
import { parseRetryAfter } from '../api/time.js';
import type { Settings } from './config.js';
import { filterList } from './request.js';

/** The one place the proxy calls Braze, and what it learns of Braze's quota. No Node imports. */

/** An upstream answer, ready to replay; `cacheable` for a valid `message: "success"` body. */
export interface Outcome {
  readonly status: number;
  readonly body: string;
  /** Braze's `Retry-After` / `X-RateLimit-*` when they are numbers or dates (so they cannot carry the key). */
  readonly headers: Readonly<Record<string, string>>;
  readonly cacheable: boolean;
}

export const RATE_LIMIT_HEADERS = [
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
];

/** `{ message, errors }`, the Braze error envelope, as JSON. */
export const brazeError = (message: string, errors: readonly string[] = []) =>
  JSON.stringify({ message, errors });
const failure = (status: number, message: string, detail: string, headers = {}): Outcome => ({
  ...{ status, body: brazeError(message, [detail]), headers, cacheable: false },
});
const TOO_LARGE = new RangeError('over the cap');

/** `value` with `secret` replaced in every decoded string, keys included (`leaks.found` says whether it was there). */
function redact(value: unknown, secret: string, leaks: { found?: boolean }): unknown {
  const clean = (text: string) =>
    text.includes(secret) ? ((leaks.found = true), text.split(secret).join('[redacted]')) : text;
  if (typeof value === 'string') return clean(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, secret, leaks));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [clean(key), redact(item, secret, leaks)]),
  );
}

/** A short, URL-free description of a fetch failure, e.g. `TypeError: fetch failed (ECONNREFUSED)`. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  const message = error.message.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, '<url>').slice(0, 200);
  return `${error.name}: ${message}${typeof code === 'string' ? ` (${code})` : ''}`;
}

/**
 * Calls Braze: a GET built only from the configured origin, the endpoint's path and the canonical `query`, under a
 * timeout and a body cap (counted after decompression). A readable 200 may be cached and Braze's errors pass
 * through; a broken 200, a redirect, a network failure or a body over the cap is a 502, a timeout a 504.
 * `observe` sees the status and headers of every answer.
 */
export async function callUpstream(
  settings: Settings,
  endpoint: EndpointDescriptor,
  query: string,
  observe: (status: number, headers: Headers) => void,
): Promise<Outcome> {
  const { apiKey, upstreamTimeoutMs: timeoutMs, maxUpstreamBytes: cap, logger } = settings;
  const path = endpoint.path;
  const headers = new Headers({ Accept: 'application/json' });
  if (apiKey) headers.set('Authorization', `Bearer ${apiKey}`);
  // One signal for the timeout and the end of the call; a ref'd timer (AbortSignal.timeout's is unref'd, which lets
  // a bare fetch handler's event loop exit). Every await races `aborted`: an upstream ignoring its signal cannot
  // hold the request either.
  const controller = new AbortController();
  const { signal } = controller;
  const timeout = new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError');
  const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(timeout), timeoutMs) : undefined;
  const aborted = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason)),
  );
  aborted.catch(() => undefined);
  let response: Response;
  let text: string;
  try {
    // `manual`, not `error`: Workers rejects `redirect: 'error'`. A 3xx is never followed (a 502 below).
    const request = new Request(`${settings.upstreamOrigin}${path}${query ? `?${query}` : ''}`, {
      ...{ headers, redirect: 'manual', signal },
    });
    response = await Promise.race([settings.upstream.fetch(request), aborted]);
    observe(response.status, response.headers);
    let bytes = Number(response.headers.get('Content-Length') ?? 0);
    if (bytes > cap) throw TOO_LARGE;
    const counted = new TransformStream<Uint8Array, Uint8Array>({
      transform: (chunk, stream) =>
        (bytes += chunk.byteLength) > cap ? stream.error(TOO_LARGE) : stream.enqueue(chunk),
    });
    text = await Promise.race([new Response(response.body?.pipeThrough(counted)).text(), aborted]);
  } catch (error) {
    const timedOut = signal.reason === timeout;
    const detail = apiKey ? describeFailure(error).split(apiKey).join('[redacted]') : describeFailure(error);
    if (error === TOO_LARGE) logger.warn('upstream body too large', { path, limit: cap });
    else logger.warn(`upstream ${timedOut ? 'timed out' : 'failed'}`, { path, detail });
    if (error === TOO_LARGE) return failure(502, 'Braze answered too much', `the body is over ${cap} bytes`);
    return timedOut
      ? failure(504, 'Braze did not answer in time', timeout.message)
      : failure(502, 'Could not reach Braze', `upstream request failed: ${detail}`);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }

  const { status } = response;
  const passed: Record<string, string> = {};
  for (const name of RATE_LIMIT_HEADERS) {
    const value = response.headers.get(name)?.trim() ?? '';
    const date =
      name === 'Retry-After' && /^[\w ,:]{1,40}$/.test(value) && parseRetryAfter(value, 0) !== undefined;
    if (/^\d{1,15}$/.test(value) || date) passed[name] = value;
  }
  // A cursor-paged list (`/events`): Braze's `Link` names its own host; the browser gets the proxy's path instead.
  const cursor = endpointPolicy(endpoint).paging === 'cursor' && nextCursor(response.headers.get('Link'));
  if (cursor) passed.Link = `<${settings.basePath}${path}?${new URLSearchParams({ cursor })}>; rel="next"`;
  if (status >= 300 && status < 400)
    return failure(502, 'Braze answered a redirect', `HTTP ${status} not followed`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const readable =
    endpoint.response.safeParse(parsed).success && (parsed as { message?: unknown }).message === 'success';
  if (status < 300 && !readable) {
    logger.warn('upstream answered an unreadable 200', { path });
    const expected = 'not JSON of the expected shape with message "success"';
    return failure(502, 'Braze answered an unreadable body', expected);
  }
  if (status >= 300 && !BrazeErrorBody.safeParse(parsed).success) {
    if (status >= 500) logger.warn('upstream error', { path, upstream: status });
    return failure(
      status,
      `Braze answered HTTP ${status}`,
      'the response body was not a Braze error',
      passed,
    );
  }
  const filtered = status === 200 ? filterList(endpoint, parsed, settings.allowedIds) : parsed;
  // Key characters can only hide in JSON text as themselves or as \u escapes: anything else is left as it came.
  const leaks: { found?: boolean } = {};
  const risky = apiKey && (text.includes(apiKey) || text.includes('\\u'));
  const redacted = risky ? redact(filtered, apiKey, leaks) : filtered;
  const body = leaks.found ? JSON.stringify(redacted) : filtered === parsed ? text : JSON.stringify(filtered);
  return { status, body, headers: passed, cacheable: status === 200 };
}

/**
 * The latest rate-limit state Braze reported (see `proxy.rateLimit`): `X-RateLimit-Limit`, `-Remaining` and `-Reset`
 * (epoch s), when they were read (`updatedAt`, epoch ms) and until when the proxy answers 429 itself instead of
 * calling Braze (`blockedUntil`, epoch ms; undefined when it does not).
 */
export interface RateLimitSnapshot {
  readonly limit: number | undefined;
  readonly remaining: number | undefined;
  readonly reset: number | undefined;
  readonly updatedAt: number;
  readonly blockedUntil: number | undefined;
}

/** Tracks Braze's quota from its headers; `onLow` is called once per window when less than 5 % is left. */
export class UpstreamRateLimit {
  /** The latest state (see `proxy.rateLimit`). */
  snapshot: RateLimitSnapshot | undefined;
  #warnedFor: number | undefined;

  constructor(
    private readonly onLow: (snapshot: RateLimitSnapshot) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads one upstream answer's headers; returns until when Braze must not be called, if it says so. */
  observe(status: number, headers: Headers, now = this.now()): number | undefined {
    const [limit, remaining, reset] = ['Limit', 'Remaining', 'Reset'].map((name) => {
      const value = headers.get(`X-RateLimit-${name}`)?.trim() ?? '';
      return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
    });
    if (limit === undefined && remaining === undefined && reset === undefined && status !== 429)
      return undefined;
    const retryAfter = parseRetryAfter(headers.get('Retry-After'), now);
    let until = remaining === 0 && reset !== undefined ? reset * 1000 : undefined;
    if (retryAfter !== undefined && (status === 429 || remaining === 0)) until = now + retryAfter;
    // Never longer than an hour, whatever the headers say: a bogus Reset must not stop the proxy for days.
    until = until !== undefined && until > now ? Math.min(until, now + 3_600_000) : undefined;
    const last = this.snapshot;
    this.snapshot = Object.freeze({
      ...{
        limit: limit ?? last?.limit,
        remaining: remaining ?? last?.remaining,
        reset: reset ?? last?.reset,
      },
      ...{ updatedAt: now, blockedUntil: until },
    });
    const { limit: max, remaining: left = Infinity } = this.snapshot;
    if (max !== undefined && left < max * 0.05 && this.#warnedFor !== (reset ?? -1)) {
      this.#warnedFor = reset ?? -1;
      this.onLow(this.snapshot);
    }
    return until;
  }

  /** Milliseconds until Braze may be called again; 0 when it may be called now. */
  blockedMs(now = this.now()): number {
    return Math.max(0, (this.snapshot?.blockedUntil ?? 0) - now);
  }
}

/** The 429 the proxy answers itself while the quota is spent (it did not call Braze). */
export function localRateLimited(blockedMs: number, snapshot: RateLimitSnapshot | undefined): Outcome {
  const headers: Record<string, string> = { 'Retry-After': String(Math.ceil(blockedMs / 1000)) };
  headers['X-RateLimit-Remaining'] = '0';
  if (snapshot?.limit !== undefined) headers['X-RateLimit-Limit'] = String(snapshot.limit);
  if (snapshot?.reset !== undefined) headers['X-RateLimit-Reset'] = String(snapshot.reset);
  const why = 'the Braze workspace rate limit is used up until it resets; the proxy did not call Braze';
  return failure(429, 'API rate limit exceeded', why, headers);
}
