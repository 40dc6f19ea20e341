import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BrazeErrorBody,
  segmentDataSeries,
  segmentDetails,
  SegmentListResponse,
  sendsDataSeries,
  sessionsDataSeries,
} from '../../src/api/index.js';
import { CampaignListResponse, createProxy } from '../../src/proxy/index.js';
import { createMockBraze } from '../../src/proxy/mock.js';
import {
  assertNoKey,
  call,
  deferred,
  KEY,
  manualClock,
  NOW,
  proxyWith,
  recordingFetch,
  recordingLogger,
  REST,
} from './proxy-helpers.js';

const SEGMENT_QUERY = 'segment_id=seg_all_users&length=7&ending_at=2024-05-10T23%3A00%3A00-5%3A00';

async function brazeError(response: Response, status: number): Promise<BrazeErrorBody> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
  assert.equal(response.headers.get('Cache-Control'), 'no-store');
  assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
  return BrazeErrorBody.parse(await response.json());
}

describe('createProxy: forwarding', () => {
  const cases = [
    [segmentDataSeries, SEGMENT_QUERY, SEGMENT_QUERY],
    [segmentDetails, 'segment_id=seg_power_users', 'segment_id=seg_power_users'],
    [
      sessionsDataSeries,
      'segment_id=seg_new_signups&app_id=app_ios&length=24&unit=hour&ending_at=2024-05-10T10%3A00%3A00%2B09%3A00',
      'length=24&unit=hour&ending_at=2024-05-10T10%3A00%3A00%2B09%3A00&app_id=app_ios&segment_id=seg_new_signups',
    ],
    [
      sendsDataSeries,
      'length=14&send_id=send_shipped&campaign_id=camp_order_updates',
      'campaign_id=camp_order_updates&send_id=send_shipped&length=14',
    ],
  ] as const;

  for (const [endpoint, incoming, canonical] of cases) {
    it(`forwards ${endpoint.path} with the Bearer key and the canonical params`, async () => {
      const { app, calls } = proxyWith();
      const response = await call(app, `${endpoint.path}?${incoming}`);
      assert.equal(response.status, 200);
      assert.equal(calls.length, 1);
      const [upstream] = calls;
      assert.equal(upstream?.method, 'GET');
      assert.equal(upstream?.url.href, `${REST}${endpoint.path}?${canonical}`);
      assert.equal(upstream?.headers.get('Authorization'), `Bearer ${KEY}`);
      assert.ok(endpoint.response.safeParse(await response.json()).success);
      // Series a minute, details five (the design note's lifetimes).
      const maxAge = endpoint.path === '/segments/details' ? 300 : 60;
      assert.equal(response.headers.get('Cache-Control'), `private, max-age=${maxAge}`);
      assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(response.headers.get('X-Braze-Mock'), null, 'Braze mode: not marked as mock');
    });
  }

  it('passes bodies through unchanged', async () => {
    const { app } = proxyWith();
    const viaProxy = await (await call(app, `/segments/data_series?${SEGMENT_QUERY}`)).text();
    const direct = await createMockBraze({ now: NOW }).fetch(
      new Request(`${REST}/segments/data_series?${SEGMENT_QUERY}`),
    );
    assert.equal(viaProxy, await direct.text());
  });

  it('forwards the pickers, and only when enabled', async () => {
    const { app, calls } = proxyWith();
    const segments = await call(app, '/segments/list?page=0');
    SegmentListResponse.parse(await segments.json());
    const campaigns = await call(app, '/campaigns/list?sort_direction=asc&page=0');
    CampaignListResponse.parse(await campaigns.json());
    assert.equal(calls[1]?.url.search, '?page=0&sort_direction=asc');
    const off = proxyWith({ pickers: false });
    await brazeError(await call(off.app, '/segments/list'), 404);
    assert.equal(off.calls.length, 0);
  });

  it('answers HEAD like GET without a body', async () => {
    const { app } = proxyWith();
    const response = await call(app, '/segments/details?segment_id=seg_empty', { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '');
  });

  it('mounts under basePath', async () => {
    const { app, calls } = proxyWith({ basePath: '/api/braze' });
    assert.equal((await call(app, '/api/braze/segments/details?segment_id=seg_empty')).status, 200);
    await brazeError(await call(app, '/segments/details?segment_id=seg_empty'), 404);
    assert.equal(calls[0]?.url.pathname, '/segments/details');
  });
});

describe('createProxy: what the browser sends stays in the browser', () => {
  it('never forwards api_key, Authorization, Cookie or any other incoming header', async () => {
    const { app, calls } = proxyWith({ allowedOrigins: ['https://app.test'] });
    const response = await call(
      app,
      `/segments/details?api_key=browser-key&segment_id=seg_all_users&api_key=again`,
      {
        headers: {
          Authorization: 'Bearer browser-key',
          Cookie: 'session=abc',
          'X-Forwarded-Host': 'evil.test',
          'X-Custom': 'nope',
          Origin: 'https://app.test',
        },
      },
    );
    assert.equal(response.status, 200);
    const upstream = calls[0];
    assert.ok(upstream);
    assert.equal(upstream.url.href, `${REST}/segments/details?segment_id=seg_all_users`);
    assert.equal(upstream.headers.get('Authorization'), `Bearer ${KEY}`);
    assert.deepEqual([...upstream.headers.keys()].sort(), ['accept', 'authorization']);
  });

  it('builds the upstream URL from the configured host, never from the request', async () => {
    const { app, calls } = proxyWith();
    await app.fetch(
      new Request('http://attacker.test:9999/segments/details?segment_id=seg_all_users', {
        headers: { Host: 'attacker.test', 'X-Forwarded-Proto': 'http' },
      }),
    );
    assert.equal(calls[0]?.url.origin, REST);
  });
});

describe('createProxy: validation happens before any upstream call', () => {
  const invalid = [
    ['length=0', 'segment_id=seg_all_users&length=0'],
    ['length=101', 'segment_id=seg_all_users&length=101'],
    ['length=1.5', 'segment_id=seg_all_users&length=1.5'],
    ['length=1e2', 'segment_id=seg_all_users&length=1e2'],
    ['length=abc', 'segment_id=seg_all_users&length=abc'],
    ['length=-1', 'segment_id=seg_all_users&length=-1'],
    ['empty length', 'segment_id=seg_all_users&length='],
    ['missing segment_id', 'length=7'],
    ['missing length', 'segment_id=seg_all_users'],
    ['bad ending_at', 'segment_id=seg_all_users&length=7&ending_at=yesterday'],
    ['impossible ending_at', 'segment_id=seg_all_users&length=7&ending_at=2024-02-30'],
    ['id with /', 'segment_id=a%2Fb&length=7'],
    ['id ..', 'segment_id=..&length=7'],
    ['id ../x', 'segment_id=..%2Fx&length=7'],
    ['id with space', 'segment_id=a%20b&length=7'],
    ['id with newline', 'segment_id=a%0Ab&length=7'],
    ['unknown param', 'segment_id=seg_all_users&length=7&foo=1'],
    ['duplicate param', 'segment_id=seg_all_users&length=7&length=8'],
    ['duplicate id', 'segment_id=seg_all_users&segment_id=seg_empty&length=7'],
    ['__proto__ param', 'segment_id=seg_all_users&length=7&__proto__=1'],
    ['constructor param', 'segment_id=seg_all_users&length=7&constructor=1'],
    ['API_KEY in capitals', 'segment_id=seg_all_users&length=7&API_KEY=1'],
  ] as const;

  for (const [name, query] of invalid) {
    it(`refuses ${name} with a 400 Braze body`, async () => {
      const { app, calls } = proxyWith();
      const body = await brazeError(await call(app, `/segments/data_series?${query}`), 400);
      assert.equal(body.message, 'Invalid request parameters');
      assert.ok(body.errors && body.errors.length > 0);
      assert.equal(calls.length, 0);
    });
  }

  it('refuses invalid params on the other endpoints too', async () => {
    const { app, calls } = proxyWith();
    for (const path of [
      '/segments/details',
      '/sessions/data_series?length=7&unit=week',
      '/sessions/data_series?length=7&app_id=a/b',
      '/sends/data_series?campaign_id=c&length=7',
      '/sends/data_series?campaign_id=c&send_id=s&length=101',
      '/segments/list?page=-1',
      '/campaigns/list?include_archived=yes',
    ]) {
      await brazeError(await call(app, path), 400);
    }
    assert.equal(calls.length, 0);
  });
});

describe('createProxy: routes', () => {
  it('answers 404 with a Braze body for unknown paths', async () => {
    const { app, calls } = proxyWith();
    for (const path of [
      '/',
      '/segments',
      '/segments/data_series/',
      '/SEGMENTS/DATA_SERIES?segment_id=a&length=1',
      '/users/export/ids',
      '/messages/send',
      '/segments/data_series.json',
    ]) {
      const body = await brazeError(await call(app, path), 404);
      assert.equal(body.message, 'Not found');
    }
    assert.equal(calls.length, 0);
  });

  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    it(`answers 405 with Allow for ${method}`, async () => {
      const { app, calls } = proxyWith();
      const response = await call(app, `/segments/data_series?${SEGMENT_QUERY}`, { method, body: '{}' });
      await brazeError(response, 405);
      assert.equal(response.headers.get('Allow'), 'GET, HEAD, OPTIONS');
      assert.equal(calls.length, 0);
    });
  }
});

describe('createProxy: cache and coalescing', () => {
  it('serves a second identical request from the cache', async () => {
    const { app, calls } = proxyWith();
    const first = await call(app, `/segments/data_series?${SEGMENT_QUERY}`);
    const second = await call(app, `/segments/data_series?${SEGMENT_QUERY}`);
    assert.equal(calls.length, 1);
    assert.equal(await first.text(), await second.text());
    assert.equal(first.headers.get('X-Cache'), 'MISS');
    assert.equal(second.headers.get('X-Cache'), 'HIT');
    assert.match(second.headers.get('Cache-Control') ?? '', /^private, max-age=\d+$/);
  });

  it('keys the cache by canonical query, so param order and api_key do not matter', async () => {
    const { app, calls } = proxyWith();
    await call(app, '/segments/data_series?segment_id=seg_all_users&length=7');
    await call(app, '/segments/data_series?length=7&segment_id=seg_all_users&api_key=x');
    assert.equal(calls.length, 1);
    await call(app, '/segments/data_series?length=8&segment_id=seg_all_users');
    assert.equal(calls.length, 2);
  });

  it('does not cache with cacheTtlMs 0, nor errors, nor invalid bodies', async () => {
    const noCache = proxyWith({ cacheTtlMs: 0 });
    await call(noCache.app, '/segments/details?segment_id=seg_empty');
    await call(noCache.app, '/segments/details?segment_id=seg_empty');
    assert.equal(noCache.calls.length, 2);
    const { app, calls } = proxyWith();
    for (const id of [
      'fault_500',
      'fault_500',
      'fault_badjson',
      'fault_badjson',
      'fault_schema',
      'fault_schema',
    ]) {
      await call(app, `/segments/details?segment_id=${id}`);
    }
    assert.equal(calls.length, 6);
  });

  it('expires entries after cacheTtlMs', async () => {
    const clock = manualClock();
    const { app, calls } = proxyWith({ cacheTtlMs: 20_000, now: clock.now });
    await call(app, '/segments/details?segment_id=seg_empty');
    clock.advance(19_999);
    const fresh = await call(app, '/segments/details?segment_id=seg_empty');
    assert.equal(fresh.headers.get('Cache-Control'), 'private, max-age=1');
    assert.equal(calls.length, 1);
    clock.advance(2);
    await call(app, '/segments/details?segment_id=seg_empty');
    assert.equal(calls.length, 2);
  });

  it('bounds the cache to cacheMaxEntries', async () => {
    const { app, calls } = proxyWith({ cacheMaxEntries: 2 });
    for (const id of ['seg_empty', 'seg_churn_risk', 'seg_power_users', 'seg_empty']) {
      await call(app, `/segments/details?segment_id=${id}`);
    }
    assert.equal(calls.length, 4, 'the oldest entry was dropped');
  });

  it('coalesces concurrent identical requests into one upstream call', async () => {
    const gate = deferred<void>();
    const mock = createMockBraze({ now: NOW });
    const { app, calls } = proxyWith({}, async (request) => {
      await gate.promise;
      return mock.fetch(request);
    });
    const pending = Array.from({ length: 5 }, () => call(app, `/segments/data_series?${SEGMENT_QUERY}`));
    await new Promise((resolve) => setTimeout(resolve, 10));
    gate.resolve();
    const responses = await Promise.all(pending);
    assert.equal(calls.length, 1);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    assert.ok(bodies.every((body) => body === bodies[0]));
    assert.deepEqual(
      responses.map((r) => r.headers.get('X-Cache')),
      ['MISS', 'SHARED', 'SHARED', 'SHARED', 'SHARED'],
    );
    await call(app, `/segments/data_series?${SEGMENT_QUERY}`);
    assert.equal(calls.length, 1, 'and then cached');
  });
});

describe('createProxy: upstream errors', () => {
  it('passes a 429 through with Retry-After and X-RateLimit headers', async () => {
    const { app } = proxyWith({}, () =>
      Response.json(
        { message: 'API rate limit exceeded', errors: [] },
        {
          status: 429,
          headers: { 'Retry-After': '1', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1715342400' },
        },
      ),
    );
    const response = await call(app, '/segments/details?segment_id=seg_empty');
    await brazeError(response, 429);
    assert.equal(response.headers.get('Retry-After'), '1');
    assert.equal(response.headers.get('X-RateLimit-Remaining'), '0');
    assert.ok(response.headers.get('X-RateLimit-Reset'));
  });

  it('passes Braze error statuses and bodies through', async () => {
    const { app } = proxyWith();
    assert.equal(
      (await brazeError(await call(app, '/segments/details?segment_id=fault_500'), 500)).message,
      'Internal Server Error',
    );
    await brazeError(await call(app, '/segments/details?segment_id=fault_422'), 422);
    assert.equal(
      (await brazeError(await call(app, '/segments/details?segment_id=seg_nope'), 404)).message,
      'Segment not found',
    );
  });

  it('wraps a non-Braze error body in a Braze-shaped one', async () => {
    const { app } = proxyWith({}, () => new Response('<html>Bad gateway</html>', { status: 503 }));
    const body = await brazeError(await call(app, '/segments/details?segment_id=seg_empty'), 503);
    assert.match(body.message, /HTTP 503/);
  });

  it('turns a 200 with a malformed body into a 502 that is never cached', async () => {
    const { app, calls } = proxyWith();
    for (let i = 0; i < 2; i++) {
      const response = await call(app, '/segments/details?segment_id=fault_badjson');
      const body = await brazeError(response, 502);
      assert.equal(body.message, 'Braze answered an unreadable body');
      assert.equal(response.headers.get('ETag'), null);
    }
    assert.equal(calls.length, 2);
  });

  it('answers 502 with a Braze body when the upstream cannot be reached', async () => {
    const logger = recordingLogger();
    const { app } = proxyWith({ logger }, () => {
      throw new TypeError(`fetch failed for ${REST}/segments/details?segment_id=x with ${KEY}`, {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    });
    const body = await brazeError(await call(app, '/segments/details?segment_id=seg_empty'), 502);
    assert.equal(body.message, 'Could not reach Braze');
    assert.ok(!JSON.stringify(body).includes('braze.com'), 'the upstream URL is not echoed');
    assert.match(JSON.stringify(body), /ECONNREFUSED/);
    assert.ok(logger.lines.length > 0 && logger.lines.every((line) => !line.includes(KEY)));
  });

  it('answers 504 when the upstream is too slow', async () => {
    const { app } = proxyWith(
      { upstreamTimeoutMs: 20 },
      (request) =>
        new Promise((_, reject) =>
          request.signal.addEventListener('abort', () => reject(request.signal.reason)),
        ),
    );
    await brazeError(await call(app, '/segments/details?segment_id=seg_empty'), 504);
  });

  it('redacts the key if an upstream ever echoes it, in bodies and headers', async () => {
    const { app } = proxyWith({}, () =>
      Response.json(
        { message: `invalid key ${KEY}`, errors: [KEY] },
        { status: 401, headers: { 'X-RateLimit-Limit': KEY } },
      ),
    );
    const response = await call(app, '/segments/details?segment_id=seg_empty');
    assert.equal(response.status, 401);
    assert.match(await response.text(), /\[redacted\]/);
  });
});

describe('createProxy: mock mode', () => {
  it('serves the mock Braze without a key', async () => {
    const app = createProxy({ logger: recordingLogger() });
    const response = await call(app, '/segments/data_series?segment_id=seg_all_users&length=30');
    assert.equal(response.status, 200);
    const body = segmentDataSeries.response.parse(await response.json());
    assert.equal(body.data.length, 30);
  });

  it('sends no Authorization header to its upstream', async () => {
    const { fetch: record, calls } = recordingFetch();
    const app = createProxy({ upstream: { fetch: (request) => record(request) } });
    assert.equal((await call(app, '/segments/details?segment_id=seg_all_users')).status, 200);
    assert.equal(calls[0]?.headers.get('Authorization'), null);
  });

  it('answers mock faults like Braze would', async () => {
    const app = createProxy();
    await brazeError(await call(app, '/sessions/data_series?length=3&segment_id=seg_no_analytics'), 400);
  });
});

describe('createProxy: CORS', () => {
  const origin = 'https://app.example.com';
  const preflight = (method = 'GET', from = origin) => ({
    method: 'OPTIONS',
    headers: {
      Origin: from,
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': 'x-csrf-token',
    },
  });

  it('reflects an allowed origin with Vary: Origin and exposes the rate-limit headers', async () => {
    const { app } = proxyWith({ allowedOrigins: [origin] });
    const response = await call(app, '/segments/details?segment_id=seg_empty', {
      headers: { Origin: origin },
    });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), origin);
    assert.match(response.headers.get('Vary') ?? '', /Origin/);
    assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    const error = await call(app, '/segments/details', { headers: { Origin: origin } });
    assert.equal(error.headers.get('Access-Control-Allow-Origin'), origin, 'errors are readable too');
  });

  it('does not allow other origins', async () => {
    const { app } = proxyWith({ allowedOrigins: [origin] });
    const response = await call(app, '/segments/details?segment_id=seg_empty', {
      headers: { Origin: 'https://evil.example.com' },
    });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    assert.match(response.headers.get('Vary') ?? '', /Origin/);
  });

  it('answers an allowed preflight with 204', async () => {
    const { app, calls } = proxyWith({ allowedOrigins: [origin] });
    const response = await call(app, '/segments/data_series', preflight());
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), origin);
    assert.equal(response.headers.get('Access-Control-Allow-Methods'), 'GET,HEAD,OPTIONS');
    assert.equal(response.headers.get('Access-Control-Allow-Headers'), 'x-csrf-token');
    assert.equal(calls.length, 0);
  });

  it('refuses preflights from other origins, for other methods, and by default', async () => {
    await brazeError(
      await call(
        proxyWith({ allowedOrigins: [origin] }).app,
        '/segments/data_series',
        preflight('GET', 'https://evil.example.com'),
      ),
      403,
    );
    await brazeError(
      await call(proxyWith({ allowedOrigins: [origin] }).app, '/segments/data_series', preflight('POST')),
      403,
    );
    const byDefault = proxyWith().app;
    await brazeError(await call(byDefault, '/segments/data_series', preflight()), 403);
    const plain = await call(byDefault, '/segments/data_series?segment_id=seg_empty&length=1', {
      headers: { Origin: origin },
    });
    assert.equal(plain.headers.get('Access-Control-Allow-Origin'), null, 'no CORS unless configured');
  });

  it('allows any origin only when * is listed explicitly', async () => {
    const { app } = proxyWith({ allowedOrigins: ['*'] });
    const response = await call(app, '/segments/data_series', preflight('GET', 'https://anyone.test'));
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
  });
});

describe('createProxy: the key never leaks', () => {
  it('keeps the key out of every kind of response', async () => {
    const { app, logger } = proxyWith({ allowedOrigins: ['https://app.test'] });
    const requests: [string, RequestInit?][] = [
      [`/segments/data_series?${SEGMENT_QUERY}`],
      ['/segments/details?segment_id=seg_all_users&api_key=x'],
      ['/sessions/data_series?length=5&unit=hour'],
      ['/sends/data_series?campaign_id=camp_weekly_digest&send_id=s&length=3'],
      ['/segments/data_series?length=0'],
      ['/nope'],
      ['/segments/details', { method: 'POST' }],
      [
        '/segments/details',
        {
          method: 'OPTIONS',
          headers: { Origin: 'https://app.test', 'Access-Control-Request-Method': 'GET' },
        },
      ],
      ['/segments/details?segment_id=fault_429'],
      ['/segments/details?segment_id=fault_500'],
      ['/segments/details?segment_id=fault_badjson'],
      ['/segments/details?segment_id=fault_schema'],
      ['/segments/details?segment_id=seg_nope'],
      ['/segments/list'],
      ['/campaigns/list'],
    ];
    for (const [path, init] of requests)
      await assertNoKey(await app.fetch(new Request(`http://proxy.test${path}`, init)));
    assert.ok(logger.lines.every((line) => !line.includes(KEY)));
  });
});
