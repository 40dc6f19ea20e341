import type { BrazeErrorBody } from '../api/index.js';

/** Shared response helpers for the mock and the proxy (Fetch API only, no Node imports). */

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Rate-limit headers Braze sends and the proxy passes through (Retry-After first). */
export const RATE_LIMIT_HEADERS = [
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
] as const;

/** The Braze error envelope: `{ message, errors }`. */
export function brazeError(message: string, errors: readonly string[] = []): BrazeErrorBody {
  return { message, errors: [...errors] };
}

/** A JSON response from already-serialised text (`null` for HEAD). */
export function jsonResponse(text: string | null, status = 200, headers: HeadersInit = {}): Response {
  const response = new Response(text, { status, headers });
  response.headers.set('Content-Type', JSON_CONTENT_TYPE);
  return response;
}
