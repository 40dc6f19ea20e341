import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BrazeErrorBody, SegmentListResponse } from '../../src/api/index.js';
import { CampaignListResponse, loadConfigFromEnv, type ProxyRequestInfo } from '../../src/proxy/index.js';
import { call, jsonLogs, KEY, proxyWith, REST } from './proxy-helpers.js';

/** Who may read what: the `authorize` hook, the id allowlists and the routes that exist at all. */

const SERIES = '/segments/data_series?length=7&segment_id=seg_power_users';

async function forbidden(response: Response): Promise<BrazeErrorBody> {
  assert.equal(response.status, 403);
  assert.equal(response.headers.get('Cache-Control'), 'no-store');
  const body = BrazeErrorBody.parse(await response.json());
  assert.equal(body.message, 'Forbidden');
  return body;
}

describe('authorize hook', () => {
  it('is asked with the request and the validated, canonical query', async () => {
    const seen: [string | null, ProxyRequestInfo][] = [];
    const { app } = proxyWith({
      authorize: (request, query) => {
        seen.push([request.headers.get('Cookie'), query]);
        return true;
      },
    });
    assert.equal((await call(app, `${SERIES}&api_key=x`, { headers: { Cookie: 'sid=42' } })).status, 200);
    assert.deepEqual(seen, [
      [
        'sid=42',
        {
          endpoint: 'segments.data_series',
          path: '/segments/data_series',
          params: { segment_id: 'seg_power_users', length: '7' },
        },
      ],
    ]);
    assert.ok(Object.isFrozen(seen[0]?.[1].params));
  });

  it('denies with a Braze-shaped 403 and no upstream call', async () => {
    const { app, calls } = proxyWith({ authorize: () => false });
    await forbidden(await call(app, SERIES));
    assert.equal(calls.length, 0);
  });

  it('allows only on exactly true (a hook that forgets to return denies)', async () => {
    for (const answer of [undefined, 'yes', 1, {}, null]) {
      const { app, calls } = proxyWith({ authorize: () => answer as unknown as boolean });
      await forbidden(await call(app, SERIES));
      assert.equal(calls.length, 0);
    }
  });

  it('may be async, and decides per user on every request, cache hits included', async () => {
    const { app, calls } = proxyWith({
      authorize: async (request, query) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        const user = request.headers.get('X-User');
        return user === 'admin' || (user === 'viewer' && query.params.segment_id === 'seg_all_users');
      },
    });
    const as = (user: string, path: string) => call(app, path, { headers: { 'X-User': user } });
    assert.equal((await as('admin', SERIES)).status, 200);
    await forbidden(await as('viewer', SERIES)); // the cached answer is not served to someone denied
    assert.equal((await as('viewer', '/segments/details?segment_id=seg_all_users')).status, 200);
    await forbidden(await as('nobody', '/segments/details?segment_id=seg_all_users'));
    assert.equal((await as('admin', SERIES)).headers.get('X-Cache'), 'HIT');
    assert.equal(calls.length, 2);
  });

  it('answers 500 without leaking when it throws or rejects', async () => {
    for (const authorize of [
      () => {
        throw new Error(`database down at postgres://admin:hunter2@db; key ${KEY}`);
      },
      () => Promise.reject(new RangeError('secret detail hunter2')),
    ]) {
      const logs = jsonLogs();
      const { app, calls } = proxyWith({ authorize, logger: logs.logger });
      const response = await call(app, SERIES);
      assert.equal(response.status, 500);
      const text = await response.text();
      assert.deepEqual(JSON.parse(text), { message: 'Internal proxy error', errors: [] });
      assert.equal(calls.length, 0);
      assert.ok(logs.lines.every((line) => !line.includes('hunter2') && !line.includes(KEY)));
      assert.ok(logs.records().some((r) => r.msg === 'authorize hook failed' && r.level === 'error'));
    }
  });

  it('is not asked about invalid requests (they are refused first)', async () => {
    let asked = 0;
    const { app } = proxyWith({ authorize: () => (asked++, true) });
    assert.equal((await call(app, '/segments/data_series?segment_id=..&length=7')).status, 400);
    assert.equal(asked, 0);
  });
});

describe('id allowlists from the environment', () => {
  const env = {
    BRAZE_API_KEY: KEY,
    BRAZE_REST_ENDPOINT: REST,
    BRAZE_PROXY_SEGMENT_IDS: 'seg_all_users, seg_power_users',
    BRAZE_PROXY_APP_IDS: 'app_ios',
    BRAZE_PROXY_CAMPAIGN_IDS: 'camp_weekly_digest,camp_order_updates',
  };

  it('serves listed ids and refuses others with a 403 and no upstream call', async () => {
    const { app, calls } = proxyWith(loadConfigFromEnv(env));
    const allowed = [
      '/segments/data_series?segment_id=seg_all_users&length=3',
      '/segments/details?segment_id=seg_power_users',
      '/sessions/data_series?length=3&segment_id=seg_all_users&app_id=app_ios',
      '/sends/data_series?campaign_id=camp_weekly_digest&send_id=any_send&length=3',
    ];
    for (const path of allowed) assert.equal((await call(app, path)).status, 200, path);
    assert.equal(calls.length, allowed.length);
    const denied = [
      '/segments/data_series?segment_id=seg_churn_risk&length=3',
      '/segments/details?segment_id=seg_empty',
      '/segments/details?segment_id=SEG_ALL_USERS',
      '/sessions/data_series?length=3&segment_id=seg_all_users&app_id=app_android',
      '/sessions/data_series?length=3&segment_id=seg_churn_risk&app_id=app_ios',
      '/sessions/data_series?length=3&app_id=app_ios', // all users: not a listed segment
      '/sessions/data_series?length=3&segment_id=seg_all_users', // all apps: not a listed app
      '/sends/data_series?campaign_id=camp_other&send_id=any_send&length=3',
    ];
    for (const path of denied) await forbidden(await call(app, path));
    assert.equal(calls.length, allowed.length);
  });

  it('filters the picker lists down to the listed ids', async () => {
    const { app } = proxyWith(loadConfigFromEnv(env));
    const segments = SegmentListResponse.parse(await (await call(app, '/segments/list')).json());
    assert.deepEqual(segments.segments.map((s) => s.id).sort(), ['seg_all_users', 'seg_power_users']);
    const campaigns = CampaignListResponse.parse(await (await call(app, '/campaigns/list')).json());
    assert.deepEqual(campaigns.campaigns.map((c) => c.id).sort(), [
      'camp_order_updates',
      'camp_weekly_digest',
    ]);
  });

  it('refuses a list it cannot filter rather than pass it on', async () => {
    const { app } = proxyWith(loadConfigFromEnv(env), () =>
      Response.json({ message: 'success', segments: 'all' }),
    );
    assert.equal((await call(app, '/segments/list')).status, 502);
  });

  it('refuses invalid ids in the environment at start-up', () => {
    assert.throws(
      () => loadConfigFromEnv({ BRAZE_PROXY_SEGMENT_IDS: 'ok, ../etc' }),
      /BRAZE_PROXY_SEGMENT_IDS entry 2/,
    );
    assert.throws(() => proxyWith({ allowedAppIds: [] }), /allowedAppIds is empty/);
  });
});

describe('routes', () => {
  it('exposes only the export endpoints and pickers it knows', async () => {
    const { app, calls } = proxyWith();
    for (const path of [
      '/users/export/ids',
      '/campaigns/trigger/send',
      '/kpi/dau_mau/data_series?length=1',
      '/canvas/data_series/extra',
      '/feed/data_series',
      '/messages/send',
      '/segments/data_series/extra',
    ]) {
      assert.equal((await call(app, path)).status, 404, path);
    }
    assert.equal(calls.length, 0);
  });

  it('switches the pickers off with BRAZE_PROXY_PICKERS=off', async () => {
    const { app, calls } = proxyWith(loadConfigFromEnv({ BRAZE_PROXY_PICKERS: 'off' }));
    assert.equal((await call(app, '/segments/list')).status, 404);
    assert.equal((await call(app, '/campaigns/list')).status, 404);
    assert.equal((await call(app, '/segments/details?segment_id=seg_empty')).status, 200);
    assert.equal(calls.length, 1);
  });
});
