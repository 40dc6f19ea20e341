/**
 * Request hardening that runs before routing: the request target must be a plain origin-form path (no dot
 * segments, percent-escapes, `@`, backslashes or empty segments, no absolute URL), the query string at most
 * {@link MAX_QUERY_LENGTH} characters and the headers at most {@link MAX_HEADER_BYTES}. Nothing here can reach
 * Braze anyway (the upstream URL is built from the configuration, the route's fixed path and the validated
 * params); refusing early keeps odd requests out of logs, caches and hooks. No Node imports.
 */

export const MAX_QUERY_LENGTH = 2048;
export const MAX_HEADER_BYTES = 16 * 1024;

/** Why a request is refused: a status and a Braze-shaped body. */
export interface Refusal {
  readonly status: number;
  readonly message: string;
  readonly errors: readonly string[];
}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

function badTarget(reason: string): Refusal {
  return { status: 400, message: 'Bad request target', errors: [reason] };
}

/** True for `/`, `/a/b` and `/a/b/` made of unreserved characters, without `.` or `..` segments. */
export function isPlainPath(path: string): boolean {
  if (path === '/') return true;
  if (!path.startsWith('/')) return false;
  const segments = path.slice(1).split('/');
  if (segments.at(-1) === '') segments.pop();
  return segments.every((segment) => SEGMENT.test(segment) && segment !== '.' && segment !== '..');
}

/** The `/path?query` of an absolute URL string. */
function targetOf(url: string): string {
  const slash = url.indexOf('/', url.indexOf('://') + 3);
  return slash < 0 ? '/' : url.slice(slash);
}

function headerBytes(headers: Headers): number {
  let bytes = 0;
  headers.forEach((value, name) => (bytes += name.length + value.length + 4)); // "name: value\r\n"
  return bytes;
}

/**
 * Checks `request` and, when the runtime tells, what it looked like on the wire (`raw.target` exactly as
 * received, before URL normalisation resolved `..` or `%2e%2e`; `raw.headerBytes`, which spares building a
 * `Headers` object). Returns the refusal, or undefined when the request may proceed.
 */
export function checkRequest(
  request: Request,
  raw: { readonly target?: string | undefined; readonly headerBytes?: number | undefined } = {},
): Refusal | undefined {
  const rawTarget = raw.target;
  if (rawTarget !== undefined && !rawTarget.startsWith('/')) {
    return badTarget('the request target must be a path: absolute URLs are not accepted');
  }
  const target = rawTarget ?? targetOf(request.url);
  const queryStart = target.indexOf('?');
  const path = queryStart < 0 ? target : target.slice(0, queryStart);
  if (!isPlainPath(path)) {
    return badTarget(
      'the path may only hold letters, digits, - . _ ~ between single slashes (no .., %-escapes, @ or \\)',
    );
  }
  const queryLength = queryStart < 0 ? 0 : target.length - queryStart - 1;
  if (queryLength > MAX_QUERY_LENGTH) {
    return {
      status: 414,
      message: 'URI Too Long',
      errors: [`the query string may be at most ${MAX_QUERY_LENGTH} characters`],
    };
  }
  if ((raw.headerBytes ?? headerBytes(request.headers)) > MAX_HEADER_BYTES) {
    return {
      status: 431,
      message: 'Request Header Fields Too Large',
      errors: [`request headers may total at most ${MAX_HEADER_BYTES} bytes`],
    };
  }
  return undefined;
}
