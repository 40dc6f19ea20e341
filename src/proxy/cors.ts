import { brazeError, jsonResponse, RATE_LIMIT_HEADERS } from './http.js';

/**
 * CORS for the proxy. No origin is allowed unless listed (`*` only when listed explicitly). Allowed origins are
 * reflected with `Vary: Origin`; preflights from other origins get a 403.
 */

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
const EXPOSED_HEADERS = [...RATE_LIMIT_HEADERS, 'X-Cache'].join(', ');
const HEADER_LIST = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$/;

/** The `Access-Control-Allow-Origin` value for `origin`, or `undefined` when it is not allowed. */
export function allowOriginFor(origin: string | null, allowed: readonly string[]): string | undefined {
  if (!origin) return undefined;
  if (allowed.includes(origin)) return origin;
  return allowed.includes('*') ? '*' : undefined;
}

/** Adds the CORS headers of a normal (non-preflight) response. */
export function applyCors(request: Request, headers: Headers, allowed: readonly string[]): void {
  if (allowed.length === 0) return;
  const vary = (headers.get('Vary') ?? '').split(',').map((name) => name.trim().toLowerCase());
  if (!vary.includes('origin')) headers.append('Vary', 'Origin');
  const allowOrigin = allowOriginFor(request.headers.get('Origin'), allowed);
  if (!allowOrigin || request.method === 'OPTIONS') return;
  headers.set('Access-Control-Allow-Origin', allowOrigin);
  headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
}

/** Answers `OPTIONS` on a known path: a CORS preflight (204 or 403), or a plain `Allow` listing. */
export function answerOptions(request: Request, allowed: readonly string[]): Response {
  const origin = request.headers.get('Origin');
  const method = request.headers.get('Access-Control-Request-Method');
  if (!origin || !method) return new Response(null, { status: 204, headers: { Allow: ALLOWED_METHODS } });
  const allowOrigin = allowOriginFor(origin, allowed);
  if (!allowOrigin || (method !== 'GET' && method !== 'HEAD')) {
    return jsonResponse(
      JSON.stringify(
        brazeError('CORS request refused', [
          allowOrigin ? `method ${method} is not allowed` : 'this origin is not in the proxy allowedOrigins',
        ]),
      ),
      403,
      { Vary: 'Origin' },
    );
  }
  const headers = new Headers({
    'Access-Control-Allow-Origin': allowOrigin,
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Max-Age': '600',
    Vary: 'Origin, Access-Control-Request-Headers',
  });
  const requested = request.headers.get('Access-Control-Request-Headers')?.trim();
  if (requested && HEADER_LIST.test(requested)) headers.set('Access-Control-Allow-Headers', requested);
  return new Response(null, { status: 204, headers });
}
