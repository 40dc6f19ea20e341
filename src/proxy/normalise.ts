import { parseQuery, toQuery, type EndpointDescriptor, type ParseResult } from '../api/index.js';

/**
 * The browser's query → the one Braze gets: `api_key` dropped, every param validated, then re-serialised in
 * the endpoint's canonical key order. Equal params give an equal query string, whatever their order or
 * encoding, so the string doubles as the cache and coalescing key. No Node imports.
 */

export interface NormalisedQuery {
  /** The canonical query, exactly as sent upstream. */
  readonly query: URLSearchParams;
  /** The validated params as strings (what `authorize` sees). */
  readonly params: Readonly<Record<string, string>>;
  /** Cache and coalescing key: `<path>?<canonical query>`. */
  readonly key: string;
}

export function normaliseQuery(
  endpoint: EndpointDescriptor,
  incoming: URLSearchParams,
): ParseResult<NormalisedQuery> {
  const search = new URLSearchParams(incoming);
  search.delete('api_key');
  const parsed = parseQuery(endpoint, search);
  if (!parsed.ok) return parsed;
  const query = toQuery(endpoint, parsed.value as Record<string, unknown>);
  return {
    ok: true,
    value: {
      query,
      params: Object.freeze(Object.fromEntries(query)),
      key: `${endpoint.path}?${query.toString()}`,
    },
  };
}
