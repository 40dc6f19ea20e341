import type { BrazeErrorBody } from '../api/index.js';

/**
 * Shared response helpers for the mock and the proxy (Fetch API only, no Node imports). Headers are plain
 * objects, set once when the response is made: runtimes such as @hono/node-server write those without
 * building a `Headers` object, which roughly halves the cost of a cached answer.
 */

export type HeaderRecord = Record<string, string>;

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Rate-limit headers Braze sends and the proxy passes through (Retry-After first). */
export const RATE_LIMIT_HEADERS = [
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
] as const;

/**
 * Headers on every proxy response: no MIME sniffing, no referrer, not readable by other origins' no-cors
 * requests (`<script>`, `<img>`: CORS fetches from allowed origins are unaffected), not renderable as a page.
 */
export const SECURITY_HEADERS: Readonly<HeaderRecord> = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
});

/** The Braze error envelope: `{ message, errors }`. */
export function brazeError(message: string, errors: readonly string[] = []): BrazeErrorBody {
  return { message, errors: [...errors] };
}

/** A JSON response from already-serialised text (`null` for HEAD). */
export function jsonResponse(
  text: string | null,
  status = 200,
  headers: Readonly<HeaderRecord> = {},
): Response {
  return new Response(text, { status, headers: { ...headers, 'Content-Type': JSON_CONTENT_TYPE } });
}

/** A Braze-shaped error answered by the proxy itself (never cached). */
export function errorResponse(
  status: number,
  body: BrazeErrorBody,
  headers: Readonly<HeaderRecord> = {},
): Response {
  return jsonResponse(JSON.stringify(body), status, { ...headers, 'Cache-Control': 'no-store' });
}
