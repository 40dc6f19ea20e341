import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { segmentDataSeries } from '../../src/api/index.js';
import { createProxy } from '../../src/proxy/index.js';
import { createMockBraze } from '../../src/proxy/mock.js';
import { assertNoKey, KEY, NOW, recordingLogger } from './proxy-helpers.js';

/** End to end over real loopback sockets: browser → proxy (node-server) → fake Braze (node:http). */

interface Seen {
  url: string;
  method: string;
  headers: IncomingHttpHeaders;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

/** Sends `target` byte for byte (no client-side URL normalisation) and returns the status and body. */
function rawGet(port: number, target: string, extraHeaders = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${extraHeaders}Connection: close\r\n\r\n`,
      );
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

describe('createProxy over HTTP', () => {
  const seen: Seen[] = [];
  const mock = createMockBraze({ now: NOW });
  const braze = createServer((req, res) => {
    seen.push({ url: req.url ?? '', method: req.method ?? '', headers: req.headers });
    void mock
      .fetch(new Request(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method }))
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(await response.text());
      });
  });
  let proxy: Server;
  let proxyUrl = '';
  let proxyPort = 0;
  let brazePort = 0;

  before(async () => {
    brazePort = await listen(braze);
    const app = createProxy({
      apiKey: KEY,
      restEndpoint: `http://127.0.0.1:${brazePort}`,
      allowInsecureUpstream: true,
      allowedOrigins: ['https://app.example.com'],
      // The mock's fault_429 says Remaining: 0; the guard would (rightly) answer the next tests locally.
      rateLimitGuard: false,
      logger: recordingLogger(),
    });
    const port = await new Promise<number>((resolve) => {
      proxy = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
        resolve(info.port),
      ) as Server;
    });
    proxyUrl = `http://127.0.0.1:${port}`;
    proxyPort = port;
  });

  after(async () => {
    await close(proxy);
    await close(braze);
  });

  it('forwards with the Bearer key and the exact canonical params', async () => {
    const response = await fetch(
      `${proxyUrl}/segments/data_series?length=5&segment_id=seg_churn_risk&ending_at=2024-05-10T23:00:00-5:00&api_key=browser`,
      { headers: { Authorization: 'Bearer browser', Cookie: 'sid=1', Origin: 'https://app.example.com' } },
    );
    await assertNoKey(response);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'https://app.example.com');
    const body = segmentDataSeries.response.parse(await response.json());
    assert.equal(body.data.length, 5);
    assert.equal(body.data.at(-1)?.time, '2024-05-10');
    const last = seen.at(-1);
    assert.equal(last?.method, 'GET');
    assert.equal(
      last?.url,
      '/segments/data_series?segment_id=seg_churn_risk&length=5&ending_at=2024-05-10T23%3A00%3A00-5%3A00',
    );
    assert.equal(last?.headers.authorization, `Bearer ${KEY}`);
    assert.equal(last?.headers.cookie, undefined);
  });

  it('passes a 429 with Retry-After through the wire', async () => {
    const response = await fetch(`${proxyUrl}/sends/data_series?campaign_id=fault_429&send_id=s&length=1`);
    await assertNoKey(response);
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('Retry-After'), '1');
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
  });

  it('refuses invalid params without calling Braze', async () => {
    const before = seen.length;
    const response = await fetch(`${proxyUrl}/segments/data_series?segment_id=..&length=7`);
    await assertNoKey(response);
    assert.equal(response.status, 400);
    assert.equal(seen.length, before);
  });

  it('refuses raw request targets that URL parsing would have normalised, without calling Braze', async () => {
    const before = seen.length;
    const good = await rawGet(proxyPort, '/segments/details?segment_id=seg_all_users');
    assert.equal(good.status, 200, good.text);
    const calls = seen.length;
    for (const target of [
      '/segments/../segments/details?segment_id=seg_all_users',
      '/segments/./details?segment_id=seg_all_users',
      '/segments/%2e%2e/segments/details?segment_id=seg_all_users',
      '/segments/%2E%2E/segments/details?segment_id=seg_all_users',
      '/x/..%2Fsegments/details?segment_id=seg_all_users',
      '/segments%2Fdetails?segment_id=seg_all_users',
      '/segments%2fdetails?segment_id=seg_all_users',
      '/segments\\details?segment_id=seg_all_users',
      '//evil.test/segments/details?segment_id=seg_all_users',
      '/segments/details@evil.test?segment_id=seg_all_users',
      'http://evil.test/segments/details?segment_id=seg_all_users',
      `http://127.0.0.1:${brazePort}/segments/details?segment_id=seg_all_users`,
      `/segments/details?segment_id=seg_all_users&x=${'a'.repeat(3000)}`,
    ]) {
      const { status, text } = await rawGet(proxyPort, target);
      assert.ok(status >= 400 && status < 500, `${target} → ${status}`);
      assert.ok(!text.includes(KEY));
    }
    assert.equal(seen.length, calls, 'no upstream call');
    assert.ok(calls - before <= 1);
  });

  it('refuses oversize headers with a 431 (Node refuses them before the proxy, the proxy below that)', async () => {
    const huge = await rawGet(
      proxyPort,
      '/segments/details?segment_id=seg_all_users',
      `X-Pad: ${'p'.repeat(20_000)}\r\n`,
    );
    assert.equal(huge.status, 431);
  });

  it('ignores Host and X-Forwarded-Host on the wire', async () => {
    const before = seen.length;
    const response = await rawGet(
      proxyPort,
      '/segments/details?segment_id=seg_power_users',
      'X-Forwarded-Host: evil.test\r\nX-Original-URL: /users/export/ids\r\n',
    );
    assert.equal(response.status, 200);
    assert.equal(seen.length, before + 1);
    assert.equal(seen.at(-1)?.url, '/segments/details?segment_id=seg_power_users');
    assert.equal(seen.at(-1)?.headers.host, `127.0.0.1:${brazePort}`);
  });

  it('limits each client by its socket address by default', async () => {
    const app = createProxy({
      clientRateLimit: { requests: 2, windowMs: 60_000 },
      logger: recordingLogger(),
    });
    let server!: Server;
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
        resolve(info.port),
      ) as Server;
    });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`http://127.0.0.1:${port}/segments/details?segment_id=seg_empty`, {
          headers: { 'X-Forwarded-For': `203.0.113.${i}` }, // not trusted without trustProxy
        });
        statuses.push(response.status);
        if (response.status === 429) assert.ok(Number(response.headers.get('Retry-After')) > 0);
      }
      assert.deepEqual(statuses, [200, 200, 429]);
    } finally {
      await close(server);
    }
  });

  it('answers 502 when Braze is unreachable', async () => {
    const dead = createServer();
    const port = await listen(dead);
    await close(dead);
    const app = createProxy({
      apiKey: KEY,
      restEndpoint: `http://127.0.0.1:${port}`,
      allowInsecureUpstream: true,
      logger: recordingLogger(),
    });
    const response = await app.fetch(
      new Request('http://proxy.test/segments/details?segment_id=seg_all_users'),
    );
    await assertNoKey(response);
    assert.equal(response.status, 502);
    const text = await response.text();
    assert.ok(!text.includes(`127.0.0.1:${port}`), 'no upstream URL in the body');
  });
});
