import type { ConnectionInfo } from './config.js';

/**
 * Request hardening before routing: the request target must be a plain origin-form path (no dot segments,
 * %-escapes, `@`, backslashes or empty segments, no absolute URL), the query at most {@link MAX_QUERY_LENGTH}
 * characters and the headers at most {@link MAX_HEADER_BYTES}. Nothing here could reach Braze anyway (the upstream
 * URL is built from the configuration, the route and the validated params); refusing early keeps odd requests out
 * of logs, caches and hooks. Under `@hono/node-server` the raw target is read (duck-typed, no Node imports).
 */

export const MAX_QUERY_LENGTH = 2048;
export const MAX_HEADER_BYTES = 16 * 1024;

/** Why a request is refused: a status and a Braze-shaped body. */
export interface Refusal {
  readonly status: number;
  readonly message: string;
  readonly errors: string[];
}

/** What `@hono/node-server` passes as bindings: the Node `incoming` message. */
type Incoming = { url?: unknown; rawHeaders?: unknown; socket?: { remoteAddress?: unknown } };
const incomingOf = (env: unknown): Incoming | undefined =>
  typeof env === 'object' && env !== null && 'incoming' in env ? (env.incoming as Incoming) : undefined;

/** What the runtime says about the connection: its remote address under Node, nothing elsewhere. */
export function connectionInfo(env: unknown): ConnectionInfo {
  const address = incomingOf(env)?.socket?.remoteAddress;
  return { remoteAddress: typeof address === 'string' ? address : undefined };
}

/** The request as received on the wire, when the runtime tells: its raw target and header block size. */
export function rawRequest(env: unknown): { target?: string; headerBytes?: number } {
  const incoming = incomingOf(env);
  const raw = incoming?.rawHeaders;
  return {
    target: typeof incoming?.url === 'string' ? incoming.url : undefined,
    headerBytes: Array.isArray(raw)
      ? raw.reduce((n: number, part) => n + String(part).length + 2, 0)
      : undefined,
  };
}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** True for `/`, `/a/b` and `/a/b/` made of unreserved characters, without `.` or `..` segments. */
export function isPlainPath(path: string): boolean {
  if (path === '/') return true;
  const segments = path.slice(1).split('/');
  if (segments.at(-1) === '') segments.pop();
  return path.startsWith('/') && segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..');
}

/** The refusal for `request` (and its raw form, when known), or undefined when it may proceed. */
export function checkRequest(
  request: Request,
  raw: { target?: string; headerBytes?: number } = {},
): Refusal | undefined {
  if (raw.target !== undefined && !raw.target.startsWith('/')) {
    return {
      status: 400,
      message: 'Bad request target',
      errors: ['absolute URLs are not accepted as request targets'],
    };
  }
  const target = raw.target ?? request.url.slice(request.url.indexOf('/', request.url.indexOf('://') + 3));
  const queryStart = target.includes('?') ? target.indexOf('?') : target.length;
  if (!isPlainPath(target.slice(0, queryStart))) {
    const why =
      'the path may only hold letters, digits, - . _ ~ between single slashes (no .., %-escapes, @ or \\)';
    return { status: 400, message: 'Bad request target', errors: [why] };
  }
  if (target.length - queryStart - 1 > MAX_QUERY_LENGTH) {
    return {
      status: 414,
      message: 'URI Too Long',
      errors: [`the query string may be at most ${MAX_QUERY_LENGTH} characters`],
    };
  }
  let headerBytes = raw.headerBytes ?? 0;
  if (raw.headerBytes === undefined)
    request.headers.forEach((value, name) => (headerBytes += name.length + value.length + 4));
  if (headerBytes > MAX_HEADER_BYTES) {
    const errors = [`request headers may total at most ${MAX_HEADER_BYTES} bytes`];
    return { status: 431, message: 'Request Header Fields Too Large', errors };
  }
  return undefined;
}
