import { ID_PATTERN } from '../api/index.js';

/** The checks behind `resolveProxyConfig` (pure: runs in Node, workers and the browser). */

/** Thrown for an invalid proxy configuration; the message says what to fix (and never contains the key). */
export class ProxyConfigError extends Error {
  override readonly name = 'ProxyConfigError';
}

/** Braze REST hosts: `rest.<instance>.braze.com` or `rest.<instance>.braze.eu`. */
export const BRAZE_REST_HOST = /^rest\.[a-z0-9-]+\.braze\.(com|eu)$/;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks `restEndpoint` and returns its origin. Only https Braze REST hosts are accepted (no path, query,
 * credentials or port), unless `allowInsecure` admits a loopback test server.
 */
export function checkRestEndpoint(restEndpoint: string, allowInsecure = false): string {
  let url: URL;
  try {
    url = new URL(restEndpoint.trim());
  } catch {
    // The value is not echoed: a misplaced key must not end up in logs.
    throw new ProxyConfigError(
      'restEndpoint is not a valid URL: use the REST host, e.g. https://rest.iad-01.braze.com',
    );
  }
  const bare = !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
  if (allowInsecure && LOOPBACK_HOSTS.has(url.hostname) && /^https?:$/.test(url.protocol) && bare) {
    return url.origin;
  }
  if (url.protocol !== 'https:') {
    throw new ProxyConfigError(`restEndpoint must use https (got ${url.protocol.replace(':', '')})`);
  }
  if (!BRAZE_REST_HOST.test(url.hostname) || url.port) {
    throw new ProxyConfigError(
      `restEndpoint must be a Braze REST host such as https://rest.iad-01.braze.com or https://rest.fra-01.braze.eu (got ${url.host})`,
    );
  }
  if (!bare) throw new ProxyConfigError('restEndpoint must be just the host: no path, query or credentials');
  return url.origin;
}

export function checkOrigins(origins: readonly string[]): string[] {
  return origins.map((origin) => {
    const trimmed = origin.trim().replace(/\/$/, '');
    if (trimmed === '*') return trimmed;
    let parsed: URL | undefined;
    try {
      parsed = new URL(trimmed);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== trimmed) {
      throw new ProxyConfigError(
        `allowedOrigins entries must be origins like https://app.example.com or '*' (got ${JSON.stringify(origin)})`,
      );
    }
    return trimmed;
  });
}

export function checkBasePath(basePath: string): string {
  if (basePath === '' || basePath === '/') return '';
  if (!/^(\/[A-Za-z0-9._~-]+)+\/?$/.test(basePath) || /\/\.{1,2}(\/|$)/.test(basePath)) {
    throw new ProxyConfigError(`basePath must look like /api/braze (got ${JSON.stringify(basePath)})`);
  }
  return basePath.replace(/\/$/, '');
}

/** A finite number ≥ 0 (`fallback` when undefined). */
export function checkDuration(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new ProxyConfigError(`${name} must be a number ≥ 0`);
  return value;
}

/** An integer ≥ 1 (`fallback` when undefined). */
export function checkCount(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new ProxyConfigError(`${name} must be an integer ≥ 1`);
  return value;
}

/** A non-empty list of valid Braze ids, as a set (`undefined` when not configured: every id is allowed). */
export function checkIds(name: string, ids: readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (ids === undefined) return undefined;
  if (ids.length === 0) {
    throw new ProxyConfigError(`${name} is empty: omit it to allow every id, or list the ids to allow`);
  }
  ids.forEach((id, index) => {
    // The value is not echoed (it could be anything pasted into the environment).
    if (!ID_PATTERN.test(id))
      throw new ProxyConfigError(`${name} entry ${index + 1} is not a valid Braze id`);
  });
  return new Set(ids);
}
