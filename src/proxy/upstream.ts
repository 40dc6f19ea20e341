import { BrazeErrorBody, type EndpointDescriptor } from '../api/index.js';
import { parseRetryAfter } from '../api/time.js';
import { filterList } from './access.js';
import type { Settings } from './config.js';

/**
 * The one place the proxy calls Braze: a GET built only from the configured origin, the endpoint's fixed path and
 * the canonical query, with the server-side key, under a timeout (`AbortSignal.timeout`) and a body cap. Maps every
 * outcome to a Braze-shaped answer: a readable 200 may be cached; Braze's errors pass through; a broken 200, a
 * redirect, a network failure or an oversized body is a 502; a timeout is a 504. No Node imports.
 */

/** An upstream answer, ready to replay. */
export interface Outcome {
  readonly status: number;
  readonly body: string;
  /** Braze's `Retry-After` / `X-RateLimit-*`, when they are numbers or dates (so they cannot carry the key). */
  readonly headers: Readonly<Record<string, string>>;
  /** A valid `message: "success"` body that may be cached. */
  readonly cacheable: boolean;
  /** Braze's HTTP status; undefined when it did not answer. */
  readonly upstreamStatus: number | undefined;
}

/** `{ message, errors }`: the Braze error envelope. */
export const brazeError = (message: string, errors: readonly string[] = []) => ({
  message,
  errors: [...errors],
});

const failure = (status: number, message: string, detail: string, upstreamStatus?: number): Outcome => ({
  status,
  body: JSON.stringify(brazeError(message, [detail])),
  headers: {},
  cacheable: false,
  upstreamStatus,
});

export const RATE_LIMIT_HEADERS = [
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
];

/** Braze's rate-limit headers whose values are numbers (or, for Retry-After, an HTTP date). */
function rateHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of RATE_LIMIT_HEADERS) {
    const value = headers.get(name)?.trim();
    if (!value) continue;
    if (
      /^\d{1,15}$/.test(value) ||
      (name === 'Retry-After' && /^[\w ,:]{1,40}$/.test(value) && parseRetryAfter(value, 0) !== undefined)
    ) {
      kept[name] = value;
    }
  }
  return kept;
}

/** `value` with every occurrence of `secret` in its decoded strings (keys included) replaced. */
function redactDeep(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return value.split(secret).join('[redacted]');
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secret));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key.split(secret).join('[redacted]'),
      redactDeep(item, secret),
    ]),
  );
}

function contains(value: unknown, secret: string): boolean {
  if (typeof value === 'string') return value.includes(secret);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, item]) => key.includes(secret) || contains(item, secret));
}

/** The text of `response`, or undefined when it is over `cap` bytes (the body is then cancelled unread). */
async function readCapped(
  response: Response,
  cap: number,
  aborted: Promise<never>,
): Promise<string | undefined> {
  if (Number(response.headers.get('Content-Length') ?? 0) > cap) return undefined;
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let bytes = 0; ;) {
    const { done, value } = await Promise.race([reader.read(), aborted]);
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > cap) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A short, URL-free description of a fetch failure, e.g. `TypeError: fetch failed (ECONNREFUSED)`. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause: unknown = error.cause;
  const code =
    cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string'
      ? ` (${cause.code})`
      : '';
  const message = error.message.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, '<url>').slice(0, 200);
  return `${error.name}: ${message}${code}`;
}

/** Calls Braze for `endpoint` with the canonical `query`; `observe` sees every status and header set Braze sends. */
export async function callUpstream(
  settings: Settings,
  endpoint: EndpointDescriptor,
  query: string,
  observe: (status: number, headers: Headers) => void,
): Promise<Outcome> {
  const { apiKey, upstreamTimeoutMs: timeoutMs, logger } = settings;
  const headers = new Headers({ Accept: 'application/json' });
  if (apiKey) headers.set('Authorization', `Bearer ${apiKey}`);
  // Our own cancellation (the body cap, the end of the call) and the timeout, as one signal. The timeout is a
  // ref'd timer rather than AbortSignal.timeout(), whose unref'd timer lets a bare fetch handler's loop exit.
  const cancel = new AbortController();
  const timeout = new AbortController();
  const timer =
    timeoutMs > 0
      ? setTimeout(
          () => timeout.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')),
          timeoutMs,
        )
      : undefined;
  const signal = AbortSignal.any([cancel.signal, timeout.signal]);
  // Raced against every await, so even an upstream that ignores its signal cannot hold the request.
  const aborted = new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }),
  );
  aborted.catch(() => undefined);
  let response: Response;
  let text: string | undefined;
  try {
    // `manual`, not `error`: Workers rejects `redirect: 'error'`. A 3xx is never followed (a 502 below).
    const target = `${settings.upstreamOrigin}${endpoint.path}${query ? `?${query}` : ''}`;
    const request = new Request(target, { headers, redirect: 'manual', signal });
    response = await Promise.race([settings.upstream.fetch(request), aborted]);
    text = await readCapped(response, settings.maxUpstreamBytes, aborted);
  } catch (error) {
    const timedOut = signal.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError';
    const detail = apiKey ? describeFailure(error).split(apiKey).join('[redacted]') : describeFailure(error);
    logger.warn(`upstream ${timedOut ? 'timed out' : 'failed'}`, { path: endpoint.path, detail });
    return timedOut
      ? failure(504, 'Braze did not answer in time', `no answer within ${timeoutMs} ms`)
      : failure(502, 'Could not reach Braze', `upstream request failed: ${detail}`);
  } finally {
    clearTimeout(timer);
    cancel.abort();
  }

  const status = response.status;
  observe(status, response.headers);
  const passed = rateHeaders(response.headers);
  if (text === undefined) {
    logger.warn('upstream body too large', { path: endpoint.path, limit: settings.maxUpstreamBytes });
    return failure(
      502,
      'Braze answered too much',
      `the body is over ${settings.maxUpstreamBytes} bytes`,
      status,
    );
  }
  if (status >= 300 && status < 400)
    return failure(502, 'Braze answered a redirect', `HTTP ${status} not followed`, status);
  let parsed = parse(text);
  if (status >= 200 && status < 300) {
    const valid =
      endpoint.response.safeParse(parsed).success && (parsed as { message?: unknown }).message === 'success';
    if (!valid) {
      logger.warn('upstream answered an unreadable 200', { path: endpoint.path });
      return failure(
        502,
        'Braze answered an unreadable body',
        'not JSON of the expected shape with message "success"',
        status,
      );
    }
  } else if (!BrazeErrorBody.safeParse(parsed).success) {
    if (status >= 500) logger.warn('upstream error', { path: endpoint.path, upstream: status });
    return {
      ...failure(status, `Braze answered HTTP ${status}`, 'the response body was not a Braze error', status),
      headers: passed,
    };
  }
  const filtered = status === 200 ? filterList(endpoint, parsed, settings.allowedIds) : parsed;
  const leaked = apiKey !== undefined && contains(filtered, apiKey);
  if (leaked) parsed = redactDeep(filtered, apiKey);
  const body = leaked ? JSON.stringify(parsed) : filtered === parsed ? text : JSON.stringify(filtered);
  return { status, body, headers: passed, cacheable: status === 200, upstreamStatus: status };
}
