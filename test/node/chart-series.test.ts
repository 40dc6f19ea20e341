import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventCatalog } from '../../src/api/event-catalog.js';
import { eventList } from '../../src/api/events.js';
import { SMALL_POOL_PAGE_LIST, endpointPolicy } from '../../src/api/policy.js';
import { purchaseProductList } from '../../src/api/purchases.js';
import { frame } from '../../src/chart/layout.js';
import { describeSessions, seriesChartModel } from '../../src/chart/sessions.js';
import { alignSeries, seriesPeriod, type ValueOf } from '../../src/chart/sessions-period.js';
import { trendMessages } from '../../src/elements/trends/trends.messages.js';

/** Any series is a session chart of another value: `{ time, count }` (events), `{ time, revenue }` (purchases). */

type Counted = { time: string; count: number };
type Revenue = { time: string; revenue: number };
const count: ValueOf<Counted> = (d) => d.count;
const revenue: ValueOf<Revenue> = (d) => d.revenue;

const days = <K extends string>(key: K, values: (number | null)[], start = '2024-05-01') =>
  values.flatMap((v, i) =>
    v === null
      ? []
      : [{ time: new Date(Date.parse(start) + i * 86_400_000).toISOString().slice(0, 10), [key]: v }],
  ) as ({ time: string } & Record<K, number>)[];

describe('series periods of any value', () => {
  it('reads buckets by the value reader: gaps stay null, a bucket sent twice is added up', () => {
    const data = [...days('count', [5, null, 7]), { time: '2024-05-03', count: 1 }];
    const p = seriesPeriod(data, { unit: 'day', length: 3, endingAt: '2024-05-03' }, count);
    assert.deepEqual(
      p.points.map((x) => x.value),
      [5, null, 8],
    );
    assert.equal(p.missing, 1);
    assert.deepEqual(
      p.duplicates.map((d) => d.toISOString().slice(0, 10)),
      ['2024-05-03'],
    );
  });

  it('lines the previous period up bucket by bucket with the same reader', () => {
    const current = seriesPeriod(
      days('revenue', [1, 2, 3], '2024-05-04'),
      { unit: 'day', length: 3 },
      revenue,
    );
    const previous = alignSeries(current.points, days('revenue', [0.5, null, 1.5]), 'day', 3, revenue);
    assert.deepEqual(
      previous.map((p) => [p.date.toISOString().slice(0, 10), p.value]),
      [
        ['2024-05-01', 0.5],
        ['2024-05-02', null],
        ['2024-05-03', 1.5],
      ],
    );
  });

  it('sums revenue without rounding a bucket, and labels the value axis in the currency', () => {
    const period = seriesPeriod(
      days('revenue', [10.004, 10.004, 10.004]),
      { unit: 'day', length: 3, endingAt: '2024-05-03' },
      revenue,
    );
    const m = seriesChartModel(
      period,
      undefined,
      frame(600, 240),
      { unit: 'day', locale: 'en-US', variant: 'bars', missing: 'gap', length: 3, currency: 'EUR' },
      revenue,
    );
    assert.ok(Math.abs(m.stats!.total - 30.012) < 1e-9);
    assert.ok(m.geometry!.yTicks.length > 1);
    for (const tick of m.geometry!.yTicks) assert.match(tick.label, /^€/);
    const money = (v: number) =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(v);
    const text = describeSessions({
      unit: 'day',
      locale: 'en-US',
      what: 'Revenue per day',
      points: m.points,
      stats: m.stats,
      format: money,
      words: trendMessages.summary,
    });
    assert.match(
      text,
      /^Revenue per day, May 1\u2009–\u20093, 2024: total €30\.01, average €10\.00 per day\./,
    );
    assert.doesNotMatch(text, /sessions/);
  });
});

describe('endpoint policies', () => {
  it('the small-pool page lists share one policy, cached an hour', () => {
    for (const endpoint of [eventList, purchaseProductList]) {
      const { pool, cacheTtlMs, paging } = endpointPolicy(endpoint);
      assert.deepEqual({ pool, cacheTtlMs, paging }, SMALL_POOL_PAGE_LIST);
    }
    assert.equal(SMALL_POOL_PAGE_LIST.pool, 'small');
    assert.equal(SMALL_POOL_PAGE_LIST.cacheTtlMs, 3_600_000);
    assert.equal(endpointPolicy(eventCatalog).paging, 'cursor');
  });
});
