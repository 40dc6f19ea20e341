import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  campaignDataSeries,
  campaignDetails as campaignDetailsEndpoint,
  CampaignListResponse,
  canvasDataSeries,
  canvasDataSummary,
  canvasDetails as canvasDetailsEndpoint,
  canvasList,
  CONVERSION_KEYS,
  eventCatalog,
  eventDataSeries,
  eventList,
  KPI_ENDPOINTS,
  KPI_METRICS,
  parseQuery,
  purchaseProductList,
  purchaseQuantitySeries,
  purchaseRevenueSeries,
  type CampaignDay,
  type EndpointDescriptor,
  type EventsResponse,
  type KpiMetric,
  type ParamsOf,
} from '../../src/api/index.js';
import { MOCK_APPS, MOCK_CAMPAIGNS } from '../../src/proxy/mock.js';
import {
  campaignDetails,
  campaignListEntries,
  campaignSeries,
  MOCK_CAMPAIGN_PROFILES,
} from '../../src/proxy/mock-campaigns.js';
import {
  canvasDetails,
  canvasListPage,
  canvasSeries,
  canvasSummary,
  MOCK_CANVASES,
} from '../../src/proxy/mock-canvas.js';
import { eventListPage, eventsPage, eventSeries, MOCK_EVENTS } from '../../src/proxy/mock-events.js';
import { kpiSeries } from '../../src/proxy/mock-kpi.js';
import {
  MOCK_PRODUCTS,
  productListPage,
  quantitySeries,
  revenueSeries,
} from '../../src/proxy/mock-purchases.js';
import type { MockReply } from '../../src/proxy/mock-workspace.js';

/**
 * The mock workspace beyond the first three endpoints: every answer passes its endpoint's schema, the same request
 * always gets the same body, and the numbers behave like a real workspace's.
 */

const NOW = new Date('2024-05-10T12:00:00Z');
const DAY = 86_400_000;

/** Params as the proxy would hand them over: read from a query by the endpoint's own schema. */
function params<E extends EndpointDescriptor>(
  endpoint: E,
  raw: Record<string, string | number>,
): ParamsOf<E> {
  const result = parseQuery(
    endpoint,
    new URLSearchParams(Object.entries(raw).map(([k, v]): [string, string] => [k, String(v)])),
  );
  assert.ok(result.ok, result.ok ? '' : result.errors.join('; '));
  return result.value as ParamsOf<E>;
}

/** The body of a 200 that passes the endpoint's response schema. */
function body<T>(endpoint: EndpointDescriptor, reply: MockReply<T>): T {
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  const parsed = endpoint.response.safeParse(reply.body);
  assert.ok(parsed.success, `${endpoint.path}: the mock's answer fails its schema`);
  return reply.body as T;
}

const kpi = (metric: KpiMetric, raw: Record<string, string | number>, now = NOW) =>
  body(KPI_ENDPOINTS[metric], kpiSeries(metric, params(KPI_ENDPOINTS[metric], raw), now)).data.map(
    (point) => ({ time: point.time, value: point[metric] }),
  );
const values = (points: readonly { value: number }[]) => points.map((p) => p.value);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Mean absolute relative change from one day to the next. */
const dayToDay = (xs: readonly number[]) => mean(xs.slice(1).map((x, i) => Math.abs(x - xs[i]!) / xs[i]!));
const isWeekend = (time: string) => [0, 6].includes(new Date(`${time}T00:00:00Z`).getUTCDay());
const cents = (x: number) => Math.round(x * 100);

const appIds = fc.oneof(
  fc.constantFrom(undefined, ...MOCK_APPS.map((a) => a.id)),
  fc.stringMatching(/^app_[a-z0-9]{1,12}$/),
);
const nows = fc.date({
  min: new Date('2023-06-01T00:00:00Z'),
  max: new Date('2025-06-01T00:00:00Z'),
  noInvalidDate: true,
});

describe('mock KPI: like a real workspace', () => {
  it('answers every metric, app and length with a body its schema accepts, one point a day up to today', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KPI_METRICS),
        fc.integer({ min: 1, max: 100 }),
        appIds,
        nows,
        (metric, length, app, now) => {
          const points = kpi(metric, { length, ...(app ? { app_id: app } : {}) }, now);
          assert.ok(points.length <= length && points.length >= length - 2, `${points.length} of ${length}`);
          const today = now.toISOString().slice(0, 10);
          for (const [i, point] of points.entries()) {
            assert.ok(point.time <= today, `${point.time} is after ${today}`);
            assert.ok(Number.isInteger(point.value) && point.value >= 0);
            if (i > 0) assert.equal(Date.parse(point.time) - Date.parse(points[i - 1]!.time), DAY);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same body for the same request, and other numbers for another app', () => {
    const a = kpiSeries('dau', params(KPI_ENDPOINTS.dau, { length: 30, ending_at: '2024-04-30' }), NOW);
    const b = kpiSeries(
      'dau',
      params(KPI_ENDPOINTS.dau, { length: 30, ending_at: '2024-04-30' }),
      new Date('2024-06-01T00:00:00Z'),
    );
    assert.deepEqual(a, b);
    const ios = values(kpi('dau', { length: 30, ending_at: '2024-04-30', app_id: 'app_ios' }));
    const android = values(kpi('dau', { length: 30, ending_at: '2024-04-30', app_id: 'app_android' }));
    const all = values(kpi('dau', { length: 30, ending_at: '2024-04-30' }));
    assert.notDeepEqual(ios, android);
    for (const [i, total] of all.entries()) {
      const web = values(kpi('dau', { length: 30, ending_at: '2024-04-30', app_id: 'app_web' }))[i]!;
      const apps = ios[i]! + android[i]! + web;
      // Users of several apps count once per app: the apps add up to a little more than the workspace.
      assert.ok(apps > total && apps < total * 1.15, `${apps} vs ${total}`);
    }
  });

  it('has a weekly rhythm in DAU: weekends busier than weekdays', () => {
    const points = kpi('dau', { length: 56, ending_at: '2024-04-30' });
    const weekend = mean(values(points.filter((p) => isWeekend(p.time))));
    const weekday = mean(values(points.filter((p) => !isWeekend(p.time))));
    assert.ok(weekend / weekday > 1.12, `weekend / weekday = ${(weekend / weekday).toFixed(3)}`);
  });

  it('keeps stickiness (DAU / MAU) within 10-30 %, for the workspace, each app and any app id', () => {
    fc.assert(
      fc.property(appIds, nows, (app, now) => {
        const scope = { length: 60, ...(app ? { app_id: app } : {}) };
        const dau = new Map(kpi('dau', scope, now).map((p) => [p.time, p.value]));
        const mau = kpi('mau', scope, now);
        assert.ok(mau.length >= 58);
        for (const { time, value } of mau) {
          const stickiness = dau.get(time)! / value;
          assert.ok(stickiness >= 0.1 && stickiness <= 0.3, `${app ?? 'all apps'} ${time}: ${stickiness}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('makes MAU, a 30-day rolling count, far smoother than DAU', () => {
    for (const app of [undefined, 'app_ios', 'app_android', 'app_web']) {
      const scope = { length: 90, ending_at: '2024-05-01', ...(app ? { app_id: app } : {}) };
      const dau = dayToDay(values(kpi('dau', scope)));
      const mau = dayToDay(values(kpi('mau', scope)));
      assert.ok(mau < dau / 10, `${app ?? 'all apps'}: MAU ${mau.toFixed(4)} vs DAU ${dau.toFixed(4)}`);
      assert.ok(dau > 0.04, `DAU moves day to day (${dau.toFixed(4)})`);
    }
  });

  it('publishes a day’s MAU the next day after 12:05 UTC, and never changes it afterwards', () => {
    const last = (now: Date) => kpi('mau', { length: 5 }, now).at(-1)!;
    assert.equal(last(new Date('2024-05-10T12:04:59Z')).time, '2024-05-08');
    assert.equal(last(new Date('2024-05-10T12:05:00Z')).time, '2024-05-09');
    assert.equal(kpi('dau', { length: 5 }, new Date('2024-05-10T00:30:00Z')).at(-1)!.time, '2024-05-10');
    assert.deepEqual(
      last(new Date('2024-05-10T12:05:00Z')),
      kpi('mau', { length: 30, ending_at: '2024-05-09' }, new Date('2025-01-01T00:00:00Z')).at(-1),
    );
  });

  it('counts new users as a small share of DAU', () => {
    const dau = values(kpi('dau', { length: 60, ending_at: '2024-05-01' }));
    const fresh = values(kpi('new_users', { length: 60, ending_at: '2024-05-01' }));
    fresh.forEach((n, i) => assert.ok(n > 0 && n / dau[i]! < 0.04, `${n} of ${dau[i]}`));
    assert.ok(mean(fresh) / mean(dau) > 0.01);
  });

  it('has daily uninstalls only where they are tracked; sparse counts elsewhere', () => {
    const scope = { length: 100, ending_at: '2024-05-01' };
    const tracked = values(kpi('uninstalls', { ...scope, app_id: 'app_ios' }));
    assert.ok(
      tracked.every((n) => n > 50),
      'iOS tracks uninstalls: counts every day',
    );
    for (const app of ['app_android', 'app_web', 'app_unknown']) {
      const sparse = values(kpi('uninstalls', { ...scope, app_id: app }));
      const zeros = sparse.filter((n) => n === 0).length;
      assert.ok(zeros >= 70 && zeros < 100, `${app}: ${zeros} days of 100 without uninstalls`);
      assert.ok(sparse.every((n) => n <= 3));
    }
  });
});

describe('mock custom events', () => {
  const series = (raw: Record<string, string | number>, now = NOW) =>
    body(eventDataSeries, eventSeries(params(eventDataSeries, raw), now)).data;

  it('answers any event, unit, app and segment with a body its schema accepts', () => {
    const segments = fc.constantFrom(
      undefined,
      'seg_all_users',
      'seg_power_users',
      'seg_churn_risk',
      'seg_empty',
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...MOCK_EVENTS.map((e) => e.name), 'Never Tracked'),
        fc.constantFrom('day', 'hour'),
        fc.integer({ min: 1, max: 100 }),
        appIds,
        segments,
        nows,
        (event, unit, length, app, segment, now) => {
          const data = series(
            {
              event,
              unit,
              length,
              ...(app ? { app_id: app } : {}),
              ...(segment ? { segment_id: segment } : {}),
            },
            now,
          );
          assert.ok(data.length <= length && data.length > 0);
          assert.ok(data.every((p) => Number.isInteger(p.count) && p.count >= 0));
          assert.ok(Date.parse(data.at(-1)!.time) <= now.getTime());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('follows DAU: a weekly rhythm by day, a daily curve by hour that adds up to the day', () => {
    const days = series({ event: 'Viewed Product', length: 28, ending_at: '2024-05-01' });
    const weekend = mean(days.filter((p) => isWeekend(p.time)).map((p) => p.count));
    const weekday = mean(days.filter((p) => !isWeekend(p.time)).map((p) => p.count));
    assert.ok(weekend / weekday > 1.1);
    const hours = series({
      event: 'Viewed Product',
      unit: 'hour',
      length: 24,
      ending_at: '2024-05-01T23:00:00Z',
    });
    assert.equal(hours.length, 24);
    assert.ok(hours.every((p) => p.time.startsWith('2024-05-01T')));
    const day = days.find((p) => p.time === '2024-05-01')!.count;
    const sum = hours.reduce((a, p) => a + p.count, 0);
    assert.ok(Math.abs(sum - day) / day < 0.05, `${sum} by hour vs ${day} for the day`);
    const night = hours[3]!.count;
    const evening = hours[20]!.count;
    assert.ok(evening > night * 3, `evening ${evening}, night ${night}`);
  });

  it('scales with the app and the segment; an unknown event counts 0', () => {
    const scope = { event: 'Added to Cart', length: 14, ending_at: '2024-05-01' };
    const all = series(scope).map((p) => p.count);
    const power = series({ ...scope, segment_id: 'seg_power_users' }).map((p) => p.count);
    const web = series({ ...scope, app_id: 'app_web' }).map((p) => p.count);
    all.forEach((n, i) => assert.ok(power[i]! < n && web[i]! < n && power[i]! > 0));
    assert.ok(series({ ...scope, segment_id: 'seg_empty' }).every((p) => p.count === 0));
    assert.ok(series({ ...scope, event: 'Never Tracked' }).every((p) => p.count === 0));
    assert.deepEqual(series(scope), series(scope));
  });

  it('refuses a segment without analytics tracking (400) and an unknown one (404), as for sessions', () => {
    const noAnalytics = eventSeries(
      params(eventDataSeries, { event: 'Searched', length: 7, segment_id: 'seg_no_analytics' }),
      NOW,
    );
    assert.equal(noAnalytics.status, 400);
    assert.match(noAnalytics.body.message, /analytics tracking/);
    assert.equal(
      eventSeries(params(eventDataSeries, { event: 'Searched', length: 7, segment_id: 'seg_nope' }), NOW)
        .status,
      404,
    );
  });

  it('lists names alphabetically, 250 a page, the next page empty', () => {
    const names = body(eventList, eventListPage(params(eventList, {}))).events;
    assert.deepEqual(
      names,
      [...MOCK_EVENTS.map((e) => e.name)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    assert.deepEqual(body(eventList, eventListPage(params(eventList, { page: 1 }))).events, []);
  });

  it('pages /events by cursor: every event once, no cursor after the last page, an unknown cursor refused', () => {
    for (const size of [1, 3, 4, 50]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 20; pages++) {
        const reply = eventsPage(params(eventCatalog, cursor ? { cursor } : {}), size);
        seen.push(...body<EventsResponse>(eventCatalog, reply).events.map((e) => e.name));
        cursor = reply.nextCursor;
        if (!cursor) break;
      }
      assert.equal(cursor, undefined);
      assert.deepEqual(seen, body(eventList, eventListPage({})).events, `page size ${size}`);
    }
    assert.equal(eventsPage(params(eventCatalog, { cursor: 'bm9wZQ' })).status, 400);
    const blocked = body<EventsResponse>(eventCatalog, eventsPage({})).events.find(
      (e) => e.status === 'Blocklisted',
    );
    assert.equal(blocked?.included_in_analytics_report, false);
  });
});

describe('mock purchases', () => {
  const revenue = (raw: Record<string, string | number>, now = NOW) =>
    body(purchaseRevenueSeries, revenueSeries(params(purchaseRevenueSeries, raw), now)).data;
  const quantity = (raw: Record<string, string | number>, now = NOW) =>
    body(purchaseQuantitySeries, quantitySeries(params(purchaseQuantitySeries, raw), now)).data;

  it('answers any unit, app and product with bodies their schemas accept, on the same buckets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('day', 'hour'),
        fc.integer({ min: 1, max: 100 }),
        appIds,
        fc.constantFrom(undefined, ...MOCK_PRODUCTS.map((p) => p.id), 'never sold'),
        nows,
        (unit, length, app, product, now) => {
          const raw = { unit, length, ...(app ? { app_id: app } : {}), ...(product ? { product } : {}) };
          const money = revenue(raw, now);
          const count = quantity(raw, now);
          assert.deepEqual(
            money.map((p) => p.time),
            count.map((p) => p.time),
          );
          assert.ok(money.every((p) => Number.isFinite(p.revenue) && p.revenue >= 0));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('makes a product’s revenue exactly its quantity times its price, and the whole the sum of its products', () => {
    const scope = { length: 30, ending_at: '2024-05-01' };
    const total = revenue(scope).map((p) => cents(p.revenue));
    const totalQuantity = quantity(scope).map((p) => p.purchase_quantity);
    const byProduct = MOCK_PRODUCTS.map((product) => {
      const money = revenue({ ...scope, product: product.id });
      const count = quantity({ ...scope, product: product.id });
      money.forEach((p, i) =>
        assert.equal(cents(p.revenue), count[i]!.purchase_quantity * cents(product.price), product.id),
      );
      return { money: money.map((p) => cents(p.revenue)), count: count.map((p) => p.purchase_quantity) };
    });
    total.forEach((c, i) =>
      assert.equal(
        c,
        byProduct.reduce((sum, p) => sum + p.money[i]!, 0),
      ),
    );
    totalQuantity.forEach((n, i) =>
      assert.equal(
        n,
        byProduct.reduce((sum, p) => sum + p.count[i]!, 0),
      ),
    );
    assert.ok(
      total.some((c) => c % 100 !== 0),
      'revenue is in dollars and cents',
    );
    assert.ok(revenue({ ...scope, product: 'never sold' }).every((p) => p.revenue === 0));
    const web = revenue({ ...scope, app_id: 'app_web' }).map((p) => cents(p.revenue));
    web.forEach((c, i) => assert.ok(c < total[i]! / 3));
  });

  it('lists products alphabetically', () => {
    const products = body(purchaseProductList, productListPage({})).products;
    assert.deepEqual(products, MOCK_PRODUCTS.map((p) => p.id).sort());
    assert.deepEqual(body(purchaseProductList, productListPage({ page: '1' })).products, []);
  });
});

describe('mock campaigns: every campaign', () => {
  const series = (raw: Record<string, string | number>, now = NOW) =>
    body(campaignDataSeries, campaignSeries(params(campaignDataSeries, raw), now)).data;
  const sendDays = (days: CampaignDay[]) => days.filter((d) => Object.keys(d.messages).length > 0);

  it('answers every campaign, length and day with a body its schema accepts; an unknown id is not found', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MOCK_CAMPAIGN_PROFILES.map((c) => c.id)),
        fc.integer({ min: 1, max: 100 }),
        nows,
        (id, length, now) => {
          const days = series({ campaign_id: id, length }, now);
          assert.ok(days.length <= length && days.length > 0);
        },
      ),
      { numRuns: 100 },
    );
    assert.equal(campaignSeries({ campaign_id: 'camp_nope', length: 3 }, NOW).status, 404);
    assert.equal(campaignDetails({ campaign_id: 'camp_nope' }, NOW).status, 404);
  });

  it('covers every fixture campaign and more than API campaigns, on more channels', () => {
    const ids = MOCK_CAMPAIGN_PROFILES.map((c) => c.id);
    for (const campaign of MOCK_CAMPAIGNS) assert.ok(ids.includes(campaign.id), campaign.id);
    const notApi = MOCK_CAMPAIGN_PROFILES.filter((c) => !c.is_api_campaign);
    assert.ok(notApi.length >= 3);
    const channels = new Set(MOCK_CAMPAIGN_PROFILES.flatMap((c) => c.channels));
    for (const channel of [
      'email',
      'ios_push',
      'android_push',
      'sms',
      'webhook',
      'whats_app',
      'content_cards',
      'in_app_message',
    ])
      assert.ok(channels.has(channel as never), channel);
    assert.ok(
      CampaignListResponse.safeParse({ message: 'success', campaigns: campaignListEntries() }).success,
    );
  });

  it('keeps each channel’s funnel in order, the control group apart, and variants named alike on every channel', () => {
    for (const campaign of MOCK_CAMPAIGN_PROFILES) {
      const days = sendDays(series({ campaign_id: campaign.id, length: 60, ending_at: '2024-05-01' }));
      assert.ok(days.length > 0, `${campaign.id} sent in the 60 days`);
      for (const day of days) {
        const ids = new Set<string>();
        for (const [channel, variants] of Object.entries(day.messages)) {
          for (const stats of variants) {
            ids.add(String(stats.variation_api_id));
            const n = (key: string) => (typeof stats[key] === 'number' ? (stats[key] as number) : undefined);
            if (stats.variation_name === 'Control') {
              assert.ok(n('enrolled')! > 0 && n('sent') === undefined, `${campaign.id} ${channel} control`);
              continue;
            }
            const steps: [string, string][] = [
              ['delivered', 'sent'],
              ['unique_opens', 'delivered'],
              ['unique_clicks', 'unique_opens'],
              ['direct_opens', 'delivered'],
              ['read', 'delivered'],
              ['unique_impressions', 'sent'],
              ['unique_clicks', 'unique_impressions'],
              ['clicks', 'impressions'],
              ['first_button_clicks', 'clicks'],
            ];
            for (const [later, earlier] of steps) {
              if (n(later) !== undefined && n(earlier) !== undefined)
                assert.ok(n(later)! <= n(earlier)!, `${campaign.id} ${channel}: ${later} ≤ ${earlier}`);
            }
          }
        }
        assert.equal(ids.size, campaign.variants.length + (campaign.controlShare > 0 ? 1 : 0), campaign.id);
      }
    }
  });

  it('counts one conversion event per conversion behaviour, named by /campaigns/details', () => {
    for (const campaign of MOCK_CAMPAIGN_PROFILES) {
      const details = body(
        campaignDetailsEndpoint,
        campaignDetails(params(campaignDetailsEndpoint, { campaign_id: campaign.id }), NOW),
      );
      const behaviours = details.conversion_behaviors ?? [];
      assert.ok(behaviours.length >= 1 && behaviours.length <= 4);
      const [day] = sendDays(series({ campaign_id: campaign.id, length: 60, ending_at: '2024-05-01' }));
      CONVERSION_KEYS.forEach((key, i) =>
        assert.equal(key in day!, i < behaviours.length, `${campaign.id} ${key}`),
      );
      const variantIds = new Set(
        Object.values(day!.messages)
          .flat()
          .map((s) => s.variation_api_id),
      );
      for (const id of Object.keys(details.messages ?? {}))
        assert.ok(variantIds.has(id), `${campaign.id}: message ${id}`);
    }
    assert.ok(MOCK_CAMPAIGN_PROFILES.some((c) => c.conversion_behaviors.length === 4));
  });

  it('sends a scheduled campaign only on its days, and nothing after today', () => {
    const spring = series({ campaign_id: 'camp_spring_sale', length: 60, ending_at: '2024-04-30' });
    const sent = sendDays(spring).map((d) => d.time);
    assert.deepEqual(sent, ['2024-03-21', '2024-03-28', '2024-04-04', '2024-04-11']);
    const weekly = sendDays(series({ campaign_id: 'camp_winback', length: 28, ending_at: '2024-05-01' }));
    assert.ok(weekly.length === 4 && weekly.every((d) => new Date(d.time).getUTCDay() === 2));
    const ahead = series({ campaign_id: 'camp_cart_abandonment', length: 10, ending_at: '2024-05-15' });
    assert.equal(ahead.at(-1)!.time, '2024-05-10');
    assert.deepEqual(
      series({ campaign_id: 'camp_winback', length: 30, ending_at: '2024-04-30' }),
      series(
        { campaign_id: 'camp_winback', length: 30, ending_at: '2024-04-30' },
        new Date('2025-01-01T00:00:00Z'),
      ),
    );
  });
});

describe('mock Canvas', () => {
  const all = { include_variant_breakdown: 'true', include_step_breakdown: 'true' } as const;
  const series = (raw: Record<string, string | number>, now = NOW) =>
    body(canvasDataSeries, canvasSeries(params(canvasDataSeries, raw), now)).data;
  const summary = (raw: Record<string, string | number>, now = NOW) =>
    body(canvasDataSummary, canvasSummary(params(canvasDataSummary, raw), now)).data;

  it('answers every Canvas and combination of params with bodies their schemas accept', () => {
    const flag = fc.constantFrom(undefined, 'true', 'false');
    fc.assert(
      fc.property(
        fc.constantFrom(...MOCK_CANVASES.map((c) => c.id)),
        fc.oneof(
          fc.integer({ min: 1, max: 14 }).map((length) => ({ length })),
          fc.integer({ min: 1, max: 40 }).map((back) => ({ back })),
        ),
        flag,
        flag,
        flag,
        nows,
        (id, range, variants, steps, deleted, now) => {
          const raw: Record<string, string | number> = { canvas_id: id };
          if ('length' in range) raw.length = range.length;
          else raw.starting_at = new Date(now.getTime() - range.back * DAY).toISOString().slice(0, 10);
          if (variants) raw.include_variant_breakdown = variants;
          if (steps) raw.include_step_breakdown = steps;
          if (deleted) raw.include_deleted_step_data = deleted;
          const data = series(raw, now);
          assert.ok(data.stats.length <= 14, `${data.stats.length} days`);
          assert.equal(
            'variant_stats' in (data.stats[0] ?? { variant_stats: 1 }),
            variants === 'true' || data.stats.length === 0,
          );
          summary(raw, now);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('refuses more than 14 days in its params, and covers at most 14 days from an earlier starting_at', () => {
    for (const length of [15, 30, 100])
      assert.equal(
        parseQuery(
          canvasDataSeries,
          new URLSearchParams({ canvas_id: 'canvas_onboarding', length: String(length) }),
        ).ok,
        false,
      );
    const data = series({
      canvas_id: 'canvas_onboarding',
      starting_at: '2024-03-01',
      ending_at: '2024-04-30T23:59:59Z',
    });
    assert.equal(data.stats.length, 14);
    assert.equal(data.stats[0]!.time, '2024-04-17');
    assert.equal(data.stats.at(-1)!.time, '2024-04-30');
    const few = series({
      canvas_id: 'canvas_onboarding',
      starting_at: '2024-04-28',
      ending_at: '2024-04-30',
    });
    assert.deepEqual(
      few.stats.map((d) => d.time),
      ['2024-04-28', '2024-04-29', '2024-04-30'],
    );
  });

  it('adds variants up to the totals, and keeps each variant’s step conversions within its own', () => {
    for (const canvas of MOCK_CANVASES) {
      const ending = canvas.last_entry ?? '2024-05-01';
      for (const day of series({ canvas_id: canvas.id, length: 14, ending_at: ending, ...all }).stats) {
        const variants = Object.values(day.variant_stats ?? {});
        assert.equal(variants.length, canvas.variants.length);
        for (const key of ['entries', 'conversions', 'conversions_by_entry_time'] as const)
          assert.equal(
            day.total_stats[key],
            variants.reduce((s, v) => s + (v[key] ?? 0), 0),
            `${canvas.id} ${day.time} ${key}`,
          );
        assert.equal(
          cents(day.total_stats.revenue!),
          variants.reduce((s, v) => s + cents(v.revenue!), 0),
        );
        assert.ok(day.total_stats.entries! > 0 && day.total_stats.conversions! < day.total_stats.entries!);
        const steps = Object.values(day.step_stats ?? {});
        assert.ok(steps.reduce((s, step) => s + (step.conversions ?? 0), 0) <= day.total_stats.conversions!);
        assert.ok(steps.every((step) => Object.keys(step.messages ?? {}).length > 0));
      }
    }
  });

  it('has a data summary that is its series added up, breakdowns included', () => {
    const raw = { canvas_id: 'canvas_onboarding', length: 14, ending_at: '2024-05-01', ...all };
    const days = series(raw).stats;
    const rollup = summary(raw);
    assert.equal(rollup.name, 'Onboarding Journey');
    assert.equal(
      rollup.total_stats.entries,
      days.reduce((s, d) => s + d.total_stats.entries!, 0),
    );
    assert.equal(
      cents(rollup.total_stats.revenue!),
      days.reduce((s, d) => s + cents(d.total_stats.revenue!), 0),
    );
    for (const [id, variant] of Object.entries(rollup.variant_stats ?? {}))
      assert.equal(
        variant.conversions,
        days.reduce((s, d) => s + d.variant_stats![id]!.conversions!, 0),
      );
    for (const [id, step] of Object.entries(rollup.step_stats ?? {})) {
      for (const [channel, [stats]] of Object.entries(step.messages ?? {}))
        assert.equal(
          stats!.sent ?? stats!.impressions,
          days.reduce(
            (s, d) =>
              s +
              Number(
                d.step_stats![id]!.messages![channel]![0]!.sent ??
                  d.step_stats![id]!.messages![channel]![0]!.impressions,
              ),
            0,
          ),
        );
    }
  });

  it('names variants and steps in /canvas/details; a deleted step only with include_deleted_step_data', () => {
    const details = body(
      canvasDetailsEndpoint,
      canvasDetails(params(canvasDetailsEndpoint, { canvas_id: 'canvas_onboarding' }), NOW),
    );
    const stepIds = new Set(details.steps!.map((s) => s.id));
    for (const step of details.steps!)
      for (const next of step.next_step_ids ?? []) assert.ok(stepIds.has(next));
    const control = details.variants!.find((v) => v.name === 'Control')!;
    assert.deepEqual(control.first_step_ids, []);
    const raw = { canvas_id: 'canvas_onboarding', length: 3, ending_at: '2024-05-01', ...all };
    const day = series(raw).stats.at(-1)!;
    assert.deepEqual(Object.keys(day.variant_stats!).sort(), details.variants!.map((v) => v.id).sort());
    const stepStats = Object.keys(day.step_stats!);
    assert.ok(stepStats.every((id) => stepIds.has(id)));
    const withDeleted = Object.keys(
      series({ ...raw, include_deleted_step_data: 'true' }).stats.at(-1)!.step_stats!,
    );
    const extra = withDeleted.filter((id) => !stepIds.has(id));
    assert.equal(extra.length, 1);
    assert.equal(
      series({ ...raw, include_deleted_step_data: 'true' }).stats.at(-1)!.step_stats![extra[0]!]!.name,
      'Welcome SMS (retired)',
    );
    assert.ok(!('step_stats' in series({ canvas_id: 'canvas_onboarding', length: 3 }).stats[0]!));
  });

  it('lists Canvases oldest first, archived ones on request, after a last edit on request', () => {
    const names = (raw: Record<string, string | number>) =>
      body(canvasList, canvasListPage(params(canvasList, raw))).canvases.map((c) => c.id);
    assert.deepEqual(names({}), ['canvas_onboarding', 'canvas_cart_recovery']);
    assert.deepEqual(names({ include_archived: 'true' }), [
      'canvas_holiday_2023',
      'canvas_onboarding',
      'canvas_cart_recovery',
    ]);
    assert.deepEqual(names({ sort_direction: 'desc' }), ['canvas_cart_recovery', 'canvas_onboarding']);
    assert.deepEqual(names({ 'last_edit.time[gt]': '2024-04-01T00:00:00Z' }), ['canvas_onboarding']);
    assert.equal(canvasSeries({ canvas_id: 'canvas_nope', length: 3 }, NOW).status, 404);
  });

  it('shows no entries before a Canvas started or after it stopped', () => {
    const ended = series({
      canvas_id: 'canvas_holiday_2023',
      length: 14,
      ending_at: '2024-01-05',
      ...all,
    }).stats;
    for (const day of ended) assert.equal(day.total_stats.entries! > 0, day.time <= '2023-12-24', day.time);
  });
});
