import assert from 'node:assert/strict';
import { createJsonLogger, createProxy, type ProxyConfig, type ProxyLogger } from '../../src/proxy/index.js';
import { createMockBraze } from '../../src/proxy/mock.js';

/** Shared fixtures for the proxy tests. */

export const NOW = new Date('2024-05-10T12:00:00Z');
export const KEY = 'test-key-7f3a9c21-SECRET-d00d';
export const REST = 'https://rest.iad-01.braze.com';
export const PROXY_ORIGIN = 'http://proxy.test';

/** What the fake upstream saw. */
export interface Recorded {
  readonly url: URL;
  readonly method: string;
  readonly headers: Headers;
}

/** A fetch that records each request and answers with `respond` (default: the mock Braze at {@link NOW}). */
export function recordingFetch(respond?: (request: Request) => Response | Promise<Response>): {
  fetch: typeof fetch;
  calls: Recorded[];
} {
  const mock = createMockBraze({ now: NOW });
  const calls: Recorded[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    calls.push({ url: new URL(request.url), method: request.method, headers: new Headers(request.headers) });
    return respond ? respond(request) : mock.fetch(request);
  };
  return { fetch: fetchImpl, calls };
}

/** A logger that keeps every line, so tests can check that none contains the key. */
export function recordingLogger(): ProxyLogger & { lines: string[] } {
  const lines: string[] = [];
  const log = (message: string, details?: Record<string, unknown>) => {
    lines.push(`${message} ${JSON.stringify(details ?? {})}`);
  };
  return { lines, info: log, warn: log, error: log };
}

/** A JSON-lines logger at `info` that keeps every line it writes. */
export function jsonLogs(): {
  logger: ProxyLogger;
  lines: string[];
  records: () => Record<string, unknown>[];
} {
  const lines: string[] = [];
  const logger = createJsonLogger({ level: 'info', write: (line) => lines.push(line) });
  return { logger, lines, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** A proxy in Braze mode against a recording fetch. */
export function proxyWith(
  config: Partial<ProxyConfig> = {},
  respond?: (request: Request) => Response | Promise<Response>,
) {
  const upstream = recordingFetch(respond);
  const logger = recordingLogger();
  const app = createProxy({ apiKey: KEY, restEndpoint: REST, fetch: upstream.fetch, logger, ...config });
  return { app, calls: upstream.calls, logger };
}

/** Everything a response exposes, as one string (status line, headers, body). */
export async function dump(response: Response): Promise<string> {
  const headers = [...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  return `${response.status}\n${headers}\n\n${await response.clone().text()}`;
}

/** Fails if the key (or a large piece of it) appears anywhere in the response. */
export async function assertNoKey(response: Response): Promise<void> {
  const text = await dump(response);
  assert.ok(!text.includes(KEY), `the API key leaked into a response:\n${text}`);
  assert.ok(!text.includes(KEY.slice(0, 12)), 'part of the API key leaked into a response');
}

/** Calls `app` like a browser would, asserting that the key never leaks. */
export async function call(
  app: { fetch(request: Request): Response | Promise<Response> },
  path: string,
  init?: RequestInit,
): Promise<Response> {
  const response = await app.fetch(new Request(`${PROXY_ORIGIN}${path}`, init));
  await assertNoKey(response);
  return response;
}

/** A promise with its resolve exposed. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A clock tests move by hand (`ProxyConfig.now`): nothing waits on real time. */
export function manualClock(start = NOW.getTime()): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}
