import type * as z from 'zod/mini';
import type { EndpointDescriptor } from './endpoints.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Turns zod issues into short sentences, e.g. `length: length must be an integer from 1 to 100`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') return `unknown parameter(s): ${issue.keys.join(', ')}`;
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

const INTEGER = /^(0|[1-9]\d{0,8})$/;

/**
 * Reads a query string into the endpoint's typed params, rejecting duplicates, unknown keys and invalid values.
 * Numeric params (`length`) must be plain decimal integers: `1e2`, `0x10`, ` 5` and `5.0` are refused.
 */
export function parseQuery<E extends EndpointDescriptor>(
  endpoint: E,
  query: URLSearchParams,
): ParseResult<z.infer<E['params']>> {
  const errors: string[] = [];
  const raw: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
  for (const [key, value] of query) {
    if (Object.hasOwn(raw, key)) {
      errors.push(`${key}: given more than once`);
      continue;
    }
    // Anything else stays text, which the schema's `length` refuses with its own range in the message.
    raw[key] = key === 'length' && INTEGER.test(value) ? Number(value) : value;
  }
  const parsed = endpoint.params.safeParse(raw);
  if (!parsed.success) errors.push(...describeIssues(parsed.error.issues));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: [...new Set(errors)] };
  return { ok: true, value: parsed.data as z.infer<E['params']> };
}

/**
 * Serialises params in the endpoint's canonical key order, skipping undefined and empty values. The result is
 * stable for equal params, so it doubles as a cache/dedupe key.
 */
export function toQuery(
  endpoint: EndpointDescriptor,
  params: Readonly<Record<string, unknown>>,
): URLSearchParams {
  const query = new URLSearchParams();
  for (const key of endpoint.keys) {
    const value = params[key];
    if (value === undefined || value === null || value === '') continue;
    query.set(key, String(value));
  }
  return query;
}

/** The Braze error envelope for a request the proxy or client refuses before sending. */
export function invalidRequestBody(errors: readonly string[]): { message: string; errors: string[] } {
  return { message: 'Invalid request parameters', errors: [...errors] };
}
