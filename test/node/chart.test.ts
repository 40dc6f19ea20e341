import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axisFormat } from '../../src/chart/format.js';
import { estimateTextWidth, fitLeftMargin, frame, tickCount } from '../../src/chart/layout.js';
import { languageOf } from '../../src/chart/locale.js';
import { chartMessages } from '../../src/chart/messages.js';
import '../../src/locales/de.js';
import { describeSeries, seriesStats } from '../../src/chart/summary.js';
import { parseDay } from '../../src/api/time.js';
import { dayTicks } from '../../src/chart/ticks.js';
import { timeSeriesGeometry, type TimePoint } from '../../src/chart/time-series.js';

const days = (values: (number | null)[], start = '2024-05-01'): TimePoint[] =>
  values.map((value, i) => {
    const date = parseDay(start)!;
    date.setUTCDate(date.getUTCDate() + i);
    return { date, value };
  });

describe('layout', () => {
  it('subtracts margins and never goes negative', () => {
    const f = frame(100, 50, { top: 10, right: 10, bottom: 10, left: 10 });
    assert.deepEqual([f.innerWidth, f.innerHeight], [80, 30]);
    assert.deepEqual([frame(5, 5).innerWidth, frame(5, 5).innerHeight], [0, 0]);
  });

  it('fits ticks to the space available', () => {
    assert.equal(tickCount(900, 90), 10);
    assert.equal(tickCount(100, 90), 2);
    assert.equal(tickCount(5000, 90, 12), 12);
  });

  it('widens the left margin to the widest y label, between the minimum and 35% of the width', () => {
    assert.equal(Math.round(estimateTextWidth('1,5 Mio.')), 57);
    assert.equal(fitLeftMargin(['0', '1,5 Mio.'], 800, 48), 69);
    assert.equal(fitLeftMargin(['0', '1.5M'], 800, 48), 48);
    assert.equal(fitLeftMargin(['0', '1'], 800), 32);
    assert.equal(fitLeftMargin([], 800, 8), 8);
    assert.equal(fitLeftMargin(['123.456.789.012 $'], 240, 48), 84);
    assert.equal(
      fitLeftMargin(['ab'], 800, 32, () => 40),
      52,
    );
  });
});

describe('dayTicks', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const ticks = (from: string, to: string, width: number, locale = 'en-US') => {
    const [first, last] = [day(from), day(to)];
    const x = (d: Date) => ((d.getTime() - first.getTime()) / (last.getTime() - first.getTime())) * width;
    return dayTicks(first, last, width, x, locale);
  };

  it('puts ticks on calendar boundaries (Sundays), not counted back from the end date', () => {
    assert.deepEqual(
      ticks('2024-05-02', '2024-05-31', 640).map((t) => t.label),
      ['May 5', 'May 12', 'May 19', 'May 26'],
    );
    assert.deepEqual(
      ticks('2026-08-31', '2026-09-29', 640).map((t) => t.label),
      ['Sep 6', 'Sep 13', 'Sep 20', 'Sep 27'],
    );
  });

  it('chooses the density by width: more ticks on a wide plot, fewer on a narrow one, labels never touching', () => {
    const wide = ticks('2024-05-02', '2024-05-31', 1400);
    const narrow = ticks('2024-05-02', '2024-05-31', 200);
    assert.equal(wide[0]!.label, 'May 3');
    assert.ok(wide.length > 10, `${wide.length}`);
    assert.deepEqual(
      narrow.map((t) => t.label),
      ['May 5', 'May 19'],
    );
    for (const set of [wide, narrow, ticks('2024-05-02', '2024-05-31', 320, 'de-DE')])
      set.slice(1).forEach((t, i) => assert.ok(t.offset - set[i]!.offset >= 7 * t.label.length + 12));
  });

  it('names months at month starts over long periods, with the year on the first and in January', () => {
    assert.deepEqual(
      ticks('2024-02-22', '2024-05-31', 300).map((t) => t.label),
      ['Mar 2024', 'Apr', 'May'],
    );
    assert.deepEqual(
      ticks('2023-11-10', '2024-02-17', 300).map((t) => t.label),
      ['Dec 2023', 'Jan 2024', 'Feb'],
    );
  });

  it('never ticks between days, and gives a single day its own tick', () => {
    assert.deepEqual(
      ticks('2024-05-30', '2024-05-31', 400).map((t) => t.label),
      ['May 30', 'May 31'],
    );
    const one = dayTicks(day('2024-05-31'), day('2024-05-31'), 400, () => 200, 'en-US');
    assert.deepEqual(one, [{ offset: 200, label: 'May 31' }]);
  });
});

describe('timeSeriesGeometry', () => {
  const box = frame(648, 240);

  it('places points evenly in time and proportionally to value from a zero baseline', () => {
    const g = timeSeriesGeometry(days([100, 200, 50]), box, { baseline: 'zero' });
    assert.deepEqual(
      g.points.map((p) => p.x),
      [0, box.innerWidth / 2, box.innerWidth],
    );
    const height = (i: number) => g.baselineY - g.points[i]!.y;
    assert.equal(g.baselineY, box.innerHeight);
    assert.ok(Math.abs(height(1) / height(0) - 2) < 1e-9);
    assert.ok(Math.abs(height(2) / height(0) - 0.5) < 1e-9);
    assert.match(g.linePath, /^M0,[\d.]+L/);
  });

  it('leaves a gap for missing buckets instead of interpolating', () => {
    const g = timeSeriesGeometry(days([100, null, 300]), box);
    assert.equal((g.linePath.match(/M/g) ?? []).length, 2);
  });

  it('fits the value axis to the data by default and draws a line only; an area only from zero', () => {
    const g = timeSeriesGeometry(days([1000, 1010, 1020]), box);
    const labels = g.yTicks.map((t) => t.label);
    assert.ok(!labels.includes('0'), labels.join());
    // The change fills the plot: first and last point far apart, no area from a cut-off floor.
    assert.ok(g.points[0]!.y - g.points[2]!.y > box.innerHeight / 2);
    assert.equal(g.areaPath, '');
    assert.notEqual(timeSeriesGeometry(days([1000, 1010, 1020]), box, { baseline: 'zero' }).areaPath, '');
  });

  it('labels the value axis with whole, compact numbers', () => {
    const zero = timeSeriesGeometry(days([0, 0, 0]), box, { locale: 'en-US' });
    assert.deepEqual(
      zero.yTicks.map((t) => t.label),
      ['0', '1'],
    );
    const big = timeSeriesGeometry(days([1_200_000, 2_500_000]), box, { locale: 'en-US' });
    assert.ok(big.yTicks.some((t) => t.label.endsWith('M')));
  });

  it('centres a single point, with its own tick under it and the value mid-axis', () => {
    const g = timeSeriesGeometry(days([42]), box, { locale: 'en-US' });
    assert.equal(g.points[0]!.x, box.innerWidth / 2);
    assert.deepEqual(g.xTicks, [{ offset: box.innerWidth / 2, label: 'May 1' }]);
    assert.ok(g.points[0]!.y > 0 && g.points[0]!.y < box.innerHeight);
  });
});

describe('seriesStats and describeSeries', () => {
  it('finds first, last, min, max and the change', () => {
    const stats = seriesStats(days([100, null, 50, 150]))!;
    assert.deepEqual(
      [stats.first.value, stats.last.value, stats.min.value, stats.max.value],
      [100, 150, 50, 150],
    );
    assert.equal(stats.change, 50);
    assert.equal(stats.changeRatio, 0.5);
    assert.equal(seriesStats(days([0, 5]))!.changeRatio, undefined);
    assert.equal(seriesStats([]), undefined);
  });

  it('writes a sentence a screen reader can read', () => {
    const text = describeSeries('Size of segment VIP', seriesStats(days([100, 50, 150])), 'en-US');
    assert.equal(
      text,
      'Size of segment VIP, May 1, 2024 to May 3, 2024: rising from 100 to 150 (+50.0%). ' +
        'Lowest 50 on May 2, 2024, highest 150 on May 3, 2024.',
    );
    assert.equal(describeSeries('X', undefined), 'X: no data.');
  });

  it('writes it in German under a German locale, English for languages without a table', () => {
    const text = describeSeries('Größe des Segments VIP', seriesStats(days([150, 50, 100])), 'de-DE');
    assert.equal(
      text.replace(/\u00a0/g, ' '),
      'Größe des Segments VIP, 1. Mai 2024 bis 3. Mai 2024: fallend von 150 auf 100 (-33,3 %). ' +
        'Tiefstwert 50 am 2. Mai 2024, Höchstwert 150 am 1. Mai 2024.',
    );
    assert.equal(describeSeries('X', undefined, 'de'), 'X: keine Daten.');
    assert.equal(languageOf('fr-FR'), 'en');
    assert.equal(chartMessages('de_AT').sends.channels.get('email'), 'E-Mail');
  });

  it('writes every label of an axis in one unit and with one number of decimals', () => {
    const labels = (ticks: number[], locale: string, currency?: string) =>
      ticks.map(axisFormat(ticks, locale, currency)).map((l) => l.replace(/[\u00a0\u202f]/g, ' '));
    assert.deepEqual(labels([0, 500_000, 1_000_000, 1_500_000], 'en-US'), ['0', '0.5M', '1.0M', '1.5M']);
    // German compacts millions but not thousands: never "800.000" beside "1 Mio.", never "8000" beside "10.000".
    assert.deepEqual(labels([800_000, 1_000_000, 1_200_000], 'de-DE'), ['0,8 Mio.', '1,0 Mio.', '1,2 Mio.']);
    assert.deepEqual(labels([0, 2_000, 8_000, 10_000], 'de-DE'), ['0', '2.000', '8.000', '10.000']);
    assert.deepEqual(labels([1_360_000, 1_380_000, 1_400_000], 'en-US'), ['1.36M', '1.38M', '1.40M']);
    assert.deepEqual(labels([0, 10_000, 20_000], 'en-US'), ['0', '10K', '20K']);
    assert.deepEqual(labels([0, 50, 100], 'en-US', 'USD'), ['$0', '$50', '$100']);
    assert.deepEqual(labels([0, 1_500, 3_000], 'en-US', 'USD'), ['$0', '$1.5K', '$3.0K']);
    assert.deepEqual(labels([0, 500, 1_000], 'de-DE', 'USD'), ['0 $', '500 $', '1.000 $']);
    assert.deepEqual(labels([0, 50_000, 100_000], 'ja-JP'), ['0', '5万', '10万']);
    assert.deepEqual(labels([0, 0.5, 1], 'en-US'), ['0', '0.5', '1.0']);
  });
});
