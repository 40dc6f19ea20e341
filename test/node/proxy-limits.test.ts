import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BrazeErrorBody } from '../../src/api/index.js';
import { createClientLimiter } from '../../src/proxy/request.js';
import { createProxy, loadConfigFromEnv } from '../../src/proxy/index.js';
import { parseRetryAfter } from '../../src/api/time.js';
import { UpstreamRateLimit } from '../../src/proxy/upstream.js';
import { call, jsonLogs, KEY, proxyWith, REST } from './proxy-helpers.js';

/** Upstream faults, Braze's workspace rate limit, and the per-client limit. */

const detailsOf = (id: string) => `/segments/details?segment_id=${id}`;
const ok = (headers: Record<string, string> = {}) =>
  Response.json({ message: 'success', name: 'x' }, { headers });
const nowSeconds = () => Math.floor(Date.now() / 1000);

async function brazeBody(response: Response, status: number): Promise<BrazeErrorBody> {
  assert.equal(response.status, status, await response.clone().text());
  assert.equal(response.headers.get('Cache-Control'), 'no-store');
  return BrazeErrorBody.parse(await response.json());
}

describe('upstream faults', () => {
  it('answers 504 with a Braze body when Braze is too slow, even if it ignores the abort', async () => {
    const { app, calls } = proxyWith({ upstreamTimeoutMs: 50 }, () => new Promise<Response>(() => undefined));
    const started = Date.now();
    const body = await brazeBody(await call(app, detailsOf('slow')), 504);
    assert.ok(Date.now() - started < 1000);
    assert.equal(body.message, 'Braze did not answer in time');
    assert.equal(calls.length, 1);
    assert.ok(calls[0]);
  });

  it('times out a body that never ends', async () => {
    const { app } = proxyWith(
      { upstreamTimeoutMs: 50 },
      () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"mess')) })),
    );
    await brazeBody(await call(app, detailsOf('stalled')), 504);
  });

  it('aborts the upstream request on timeout', async () => {
    let signal: AbortSignal | undefined;
    const { app } = proxyWith({ upstreamTimeoutMs: 20 }, (request) => {
      signal = request.signal;
      return new Promise<Response>(() => undefined);
    });
    await brazeBody(await call(app, detailsOf('slow')), 504);
    assert.equal(signal?.aborted, true);
  });

  const faithful: [number, Record<string, string>][] = [
    [500, {}],
    [502, {}],
    [503, { 'Retry-After': '120' }],
    [401, {}],
    [403, {}],
    [404, {}],
    [429, { 'Retry-After': '30', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Limit': '250000' }],
  ];
  for (const [status, headers] of faithful) {
    it(`passes a Braze ${status} through with its body and headers`, async () => {
      const body = { message: `braze says ${status}`, errors: ['detail'] };
      const { app, calls } = proxyWith({ rateLimitGuard: false }, () =>
        Response.json(body, { status, headers }),
      );
      const response = await call(app, detailsOf('x'));
      assert.deepEqual(await brazeBody(response, status), body);
      for (const [name, value] of Object.entries(headers)) assert.equal(response.headers.get(name), value);
      await call(app, detailsOf('x'));
      assert.equal(calls.length, 2, 'errors are not cached');
    });
  }

  it('wraps a non-Braze error body (an HTML error page) in a Braze-shaped one, keeping the status', async () => {
    const { app } = proxyWith({}, () => new Response('<html>Bad gateway</html>', { status: 503 }));
    const body = await brazeBody(await call(app, detailsOf('x')), 503);
    assert.equal(body.message, 'Braze answered HTTP 503');
  });

  it('never follows a redirect, with a mode edge runtimes accept (manual, not error)', async () => {
    let mode: RequestRedirect | undefined;
    const { app, calls } = proxyWith({}, (request) => {
      mode = request.redirect;
      return new Response('moved', { status: 301, headers: { Location: 'https://evil.test/steal' } });
    });
    const response = await call(app, detailsOf('x'));
    await brazeBody(response, 502);
    assert.equal(mode, 'manual');
    assert.equal(response.headers.get('Location'), null);
    assert.equal(calls.length, 1);
  });

  it('answers 502 for a redirect or a network failure', async () => {
    for (const respond of [
      () => Response.redirect('https://evil.test/', 302),
      () => Promise.reject(new TypeError('fetch failed')),
    ]) {
      const { app } = proxyWith({}, respond);
      await brazeBody(await call(app, detailsOf('x')), 502);
    }
  });
});

describe("Braze's workspace rate limit", () => {
  it('tracks the latest X-RateLimit-* headers on proxy.rateLimit', async () => {
    const reset = nowSeconds() + 3600;
    let remaining = 100;
    const { app } = proxyWith({}, () =>
      ok({
        'X-RateLimit-Limit': '250000',
        'X-RateLimit-Remaining': String(remaining--),
        'X-RateLimit-Reset': String(reset),
      }),
    );
    const state = () => app.rateLimit; // a getter: read it afresh each time
    assert.equal(state(), undefined);
    await call(app, detailsOf('a'));
    await call(app, detailsOf('b'));
    const snapshot = state();
    assert.ok(snapshot && Math.abs(snapshot.updatedAt - Date.now()) < 1000);
    assert.deepEqual(
      { ...snapshot, updatedAt: 0 },
      { limit: 250000, remaining: 99, reset, updatedAt: 0, blockedUntil: undefined },
    );
    assert.ok(Object.isFrozen(snapshot));
  });

  it('warns once per window when few requests remain', async () => {
    const logs = jsonLogs();
    const reset = nowSeconds() + 3600;
    let remaining = 1000;
    const { app } = proxyWith({ logger: logs.logger }, () =>
      ok({
        'X-RateLimit-Limit': '10000',
        'X-RateLimit-Remaining': String((remaining -= 300)),
        'X-RateLimit-Reset': String(reset),
      }),
    );
    for (const id of ['a', 'b', 'c']) await call(app, detailsOf(id));
    const warnings = logs.records().filter((r) => r.msg === 'Braze rate limit running low');
    assert.equal(warnings.length, 1);
    assert.deepEqual(
      { level: warnings[0]?.level, limit: warnings[0]?.limit, remaining: warnings[0]?.remaining },
      { level: 'warn', limit: 10000, remaining: 400 },
    );
  });

  it('answers 429 locally with Retry-After while Remaining is 0 before Reset', async () => {
    const reset = nowSeconds() + 120;
    const { app, calls } = proxyWith({}, () =>
      ok({ 'X-RateLimit-Limit': '250000', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(reset) }),
    );
    assert.equal((await call(app, detailsOf('a'))).status, 200);
    assert.equal(calls.length, 1);
    const local = await call(app, detailsOf('b'));
    const body = await brazeBody(local, 429);
    assert.equal(body.message, 'API rate limit exceeded');
    const retryAfter = Number(local.headers.get('Retry-After'));
    assert.ok(retryAfter > 100 && retryAfter <= 121, String(retryAfter));
    assert.equal(local.headers.get('X-RateLimit-Remaining'), '0');
    assert.equal(local.headers.get('X-RateLimit-Reset'), String(reset));
    assert.equal(calls.length, 1, 'Braze was not called');
    assert.equal((await call(app, detailsOf('a'))).headers.get('X-Cache'), 'HIT', 'the cache still answers');
    assert.ok((app.rateLimit?.blockedUntil ?? 0) > Date.now());
  });

  it('stops calling Braze for Retry-After after a 429, and passes Retry-After through', async () => {
    const { app, calls } = proxyWith({}, () =>
      Response.json({ message: 'API rate limit exceeded' }, { status: 429, headers: { 'Retry-After': '7' } }),
    );
    const first = await call(app, detailsOf('a'));
    await brazeBody(first, 429);
    assert.equal(first.headers.get('Retry-After'), '7');
    const second = await call(app, detailsOf('b'));
    await brazeBody(second, 429);
    assert.ok(Number(second.headers.get('Retry-After')) <= 7);
    assert.equal(calls.length, 1);
  });

  it('can be switched off, and is off in mock mode (mock faults stay per request)', async () => {
    const { app, calls } = proxyWith({ rateLimitGuard: false }, () =>
      ok({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(nowSeconds() + 60) }),
    );
    await call(app, detailsOf('a'));
    assert.equal((await call(app, detailsOf('b'))).status, 200);
    assert.equal(calls.length, 2);
    const mock = createProxy({ logger: jsonLogs().logger });
    assert.equal((await call(mock, detailsOf('fault_429'))).status, 429);
    assert.equal((await call(mock, detailsOf('seg_all_users'))).status, 200);
  });

  it('UpstreamRateLimit blocks until Retry-After, then Reset, and never beyond an hour', () => {
    const limit = new UpstreamRateLimit(() => undefined);
    const t = 1_700_000_000_000;
    limit.observe(200, new Headers({ 'X-RateLimit-Remaining': '5', 'X-RateLimit-Reset': '1700000060' }), t);
    assert.equal(limit.blockedMs(t), 0);
    limit.observe(200, new Headers({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1700000060' }), t);
    assert.equal(limit.blockedMs(t), 60_000);
    assert.equal(limit.blockedMs(t + 60_000), 0, 'open again at Reset');
    limit.observe(
      429,
      new Headers({ 'Retry-After': '3', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1700000060' }),
      t,
    );
    assert.equal(limit.blockedMs(t), 3000, 'Retry-After first');
    limit.observe(200, new Headers({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1800000000' }), t);
    assert.equal(limit.blockedMs(t), 3_600_000);
    limit.observe(200, new Headers({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1600000000' }), t);
    assert.equal(limit.blockedMs(t), 0, 'a Reset in the past does not block');
    limit.observe(200, new Headers({ 'X-RateLimit-Remaining': 'lots' }), t);
    assert.equal(limit.snapshot?.remaining, 0, 'unreadable values keep the last known ones');
  });

  it('parseRetryAfter reads seconds and HTTP dates', () => {
    const now = Date.parse('2024-05-10T12:00:00Z');
    assert.equal(parseRetryAfter('30', now), 30_000);
    assert.equal(parseRetryAfter('Fri, 10 May 2024 12:01:00 GMT', now), 60_000);
    assert.equal(parseRetryAfter('Fri, 10 May 2024 11:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});

describe('per-client limit', () => {
  it('answers 429 with Retry-After and a Braze body beyond the limit, per client', async () => {
    const { app, calls } = proxyWith({
      clientRateLimit: { requests: 3, windowMs: 60_000 },
      trustProxy: true,
    });
    // What the client wrote, then what the load balancer appended: the client is the rightmost entry.
    const from = (ip: string, id = 'seg_all_users') =>
      call(app, detailsOf(id), { headers: { 'X-Forwarded-For': `10.0.0.1, ${ip}` } });
    for (let i = 0; i < 3; i++) assert.equal((await from('203.0.113.7')).status, 200);
    const limited = await from('203.0.113.7', 'seg_empty');
    const body = await brazeBody(limited, 429);
    assert.equal(body.message, 'Too many requests');
    const retryAfter = Number(limited.headers.get('Retry-After'));
    assert.ok(retryAfter >= 59 && retryAfter <= 60, String(retryAfter));
    assert.equal((await from('198.51.100.2')).status, 200, 'another client is not affected');
    assert.equal(calls.length, 1, 'the cache answered the rest; the limited request made no call');
  });

  it('names the client by the rightmost untrusted X-Forwarded-For entry, not by what the client wrote', async () => {
    // The hole: behind nginx $proxy_add_x_forwarded_for, AWS ALB or Google LB the leftmost entries are the
    // client's own; 12 requests with varied `X-Forwarded-For: 10.9.N.1, 203.0.113.7` all passed a limit of 5.
    const { app } = proxyWith({ clientRateLimit: { requests: 5, windowMs: 60_000 }, trustProxy: true });
    const statuses = [];
    for (let n = 0; n < 12; n++) {
      const headers = { 'X-Forwarded-For': `10.9.${n}.1, 203.0.113.7` };
      statuses.push((await call(app, detailsOf('seg_all_users'), { headers })).status);
    }
    assert.deepEqual(statuses, [...Array(5).fill(200), ...Array(7).fill(429)]);
  });

  it('with two trusted hops, takes the second entry from the right', async () => {
    const { app } = proxyWith({ clientRateLimit: { requests: 1, windowMs: 60_000 }, trustProxy: 2 });
    const as = (xff: string) =>
      call(app, detailsOf('seg_all_users'), { headers: { 'X-Forwarded-For': xff } });
    assert.equal((await as('6.6.6.6, 203.0.113.7, 10.0.0.2')).status, 200);
    assert.equal(
      (await as('7.7.7.7, 203.0.113.7, 10.0.0.3')).status,
      429,
      'same client behind another LB node',
    );
    assert.equal((await as('203.0.113.8, 10.0.0.2')).status, 200, 'another client');
  });

  it('ignores X-Forwarded-For unless trustProxy is set', async () => {
    const { app } = proxyWith({ clientRateLimit: { requests: 2, windowMs: 60_000 } });
    const statuses = [];
    for (const ip of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
      statuses.push(
        (await call(app, detailsOf('seg_all_users'), { headers: { 'X-Forwarded-For': ip } })).status,
      );
    }
    assert.deepEqual(
      statuses,
      [200, 200, 429],
      "all are 'anonymous' to a fetch handler without a connection",
    );
  });

  it('uses the clientKey hook, and answers 500 if it throws', async () => {
    const { app } = proxyWith({
      clientRateLimit: { requests: 1, windowMs: 60_000 },
      clientKey: (request) => {
        const user = request.headers.get('X-User');
        if (!user) throw new Error('no session');
        return user;
      },
    });
    const as = (user?: string) =>
      call(app, detailsOf('seg_all_users'), { headers: user ? { 'X-User': user } : {} });
    assert.equal((await as('ann')).status, 200);
    assert.equal((await as('ann')).status, 429);
    assert.equal((await as('bob')).status, 200);
    assert.equal((await as()).status, 500);
  });

  it('reads its limit from the environment', async () => {
    const env = { BRAZE_API_KEY: KEY, BRAZE_REST_ENDPOINT: REST, BRAZE_PROXY_CLIENT_RATE_LIMIT: '2' };
    assert.deepEqual(loadConfigFromEnv(env).clientRateLimit, { requests: 2, windowMs: 60_000 });
    const { app } = proxyWith(loadConfigFromEnv(env));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(app, detailsOf('seg_all_users'))).status);
    assert.deepEqual(statuses, [200, 200, 429]);
  });

  it('the limiter opens a new window after windowMs and bounds its memory', () => {
    let t = 0;
    const limiter = createClientLimiter({ requests: 2, windowMs: 1000 }, () => t, 3);
    const take = (key: string, at: number) => ((t = at), limiter.take(key));
    assert.deepEqual([take('a', 0), take('a', 10), take('a', 500)], [0, 0, 500]);
    assert.equal(take('a', 1000), 0);
    for (const key of ['b', 'c', 'd', 'e']) take(key, 1500);
    assert.ok(limiter.clients <= 3);
  });
});
