import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryBytes, ResponseCache, utf8Length, type StoredResponse } from '../../src/proxy/cache.js';
import { etagOf, ifNoneMatch } from '../../src/proxy/etag.js';
import { call, deferred, proxyWith } from './proxy-helpers.js';

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
    assert.match(etag, /^"[0-9a-z]+-[0-9a-z]+-[0-9a-z]+"$/, 'strong: no W/ prefix');
    assert.equal(first.headers.get('Cache-Control'), 'private, max-age=60');
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
    const { app, calls } = proxyWith({ cacheTtlMs: 20 }, () => details(`v${version}`));
    const first = await call(app, DETAILS);
    const etag = first.headers.get('ETag') ?? '';
    assert.equal((await call(app, DETAILS, { headers: { 'If-None-Match': etag } })).status, 304);
    version = 2;
    await new Promise((resolve) => setTimeout(resolve, 40));
    const changed = await call(app, DETAILS, { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('ETag'), etag);
    assert.deepEqual(await changed.json(), { message: 'success', name: 'v2' });
    assert.equal(calls.length, 2);
  });

  it('revalidates against Braze when the cache is off, answering 304 if nothing changed', async () => {
    const { app, calls } = proxyWith({ cacheTtlMs: 0 }, () => details('same'));
    const etag = (await call(app, DETAILS)).headers.get('ETag') ?? '';
    const again = await call(app, DETAILS, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('Cache-Control'), 'private, max-age=0');
    assert.equal(calls.length, 2);
  });

  it('never answers 304 to an error', async () => {
    const { app } = proxyWith({}, () => Response.json({ message: 'boom' }, { status: 500 }));
    const response = await call(app, DETAILS, { headers: { 'If-None-Match': '*' } });
    assert.equal(response.status, 500);
    assert.equal(response.headers.get('ETag'), null);
  });

  it('marks answers public only with sharedCache', async () => {
    const { app } = proxyWith({ sharedCache: true });
    assert.equal((await call(app, DETAILS)).headers.get('Cache-Control'), 'public, max-age=60');
    assert.throws(() => proxyWith({ sharedCache: true, authorize: () => true }), /sharedCache/);
  });

  it('etagOf and ifNoneMatch follow RFC 9110', () => {
    assert.equal(etagOf('{"a":1}'), etagOf('{"a":1}'));
    assert.notEqual(etagOf('{"a":1}'), etagOf('{"a":2}'));
    assert.notEqual(etagOf(''), etagOf(' '));
    assert.equal(ifNoneMatch(null, '"x"'), false);
    assert.equal(ifNoneMatch('', '"x"'), false);
    assert.equal(ifNoneMatch('"x"', '"x"'), true);
    assert.equal(ifNoneMatch(' W/"x" ', '"x"'), true);
    assert.equal(ifNoneMatch('"y", "x"', '"x"'), true);
    assert.equal(ifNoneMatch('"xx"', '"x"'), false);
  });
});

describe('LRU bounded in bytes', () => {
  const stored = (body: string): StoredResponse => ({ status: 200, body, headers: [], etag: etagOf(body) });

  it('counts UTF-8 bytes', () => {
    assert.equal(utf8Length('abc'), 3);
    assert.equal(utf8Length('é'), 2);
    assert.equal(utf8Length('€'), 3);
    assert.equal(utf8Length('😀'), 4);
    assert.equal(utf8Length('a😀é€'), new TextEncoder().encode('a😀é€').length);
  });

  it('evicts the least recently used entries to stay within maxBytes', () => {
    const body = 'x'.repeat(1000);
    const size = entryBytes('/a', stored(body));
    const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 100, maxBytes: size * 2 + 10 });
    cache.set('/a', stored(body));
    cache.set('/b', stored(body));
    assert.equal(cache.bytes, size * 2);
    assert.ok(cache.get('/a'), 'touch /a: /b is now the least recently used');
    cache.set('/c', stored(body));
    assert.deepEqual(
      ['/a', '/b', '/c'].map((key) => cache.has(key)),
      [true, false, true],
    );
    assert.ok(cache.bytes <= size * 2 + 10);
    cache.set('/big', stored('y'.repeat(size * 3)));
    assert.equal(cache.has('/big'), false, 'an entry larger than the whole cache is not stored');
    assert.equal(cache.size, 2, 'and evicts nothing');
    cache.set('/d', stored('z'.repeat(2000)));
    assert.deepEqual(
      ['/a', '/c', '/d'].map((key) => cache.has(key)),
      [false, false, true],
    );
    assert.equal(cache.bytes, entryBytes('/d', stored('z'.repeat(2000))));
  });

  it('also bounds the entry count, and replaces an entry without double counting', () => {
    const cache = new ResponseCache({ ttlMs: 60_000, maxEntries: 2, maxBytes: 1_000_000 });
    cache.set('/a', stored('1'));
    cache.set('/a', stored('22'));
    assert.equal(cache.bytes, entryBytes('/a', stored('22')));
    cache.set('/b', stored('3'));
    cache.set('/c', stored('4'));
    assert.deepEqual(
      ['/a', '/b', '/c'].map((key) => cache.has(key)),
      [false, true, true],
    );
  });

  it('drops expired entries and their bytes', () => {
    const cache = new ResponseCache({ ttlMs: 10, maxEntries: 10, maxBytes: 10_000 });
    cache.set('/a', stored('1'), 0);
    assert.ok(cache.get('/a', 9));
    assert.equal(cache.get('/a', 10), undefined);
    assert.equal(cache.bytes, 0);
    assert.equal(cache.size, 0);
  });

  it('evicts by bytes inside the proxy (cacheMaxBytes)', async () => {
    const big = 'x'.repeat(4000);
    const { app, calls } = proxyWith({ cacheMaxBytes: 10_000 }, () => details(big));
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
