import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createClient } from '@redis/client';
import { createProxy, type BrazeProxy } from '../../src/proxy/index.js';
import { createRedisStore } from '../../src/proxy/redis.js';
import { call, deferred, jsonLogs, KEY, manualClock, REST } from './proxy-helpers.js';
import { startRedis, type RedisServer } from './redis-server.js';

/**
 * Replicas sharing one Redis (a real redis-server on a free loopback port, no persistence): one cache, one upstream
 * call per query, one quota pause; and what happens when Redis goes away.
 */

const DETAILS = '/segments/details?segment_id=seg_all_users';
let redis: RedisServer;
let prefixes = 0;

before(async () => {
  redis = await startRedis();
});
after(() => redis.stop());

/** A recording fake Braze: every call is counted; `respond` may hold it. */
function fakeBraze(
  respond: (request: Request) => Response | Promise<Response> = () =>
    Response.json({ message: 'success', name: 'All Users' }),
) {
  const calls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    calls.push(new URL(request.url).pathname + new URL(request.url).search);
    return respond(request);
  };
  return { calls, fetch };
}

/** `count` proxies on one Redis namespace (each with its own memory, flights and limits, like separate processes). */
function replicas(
  count: number,
  fetch: typeof globalThis.fetch,
  extra: Parameters<typeof createProxy>[0] = {},
) {
  const prefix = `test${++prefixes}`;
  const stores = Array.from({ length: count }, () => createRedisStore({ url: redis.url, prefix }));
  const logs = jsonLogs();
  // A generous bound on Redis here: these tests are about sharing, not about a slow Redis (see the end).
  const apps = stores.map((store) =>
    createProxy({
      apiKey: KEY,
      restEndpoint: REST,
      fetch,
      store,
      storeTimeoutMs: 2000,
      logger: logs.logger,
      ...extra,
    }),
  );
  after(() => Promise.all(stores.map((store) => store.close())));
  return { apps, stores, prefix, logs };
}

/** Every key and value this namespace holds in Redis. */
async function dumpRedis(prefix: string): Promise<[string, string][]> {
  const client = createClient({ url: redis.url });
  await client.connect();
  try {
    const keys = await client.keys(`${prefix}:*`);
    return Promise.all(
      keys.map(async (key): Promise<[string, string]> => [key, String(await client.get(key))]),
    );
  } finally {
    await client.close();
  }
}

describe('replicas sharing Redis', () => {
  it('turn 300 concurrent identical cold requests, round-robin over 3 replicas, into 1 upstream call', async () => {
    const gate = deferred<void>();
    const braze = fakeBraze(async () => {
      await gate.promise;
      return Response.json({ message: 'success', name: 'All Users' });
    });
    const { apps, logs, stores } = replicas(3, braze.fetch);
    await Promise.all(stores.map((store) => store.ping?.()));
    const pending = Array.from({ length: 300 }, (_, i) => call(apps[i % 3] as BrazeProxy, DETAILS));
    await new Promise((resolve) => setTimeout(resolve, 100));
    gate.resolve();
    const responses = await Promise.all(pending);
    assert.deepEqual(new Set(responses.map((r) => r.status)), new Set([200]));
    assert.equal(braze.calls.length, 1, logs.lines.filter((line) => !line.includes('"request"')).join('\n'));
    assert.equal(new Set(responses.map((r) => r.headers.get('ETag'))).size, 1, 'one ETag everywhere');
    const statuses = responses.map((r) => r.headers.get('X-Cache'));
    assert.equal(statuses.filter((s) => s === 'MISS').length, 1);
  });

  it('serve an answer cached by one replica from the others, with the same ETag and a 304', async () => {
    const braze = fakeBraze();
    const { apps } = replicas(3, braze.fetch);
    const [a, b, c] = apps as [BrazeProxy, BrazeProxy, BrazeProxy];
    const first = await call(a, DETAILS);
    const etag = first.headers.get('ETag') ?? '';
    const fromB = await call(b, DETAILS);
    assert.equal(fromB.headers.get('X-Cache'), 'HIT');
    assert.equal(fromB.headers.get('ETag'), etag);
    assert.equal(await fromB.text(), await first.text());
    const notModified = await call(c, DETAILS, { headers: { 'If-None-Match': etag } });
    assert.equal(notModified.status, 304);
    assert.equal(braze.calls.length, 1);
  });

  it('pause every replica when one sees a 429, each answering 429 with Retry-After locally', async () => {
    const braze = fakeBraze((request) =>
      new URL(request.url).searchParams.get('segment_id') === 'hot'
        ? Response.json(
            { message: 'API rate limit exceeded' },
            { status: 429, headers: { 'Retry-After': '30' } },
          )
        : Response.json({ message: 'success', name: 'x' }, { headers: { 'X-RateLimit-Remaining': '10' } }),
    );
    const { apps } = replicas(3, braze.fetch);
    const [a, b, c] = apps as [BrazeProxy, BrazeProxy, BrazeProxy];
    assert.equal((await call(a, '/segments/details?segment_id=hot')).status, 429);
    for (const [app, id] of [
      [b, 'cold1'],
      [c, 'cold2'],
    ] as const) {
      const local = await call(app, `/segments/details?segment_id=${id}`);
      assert.equal(local.status, 429);
      const retryAfter = Number(local.headers.get('Retry-After'));
      assert.ok(retryAfter > 25 && retryAfter <= 30, String(retryAfter));
    }
    assert.equal(braze.calls.length, 1, 'only the first replica called Braze');
  });

  it('pause only the pool Braze said is spent: a small-pool 429 leaves the series running', async () => {
    const braze = fakeBraze((request) =>
      new URL(request.url).pathname === '/events/list'
        ? Response.json(
            { message: 'API rate limit exceeded' },
            { status: 429, headers: { 'Retry-After': '30' } },
          )
        : Response.json({ message: 'success', name: 'x', products: [] }),
    );
    const { apps } = replicas(2, braze.fetch);
    const [a, b] = apps as [BrazeProxy, BrazeProxy];
    assert.equal((await call(a, '/events/list')).status, 429);
    assert.equal(
      (await call(b, '/purchases/product_list')).status,
      429,
      'the small pool is paused everywhere',
    );
    assert.equal((await call(b, '/segments/details?segment_id=cold')).status, 200);
    assert.equal(braze.calls.length, 2, 'only the default pool called Braze again');
  });

  it('also pause on X-RateLimit-Remaining: 0 before X-RateLimit-Reset', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 120);
    const braze = fakeBraze(() =>
      Response.json(
        { message: 'success', name: 'x' },
        { headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset } },
      ),
    );
    const { apps } = replicas(2, braze.fetch);
    assert.equal((await call(apps[0] as BrazeProxy, DETAILS)).status, 200);
    assert.equal((await call(apps[1] as BrazeProxy, '/segments/details?segment_id=other')).status, 429);
    assert.equal(braze.calls.length, 1);
  });

  it('let a crashed lock holder’s lock expire, then another replica calls Braze', async () => {
    const braze = fakeBraze();
    const { apps, stores } = replicas(1, braze.fetch, { upstreamTimeoutMs: 2000 });
    // A replica that took the lock for this query and died: nobody unlocks, no result is ever written.
    assert.equal(await stores[0]?.lock(DETAILS, 'crashed-replica', 300), undefined);
    const started = Date.now();
    const response = await call(apps[0] as BrazeProxy, DETAILS);
    assert.equal(response.status, 200);
    assert.ok(Date.now() - started >= 250, 'it waited for the lock');
    assert.equal(braze.calls.length, 1);
  });

  it('share a failed flight with the waiting replicas instead of calling again', async () => {
    const gate = deferred<void>();
    const braze = fakeBraze(async () => {
      await gate.promise;
      return Response.json({ message: 'boom' }, { status: 500 });
    });
    const { apps } = replicas(3, braze.fetch);
    const pending = (apps as BrazeProxy[]).map((app) => call(app, DETAILS));
    await new Promise((resolve) => setTimeout(resolve, 100));
    gate.resolve();
    const responses = await Promise.all(pending);
    assert.deepEqual(
      responses.map((r) => r.status),
      [500, 500, 500],
    );
    assert.ok(responses.every((r) => r.headers.get('Cache-Control') === 'no-store'));
    assert.equal(braze.calls.length, 1);
  });

  it('never write the API key to Redis; keys are namespaced and hashed', async () => {
    const braze = fakeBraze((request) =>
      Response.json({ message: 'success', name: `echo ${request.headers.get('Authorization') ?? ''}` }),
    );
    const { apps, prefix } = replicas(2, braze.fetch);
    for (const app of apps) await call(app, DETAILS);
    await call(apps[0] as BrazeProxy, '/segments/details?segment_id=seg_power_users');
    const entries = await dumpRedis(prefix);
    assert.ok(entries.length >= 2);
    for (const [key, value] of entries) {
      assert.match(key, new RegExp(`^${prefix}:((answer|lock):[0-9a-f]{64}|pause(:\\w+)?)$`));
      assert.ok(!key.includes('seg_') && !value.includes(KEY), `${key} = ${value.slice(0, 200)}`);
    }
  });
});

describe('when Redis goes away', () => {
  it('keeps answering from memory and Braze (degraded), says so once, and recovers by itself', async () => {
    const outage = await startRedis();
    const clock = manualClock(Date.now());
    const braze = fakeBraze();
    const logs = jsonLogs();
    const stores = [0, 1].map(() => createRedisStore({ url: outage.url, prefix: 'outage' }));
    const [a, b] = stores.map((store) =>
      createProxy({
        apiKey: KEY,
        restEndpoint: REST,
        fetch: braze.fetch,
        store,
        logger: logs.logger,
        now: clock.now,
      }),
    ) as [BrazeProxy, BrazeProxy];
    const health = async (app: BrazeProxy) =>
      (await (await call(app, '/healthz')).json()) as { status: string; store: string };
    try {
      assert.equal((await call(a, DETAILS)).status, 200);
      assert.deepEqual(await health(b), { status: 'ok', store: 'shared', mock: false });
      await outage.stop();
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        for (const path of [DETAILS, `/segments/details?segment_id=a${i % 3}`])
          statuses.push((await call(a, path)).status);
        statuses.push((await call(b, `/segments/details?segment_id=b${i % 3}`)).status);
      }
      assert.deepEqual(new Set(statuses), new Set([200]), 'no client request failed');
      assert.equal((await health(b)).status, 'degraded');
      const down = logs.records().filter((r) => String(r.msg).startsWith('shared store unavailable'));
      assert.equal(down.length, 2, 'once per replica, not once per request');
      await outage.start();
      clock.advance(1000);
      // The client reconnects by itself; the next probe (at most once a second) finds it.
      for (let i = 0; i < 50 && (await health(b)).status !== 'ok'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        clock.advance(1000);
      }
      assert.equal((await health(b)).status, 'ok');
      assert.equal(logs.records().filter((r) => String(r.msg).startsWith('shared store is back')).length, 1);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await outage.stop();
    }
  });

  it('starts without Redis, serving degraded, and never waits on Redis longer than storeTimeoutMs', async () => {
    // A "Redis" that accepts connections and never answers.
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const store = createRedisStore({ url: `redis://127.0.0.1:${port}`, prefix: 'silent' });
    const braze = fakeBraze();
    const app = createProxy({
      apiKey: KEY,
      restEndpoint: REST,
      fetch: braze.fetch,
      store,
      storeTimeoutMs: 100,
      logger: jsonLogs().logger,
    });
    try {
      const started = Date.now();
      const response = await call(app, DETAILS);
      assert.equal(response.status, 200);
      assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
      assert.equal((await call(app, DETAILS)).headers.get('X-Cache'), 'HIT', 'from this replica’s memory');
      assert.equal(braze.calls.length, 1);
    } finally {
      await store.close().catch(() => undefined);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
