import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCompact } from '../../src/chart/format.js';
import { estimateTextWidth, fitLeftMargin, frame, tickCount } from '../../src/chart/layout.js';
import { languageOf } from '../../src/chart/locale.js';
import { chartMessages } from '../../src/chart/messages.js';
import '../../src/locales/de.js';
import { describeSeries, seriesStats } from '../../src/chart/summary.js';
import { parseDay } from '../../src/api/time.js';
import { bucketTicks, timeSeriesGeometry, type TimePoint } from '../../src/chart/time-series.js';

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

describe('bucketTicks', () => {
  it('always ticks the latest bucket and never more than asked', () => {
    const dates = days(Array.from({ length: 30 }, () => 1)).map((d) => d.date);
    const ticks = bucketTicks(dates, 6);
    assert.ok(ticks.length <= 6);
    assert.equal(ticks.at(-1), dates.at(-1));
    assert.deepEqual(bucketTicks([], 5), []);
  });
});

describe('timeSeriesGeometry', () => {
  const box = frame(648, 240);

  it('places points evenly in time and proportionally to value from a zero baseline', () => {
    const g = timeSeriesGeometry(days([100, 200, 50]), box);
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

  it('fits the value axis to the data with baseline auto', () => {
    const g = timeSeriesGeometry(days([1000, 1010, 1020]), box, { baseline: 'auto' });
    const labels = g.yTicks.map((t) => t.label);
    assert.ok(!labels.includes('0'), labels.join());
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

  it('centres a single point', () => {
    const g = timeSeriesGeometry(days([42]), box);
    assert.equal(g.points[0]!.x, box.innerWidth / 2);
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

  it('formats compact numbers for axes', () => {
    assert.equal(formatCompact(1_234_567, 'en-US'), '1.2M');
    assert.match(formatCompact(1_234_567, 'de-DE'), /^1,2\s+Mio\.$/);
  });
});
