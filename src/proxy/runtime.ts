import type { ConnectionInfo } from './config.js';

/**
 * What the runtime tells about a request beyond the Fetch API. Under `@hono/node-server` the bindings carry the
 * Node `incoming` message (the raw request target, the socket); other runtimes pass nothing we rely on. Read by
 * duck typing, so this module imports nothing from Node.
 */

/** The connection of a request served by `@hono/node-server` (its bindings carry the Node `incoming`). */
interface NodeBindings {
  incoming: { url?: unknown; rawHeaders?: unknown; socket?: { remoteAddress?: unknown } };
}

function nodeBindings(env: unknown): NodeBindings | undefined {
  if (typeof env !== 'object' || env === null || !('incoming' in env)) return undefined;
  const incoming: unknown = env.incoming;
  return typeof incoming === 'object' && incoming !== null ? (env as NodeBindings) : undefined;
}

/** What the runtime says about the connection: its remote address under Node, nothing elsewhere. */
export function connectionInfo(env: unknown): ConnectionInfo {
  const address = nodeBindings(env)?.incoming.socket?.remoteAddress;
  return { remoteAddress: typeof address === 'string' ? address : undefined };
}

/** What a request looked like on the wire, when the runtime tells (Node); see `checkRequest`. */
export interface RawRequest {
  /** The request target exactly as received (`/path?query`), before URL normalisation. */
  readonly target: string | undefined;
  /** Size of the header block as received (names, values, separators). */
  readonly headerBytes: number | undefined;
}

export function rawRequest(env: unknown): RawRequest {
  const incoming = nodeBindings(env)?.incoming;
  const rawHeaders = incoming?.rawHeaders;
  let headerBytes: number | undefined;
  if (Array.isArray(rawHeaders)) {
    headerBytes = 0;
    for (const part of rawHeaders) headerBytes += typeof part === 'string' ? part.length + 2 : 0;
  }
  return { target: typeof incoming?.url === 'string' ? incoming.url : undefined, headerBytes };
}
