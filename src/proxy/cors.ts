import { brazeError, errorResponse, RATE_LIMIT_HEADERS, type HeaderRecord } from './http.js';

/**
 * CORS for the proxy. No origin is allowed unless listed (`*` only when listed explicitly). Allowed origins are
 * reflected with `Vary: Origin`; preflights from other origins get a 403. Headers are plain objects (see http.ts).
 */

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
const EXPOSED_HEADERS = [...RATE_LIMIT_HEADERS, 'X-Cache', 'ETag'].join(', ');
const HEADER_LIST = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$/;

/** The `Access-Control-Allow-Origin` value for `origin`, or `undefined` when it is not allowed. */
export function allowOriginFor(origin: string | null, allowed: readonly string[]): string | undefined {
  if (!origin) return undefined;
  if (allowed.includes(origin)) return origin;
  return allowed.includes('*') ? '*' : undefined;
}

/** The CORS headers of a normal (non-preflight) response to `request`. */
export function corsHeaders(request: Request, allowed: readonly string[]): HeaderRecord {
  if (allowed.length === 0) return {};
  const allowOrigin =
    request.method === 'OPTIONS' ? undefined : allowOriginFor(request.headers.get('Origin'), allowed);
  if (!allowOrigin) return { Vary: 'Origin' };
  return {
    Vary: 'Origin',
    'Access-Control-Allow-Origin': allowOrigin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
  };
}

/** Answers `OPTIONS` on a known path: a CORS preflight (204 or 403), or a plain `Allow` listing. */
export function answerOptions(
  request: Request,
  allowed: readonly string[],
  base: Readonly<HeaderRecord>,
): Response {
  const origin = request.headers.get('Origin');
  const method = request.headers.get('Access-Control-Request-Method');
  if (!origin || !method) {
    return new Response(null, {
      status: 204,
      headers: { ...base, Allow: ALLOWED_METHODS, 'Cache-Control': 'no-store' },
    });
  }
  const allowOrigin = allowOriginFor(origin, allowed);
  if (!allowOrigin || (method !== 'GET' && method !== 'HEAD')) {
    return errorResponse(
      403,
      brazeError('CORS request refused', [
        allowOrigin ? `method ${method} is not allowed` : 'this origin is not in the proxy allowedOrigins',
      ]),
      { ...base, Vary: 'Origin' },
    );
  }
  const headers: HeaderRecord = {
    ...base,
    'Access-Control-Allow-Origin': allowOrigin,
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Max-Age': '600',
    'Cache-Control': 'no-store',
    Vary: 'Origin, Access-Control-Request-Headers',
  };
  const requested = request.headers.get('Access-Control-Request-Headers')?.trim();
  if (requested && HEADER_LIST.test(requested)) headers['Access-Control-Allow-Headers'] = requested;
  return new Response(null, { status: 204, headers });
}
