import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { BrazeErrorBody } from '../../src/api/index.js';
import { createProxy, ProxyConfigError } from '../../src/proxy/index.js';
import { createMockBraze } from '../../src/proxy/mock.js';
import { answerClientError } from '../../src/proxy/node.js';
import { call, KEY, NOW, proxyWith, recordingLogger, REST } from './proxy-helpers.js';

/** Safe by default: each hole of issue 13, reproduced as it was found. */

const DETAILS = '/segments/details?segment_id=seg_all_users';
const SERIES = '/segments/data_series?segment_id=seg_all_users&length=30';

async function brazeBody(response: Response, status: number): Promise<BrazeErrorBody> {
  assert.equal(response.status, status, await response.clone().text());
  assert.equal(response.headers.get('Cache-Control'), 'no-store');
  assert.equal(response.headers.get('ETag'), null);
  assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
  return BrazeErrorBody.parse(await response.json());
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('mock mode is explicit', () => {
  it('refuses the README\'s "Embed it" example with an unset key instead of serving invented data', () => {
    assert.throws(
      () =>
        createProxy({
          apiKey: process.env.BRAZE_TEST_UNSET_KEY,
          restEndpoint: 'https://rest.fra-01.braze.eu',
          basePath: '/api/braze',
          authorize: () => true,
        }),
      (error: unknown) => error instanceof ProxyConfigError && /apiKey is not set/.test(error.message),
    );
    assert.throws(() => createProxy({ mock: false }), ProxyConfigError);
    assert.throws(() => createProxy({ mock: true, apiKey: KEY, restEndpoint: REST }), /mock: true cannot/);
  });

  it('never serves the mock under NODE_ENV=production, not even with mock: true', () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      assert.throws(() => createProxy(), /NODE_ENV=production: refusing to serve MOCK/);
      assert.throws(
        () => createProxy({ mock: true, logger: recordingLogger() }),
        (error: unknown) =>
          error instanceof ProxyConfigError &&
          /^mock: true under NODE_ENV=production: refusing to serve MOCK data\. Set apiKey and restEndpoint/.test(
            error.message,
          ) &&
          /unset NODE_ENV/.test(error.message),
      );
      assert.doesNotThrow(() => createProxy({ apiKey: KEY, restEndpoint: REST, logger: recordingLogger() }));
    } finally {
      if (previous === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previous;
    }
  });

  it('marks every mock answer with X-Braze-Mock: 1 and sends no invented X-RateLimit-* headers', async () => {
    const app = createProxy({ mock: true, logger: recordingLogger() });
    for (const path of [
      DETAILS,
      '/segments/details?segment_id=fault_429',
      '/segments/details?segment_id=nope',
      '/x',
    ]) {
      const response = await call(app, path);
      assert.equal(response.headers.get('X-Braze-Mock'), '1', path);
      for (const name of ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']) {
        assert.equal(response.headers.get(name), null, `${path}: ${name}`);
      }
    }
    assert.equal((await call(proxyWith().app, DETAILS)).headers.get('X-Braze-Mock'), null);
  });
});

describe('the key is redacted in what the client parses', () => {
  const escaped = [...KEY].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

  it('redacts an upstream echo of the key written as JSON \\uXXXX escapes, in values and keys', async () => {
    for (const status of [200, 401]) {
      const { app } = proxyWith(
        {},
        () =>
          new Response(
            `{"message":"${status === 200 ? 'success' : `bad key ${escaped}`}","name":"${escaped}","${escaped}":1}`,
            {
              status,
              headers: { 'Content-Type': 'application/json' },
            },
          ),
      );
      const response = await call(app, DETAILS);
      assert.equal(response.status, status);
      const parsed = JSON.stringify(await response.json());
      assert.ok(!parsed.includes(KEY), `the decoded body holds the key: ${parsed}`);
      assert.match(parsed, /\[redacted\]/);
    }
  });

  it('accepts only the characters Braze keys use, so no quote or backslash can hide in a body', () => {
    for (const apiKey of ['abc"def-1234567', 'abc\\def-1234567', 'abc def-1234567', 'abc/def+123456=']) {
      assert.throws(
        () => createProxy({ apiKey, restEndpoint: REST }),
        /apiKey must be 8-256 letters, digits/,
      );
    }
    assert.doesNotThrow(() =>
      createProxy({ apiKey: '3d5b2c1a-0f9e-4b8d-a7c6-112233445566', restEndpoint: REST }),
    );
  });
});

describe('upstream bodies are capped', () => {
  it('answers a schema-valid 50 MB array with a 502 after reading no more than the cap', async () => {
    const chunk = new TextEncoder().encode(`${'{"time":"2024-05-01","size":1},'.repeat(2000)}`);
    let pulled = 0;
    const { app } = proxyWith({}, () => {
      const body = new ReadableStream<Uint8Array>({
        start: (c) => c.enqueue(new TextEncoder().encode('{"message":"success","data":[')),
        pull: (c) => {
          pulled += chunk.byteLength;
          if (pulled > 50_000_000) c.close();
          else c.enqueue(chunk);
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    });
    const body = await brazeBody(await call(app, SERIES), 502);
    assert.equal(body.message, 'Braze answered too much');
    assert.ok(pulled <= 8 * 1024 * 1024 + 4 * chunk.byteLength, `read ${pulled} bytes`);
  });

  it('refuses a declared Content-Length over the cap without reading, and honours maxUpstreamBytes', async () => {
    const { app } = proxyWith({ maxUpstreamBytes: 1000 }, () =>
      Response.json({ message: 'success', name: 'x'.repeat(2000) }),
    );
    await brazeBody(await call(app, DETAILS), 502);
  });

  it('inflates a 1 GiB gzip bomb only up to the cap (over HTTP, decompressed by fetch)', async () => {
    // 1,024 gzip members of 1 MiB of spaces each: about 1 MB on the wire, 1 GiB inflated.
    const member = gzipSync(Buffer.alloc(1024 * 1024, 0x20));
    const braze = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
      for (let i = 0; i < 1024 && !res.destroyed; i++) res.write(member);
      res.end();
    });
    const port = await listen(braze);
    let inflated = 0;
    try {
      const app = createProxy({
        apiKey: KEY,
        restEndpoint: `http://127.0.0.1:${port}`,
        allowInsecureUpstream: true,
        logger: recordingLogger(),
        // The real fetch, with a count of the decompressed bytes the proxy pulls.
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          const counting = new TransformStream<Uint8Array, Uint8Array>({
            transform: (chunk, controller) =>
              void ((inflated += chunk.byteLength), controller.enqueue(chunk)),
          });
          return new Response(response.body?.pipeThrough(counting), response);
        },
      });
      await brazeBody(await call(app, DETAILS), 502);
      assert.ok(inflated > 8 * 1024 * 1024 && inflated < 16 * 1024 * 1024, `inflated ${inflated} bytes`);
    } finally {
      braze.closeAllConnections();
      await close(braze);
    }
  });
});

describe('a foreign Origin is refused before any upstream call', () => {
  it('answers 20 cross-site GETs from evil with 403 and spends no Braze call', async () => {
    const { app, calls } = proxyWith({ allowedOrigins: ['https://app.example.com'] });
    for (let i = 1; i <= 20; i++) {
      const headers: Record<string, string> =
        i % 2
          ? { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'cors' }
          : { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'image' };
      const body = await brazeBody(
        await call(app, `/segments/data_series?segment_id=s${i}&length=7`, { headers }),
        403,
      );
      assert.equal(body.message, 'Origin not allowed');
    }
    assert.equal(calls.length, 0);
    const allowed = await call(app, DETAILS, {
      headers: { Origin: 'https://app.example.com', 'Sec-Fetch-Site': 'cross-site' },
    });
    assert.equal(allowed.status, 200);
    const sameOrigin = await call(app, DETAILS, { headers: { 'Sec-Fetch-Site': 'same-origin' } });
    assert.equal(sameOrigin.status, 200);
    assert.equal(calls.length, 1);
  });
});

describe('a broken upstream 200 is a 502 that is never cached', () => {
  const broken: [string, () => Response][] = [
    [
      'truncated JSON',
      () =>
        new Response('{"message":"success","name":"All Us', {
          headers: { 'Content-Type': 'application/json' },
        }),
    ],
    ['a schema failure', () => Response.json({ message: 'success', name: 42, tags: 'x' })],
    [
      'an HTML page',
      () =>
        new Response('<html><body>Maintenance</body></html>', { headers: { 'Content-Type': 'text/html' } }),
    ],
    ['message not "success"', () => Response.json({ message: 'partial', name: 'All Users' })],
  ];
  for (const [name, respond] of broken) {
    it(`answers ${name} with 502 + no-store, and asks Braze again next time`, async () => {
      const { app, calls } = proxyWith({}, respond);
      for (let i = 0; i < 2; i++) {
        const response = await call(app, DETAILS, { headers: { 'If-None-Match': '*' } });
        assert.equal((await brazeBody(response, 502)).message, 'Braze answered an unreadable body');
      }
      assert.equal(calls.length, 2);
    });
  }

  it('answers an answer too big for the cache with no-store and no ETag', async () => {
    const { app, calls } = proxyWith({ cacheMaxBytes: 1000 }, () =>
      Response.json({ message: 'success', name: 'x'.repeat(600) }),
    );
    const response = await call(app, DETAILS);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    assert.equal(response.headers.get('ETag'), null);
    await call(app, DETAILS);
    assert.equal(calls.length, 2);
  });
});

describe('compression', () => {
  it('sends a send breakdown gzip-compressed to clients that accept it, with a weak ETag and Vary', async (t) => {
    const mock = createMockBraze({ now: NOW });
    const { app } = proxyWith({}, (request) => mock.fetch(request));
    const path = '/sends/data_series?campaign_id=camp_welcome_series&send_id=send_welcome_day0&length=30';
    const plain = await (await call(app, path)).text();
    const response = await call(app, path, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(response.headers.get('Content-Encoding'), 'gzip');
    assert.match(response.headers.get('Vary') ?? '', /Accept-Encoding/);
    assert.match(response.headers.get('ETag') ?? '', /^W\/"/);
    const compressed = Buffer.from(await response.arrayBuffer());
    assert.equal(gunzipSync(compressed).toString(), plain);
    assert.ok(compressed.length < plain.length / 4, `${plain.length} B → ${compressed.length} B`);
    t.diagnostic(`send breakdown, 30 days: ${plain.length} B JSON → ${compressed.length} B gzip`);
  });

  it('compresses a cached answer once, not once per request, and revalidates it with its weak ETag', async (t) => {
    const mock = createMockBraze({ now: NOW });
    const { app, calls } = proxyWith({}, (request) => mock.fetch(request));
    const path = '/sends/data_series?campaign_id=camp_welcome_series&send_id=send_welcome_day0&length=30';
    const Native = globalThis.CompressionStream;
    let streams = 0;
    globalThis.CompressionStream = class extends Native {
      constructor(format: CompressionFormat) {
        super(format);
        streams++;
      }
    };
    t.after(() => void (globalThis.CompressionStream = Native));
    const gzip = { 'Accept-Encoding': 'gzip, deflate, br' };
    const bodies = await Promise.all(
      Array.from({ length: 10 }, async () =>
        Buffer.from(await (await call(app, path, { headers: gzip })).arrayBuffer()),
      ),
    );
    for (let i = 0; i < 10; i++)
      bodies.push(Buffer.from(await (await call(app, path, { headers: gzip })).arrayBuffer()));
    assert.equal(streams, 1, 'one compression for 20 requests');
    assert.equal(calls.length, 1);
    assert.ok(bodies.every((body) => body.equals(bodies[0] ?? Buffer.alloc(0))));
    const again = await call(app, path, { headers: gzip });
    const etag = again.headers.get('ETag') ?? '';
    assert.equal(again.headers.get('X-Cache'), 'HIT');
    const revalidated = await call(app, path, { headers: { ...gzip, 'If-None-Match': etag } });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.headers.get('ETag'), etag);
    const head = await call(app, path, { method: 'HEAD', headers: gzip });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('Content-Encoding'), 'gzip');
    assert.equal((await head.arrayBuffer()).byteLength, 0);
    // A client that takes only deflate, or no encoding, still gets what it asked for.
    const deflated = await call(app, path, { headers: { 'Accept-Encoding': 'deflate' } });
    assert.equal(deflated.headers.get('Content-Encoding'), 'deflate');
    const plain = await call(app, path, { headers: { 'Accept-Encoding': 'gzip;q=0, identity' } });
    assert.equal(plain.headers.get('Content-Encoding'), null);
    assert.equal(gunzipSync(bodies[0] ?? Buffer.alloc(0)).toString(), await plain.text());
  });
});

describe("requests Node's parser refuses", () => {
  let server: Server;
  let port = 0;
  before(async () => {
    const app = createProxy({ mock: true, logger: recordingLogger() });
    port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
        resolve(info.port),
      ) as Server;
    });
    server.on('clientError', answerClientError);
  });
  after(() => close(server));

  const raw = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(text));
      let out = '';
      socket.setEncoding('latin1');
      socket.on('data', (chunk: string) => (out += chunk));
      socket.on('error', reject);
      socket.on('close', () => resolve(out));
    });

  for (const [name, request, status] of [
    ['oversize headers', `GET ${DETAILS} HTTP/1.1\r\nHost: x\r\nX-Pad: ${'p'.repeat(20_000)}\r\n\r\n`, 431],
    ['a malformed request line', 'GET /segments/details HTTP/9\r\nHost: x\r\n\r\n', 400],
    ['a header without a colon', `GET ${DETAILS} HTTP/1.1\r\nHost: x\r\nbroken header\r\n\r\n`, 400],
  ] as const) {
    it(`answers ${name} with a JSON Braze body and the security headers`, async () => {
      const text = await raw(request);
      const [head = '', body = ''] = text.split('\r\n\r\n');
      assert.match(head, new RegExp(`^HTTP/1\\.1 ${status} `));
      assert.match(head, /Content-Type: application\/json/);
      assert.match(head, /X-Content-Type-Options: nosniff/);
      assert.match(head, /Content-Security-Policy: default-src 'none'/);
      BrazeErrorBody.parse(JSON.parse(body));
    });
  }
});
