/**
 * The bench's HTTP server on 127.0.0.1 (random port): the bundled pages (a temp dir) and the reference proxy
 * (mock Braze, no key) at /api/braze, mounted like web-test-runner.config.js does. Counts proxy requests.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createProxy } from '../src/proxy/index.js';

export const PROXY_BASE = '/api/braze';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface BenchServer {
  url: string;
  /** Requests that reached the proxy since the last `resetCount()`. */
  proxyRequests(): number;
  resetCount(): void;
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<BenchServer> {
  const proxy = getRequestListener(createProxy({ mock: true, basePath: PROXY_BASE }).fetch);
  let count = 0;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === PROXY_BASE || path.startsWith(`${PROXY_BASE}/`)) {
      count++;
      void proxy(req, res);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    proxyRequests: () => count,
    resetCount: () => {
      count = 0;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
