import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import {
  BrazeErrorBody,
  segmentDataSeries,
  segmentDetails,
  sendsDataSeries,
  sessionsDataSeries,
  SegmentListResponse,
  type EndpointDescriptor,
  type SegmentDataSeriesResponse,
  type SendsDataSeriesResponse,
  type SessionsDataSeriesResponse,
} from '../../src/api/index.js';
import {
  createMockBraze,
  MOCK_APPS,
  MOCK_CAMPAIGNS,
  MOCK_FAULT_IDS,
  MOCK_SEGMENTS,
  MOCK_SENDS,
  type MockBrazeOptions,
} from '../../src/proxy/mock.js';
import { CampaignListResponse } from '../../src/proxy/index.js';
import { campaignListEntries } from '../../src/proxy/mock-campaigns.js';
import { NOW } from './proxy-helpers.js';

const braze = createMockBraze({ now: NOW });

function get(path: string, params: Record<string, string | number> = {}, options?: MockBrazeOptions) {
  const url = new URL(`https://rest.mock.test${path}`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  return (options ? createMockBraze(options) : braze).fetch(new Request(url));
}

async function json<T = unknown>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

async function ok<E extends EndpointDescriptor>(endpoint: E, params: Record<string, string | number>) {
  const response = await get(endpoint.path, params);
  assert.equal(response.status, 200, await response.clone().text());
  const parsed = endpoint.response.safeParse(await response.json());
  assert.ok(parsed.success, `${endpoint.path} response does not match its schema`);
  return parsed.data as unknown;
}

const segmentSeries = async (params: Record<string, string | number>) =>
  (await ok(segmentDataSeries, params)) as SegmentDataSeriesResponse;
const sessions = async (params: Record<string, string | number>) =>
  (await ok(sessionsDataSeries, params)) as SessionsDataSeriesResponse;
const sends = async (params: Record<string, string | number>) =>
  (await ok(sendsDataSeries, params)) as SendsDataSeriesResponse;

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

describe('createMockBraze: determinism', () => {
  it('answers the same request with the same body, across instances', async () => {
    const params = { segment_id: 'seg_power_users', length: 30, ending_at: '2024-05-01T00:00:00Z' };
    const first = await (await get('/segments/data_series', params)).text();
    const again = await (await get('/segments/data_series', params)).text();
    const other = await (await get('/segments/data_series', params, { now: new Date('2030-01-01') })).text();
    assert.equal(first, again);
    assert.equal(first, other);
  });

  it('answers different segments, apps and campaigns differently', async () => {
    const a = await segmentSeries({ segment_id: 'seg_all_users', length: 10 });
    const b = await segmentSeries({ segment_id: 'seg_power_users', length: 10 });
    assert.notDeepEqual(a.data, b.data);
    const ios = await sessions({ length: 10, app_id: 'app_ios' });
    const web = await sessions({ length: 10, app_id: 'app_web' });
    assert.notDeepEqual(ios.data, web.data);
    const s1 = await sends({ campaign_id: 'camp_welcome_series', send_id: 's1', length: 3 });
    const s2 = await sends({ campaign_id: 'camp_welcome_series', send_id: 's2', length: 3 });
    assert.notDeepEqual(s1.data, s2.data);
  });

  it('reports the same value for a day whatever the window', async () => {
    const long = await segmentSeries({ segment_id: 'seg_churn_risk', length: 30, ending_at: '2024-04-30' });
    const short = await segmentSeries({ segment_id: 'seg_churn_risk', length: 5, ending_at: '2024-04-20' });
    const byTime = new Map(long.data.map((point) => [point.time, point.size]));
    for (const point of short.data) assert.equal(byTime.get(point.time), point.size);
  });

  it('defaults ending_at to the now option', async () => {
    const body = await segmentSeries({ segment_id: 'seg_all_users', length: 3 });
    assert.equal(body.data.at(-1)?.time, '2024-05-10');
    const later = await json<SegmentDataSeriesResponse>(
      await get(
        '/segments/data_series',
        { segment_id: 'seg_all_users', length: 1 },
        { now: () => new Date('2024-06-02T08:00:00Z') },
      ),
    );
    assert.equal(later.data[0]?.time, '2024-06-02');
  });
});

describe('createMockBraze: day and hour buckets', () => {
  const cases = [
    ['2024-05-10T23:00:00-5:00', '2024-05-10'],
    ['2024-05-10T23:00:00-05:00', '2024-05-10'],
    ['2024-05-11T01:00:00+09:00', '2024-05-11'],
    ['2024-05-11T00:30:00Z', '2024-05-11'],
    ['2024-03-01', '2024-03-01'],
  ] as const;

  for (const [endingAt, lastDate] of cases) {
    it(`ends day buckets on the date ending_at names (${endingAt} → ${lastDate})`, async () => {
      for (const series of [
        await segmentSeries({ segment_id: 'seg_all_users', length: 7, ending_at: endingAt }),
        await sessions({ length: 7, ending_at: endingAt }),
        await sends({ campaign_id: 'camp_weekly_digest', send_id: 'x', length: 7, ending_at: endingAt }),
      ]) {
        const times = series.data.map((point) => point.time);
        assert.equal(times.length, 7);
        assert.equal(times.at(-1), lastDate);
        for (const [i, time] of times.entries()) {
          assert.match(time, /^\d{4}-\d{2}-\d{2}$/);
          if (i > 0)
            assert.equal(
              Date.parse(time) - Date.parse(times[i - 1] ?? ''),
              86_400_000,
              'consecutive, oldest first',
            );
        }
      }
    });
  }

  it('returns exactly `length` buckets for 1 and 100', async () => {
    assert.equal((await segmentSeries({ segment_id: 'seg_all_users', length: 1 })).data.length, 1);
    assert.equal((await segmentSeries({ segment_id: 'seg_all_users', length: 100 })).data.length, 100);
    assert.equal((await sessions({ length: 100, unit: 'hour' })).data.length, 100);
  });

  it('ends hour buckets on the hour containing ending_at, as UTC datetimes', async () => {
    const body = await sessions({ length: 30, unit: 'hour', ending_at: '2024-05-10T23:30:00-05:00' });
    assert.equal(body.data.length, 30);
    assert.equal(body.data.at(-1)?.time, '2024-05-11T04:00:00Z');
    assert.equal(body.data[0]?.time, '2024-05-09T23:00:00Z');
    for (const point of body.data) assert.match(point.time, /^\d{4}-\d{2}-\d{2}T\d{2}:00:00Z$/);
  });
});

describe('createMockBraze: realistic series', () => {
  it('reports integer sizes ≥ 0 that jitter day to day', async () => {
    for (const segment of MOCK_SEGMENTS) {
      const body = await segmentSeries({ segment_id: segment.id, length: 60 });
      for (const point of body.data) assert.ok(Number.isInteger(point.size) && point.size >= 0);
      if (segment.baseSize > 0)
        assert.ok(new Set(body.data.map((p) => p.size)).size > 30, `${segment.id} jitters`);
    }
  });

  it('reports 0 every day for seg_empty', async () => {
    const body = await segmentSeries({ segment_id: 'seg_empty', length: 30 });
    assert.ok(body.data.every((point) => point.size === 0));
    const sessionBody = await sessions({ length: 10, segment_id: 'seg_empty' });
    assert.ok(sessionBody.data.every((point) => point.sessions === 0));
  });

  it('trends per segment: churn risk declines, power users grow', async () => {
    const trend = async (id: string) => {
      const sizes = (await segmentSeries({ segment_id: id, length: 100 })).data.map((p) => p.size);
      return mean(sizes.slice(-10)) / mean(sizes.slice(0, 10));
    };
    assert.ok((await trend('seg_churn_risk')) < 0.85);
    assert.ok((await trend('seg_power_users')) > 1.1);
  });

  it('has weekly seasonality in daily sessions', async () => {
    const body = await sessions({ length: 98, ending_at: '2024-05-10' });
    const byWeekday = (days: number[]) =>
      mean(body.data.filter((p) => days.includes(new Date(p.time).getUTCDay())).map((p) => p.sessions));
    assert.ok(byWeekday([0, 6]) > byWeekday([2, 3]) * 1.1, 'weekends are busier than midweek');
  });

  it('has a diurnal curve in hourly sessions', async () => {
    const body = await sessions({ length: 96, unit: 'hour', ending_at: '2024-05-10T23:00:00Z' });
    const byHour = (hours: number[]) =>
      mean(body.data.filter((p) => hours.includes(new Date(p.time).getUTCHours())).map((p) => p.sessions));
    assert.ok(byHour([19, 20, 21]) > byHour([2, 3, 4]) * 3, 'evenings are far busier than nights');
  });

  it('scales sessions by app and by segment', async () => {
    const total = async (params: Record<string, string | number>) =>
      (await sessions({ length: 14, ...params })).data.reduce((sum, p) => sum + p.sessions, 0);
    const all = await total({});
    assert.ok((await total({ app_id: 'app_ios' })) < all);
    assert.ok((await total({ app_id: 'app_web' })) < (await total({ app_id: 'app_ios' })));
    assert.ok((await total({ segment_id: 'seg_power_users' })) < all);
    assert.ok((await total({ app_id: 'some-other-app' })) > 0, 'unlisted apps get a stable share');
  });

  it('describes segments with name, filter summary, tags, teams and dates', async () => {
    for (const segment of MOCK_SEGMENTS) {
      const body = (await ok(segmentDetails, { segment_id: segment.id })) as Record<string, unknown>;
      assert.equal(body.message, 'success');
      assert.equal(body.name, segment.name);
      assert.equal(body.description, segment.description);
      assert.deepEqual(body.tags, segment.tags);
      assert.deepEqual(body.teams, segment.teams);
      assert.ok(typeof body.created_at === 'string' && !Number.isNaN(Date.parse(body.created_at)));
    }
  });
});

describe('createMockBraze: sends', () => {
  const params = { campaign_id: 'camp_order_updates', send_id: 'send_shipped', length: 14 };

  it('reports several channels with variants A/B and a control group that has enrolled, not sent', async () => {
    const body = await sends(params);
    const day = body.data.at(-1);
    assert.ok(day);
    assert.deepEqual(Object.keys(day.messages).sort(), ['android_push', 'email', 'ios_push', 'sms']);
    for (const variants of Object.values(day.messages)) {
      assert.deepEqual(
        variants.map((v) => v.variation_name),
        ['Variant A', 'Variant B', 'Control'],
      );
      for (const v of variants) assert.match(String(v.variation_api_id), /^[0-9a-f]{8}-[0-9a-f]{4}-/);
      const control = variants[2];
      assert.ok(typeof control?.enrolled === 'number' && control.enrolled > 0);
      assert.equal(control.sent, undefined);
    }
  });

  it('keeps funnels consistent: delivered ≤ sent, opens ≤ delivered, clicks ≤ opens', async () => {
    const body = await sends({ ...params, length: 15 });
    const n = (value: unknown) => (typeof value === 'number' ? value : 0);
    for (const day of body.data) {
      assert.ok(Number.isInteger(day.unique_recipients) && (day.conversions ?? 0) >= 0);
      for (const [channel, variants] of Object.entries(day.messages)) {
        for (const v of variants.filter((variant) => 'sent' in variant)) {
          assert.ok(n(v.delivered) <= n(v.sent), `${channel} delivered ≤ sent`);
          if (channel === 'email') {
            assert.ok(n(v.opens) <= n(v.delivered) && n(v.unique_opens) <= n(v.opens));
            assert.ok(n(v.clicks) <= n(v.opens) && n(v.unique_clicks) <= n(v.clicks));
          }
          if (channel.endsWith('_push')) {
            assert.ok(n(v.direct_opens) <= n(v.total_opens) && n(v.total_opens) <= n(v.delivered));
            assert.ok(n(v.body_clicks) <= n(v.direct_opens));
            assert.equal(n(v.sent) - n(v.delivered), n(v.undelivered));
          }
          if (channel === 'sms')
            assert.ok(n(v.delivered) <= n(v.sent_to_carrier) && n(v.clicks) <= n(v.delivered));
        }
      }
    }
  });

  it('empties days older than 14 days before now (retention), and future days', async () => {
    const body = await sends({ ...params, length: 30, ending_at: '2024-05-12' });
    const emptyDays = body.data
      .filter((day) => Object.keys(day.messages).length === 0)
      .map((day) => day.time);
    const fullDays = body.data.filter((day) => Object.keys(day.messages).length > 0).map((day) => day.time);
    assert.equal(fullDays[0], '2024-04-26', 'now (2024-05-10) minus 14 days is the oldest kept');
    assert.equal(fullDays.at(-1), '2024-05-10');
    assert.equal(fullDays.length, 15);
    assert.ok(emptyDays.includes('2024-04-25') && emptyDays.includes('2024-05-11'));
    for (const day of body.data.filter((d) => emptyDays.includes(d.time)))
      assert.equal(day.unique_recipients, 0);
  });

  it('shows an unknown channel for campaign ids containing "unknown"', async () => {
    for (const campaign_id of ['camp_unknown_channel', 'my-unknown-campaign']) {
      const body = await sends({ campaign_id, send_id: 's', length: 1 });
      assert.ok('experimental_channel' in (body.data[0]?.messages ?? {}), campaign_id);
    }
    const plain = await sends({ campaign_id: 'my-campaign', send_id: 's', length: 1 });
    assert.ok(!('experimental_channel' in (plain.data[0]?.messages ?? {})));
  });

  it('refuses non-API campaigns with a Braze error', async () => {
    const response = await get(sendsDataSeries.path, {
      campaign_id: 'camp_spring_sale',
      send_id: 's',
      length: 1,
    });
    assert.equal(response.status, 400);
    assert.match((await json<BrazeErrorBody>(response)).message, /API campaign/);
  });

  it('lists example sends for known campaigns', () => {
    for (const send of MOCK_SENDS)
      assert.ok(MOCK_CAMPAIGNS.some((c) => c.id === send.campaign_id && c.is_api_campaign));
  });
});

describe('createMockBraze: pickers', () => {
  it('lists segments 100 per page, page 0 first', async () => {
    const page0 = SegmentListResponse.parse(await json(await get('/segments/list')));
    assert.deepEqual(page0.segments.map((s) => s.id).sort(), MOCK_SEGMENTS.map((s) => s.id).sort());
    const noAnalytics = page0.segments.find((s) => s.id === 'seg_no_analytics');
    assert.equal(noAnalytics?.analytics_tracking_enabled, false);
    const page1 = SegmentListResponse.parse(await json(await get('/segments/list', { page: 1 })));
    assert.equal(page1.segments.length, 0);
    const asc = SegmentListResponse.parse(await json(await get('/segments/list', { sort_direction: 'asc' })));
    assert.deepEqual(
      asc.segments.map((s) => s.id),
      page0.segments.map((s) => s.id).reverse(),
    );
  });

  it('lists campaigns with is_api_campaign', async () => {
    const body = CampaignListResponse.parse(await json(await get('/campaigns/list')));
    assert.ok(body.campaigns.some((c) => c.is_api_campaign === false));
  });

  it('lists every campaign /campaigns/data_series knows, newest edit first, the same on every call', async () => {
    const body = CampaignListResponse.parse(await json(await get('/campaigns/list')));
    const ids = body.campaigns.map((c) => c.id);
    assert.deepEqual(
      [...ids].sort(),
      campaignListEntries()
        .map((c) => c.id)
        .sort(),
    );
    assert.ok(ids.includes('camp_cart_abandonment') && ids.includes('camp_welcome_series'));
    const edited = body.campaigns.map((c) => c.last_edited ?? '');
    assert.deepEqual(edited, [...edited].sort().reverse());
    const again = CampaignListResponse.parse(await json(await get('/campaigns/list')));
    assert.deepEqual(again, body);
    for (const id of ids) {
      const series = await get('/campaigns/data_series', { campaign_id: id, length: 1 });
      assert.equal(series.status, 200, id);
    }
  });

  it('refuses an invalid page', async () => {
    assert.equal((await get('/segments/list', { page: -1 })).status, 400);
    assert.equal((await get('/campaigns/list', { page: 'x' })).status, 400);
  });
});

describe('createMockBraze: errors like Braze', () => {
  it('answers 404 for unknown segments, on every segment endpoint', async () => {
    for (const [path, params] of [
      ['/segments/data_series', { segment_id: 'seg_nope', length: 3 }],
      ['/segments/details', { segment_id: 'seg_nope' }],
      ['/sessions/data_series', { segment_id: 'seg_nope', length: 3 }],
    ] as const) {
      const response = await get(path, params);
      assert.equal(response.status, 404);
      const body = BrazeErrorBody.parse(await response.json());
      assert.equal(body.message, 'Segment not found');
      assert.ok(body.errors?.length);
    }
  });

  it('answers 400 for sessions of a segment without analytics tracking', async () => {
    const response = await get('/sessions/data_series', { segment_id: 'seg_no_analytics', length: 3 });
    assert.equal(response.status, 400);
    assert.match(BrazeErrorBody.parse(await response.json()).message, /analytics tracking/);
    assert.equal(
      (await get('/segments/data_series', { segment_id: 'seg_no_analytics', length: 3 })).status,
      200,
    );
  });

  it('validates params with the api schemas (400 with a Braze error body)', async () => {
    const cases: Record<string, string | number>[] = [
      { segment_id: 'seg_all_users', length: 0 },
      { length: 3 },
      { segment_id: 'a/b', length: 3 },
    ];
    for (const params of cases) {
      const response = await get('/segments/data_series', params);
      assert.equal(response.status, 400);
      assert.ok(BrazeErrorBody.parse(await response.json()).errors?.length);
    }
  });

  it('answers 404 for unknown paths and 405 for other methods', async () => {
    assert.equal((await get('/users/export/ids')).status, 404);
    const post = await braze.fetch(
      new Request('https://rest.mock.test/segments/details?segment_id=seg_empty', { method: 'POST' }),
    );
    assert.equal(post.status, 405);
  });

  it('marks its answers as mock data and invents no X-RateLimit headers', async () => {
    for (const segment_id of ['seg_all_users', 'fault_429', 'seg_nope']) {
      const response = await get('/segments/details', { segment_id });
      assert.equal(response.headers.get('X-Braze-Mock'), '1');
      for (const name of ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']) {
        assert.equal(response.headers.get(name), null, `${segment_id}: ${name}`);
      }
    }
  });

  it('answers HEAD without a body', async () => {
    const url = 'https://rest.mock.test/segments/details?segment_id=seg_all_users';
    const response = await braze.fetch(new Request(url, { method: 'HEAD' }));
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '');
  });
});

describe('createMockBraze: fault ids', () => {
  const endpoints = [
    [segmentDataSeries, { length: 3 }, 'segment_id'],
    [segmentDetails, {}, 'segment_id'],
    [sessionsDataSeries, { length: 3 }, 'app_id'],
    [sendsDataSeries, { send_id: 's', length: 3 }, 'campaign_id'],
  ] as const;

  for (const [endpoint, base, idParam] of endpoints) {
    it(`misbehaves on ${endpoint.path} when ${idParam} is a fault id`, async () => {
      const at = (fault: string) => get(endpoint.path, { ...base, [idParam]: fault });
      const limited = await at(MOCK_FAULT_IDS.rateLimited);
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('Retry-After'), '1');
      BrazeErrorBody.parse(await limited.json());
      for (const [fault, status] of [
        [MOCK_FAULT_IDS.serverError, 500],
        [MOCK_FAULT_IDS.unprocessable, 422],
      ] as const) {
        const response = await at(fault);
        assert.equal(response.status, status);
        BrazeErrorBody.parse(await response.json());
      }
      const badJson = await at(MOCK_FAULT_IDS.badJson);
      assert.equal(badJson.status, 200);
      const text = await badJson.text();
      assert.throws(() => JSON.parse(text));
      const badSchema = await at(MOCK_FAULT_IDS.badSchema);
      assert.equal(badSchema.status, 200);
      assert.equal(endpoint.response.safeParse(await badSchema.json()).success, false);
    });
  }

  it('also triggers on send_id', async () => {
    assert.equal(
      (await get('/sends/data_series', { campaign_id: 'c', send_id: 'fault_500', length: 1 })).status,
      500,
    );
  });
});

describe('createMockBraze: options', () => {
  it('waits latencyMs and aborts with the request signal', async () => {
    const slow = createMockBraze({ now: NOW, latencyMs: 50 });
    const controller = new AbortController();
    const pending = slow.fetch(
      new Request('https://rest.mock.test/segments/details?segment_id=seg_all_users', {
        signal: controller.signal,
      }),
    );
    controller.abort(new Error('gone'));
    await assert.rejects(pending, /gone/);
  });

  it('strips a basePath', async () => {
    const mounted = createMockBraze({ now: NOW, basePath: '/api/braze' });
    const response = await mounted.fetch(
      new Request('https://x.test/api/braze/segments/details?segment_id=seg_empty'),
    );
    assert.equal(response.status, 200);
  });

  it('has fixtures the demo can list', () => {
    const ids = MOCK_SEGMENTS.map((s) => s.id);
    for (const id of [
      'seg_all_users',
      'seg_power_users',
      'seg_churn_risk',
      'seg_new_signups',
      'seg_empty',
      'seg_no_analytics',
    ]) {
      assert.ok(ids.includes(id), id);
    }
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(MOCK_APPS.length >= 2);
    assert.equal(isoDay(NOW), '2024-05-10');
  });
});

describe('proxy modules stay portable', () => {
  const dir = new URL('../../src/proxy/', import.meta.url);
  const NODE_ONLY = new Set(['cli.ts', 'node.ts', 'redis.ts']);

  it('imports no Node-only module outside cli.ts, node.ts and redis.ts', () => {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !NODE_ONLY.has(name))) {
      const source = readFileSync(new URL(file, dir), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      assert.doesNotMatch(source, /from ['"](node:|@hono\/node-server)/, file);
      assert.doesNotMatch(source, /\bprocess\.|\bBuffer\b/, file);
    }
  });

  it('a Braze-mode proxy never loads the mock: braze-charts/proxy reaches it only through a dynamic import', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const source = readFileSync(new URL(file, dir), 'utf8');
      for (const [, target] of source.matchAll(/^(?:import|export)[^;]*?from '\.\/([\w-]+)\.js'/gm))
        visit(`${target}.ts`);
    };
    visit('index.ts');
    assert.ok(reached.has('app.ts') && reached.has('upstream.ts'));
    for (const mockFile of [
      'mock.ts',
      'fixtures.ts',
      'mock-sends.ts',
      'mock-series.ts',
      'random.ts',
      'time.ts',
    ]) {
      assert.ok(!reached.has(mockFile), `${mockFile} is statically reachable from index.ts`);
    }
    assert.match(readFileSync(new URL('config.ts', dir), 'utf8'), /import\('\.\/mock\.js'\)/);
  });
});
