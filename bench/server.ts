/**
 * The bench's HTTP server on 127.0.0.1 (random port): the built pages, CDN files and vendor files (a temp dir,
 * gzip-compressed when the browser accepts it, as a CDN serves them) and the reference proxy (mock Braze, no key) at
 * /api/braze, mounted like web-test-runner.config.js does. Records the requests that reach the proxy. Its cache
 * keeps answers for the whole run and `warm()` fills it first, so that every page load, whichever library and
 * whenever it runs, gets the same fast answers: the bench measures the browser side (`npm run bench:proxy` measures
 * the proxy).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { createProxy } from '../src/proxy/index.js';

export const PROXY_BASE = '/api/braze';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface BenchServer {
  url: string;
  /** Requests that reached the proxy since the last `resetCount()`. */
  proxyRequests(): number;
  /** Their paths and query strings, in the order they arrived. */
  proxyUrls(): string[];
  resetCount(): void;
  /** Asks the proxy for each URL once (not counted), so that its cache holds them. */
  warm(urls: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port` (0: any free port). */
export async function startServer(root: string, port = 0): Promise<BenchServer> {
  const proxy = getRequestListener(
    createProxy({ mock: true, basePath: PROXY_BASE, cacheTtlMs: 3_600_000 }).fetch,
  );
  let urls: string[] = [];
  const gzipped = new Map<string, Uint8Array>();
  const server: Server = createServer((req, res) => {
    const { pathname, search } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (pathname === PROXY_BASE || pathname.startsWith(`${PROXY_BASE}/`)) {
      urls.push(`${pathname}${search}`);
      void proxy(req, res);
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const headers: Record<string, string> = {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          Vary: 'Accept-Encoding',
        };
        let payload: Uint8Array = body;
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          let zipped = gzipped.get(file);
          if (!zipped) gzipped.set(file, (zipped = gzipSync(body, { level: 9 })));
          headers['Content-Encoding'] = 'gzip';
          payload = zipped;
        }
        res.writeHead(200, headers);
        res.end(payload);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    proxyRequests: () => urls.length,
    proxyUrls: () => [...urls],
    resetCount: () => {
      urls = [];
    },
    warm: async (paths) => {
      for (const path of paths) {
        const response = await fetch(`http://127.0.0.1:${bound}${path}`);
        if (!response.ok) throw new Error(`warm-up: ${path} answered ${response.status}`);
        await response.arrayBuffer();
      }
      urls = [];
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
