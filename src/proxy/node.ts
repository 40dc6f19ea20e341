import type { Socket } from 'node:net';

/** `braze-charts/proxy/node`: Node-only helpers of the CLI, for your own Node server too. */

/**
 * A `createJsonLogger` writer that batches lines into one `write` per event-loop turn (a synchronous write per
 * request, to a pipe or a file, would cost more than a cached answer); warnings and errors go to `err` at once.
 */
export function batchedWriter(out: { write(text: string): unknown } = process.stdout, err = process.stderr) {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) out.write(`${pending.join('\n')}\n`);
    pending = [];
  };
  process.once('exit', flush);
  return (line: string, level: 'info' | 'warn' | 'error'): void => {
    if (level !== 'info') return void (flush(), err.write(`${line}\n`));
    if (pending.push(line) === 1) setImmediate(flush);
  };
}

/**
 * A `clientError` listener for the HTTP server: a request Node's parser refuses (oversize headers, a malformed
 * request line) gets a Braze-shaped JSON body and the proxy's security headers instead of a bare status line.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable || (socket as Socket & { _httpMessage?: unknown })._httpMessage)
    return void socket.destroy();
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'request headers are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'the request took too long to arrive']
        : [400, 'Bad Request', 'the request could not be parsed'];
  const body = JSON.stringify({ message: reason, errors: [message] });
  const headers = [
    'Content-Type: application/json; charset=utf-8',
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: no-referrer',
    'Cross-Origin-Resource-Policy: same-origin',
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
    'X-Frame-Options: DENY',
    'Connection: close',
    `Content-Length: ${Buffer.byteLength(body)}`,
  ];
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${headers.join('\r\n')}\r\n\r\n${body}`);
}
