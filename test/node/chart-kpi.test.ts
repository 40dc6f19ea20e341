import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayKey } from '../../src/api/time.js';
import { kpiFigure, kpiPeriods, kpiQueries, noUninstalls, type KpiAnswers } from '../../src/chart/kpi.js';
import { kpiSeries } from '../../src/proxy/mock-kpi.js';

/** Daily points `{ time, <key>: value }` from `start`; null leaves the day out (Braze did not send it). */
const days = (key: string, values: (number | null)[], start = '2024-05-01') =>
  values.flatMap((value, i) => {
    const date = new Date(Date.parse(`${start}T00:00:00Z`) + i * 86_400_000);
    return value === null ? [] : [{ time: dayKey(date), [key]: value }];
  });

describe('kpiPeriods: P and P′ as Braze sent them', () => {
  it('P ends with the latest day of a daily count; MAU, a day behind, does not decide', () => {
    const answers: KpiAnswers = {
      dau: days('dau', [10, 20, 30, 40]),
      mau: days('mau', [100, 100, 100]),
    };
    const { current, previous } = kpiPeriods(answers, 2);
    assert.deepEqual(
      current.map((d) => dayKey(d.date)),
      ['2024-05-03', '2024-05-04'],
    );
    assert.deepEqual(
      previous.map((d) => dayKey(d.date)),
      ['2024-05-01', '2024-05-02'],
    );
    assert.deepEqual(current[1]?.values, { dau: 40 }, 'no MAU yet for the last day: absent, not 0');
  });

  it('a day Braze did not send is a gap in its period', () => {
    const { current } = kpiPeriods({ dau: days('dau', [10, null, 30]) }, 3);
    assert.deepEqual(
      current.map((d) => d.values.dau),
      [10, undefined, 30],
    );
  });

  it('a date-only ending-at is the last day of P, whatever was sent after it', () => {
    const { current } = kpiPeriods({ dau: days('dau', [1, 2, 3, 4, 5]) }, 2, '2024-05-03');
    assert.deepEqual(
      current.map((d) => d.values.dau),
      [2, 3],
    );
  });

  it('nothing sent: empty periods', () => {
    assert.deepEqual(kpiPeriods({ dau: [] }, 7), { current: [], previous: [] });
  });
});

describe('kpiFigure: the formulas of the design note', () => {
  // P′ = May 1–3, P = May 4–6.
  const answers: KpiAnswers = {
    dau: days('dau', [100, 200, 300, 200, 300, 400]),
    mau: days('mau', [1000, 1000, 1200, 1000, 1500, null]),
    new_users: days('new_users', [5, 5, 10, 10, 10, 10]),
    uninstalls: days('uninstalls', [0, 0, 0, 0, 0, 0]),
    sessions: days('sessions', [300, 300, 600, 400, 600, 800]),
  };
  const periods = kpiPeriods(answers, 3);

  it('DAU: the mean of P’s days, against the mean of P′’s', () => {
    const f = kpiFigure('dau', periods);
    assert.equal(f.value, 300);
    assert.equal(f.previous, 200);
    assert.equal(f.change, 0.5);
  });

  it("MAU: the last published day of P, against the day before P starts (Braze's rule)", () => {
    const f = kpiFigure('mau', periods);
    assert.equal(f.value, 1500, 'May 5: May 6 is not published yet');
    assert.equal(f.previous, 1200, 'May 3');
    assert.equal(f.change, 0.25);
  });

  it('new users: sums', () => {
    const f = kpiFigure('new_users', periods);
    assert.deepEqual([f.value, f.previous, f.change], [30, 20, 0.5]);
  });

  it('stickiness: the mean of daily DAU/MAU over days with both, never the ratio of sums', () => {
    const f = kpiFigure('stickiness', periods);
    // May 4: 200/1000 = 0.2, May 5: 300/1500 = 0.2; May 6 has no MAU and is left out.
    assert.equal(f.value, 0.2);
    // P′: 0.1, 0.2, 0.25.
    assert.ok(Math.abs((f.previous ?? 0) - 0.55 / 3) < 1e-12);
    assert.deepEqual(
      f.points.map((p) => p.value),
      [0.2, 0.2, null],
    );
  });

  it('daily sessions per MAU: the mean of daily sessions/MAU', () => {
    const f = kpiFigure('sessions_per_mau', periods);
    assert.equal(f.value, 0.4);
    assert.ok(Math.abs((f.previous ?? 0) - (0.3 + 0.3 + 0.5) / 3) < 1e-12);
  });

  it('uninstalls: all zero → no change shown (base 0) and "none recorded"', () => {
    const f = kpiFigure('uninstalls', periods);
    assert.equal(f.value, 0);
    assert.equal(f.change, undefined);
    assert.equal(noUninstalls(f), true);
    assert.equal(noUninstalls(kpiFigure('new_users', periods)), false);
  });

  it('a figure without days has no value and no change; a missing base shows no change', () => {
    const only = kpiPeriods({ dau: days('dau', [null, null, null, 5, 6, 7]) }, 3);
    const f = kpiFigure('dau', only);
    assert.equal(f.value, 6);
    assert.equal(f.previous, undefined);
    assert.equal(f.change, undefined);
    assert.equal(kpiFigure('sessions_per_mau', only).value, undefined);
  });

  it('on the mock workspace: stickiness in a believable band, MAU smoother than DAU', () => {
    const now = new Date('2024-05-10T12:00:00Z');
    const series = (metric: 'dau' | 'mau' | 'new_users' | 'uninstalls') => {
      const reply = kpiSeries(metric, { length: 60 }, now);
      assert.equal(reply.status, 200);
      return reply.status === 200 ? reply.body.data : [];
    };
    const mock = kpiPeriods({ dau: series('dau'), mau: series('mau'), new_users: series('new_users') }, 30);
    const sticky = kpiFigure('stickiness', mock).value ?? 0;
    assert.ok(sticky > 0.1 && sticky < 0.3, String(sticky));
    const spread = (key: 'dau' | 'mau') => {
      const values = kpiFigure(key, mock).points.flatMap((p) => (p.value === null ? [] : [p.value]));
      return (Math.max(...values) - Math.min(...values)) / Math.min(...values);
    };
    assert.ok(spread('mau') < spread('dau'));
  });
});

describe('kpiQueries: one request per series when P and P′ fit in 100 days', () => {
  const now = Date.parse('2024-05-10T12:00:00Z');
  it('2n ≤ 100: one query of 2n days', () => {
    assert.deepEqual(kpiQueries(30, undefined, now), [{ length: 60, endingAt: undefined }]);
    assert.deepEqual(kpiQueries(50, '2024-05-01', now), [{ length: 100, endingAt: '2024-05-01' }]);
  });
  it('longer: P, and P′ ending the day before P starts', () => {
    assert.deepEqual(kpiQueries(60, '2024-05-31', now), [
      { length: 60, endingAt: '2024-05-31' },
      { length: 60, endingAt: '2024-04-01' },
    ]);
    assert.deepEqual(kpiQueries(60, '', now)[1], { length: 60, endingAt: '2024-03-11' });
  });
});
