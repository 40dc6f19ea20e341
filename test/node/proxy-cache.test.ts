import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerBytes, createMemoryStore, type StoredAnswer } from '../../src/proxy/cache.js';
import { call, deferred, manualClock, proxyWith } from './proxy-helpers.js';

/** Caching in front of Braze: coalescing, ETag / 304, and an LRU bounded in bytes. */

const DETAILS = '/segments/details?segment_id=seg_all_users';
const details = (name: string) => Response.json({ message: 'success', name });

describe('coalescing', () => {
  it('turns 100 concurrent identical cold requests into exactly 1 upstream call', async () => {
    const gate = deferred<void>();
    const { app, calls } = proxyWith({}, async () => {
      await gate.promise;
      return details('All Users');
    });
    const pending = Array.from({ length: 100 }, (_, i) =>
      // The same query in any order and with a browser api_key normalises to one key.
      call(app, i % 2 ? DETAILS : `/segments/details?api_key=k${i}&segment_id=seg_all_users`),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    gate.resolve();
    const responses = await Promise.all(pending);
    assert.equal(calls.length, 1);
    const bodies = new Set(await Promise.all(responses.map((r) => r.text())));
    assert.equal(bodies.size, 1);
    const cache = responses.map((r) => r.headers.get('X-Cache'));
    assert.equal(cache.filter((c) => c === 'MISS').length, 1);
    assert.equal(cache.filter((c) => c === 'SHARED').length, 99);
    assert.equal(new Set(responses.map((r) => r.headers.get('ETag'))).size, 1);
    assert.equal((await call(app, DETAILS)).headers.get('X-Cache'), 'HIT');
    assert.equal(calls.length, 1);
  });

  it('does not coalesce different queries', async () => {
    const { app, calls } = proxyWith({}, () => details('x'));
    await Promise.all(
      ['seg_a', 'seg_b', 'seg_c'].map((id) => call(app, `/segments/details?segment_id=${id}`)),
    );
    assert.equal(calls.length, 3);
  });
});

describe('ETag and If-None-Match', () => {
  it('sends a strong ETag with Cache-Control, and 304 for a matching If-None-Match', async () => {
    const { app, calls } = proxyWith();
    const first = await call(app, DETAILS);
    const etag = first.headers.get('ETag') ?? '';
    assert.match(etag, /^"[0-9a-f]{40}"$/, 'strong: no W/ prefix');
    assert.equal(first.headers.get('Cache-Control'), 'private, max-age=300', 'details: five minutes');
    for (const header of [etag, `W/${etag}`, `"nope", ${etag}`, '*']) {
      const again = await call(app, DETAILS, { headers: { 'If-None-Match': header } });
      assert.equal(again.status, 304, header);
      assert.equal(await again.text(), '');
      assert.equal(again.headers.get('ETag'), etag);
      assert.match(again.headers.get('Cache-Control') ?? '', /^private, max-age=\d+$/);
      assert.equal(again.headers.get('X-Content-Type-Options'), 'nosniff');
    }
    const other = await call(app, DETAILS, { headers: { 'If-None-Match': '"something-else"' } });
    assert.equal(other.status, 200);
    assert.equal(calls.length, 1);
  });

  it('answers 200 with a different ETag once the data changed', async () => {
    let version = 1;
    const clock = manualClock();
    const { app, calls } = proxyWith({ cacheTtlMs: 20, now: clock.now }, () => details(`v${version}`));
    const first = await call(app, DETAILS);
    const etag = first.headers.get('ETag') ?? '';
    assert.equal((await call(app, DETAILS, { headers: { 'If-None-Match': etag } })).status, 304);
    version = 2;
    clock.advance(20);
    assert.equal(
      (await call(app, DETAILS, { headers: { 'If-None-Match': etag } })).status,
      304,
      'still fresh',
    );
    clock.advance(1);
    const changed = await call(app, DETAILS, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('ETag'), etag);
    assert.deepEqual(await changed.json(), { message: 'success', name: 'v2' });
    assert.equal(calls.length, 2);
  });

  it('with the cache off, answers no-store without an ETag, so the browser asks again', async () => {
    const { app, calls } = proxyWith({ cacheTtlMs: 0 }, () => details('same'));
    const first = await call(app, DETAILS);
    assert.equal(first.headers.get('ETag'), null);
    assert.equal(first.headers.get('Cache-Control'), 'no-store');
    const again = await call(app, DETAILS, { headers: { 'If-None-Match': '*' } });
    assert.equal(again.status, 200);
    assert.equal(calls.length, 2);
  });

  it('answers HEAD from the cached GET, with no extra upstream call', async () => {
    const { app, calls } = proxyWith({}, () => details('x'));
    const get = await call(app, DETAILS);
    const head = await call(app, DETAILS, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    assert.equal(head.headers.get('ETag'), get.headers.get('ETag'));
    assert.equal(head.headers.get('X-Cache'), 'HIT');
    const other = '/segments/details?segment_id=seg_empty';
    await call(app, other, { method: 'HEAD' });
    assert.equal((await call(app, other)).headers.get('X-Cache'), 'HIT', 'a GET after a HEAD is a hit too');
    assert.equal(calls.length, 2);
    assert.ok(calls.every((c) => c.method === 'GET'));
  });

  it('never answers 304 to an error', async () => {
    const { app } = proxyWith({}, () => Response.json({ message: 'boom' }, { status: 500 }));
    const response = await call(app, DETAILS, { headers: { 'If-None-Match': '*' } });
    assert.equal(response.status, 500);
    assert.equal(response.headers.get('ETag'), null);
  });

  it('marks answers public only with sharedCache', async () => {
    const { app } = proxyWith({ sharedCache: true });
    assert.equal((await call(app, DETAILS)).headers.get('Cache-Control'), 'public, max-age=300');
    assert.throws(() => proxyWith({ sharedCache: true, authorize: () => true }), /sharedCache/);
  });
});

describe('the memory store: an LRU bounded in bytes and entries (lru-cache)', () => {
  const answer = (body: string): StoredAnswer => ({
    status: 200,
    body,
    headers: { ETag: '"x"' },
    expires: 0,
  });
  const has = async (store: ReturnType<typeof createMemoryStore>, keys: string[]) =>
    Promise.all(keys.map(async (key) => (await store.get(key)) !== undefined));

  it('evicts the least recently used entries to stay within maxBytes', async () => {
    const body = 'x'.repeat(1000);
    const size = answerBytes('/a', answer(body));
    const store = createMemoryStore({ maxEntries: 100, maxBytes: size * 2 + 10 });
    await store.set('/a', answer(body), 60_000);
    await store.set('/b', answer(body), 60_000);
    assert.ok(await store.get('/a'), 'touch /a: /b is now the least recently used');
    await store.set('/c', answer(body), 60_000);
    assert.deepEqual(await has(store, ['/a', '/b', '/c']), [true, false, true]);
    await store.set('/big', answer('y'.repeat(size * 3)), 60_000);
    assert.deepEqual(await has(store, ['/big', '/a', '/c']), [false, true, true], 'too big: not stored');
  });

  it('also bounds the entry count', async () => {
    const store = createMemoryStore({ maxEntries: 2 });
    for (const key of ['/a', '/b', '/c']) await store.set(key, answer(key), 60_000);
    assert.deepEqual(await has(store, ['/a', '/b', '/c']), [false, true, true]);
    assert.equal(store.size, 2);
  });

  it('drops expired entries, on the injected clock', async () => {
    const clock = manualClock();
    const store = createMemoryStore({ now: clock.now });
    await store.set('/a', answer('1'), 10);
    clock.advance(10);
    assert.ok(await store.get('/a'));
    clock.advance(1);
    assert.equal(await store.get('/a'), undefined);
  });

  it('locks for one owner until unlocked or expired, and keeps the latest pause', async () => {
    const clock = manualClock(0);
    const store = createMemoryStore({ now: clock.now });
    assert.equal(await store.lock('/a', 'me', 100), undefined);
    assert.equal(await store.lock('/a', 'you', 100), 'me');
    await store.unlock('/a', 'you');
    assert.equal(await store.lock('/a', 'you', 100), 'me', 'only the owner unlocks');
    clock.advance(100);
    assert.equal(await store.lock('/a', 'you', 100), undefined, 'expired');
    await store.pause(500);
    await store.pause(300);
    await store.pause(900, 'small');
    assert.equal(await store.pausedUntil(), 500);
    assert.equal(await store.pausedUntil('small'), 900, 'each rate-limit pool has its own pause');
    assert.equal(await store.pausedUntil('campaignsDataSeries'), 0);
    clock.advance(400);
    assert.equal(await store.pausedUntil(), 0);
    assert.equal(await store.pausedUntil('small'), 900);
  });

  it('evicts by bytes inside the proxy (cacheMaxBytes)', async () => {
    const big = 'x'.repeat(4000);
    const { app, calls } = proxyWith({ cacheMaxBytes: 20_000 }, () => details(big));
    const get = (id: string) => call(app, `/segments/details?segment_id=${id}`);
    await get('a');
    await get('b');
    assert.equal((await get('a')).headers.get('X-Cache'), 'HIT');
    await get('c'); // evicts b, the least recently used
    assert.equal(calls.length, 3);
    assert.equal((await get('a')).headers.get('X-Cache'), 'HIT');
    assert.equal((await get('c')).headers.get('X-Cache'), 'HIT');
    assert.equal((await get('b')).headers.get('X-Cache'), 'MISS');
    assert.equal(calls.length, 4);
  });
});
