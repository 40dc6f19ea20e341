import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createJsonLogger, hashId } from '../../src/proxy/index.js';
import { createMockBraze } from '../../src/proxy/mock.js';
import { redactingLogger } from '../../src/proxy/log.js';
import { call, deferred, jsonLogs, KEY, NOW, proxyWith } from './proxy-helpers.js';

/** Structured logs: one JSON object per line, with what ops need and nothing they must not see. */

const SERIES = '/segments/data_series?segment_id=seg_power_users&length=7';

describe('structured JSON logs', () => {
  it('writes one JSON access line per request with method, path, status, ms, cache and upstream', async () => {
    const logs = jsonLogs();
    const gate = deferred<void>();
    const mock = createMockBraze({ now: NOW });
    const { app } = proxyWith({ logger: logs.logger }, async (request) => {
      await gate.promise;
      return mock.fetch(request);
    });
    const pending = [call(app, SERIES), call(app, SERIES)];
    gate.resolve();
    await Promise.all(pending);
    await call(app, SERIES);
    await call(app, '/segments/data_series?length=0');
    await call(app, '/segments/details?segment_id=seg_empty', { method: 'HEAD' });
    for (const line of logs.lines) assert.doesNotMatch(line, /\n/, 'one line each');
    const requests = logs.records().filter((r) => r.msg === 'request');
    assert.equal(requests.length, 5);
    for (const record of requests) {
      assert.equal(record.level, 'info');
      assert.ok(!Number.isNaN(Date.parse(String(record.ts))));
      assert.equal(typeof record.ms, 'number');
    }
    const pick = (r: Record<string, unknown>) => [r.method, r.path, r.status, r.cache, r.upstream];
    assert.deepEqual(requests.map(pick), [
      ['GET', '/segments/data_series', 200, 'MISS', 200],
      ['GET', '/segments/data_series', 200, 'SHARED', 200],
      ['GET', '/segments/data_series', 200, 'HIT', undefined],
      ['GET', '/segments/data_series', 400, undefined, undefined],
      ['HEAD', '/segments/details', 200, 'MISS', 200],
    ]);
    assert.equal(requests[0]?.query, 'segment_id=seg_power_users&length=7');
    assert.equal(requests[3]?.refused, 'invalid');
    assert.equal(requests[3]?.query, undefined, 'invalid queries are not logged');
  });

  it('hashes id values with redactIds', async () => {
    const logs = jsonLogs();
    const { app } = proxyWith({ logger: logs.logger, redactIds: true, upstreamTimeoutMs: 20 }, (request) =>
      new URL(request.url).searchParams.get('campaign_id') === 'camp_slow'
        ? new Promise<Response>(() => undefined)
        : createMockBraze({ now: NOW }).fetch(request),
    );
    await call(app, SERIES);
    await call(app, '/sessions/data_series?length=3&app_id=app_ios&segment_id=seg_all_users');
    await call(app, '/sends/data_series?campaign_id=camp_slow&send_id=send_secret&length=3');
    const text = logs.lines.join('\n');
    for (const id of ['seg_power_users', 'seg_all_users', 'app_ios', 'camp_slow', 'send_secret']) {
      assert.ok(!text.includes(id), `${id} appears in the logs`);
    }
    const [first] = logs.records();
    assert.equal(first?.query, `segment_id=${hashId('seg_power_users')}&length=7`);
    assert.match(hashId('x'), /^#[0-9a-f]{8}$/);
    assert.equal(hashId('x'), hashId('x'));
  });

  it('never logs the key or an Authorization value', async () => {
    const logs = jsonLogs();
    const { app } = proxyWith({ logger: logs.logger }, () => new Response(`denied ${KEY}`, { status: 401 }));
    await call(app, '/segments/details?segment_id=seg_empty', {
      headers: { Authorization: `Bearer ${KEY}` },
    });
    await call(app, `/segments/details?segment_id=seg_empty&api_key=${KEY}`);
    redactingLogger(logs.logger, KEY).warn(`someone logs ${KEY}`, { nested: { value: KEY } });
    assert.ok(logs.lines.length >= 2);
    assert.ok(logs.lines.every((line) => !line.includes(KEY)));
  });

  it('createJsonLogger filters by level and keeps ts, level and msg first', () => {
    const lines: string[] = [];
    const logger = createJsonLogger({
      level: 'warn',
      write: (line) => lines.push(line),
      now: () => new Date('2024-05-10T12:00:00Z'),
    });
    logger.info('dropped');
    logger.warn('kept', { level: 'spoofed', n: 1 });
    logger.error('also kept');
    assert.deepEqual(lines, [
      '{"ts":"2024-05-10T12:00:00.000Z","level":"warn","msg":"kept","n":1}',
      '{"ts":"2024-05-10T12:00:00.000Z","level":"error","msg":"also kept"}',
    ]);
    const silent: string[] = [];
    createJsonLogger({ level: 'silent', write: (line) => silent.push(line) }).error('x');
    assert.deepEqual(silent, []);
  });
});
