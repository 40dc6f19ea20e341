import { BrazeErrorBody, type EndpointDescriptor } from '../api/index.js';
import { filterList } from './access.js';
import type { StoredResponse } from './cache.js';
import type { ResolvedProxyConfig } from './config.js';
import { etagOf } from './etag.js';
import { brazeError, RATE_LIMIT_HEADERS } from './http.js';
import { redactSecret } from './log.js';
import type { UpstreamRateLimit } from './rate-limit.js';

/**
 * The one place the proxy calls Braze: a GET built only from the configured origin, the endpoint's fixed path
 * and the canonical query, with the server-side key, under a hard timeout. Maps every outcome to a Braze-shaped
 * answer: upstream statuses and error bodies pass through, unreadable errors are wrapped, network failures
 * become 502 and timeouts 504. No Node imports.
 */

/** An upstream answer, ready to replay. */
export interface Outcome extends StoredResponse {
  /** A valid 2xx body that may be cached. */
  readonly cacheable: boolean;
  /** Braze's HTTP status; undefined when it did not answer. */
  readonly upstreamStatus: number | undefined;
}

export type UpstreamCaller = (endpoint: EndpointDescriptor, query: string) => Promise<Outcome>;

/** A Braze-shaped answer made by the proxy itself. */
export function failure(status: number, body: BrazeErrorBody, headers: [string, string][] = []): Outcome {
  return { status, body: JSON.stringify(body), headers, cacheable: false, upstreamStatus: undefined };
}

class UpstreamTimeout extends Error {
  override readonly name = 'TimeoutError';
}

export function createUpstreamCaller(
  settings: ResolvedProxyConfig,
  rateLimit: UpstreamRateLimit,
): UpstreamCaller {
  const redact = (text: string) => redactSecret(text, settings.apiKey);

  return async (endpoint, query) => {
    const headers = new Headers({ Accept: 'application/json' });
    if (settings.apiKey) headers.set('Authorization', `Bearer ${settings.apiKey}`);
    const target = `${settings.upstreamOrigin}${endpoint.path}${query ? `?${query}` : ''}`;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Raced against the call, so even an upstream that ignores its signal cannot hold the request.
    const timeout = new Promise<never>((_, reject) => {
      if (settings.upstreamTimeoutMs <= 0) return;
      timer = setTimeout(() => {
        const error = new UpstreamTimeout(`no answer within ${settings.upstreamTimeoutMs} ms`);
        controller.abort(error);
        reject(error);
      }, settings.upstreamTimeoutMs);
    });
    let response: Response;
    let text: string;
    try {
      // `manual`, not `error`: Workers rejects `redirect: 'error'` when the Request is built. A 3xx is never
      // followed; it is answered as a 502 below.
      const request = new Request(target, {
        method: 'GET',
        headers,
        redirect: 'manual',
        signal: controller.signal,
      });
      response = await Promise.race([settings.upstream.fetch(request), timeout]);
      text = await Promise.race([response.text(), timeout]);
    } catch (error) {
      const timedOut = error instanceof UpstreamTimeout || controller.signal.aborted;
      const detail = redact(describeFailure(error));
      settings.logger.warn(`upstream ${timedOut ? 'timed out' : 'failed'}`, { path: endpoint.path, detail });
      return timedOut
        ? failure(
            504,
            brazeError('Braze did not answer in time', [`no answer within ${settings.upstreamTimeoutMs} ms`]),
          )
        : failure(502, brazeError('Could not reach Braze', [`upstream request failed: ${detail}`]));
    } finally {
      clearTimeout(timer);
    }

    rateLimit.observe(response.status, response.headers);
    const passed = RATE_LIMIT_HEADERS.flatMap((name): [string, string][] => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, redact(value)]];
    });
    const upstreamStatus = response.status;
    if (response.ok) {
      const body = filterList(endpoint, redact(text), settings.allowedIds);
      if (body === undefined) {
        return failure(
          502,
          brazeError('Braze answered an unreadable list', ['the list could not be filtered']),
        );
      }
      const cacheable = isValid(endpoint, body);
      return {
        status: response.status,
        body,
        headers: passed,
        etag: etagOf(body),
        cacheable,
        upstreamStatus,
      };
    }
    if (response.status >= 500) {
      settings.logger.warn('upstream error', { path: endpoint.path, upstream: response.status });
    }
    const status = response.status >= 400 ? response.status : 502;
    const body = isBrazeError(text)
      ? redact(text)
      : JSON.stringify(
          brazeError(`Braze answered HTTP ${response.status}`, ['the response body was not a Braze error']),
        );
    return { status, body, headers: passed, cacheable: false, upstreamStatus };
  };
}

function parses(text: string, schema: EndpointDescriptor['response']): boolean {
  try {
    return schema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

function isValid(endpoint: EndpointDescriptor, text: string): boolean {
  return parses(text, endpoint.response);
}

function isBrazeError(text: string): boolean {
  return parses(text, BrazeErrorBody);
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
