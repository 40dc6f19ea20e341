import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BrazeErrorBody } from '../../src/api/index.js';
import { createProxy, loadConfigFromEnv, MAX_HEADER_BYTES, MAX_QUERY_LENGTH } from '../../src/proxy/index.js';
import { assertNoKey, call, dump, jsonLogs, KEY, proxyWith, REST } from './proxy-helpers.js';

/** Hostile input through the fetch handler: every refusal is Braze-shaped and costs zero upstream calls. */

const DETAILS = '/segments/details?segment_id=seg_all_users';

async function refused(response: Response, status: number): Promise<BrazeErrorBody> {
  assert.equal(response.status, status, await response.clone().text());
  assert.equal(response.headers.get('Cache-Control'), 'no-store');
  assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
  return BrazeErrorBody.parse(await response.json());
}

describe('hardening: request targets', () => {
  const targets = [
    ['an encoded slash', '/segments%2Fdetails?segment_id=seg_all_users'],
    ['an encoded slash inside a path', '/segments/details%2F..%2Fx?segment_id=seg_all_users'],
    ['an encoded backslash', '/segments%5Cdetails?segment_id=seg_all_users'],
    ['an encoded dot', '/segments/a%2eb/details?segment_id=seg_all_users'],
    ['a protocol-relative target', '//evil.test/segments/details?segment_id=seg_all_users'],
    ['an @ in the path', '/segments/details@evil.test?segment_id=seg_all_users'],
    ['an @ after the base', '/@evil.test/segments/details?segment_id=seg_all_users'],
    ['an empty segment', '/segments//details?segment_id=seg_all_users'],
    ['a NUL escape', '/segments/details%00?segment_id=seg_all_users'],
    ['a semicolon parameter', '/segments/details;jsessionid=1?segment_id=seg_all_users'],
  ] as const;
  for (const [name, target] of targets) {
    it(`refuses ${name} with a 400`, async () => {
      const { app, calls } = proxyWith();
      const body = await refused(await call(app, target), 400);
      assert.equal(body.message, 'Bad request target');
      assert.equal(calls.length, 0);
    });
  }

  it('never lets dot segments change the route (URL parsing resolves them before the handler)', async () => {
    const { app, calls } = proxyWith();
    for (const target of [
      '/segments/../users/export/ids',
      '/segments/%2e%2e/users/export/ids',
      '/x/../../etc/passwd',
    ]) {
      await refused(await call(app, target), 404);
    }
    assert.equal(calls.length, 0);
  });

  it(`refuses query strings over ${MAX_QUERY_LENGTH} characters with a 414`, async () => {
    const { app, calls } = proxyWith();
    const filler = 'a'.repeat(MAX_QUERY_LENGTH);
    await refused(await call(app, `${DETAILS}&x=${filler}`), 414);
    const exactly = `segment_id=seg_all_users&x=${'a'.repeat(MAX_QUERY_LENGTH - 'segment_id=seg_all_users&x='.length)}`;
    assert.equal(exactly.length, MAX_QUERY_LENGTH);
    await refused(await call(app, `/segments/details?${exactly}`), 400); // within the limit: validation says no
    assert.equal(calls.length, 0);
  });

  it(`refuses headers over ${MAX_HEADER_BYTES} bytes with a 431`, async () => {
    const { app, calls } = proxyWith();
    const big = { 'X-Padding': 'p'.repeat(MAX_HEADER_BYTES) };
    await refused(await call(app, DETAILS, { headers: big }), 431);
    const many = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`X-H${i}`, 'v'.repeat(80)]));
    await refused(await call(app, DETAILS, { headers: many }), 431);
    assert.equal(calls.length, 0);
    assert.equal((await call(app, DETAILS, { headers: { 'X-Small': 'v'.repeat(1000) } })).status, 200);
  });
});

describe('hardening: methods and parameters', () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'PROPFIND', 'PURGE']) {
    it(`refuses ${method} on every route with a 405 and no upstream call`, async () => {
      const { app, calls } = proxyWith();
      for (const path of [
        '/segments/data_series',
        '/segments/details',
        '/sessions/data_series',
        '/sends/data_series',
      ]) {
        const response = await call(app, `${path}?segment_id=seg_all_users&length=7`, {
          method,
          body: method === 'PROPFIND' || method === 'PURGE' ? null : '{"segment_id":"x"}',
        });
        await refused(response, 405);
        assert.equal(response.headers.get('Allow'), 'GET, HEAD, OPTIONS');
      }
      assert.equal(calls.length, 0);
    });
  }

  const badParams = [
    ['a duplicate param', `${DETAILS}&segment_id=seg_empty`],
    ['an unknown param', `${DETAILS}&callback=x`],
    ['an URL as an id', '/segments/details?segment_id=https%3A%2F%2Fevil.test%2F'],
    ['a protocol-relative id', '/segments/details?segment_id=%2F%2Fevil.test'],
    ['an @ in an id', '/segments/details?segment_id=seg%40evil.test'],
    ['an URL as ending_at', '/segments/data_series?segment_id=a&length=7&ending_at=http%3A%2F%2Fevil.test'],
    ['an URL as page', '/segments/list?page=http%3A%2F%2Fevil.test'],
    ['a host param', `${DETAILS}&host=evil.test`],
    ['a url param', `${DETAILS}&url=http%3A%2F%2Fevil.test`],
  ] as const;
  for (const [name, target] of badParams) {
    it(`refuses ${name} with a 400`, async () => {
      const { app, calls } = proxyWith();
      assert.equal((await refused(await call(app, target), 400)).message, 'Invalid request parameters');
      assert.equal(calls.length, 0);
    });
  }
});

describe('hardening: SSRF', () => {
  it('ignores every header that could steer the upstream host or path', async () => {
    const { app, calls } = proxyWith();
    const response = await call(app, DETAILS, {
      headers: {
        Host: 'evil.test',
        'X-Forwarded-Host': 'evil.test',
        'X-Forwarded-Proto': 'http',
        'X-Forwarded-Port': '8080',
        Forwarded: 'host=evil.test;proto=http',
        'X-Original-URL': '/users/export/ids',
        'X-Rewrite-URL': '/users/export/ids',
        'X-HTTP-Method-Override': 'DELETE',
        'X-Host': 'evil.test',
      },
    });
    assert.equal(response.status, 200);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.url.href, `${REST}/segments/details?segment_id=seg_all_users`);
    assert.equal(calls[0]?.method, 'GET');
    assert.deepEqual([...(calls[0]?.headers.keys() ?? [])].sort(), ['accept', 'authorization']);
  });

  it('does not route by X-Original-URL or X-Rewrite-URL', async () => {
    const { app, calls } = proxyWith();
    for (const header of ['X-Original-URL', 'X-Rewrite-URL']) {
      await refused(await call(app, '/admin', { headers: { [header]: DETAILS } }), 404);
    }
    assert.equal(calls.length, 0);
  });

  it('builds the upstream URL from the configuration whatever the request URL says', async () => {
    const { app, calls } = proxyWith();
    await app.fetch(new Request(`http://evil.test:9999${DETAILS}`));
    await app.fetch(new Request(`https://127.0.0.1${DETAILS}`));
    assert.deepEqual(
      calls.map((c) => c.url.origin),
      [REST],
      'the second is served from the cache: same canonical query',
    );
  });
});

describe('safe response headers', () => {
  it('sends nosniff, no-referrer, CORP, CSP on every kind of response, and no-store on errors', async () => {
    const { app } = proxyWith({ allowedOrigins: ['https://app.test'], upstreamTimeoutMs: 1000 });
    const requests: [string, RequestInit?][] = [
      [DETAILS],
      ['/segments/details?segment_id=seg_all_users', { headers: { 'If-None-Match': '*' } }],
      ['/segments/details'],
      ['/nope'],
      ['/segments%2Fdetails'],
      [DETAILS, { method: 'POST' }],
      [
        DETAILS,
        {
          method: 'OPTIONS',
          headers: { Origin: 'https://app.test', 'Access-Control-Request-Method': 'GET' },
        },
      ],
      [
        DETAILS,
        {
          method: 'OPTIONS',
          headers: { Origin: 'https://evil.test', 'Access-Control-Request-Method': 'GET' },
        },
      ],
      ['/segments/details?segment_id=fault_500'],
      ['/segments/details?segment_id=fault_429'],
      ['/segments/details?segment_id=seg_power_users'], // a local 429: Braze said Remaining 0
    ];
    const statuses: number[] = [];
    for (const [path, init] of requests) {
      const response = await call(app, path, init);
      const text = await dump(response);
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff', text);
      assert.equal(response.headers.get('Referrer-Policy'), 'no-referrer', text);
      assert.equal(response.headers.get('Cross-Origin-Resource-Policy'), 'same-origin', text);
      assert.match(response.headers.get('Content-Security-Policy') ?? '', /default-src 'none'/, text);
      if (response.status >= 400) assert.equal(response.headers.get('Cache-Control'), 'no-store', text);
      statuses.push(response.status);
    }
    assert.deepEqual(statuses, [200, 304, 400, 404, 400, 405, 204, 403, 500, 429, 429]);
  });
});

describe('CORS on every kind of response', () => {
  it('lets an allowed origin read successes, 304s and every error', async () => {
    const origin = 'https://app.test';
    const { app } = proxyWith({
      allowedOrigins: [origin],
      clientRateLimit: { requests: 6, windowMs: 60_000 },
      authorize: (request) => {
        if (request.headers.get('X-Throw')) throw new Error('boom');
        return request.headers.get('X-Deny') === null;
      },
    });
    const etag = (await call(app, DETAILS)).headers.get('ETag') ?? '';
    const cases: [number, string, Record<string, string>][] = [
      [200, DETAILS, {}],
      [304, DETAILS, { 'If-None-Match': etag }],
      [400, '/segments/details', {}],
      [400, '/segments%2Fdetails', {}],
      [404, '/nope', {}],
      [414, `${DETAILS}&x=${'a'.repeat(MAX_QUERY_LENGTH)}`, {}],
      [403, DETAILS, { 'X-Deny': '1' }],
      [500, DETAILS, { 'X-Throw': '1' }],
      [429, DETAILS, {}], // the per-client limit (6 routed requests) is used up by now
    ];
    for (const [status, path, headers] of cases) {
      const response = await call(app, path, { headers: { ...headers, Origin: origin } });
      assert.equal(response.status, status, path);
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), origin, `${status} ${path}`);
      assert.match(response.headers.get('Vary') ?? '', /Origin/);
      assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    }
    const post = await call(app, DETAILS, { method: 'POST', headers: { Origin: origin } });
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('Access-Control-Allow-Origin'), origin);
  });
});

describe('CORS from the environment', () => {
  const env = {
    BRAZE_API_KEY: KEY,
    BRAZE_REST_ENDPOINT: REST,
    BRAZE_PROXY_ALLOWED_ORIGINS: 'https://app.example.com, https://admin.example.com',
  };

  it('allows listed origins and refuses others, and nothing by default', async () => {
    const { app } = proxyWith(loadConfigFromEnv(env));
    for (const origin of ['https://app.example.com', 'https://admin.example.com']) {
      const response = await call(app, DETAILS, { headers: { Origin: origin } });
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), origin);
    }
    for (const origin of [
      'https://evil.example.com',
      'https://app.example.com.evil.test',
      'null',
      'http://app.example.com',
    ]) {
      const response = await call(app, DETAILS, { headers: { Origin: origin } });
      assert.equal(response.headers.get('Access-Control-Allow-Origin'), null, origin);
      const preflight = await call(app, DETAILS, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
      await refused(preflight, 403);
    }
    const byDefault = proxyWith(loadConfigFromEnv({ BRAZE_API_KEY: KEY, BRAZE_REST_ENDPOINT: REST })).app;
    const response = await call(byDefault, DETAILS, { headers: { Origin: 'https://app.example.com' } });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
  });
});

describe('the key never leaks', () => {
  it('stays out of every response and every log line, whatever happens', async () => {
    const logs = jsonLogs();
    let n = 0;
    const app = createProxy({
      apiKey: KEY,
      restEndpoint: REST,
      logger: logs.logger,
      upstreamTimeoutMs: 30,
      clientRateLimit: { requests: 1000, windowMs: 60_000 },
      authorize: (request) => {
        if (request.headers.get('X-Throw')) throw new Error(`authorize saw ${KEY}`);
        return request.headers.get('X-Deny') === null;
      },
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const echo = request.headers.get('Authorization') ?? '';
        n++;
        switch (new URL(request.url).searchParams.get('segment_id')) {
          case 'echo_body':
            return Response.json({ message: `bad key ${echo}`, errors: [echo] }, { status: 401 });
          case 'echo_headers':
            return Response.json({ message: 'success' }, { headers: { 'X-RateLimit-Reset': echo } });
          case 'throw':
            throw new TypeError(`connect failed for ${echo} at ${request.url}`);
          case 'hang':
            return new Promise<Response>(() => undefined);
          case 'html':
            return new Response(`<html>${echo}</html>`, { status: 502 });
          default:
            return Response.json({ message: 'success', name: 'x' });
        }
      },
    });
    const requests: [string, RequestInit?][] = [
      ['/segments/details?segment_id=ok'],
      ['/segments/details?segment_id=ok'],
      ['/segments/details?segment_id=echo_body'],
      ['/segments/details?segment_id=echo_headers'],
      ['/segments/details?segment_id=throw'],
      ['/segments/details?segment_id=hang'],
      ['/segments/details?segment_id=html'],
      ['/segments/details?segment_id=ok', { headers: { 'X-Deny': '1' } }],
      ['/segments/details?segment_id=ok', { headers: { 'X-Throw': '1' } }],
      [`/segments/details?segment_id=ok&api_key=${KEY}`],
      [`/segments/details?segment_id=${KEY}`],
      ['/segments/details', { headers: { Authorization: `Bearer ${KEY}` } }],
      ['/segments%2Fdetails'],
      ['/nope', { method: 'POST', body: KEY }],
    ];
    for (const [path, init] of requests) await call(app, path, init);
    assert.ok(n >= 5);
    assert.ok(logs.lines.length >= requests.length, 'one access line per request at least');
    for (const line of logs.lines) {
      assert.ok(!line.includes(KEY), `the key leaked into a log line: ${line}`);
      assert.ok(!/authorization/i.test(line), `a header dump reached a log line: ${line}`);
    }
  });

  it('keeps it out of the rate-limit state', async () => {
    const { app } = proxyWith({}, () =>
      Response.json({ message: 'success', name: 'x' }, { headers: { 'X-RateLimit-Limit': KEY } }),
    );
    await assertNoKey(await call(app, DETAILS));
    assert.ok(!JSON.stringify(app.rateLimit ?? {}).includes(KEY));
  });
});
