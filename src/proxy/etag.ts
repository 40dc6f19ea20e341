/** Strong ETags for cached bodies and `If-None-Match` matching (no Node or Web Crypto needed: sync, portable). */

/** cyrb53: a fast, well-mixed 53-bit string hash (not cryptographic; good for change detection). */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A strong entity tag for `body`: its length and two independent 53-bit hashes, e.g. `"1a2-3k9…-7p0…"`. */
export function etagOf(body: string): string {
  return `"${body.length.toString(36)}-${cyrb53(body, 0x9e3779b9).toString(36)}-${cyrb53(body, 0x85ebca6b).toString(36)}"`;
}

/**
 * True when an `If-None-Match` header matches `etag` (RFC 9110: weak comparison, `*` matches any current
 * representation, a comma-separated list matches if any member does).
 */
export function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.replace(/^W\//, '');
  for (const candidate of header.split(',')) {
    const tag = candidate.trim();
    if (tag === '*' || tag.replace(/^W\//, '') === opaque) return true;
  }
  return false;
}
