import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { frame } from '../../src/chart/layout.js';
import {
  changeRatio,
  describeSessions,
  formatBucketTick,
  formatPeriod,
  isValidTimeZone,
  sessionChartModel,
  sessionGeometry,
  sessionStats,
} from '../../src/chart/sessions.js';
import {
  alignPrevious,
  applyMissing,
  bucketEndingAt,
  previousEndingAt,
  sessionPeriod,
  shiftEndingAt,
  type SessionsDatum,
} from '../../src/chart/sessions-period.js';
import { dayKey, parseDay } from '../../src/api/time.js';
import type { TimePoint } from '../../src/chart/time-series.js';
import '../../src/locales/de.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Day buckets from `start`, skipping nulls (not sent at all). */
const days = (values: (number | null)[], start = '2024-05-01'): SessionsDatum[] =>
  values.flatMap((sessions, i) =>
    sessions === null ? [] : [{ time: dayKey(new Date(parseDay(start)!.getTime() + i * DAY)), sessions }],
  );

const hours = (values: (number | null)[], start = '2024-05-01T00:00:00Z'): SessionsDatum[] =>
  values.flatMap((sessions, i) =>
    sessions === null
      ? []
      : [{ time: new Date(Date.parse(start) + i * HOUR).toISOString().replace('.000Z', 'Z'), sessions }],
  );

const values = (points: readonly TimePoint[]) => points.map((p) => p.value);
const keys = (points: readonly TimePoint[]) => points.map((p) => dayKey(p.date));

describe('shiftEndingAt', () => {
  it('keeps a date-only value date-only when moving by days, across months and leap days', () => {
    assert.equal(shiftEndingAt('2024-05-31', 'day', 7), '2024-05-24');
    assert.equal(shiftEndingAt('2024-03-01', 'day', 1), '2024-02-29');
    assert.equal(shiftEndingAt('2024-01-15', 'day', 30), '2023-12-16');
  });

  it('keeps the wall-clock time and the offset exactly as written', () => {
    assert.equal(shiftEndingAt('2024-05-31T23:59:59-5:00', 'day', 30), '2024-05-01T23:59:59-5:00');
    assert.equal(shiftEndingAt('2024-05-31T12:30:00+02:00', 'hour', 24), '2024-05-30T12:30:00+02:00');
    assert.equal(shiftEndingAt('2024-05-31T12:30Z', 'hour', 3), '2024-05-31T09:30Z');
  });

  it('writes hours before a date-only value as a local date-time (same zone as the original)', () => {
    assert.equal(shiftEndingAt('2024-05-31', 'hour', 6), '2024-05-30T18:00:00');
    assert.equal(shiftEndingAt('2024-05-31', 'hour', 48), '2024-05-29');
  });

  it('refuses what it cannot read', () => {
    assert.equal(shiftEndingAt('soon', 'day', 1), undefined);
  });
});

describe('previousEndingAt', () => {
  it('moves ending-at back one period when it is given', () => {
    assert.equal(previousEndingAt('day', 7, '2024-05-31', undefined), '2024-05-24');
    assert.equal(previousEndingAt('hour', 24, '2024-05-31T12:00:00Z', undefined), '2024-05-30T12:00:00Z');
  });

  it('otherwise ends one bucket before the first bucket of the current period', () => {
    assert.equal(previousEndingAt('day', 30, undefined, parseDay('2024-05-31')), '2024-05-01');
    const anchor = new Date('2024-05-31T17:00:00Z');
    assert.equal(previousEndingAt('hour', 24, undefined, anchor), '2024-05-30T17:00:00Z');
    assert.equal(previousEndingAt('day', 30, undefined, undefined), undefined);
  });

  it('writes bucket starts as ending_at values', () => {
    assert.equal(bucketEndingAt(parseDay('2024-05-01')!, 'day'), '2024-05-01');
    assert.equal(bucketEndingAt(new Date('2024-05-01T13:00:00Z'), 'hour'), '2024-05-01T13:00:00Z');
  });
});

describe('sessionPeriod', () => {
  it('lists every expected day, marking days not sent as missing (null), never interpolated', () => {
    const p = sessionPeriod(days([10, 20, null, 40, 50]), { unit: 'day', length: 5, endingAt: '2024-05-05' });
    assert.deepEqual(values(p.points), [10, 20, null, 40, 50]);
    assert.deepEqual(keys(p.points), ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-04', '2024-05-05']);
    assert.equal(p.missing, 1);
  });

  it('finds missing buckets at both ends from ending-at and length', () => {
    const p = sessionPeriod(days([10, 20], '2024-05-02'), { unit: 'day', length: 5, endingAt: '2024-05-05' });
    assert.deepEqual(values(p.points), [null, 10, 20, null, null]);
    assert.equal(p.missing, 3);
    assert.equal(dayKey(p.anchor!), '2024-05-05');
  });

  it('ends at the latest bucket sent when there is no ending-at', () => {
    const p = sessionPeriod(days([10, 20, 30], '2024-05-29'), { unit: 'day', length: 4 });
    assert.deepEqual(keys(p.points), ['2024-05-28', '2024-05-29', '2024-05-30', '2024-05-31']);
    assert.deepEqual(values(p.points), [null, 10, 20, 30]);
  });

  it('keeps a day bucket on its date whatever the ending-at offset', () => {
    const p = sessionPeriod(days([1, 2]), { unit: 'day', length: 2, endingAt: '2024-05-02T23:00:00-05:00' });
    assert.deepEqual(values(p.points), [1, 2]);
  });

  it('widens the period rather than drop buckets sent outside it', () => {
    const p = sessionPeriod(days([1, 2, 3]), { unit: 'day', length: 2, endingAt: '2024-05-02' });
    assert.deepEqual(values(p.points), [1, 2, 3]);
  });

  it('ignores buckets absurdly far from the period', () => {
    const data = [...days([1, 2]), { time: '1999-01-01', sessions: 5 }];
    const p = sessionPeriod(data, { unit: 'day', length: 2, endingAt: '2024-05-02' });
    assert.deepEqual(values(p.points), [1, 2]);
  });

  it('steps hours, finding the hour of ending-at in its offset and missing hours in between', () => {
    const data = hours([5, null, 7, 8], '2024-05-31T14:00:00Z');
    const p = sessionPeriod(data, { unit: 'hour', length: 5, endingAt: '2024-05-31T13:45:00-5:00' });
    assert.deepEqual(values(p.points), [5, null, 7, 8, null]);
    assert.equal(p.anchor!.toISOString(), '2024-05-31T18:00:00.000Z');
  });

  it('follows the hour grid of the data (half-hour time zones)', () => {
    const data = hours([1, 2, 3], '2024-05-31T10:30:00Z');
    const p = sessionPeriod(data, { unit: 'hour', length: 3, endingAt: '2024-05-31T13:10:00Z' });
    assert.deepEqual(values(p.points), [1, 2, 3]);
  });

  it('has no buckets when nothing readable was sent', () => {
    const p = sessionPeriod([{ time: 'garbage', sessions: 1 }], { unit: 'day', length: 3 });
    assert.deepEqual(p.points, []);
    assert.equal(p.anchor, undefined);
  });
});

describe('alignPrevious and applyMissing', () => {
  it('lines up the previous period bucket by bucket, one period earlier', () => {
    const current = sessionPeriod(days([1, 2, 3], '2024-05-04'), { unit: 'day', length: 3 });
    const previous = alignPrevious(current.points, days([10, null, 30]), 'day', 3);
    assert.deepEqual(keys(previous), ['2024-05-01', '2024-05-02', '2024-05-03']);
    assert.deepEqual(values(previous), [10, null, 30]);
  });

  it('draws missing buckets as zeros only when asked', () => {
    const points = sessionPeriod(days([1, null, 3]), { unit: 'day', length: 3 }).points;
    assert.deepEqual(values(applyMissing(points, 'gap')), [1, null, 3]);
    assert.deepEqual(values(applyMissing(points, 'zero')), [1, 0, 3]);
  });
});

describe('sessionStats', () => {
  const points = (v: (number | null)[]) => sessionPeriod(days(v), { unit: 'day', length: v.length }).points;

  it('totals and averages the known buckets and finds the peak', () => {
    const s = sessionStats(points([100, 300, null, 200]))!;
    assert.deepEqual([s.total, s.average, s.known, s.missing], [600, 200, 3, 1]);
    assert.equal(dayKey(s.peak.date), '2024-05-02');
    assert.equal(s.low.value, 100);
  });

  it('counts zeros in the average with missing="zero"', () => {
    assert.equal(sessionStats(applyMissing(points([100, null, 200]), 'zero'))!.average, 100);
  });

  it('reads the trend from a least-squares fit, steady within 5% of the average', () => {
    assert.equal(sessionStats(points([100, 120, 140, 160]))!.trend, 'rising');
    assert.equal(sessionStats(points([160, 140, 120, 100]))!.trend, 'falling');
    assert.equal(sessionStats(points([100, 101, 99, 100]))!.trend, 'steady');
    assert.equal(sessionStats(points([0, 0]))!.trend, 'steady');
    assert.equal(sessionStats(points([null, null])), undefined);
  });

  it('computes the change between periods', () => {
    assert.equal(changeRatio(150, 100), 0.5);
    assert.equal(changeRatio(50, 0), undefined);
    assert.equal(changeRatio(undefined, 10), undefined);
  });
});

describe('sessionGeometry', () => {
  const box = frame(648, 240);
  const pts = (v: (number | null)[]) =>
    v.map((value, i) => ({ date: new Date(Date.UTC(2024, 4, 1 + i)), value }));

  it('makes bars proportional to sessions from 0, left to right, none for missing buckets', () => {
    const g = sessionGeometry(pts([100, 200, null, 50]), undefined, box, { unit: 'day', variant: 'bars' });
    assert.deepEqual(
      g.bars.map((b) => b.index),
      [0, 1, 3],
    );
    assert.equal(g.baselineY, box.innerHeight);
    const [a, b, c] = g.bars;
    assert.ok(Math.abs(b!.height / a!.height - 2) < 1e-9);
    assert.ok(Math.abs(c!.height / a!.height - 0.5) < 1e-9);
    assert.ok(a!.x < b!.x && b!.x < c!.x);
    assert.equal(g.linePath, '');
  });

  it('puts the previous period beside, first and narrower, on the same scale', () => {
    const g = sessionGeometry(pts([100, 200]), pts([50, 400]), box, { unit: 'day', variant: 'bars' });
    assert.equal(g.previousBars.length, 2);
    const [cur, prev] = [g.bars[1]!, g.previousBars[1]!];
    assert.ok(Math.abs(prev.height / cur.height - 2) < 1e-9);
    assert.ok(prev.width < cur.width);
    assert.ok(prev.x + prev.width < cur.x, 'side by side, not overlapping');
  });

  it('breaks the line at missing buckets and dots lone points', () => {
    const g = sessionGeometry(pts([1, 2, null, 4, null, 6, 7]), pts([1, 1, 1, 1, 1, 1, 1]), box, {
      unit: 'day',
      variant: 'line',
    });
    assert.equal((g.linePath.match(/M/g) ?? []).length, 3);
    assert.deepEqual(
      g.dots.map((d) => d.index),
      [3],
    );
    assert.equal((g.previousLinePath.match(/M/g) ?? []).length, 1);
    assert.equal(g.centers[0], 0);
    assert.equal(g.centers[6], box.innerWidth);
  });

  it('ticks days with dates and hours with times, never more than fit', () => {
    const day = sessionGeometry(pts(Array(30).fill(1)), undefined, box, {
      unit: 'day',
      variant: 'bars',
      locale: 'en-US',
    });
    assert.ok(day.xTicks.length <= Math.floor(box.innerWidth / 80));
    // Calendar ticks (Sundays in May 2024) at the centres of their days' bars.
    assert.deepEqual(
      day.xTicks.map((t) => t.label),
      ['May 5', 'May 12', 'May 19', 'May 26'],
    );
    assert.equal(day.xTicks[0]!.offset, day.centers[4]);
    const hourly = Array.from({ length: 48 }, (_, i) => ({
      date: new Date(Date.UTC(2024, 4, 1, i)),
      value: i,
    }));
    const hour = sessionGeometry(hourly, undefined, box, {
      unit: 'hour',
      variant: 'line',
      locale: 'en-US',
      timeZone: 'UTC',
    });
    // On the clock: every k-th hour of the day, midnight labelled with its date instead of 12:00 AM.
    const labels = hour.xTicks.map((t) => t.label);
    const times = labels.filter((l) => !l.startsWith('May'));
    assert.deepEqual(
      labels.filter((l) => l.startsWith('May')),
      ['May 1', 'May 2'],
    );
    for (const label of times) assert.match(label, /^\d{1,2}:00\s?[AP]M$/);
    const hours = times.map((l) => (Number(l.split(':')[0]) % 12) + (l.includes('PM') ? 12 : 0));
    const k = hours.reduce((a, b) => (b === 0 ? a : Math.min(a, b)), 24);
    assert.ok(hours.every((h) => h % k === 0) && 24 % k === 0, labels.join());
    assert.ok(hour.xTicks.length <= Math.floor(box.innerWidth / 80));
  });
});

describe('sessionChartModel', () => {
  const box = frame(648, 240);

  it('compares the period with the one before it, bucket by bucket', () => {
    const period = sessionPeriod(days([100, 200, null], '2024-05-04'), {
      unit: 'day',
      length: 3,
      endingAt: '2024-05-06',
    });
    const previous = days([50, 50, 50]);
    const m = sessionChartModel(period, previous, box, {
      unit: 'day',
      variant: 'bars',
      missing: 'gap',
      length: 3,
    });
    assert.equal(m.stats!.total, 300);
    assert.equal(m.previous!.stats!.total, 150);
    assert.equal(m.change, 1);
    assert.deepEqual(keys(m.previous!.points), ['2024-05-01', '2024-05-02', '2024-05-03']);
    assert.equal(m.geometry!.bars.length, 2);
    assert.equal(m.geometry!.previousBars.length, 3);
  });

  it('draws zeros, averages over every bucket, and has no geometry without room', () => {
    const period = sessionPeriod(days([100, null, 200]), { unit: 'day', length: 3 });
    const m = sessionChartModel(period, undefined, box, {
      unit: 'day',
      variant: 'bars',
      missing: 'zero',
      length: 3,
    });
    assert.equal(m.stats!.average, 100);
    assert.equal(m.geometry!.bars[1]!.height, 0);
    assert.equal(m.previous, undefined);
    assert.equal(m.change, undefined);
    const cramped = sessionChartModel(period, undefined, frame(10, 10), {
      unit: 'day',
      variant: 'bars',
      missing: 'gap',
      length: 3,
    });
    assert.equal(cramped.geometry, undefined);
  });

  it('has no change against a previous period without sessions', () => {
    const period = sessionPeriod(days([1]), { unit: 'day', length: 1 });
    const m = sessionChartModel(period, [], box, { unit: 'day', variant: 'line', missing: 'gap', length: 1 });
    assert.equal(m.previous!.stats, undefined);
    assert.equal(m.change, undefined);
    assert.equal(m.geometry!.dots.length, 1);
  });
});

describe('formatting and describeSessions', () => {
  const originalTz = process.env.TZ;
  after(() => {
    process.env.TZ = originalTz;
  });

  it('never shifts day buckets, and shows hours in the zone asked for', () => {
    process.env.TZ = 'America/Los_Angeles';
    const day = parseDay('2024-05-01')!;
    assert.equal(formatBucketTick(day, { unit: 'day', locale: 'en-US' }), 'May 1');
    const hour = new Date('2024-05-01T13:00:00Z');
    assert.equal(
      formatBucketTick(hour, { unit: 'hour', locale: 'en-GB', timeZone: 'Europe/Berlin' }),
      '15:00',
    );
    assert.equal(
      formatPeriod(day, parseDay('2024-05-30')!, { unit: 'day', locale: 'en-US' }),
      'May 1 – 30, 2024',
    );
    assert.equal(formatPeriod(day, day, { unit: 'day', locale: 'en-US' }), 'May 1, 2024');
  });

  it('accepts only time zones Intl knows', () => {
    assert.equal(isValidTimeZone('Asia/Kolkata'), true);
    assert.equal(isValidTimeZone('Mars/Olympus'), false);
  });

  it('writes a paragraph with the period, total, average, peak, trend, gaps and the comparison', () => {
    const current = sessionPeriod(days([100, null, 300]), { unit: 'day', length: 3 }).points;
    const previous = alignPrevious(current, days([100, 100, 100], '2024-04-28'), 'day', 3);
    const text = describeSessions({
      unit: 'day',
      locale: 'en-US',
      what: 'Sessions per day, All apps · All users',
      points: current,
      stats: sessionStats(current),
      previous: { points: previous, stats: sessionStats(previous) },
    });
    assert.equal(
      text,
      'Sessions per day, All apps · All users, May 1\u2009–\u20093, 2024: total 400 sessions, average 200 per day. ' +
        'Peak 300 on May 3, 2024; lowest 100 on May 1, 2024. Trend: rising (+100.0% over the period). ' +
        'No data for 1 day. Previous period, Apr 28\u2009–\u200930, 2024: total 300 sessions; change +33.3%.',
    );
    assert.equal(describeSessions({ unit: 'hour', what: 'X', points: [], stats: undefined }), 'X: no data.');
  });

  it('writes the paragraph in German under a German locale', () => {
    const current = sessionPeriod(days([100, null, 300]), { unit: 'day', length: 3 }).points;
    const previous = alignPrevious(current, days([100, 100, 100], '2024-04-28'), 'day', 3);
    const text = describeSessions({
      unit: 'day',
      locale: 'de-DE',
      what: 'Sitzungen pro Tag, Alle Apps · Alle Nutzer',
      points: current,
      stats: sessionStats(current),
      previous: { points: previous, stats: sessionStats(previous) },
    });
    assert.equal(
      text.replace(/\u00a0/g, ' '),
      'Sitzungen pro Tag, Alle Apps · Alle Nutzer, 1.–3. Mai 2024: insgesamt 400 Sitzungen, ' +
        'im Schnitt 200 pro Tag. Höchstwert 300 am 3. Mai 2024; Tiefstwert 100 am 1. Mai 2024. ' +
        'Trend: steigend (+100,0 % über den Zeitraum). Keine Daten für 1 Tag. ' +
        'Vorzeitraum, 28.–30. Apr. 2024: insgesamt 300 Sitzungen; Veränderung +33,3 %.',
    );
    assert.equal(
      describeSessions({ unit: 'hour', locale: 'de', what: 'X', points: [], stats: undefined }),
      'X: keine Daten.',
    );
  });
});
