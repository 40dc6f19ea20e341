import {
  BrazeErrorBody,
  invalidRequestBody,
  parseQuery,
  toQuery,
  type EndpointDescriptor,
} from '../api/index.js';
import { InFlight, ResponseCache, type StoredResponse } from './cache.js';
import type { ResolvedProxyConfig } from './config.js';
import { brazeError, jsonResponse, RATE_LIMIT_HEADERS } from './http.js';

/**
 * The heart of the proxy: validate the browser's query, then answer from the cache, from an identical request
 * already in flight, or from one upstream call built only from the configured host, the path and the canonical
 * query. Nothing from the incoming request but its validated query reaches Braze.
 */

/** Larger bodies are passed through but not cached (the cache is bounded by entry count only). */
const MAX_CACHEABLE_CHARS = 1_000_000;

interface Outcome extends StoredResponse {
  readonly cacheable: boolean;
}

export type Forwarder = (endpoint: EndpointDescriptor, url: URL) => Promise<Response>;

export function createForwarder(settings: ResolvedProxyConfig): Forwarder {
  const cache = new ResponseCache(settings.cacheTtlMs, settings.cacheMaxEntries);
  const inFlight = new InFlight<Outcome>();
  const redact = redactor(settings.apiKey);
  const ttlSeconds = Math.floor(settings.cacheTtlMs / 1000);

  async function callUpstream(endpoint: EndpointDescriptor, query: string): Promise<Outcome> {
    const headers = new Headers({ Accept: 'application/json' });
    if (settings.apiKey) headers.set('Authorization', `Bearer ${settings.apiKey}`);
    const target = `${settings.upstreamOrigin}${endpoint.path}${query ? `?${query}` : ''}`;
    const started = Date.now();
    const controller = new AbortController();
    const timer =
      settings.upstreamTimeoutMs > 0
        ? setTimeout(
            () => controller.abort(new DOMException('upstream timed out', 'TimeoutError')),
            settings.upstreamTimeoutMs,
          )
        : undefined;
    let response: Response;
    let text: string;
    try {
      const request = new Request(target, {
        method: 'GET',
        headers,
        redirect: 'error',
        signal: controller.signal,
      });
      response = await settings.upstream.fetch(request);
      text = await response.text();
    } catch (error) {
      const timedOut = controller.signal.aborted;
      const detail = redact(describeFailure(error));
      settings.logger.warn(`upstream ${timedOut ? 'timed out' : 'failed'}`, { path: endpoint.path, detail });
      return failure(
        timedOut ? 504 : 502,
        timedOut ? 'Braze did not answer in time' : 'Could not reach Braze',
        `upstream request failed: ${detail}`,
      );
    } finally {
      clearTimeout(timer);
    }
    settings.logger.info('upstream', {
      path: endpoint.path,
      status: response.status,
      ms: Date.now() - started,
    });
    const passed = RATE_LIMIT_HEADERS.flatMap((name): [string, string][] => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, redact(value)]];
    });
    if (response.ok) {
      return {
        status: response.status,
        body: redact(text),
        headers: passed,
        cacheable: text.length <= MAX_CACHEABLE_CHARS && isValid(endpoint, text),
      };
    }
    if (response.status >= 500) {
      settings.logger.warn('upstream error', { path: endpoint.path, status: response.status });
    }
    const status = response.status >= 400 ? response.status : 502;
    const body = isBrazeError(text)
      ? redact(text)
      : JSON.stringify(
          brazeError(`Braze answered HTTP ${response.status}`, ['the response body was not a Braze error']),
        );
    return { status, body, headers: passed, cacheable: false };
  }

  return async (endpoint, url) => {
    const incoming = new URLSearchParams(url.search);
    incoming.delete('api_key');
    const parsed = parseQuery(endpoint, incoming);
    if (!parsed.ok) return respond(failure(400, invalidRequestBody(parsed.errors)), 'none');
    const query = toQuery(endpoint, parsed.value as Record<string, unknown>).toString();
    const key = `${endpoint.path}?${query}`;

    const hit = cache.get(key);
    if (hit) return respond(hit.value, 'HIT', Math.floor(hit.remainingMs / 1000));
    const { promise, shared } = inFlight.run(key, () => callUpstream(endpoint, query));
    const outcome = await promise;
    if (!shared && outcome.cacheable && outcome.status === 200) cache.set(key, outcome);
    return respond(outcome, shared ? 'SHARED' : 'MISS', ttlSeconds);
  };
}

function failure(status: number, body: BrazeErrorBody | string, ...errors: string[]): Outcome {
  const payload = typeof body === 'string' ? brazeError(body, errors) : body;
  return { status, body: JSON.stringify(payload), headers: [], cacheable: false };
}

function respond(stored: StoredResponse, cache: 'HIT' | 'MISS' | 'SHARED' | 'none', maxAge = 0): Response {
  const success = stored.status >= 200 && stored.status < 300;
  const response = jsonResponse(stored.body, stored.status, [...stored.headers]);
  response.headers.set('Cache-Control', success ? `private, max-age=${maxAge}` : 'no-store');
  if (cache !== 'none') response.headers.set('X-Cache', cache);
  return response;
}

function isValid(endpoint: EndpointDescriptor, text: string): boolean {
  try {
    return endpoint.response.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

function isBrazeError(text: string): boolean {
  try {
    return BrazeErrorBody.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

/** Replaces every occurrence of the key (defence in depth: Braze should never echo it). */
function redactor(apiKey: string | undefined): (text: string) => string {
  return (text) => (apiKey && text.includes(apiKey) ? text.split(apiKey).join('[redacted]') : text);
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
