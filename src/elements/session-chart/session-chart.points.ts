import { formatNumber } from '../../chart/format.js';
import type { Paint } from '../../chart/palette.js';
import type { ChartSeries, PointModel, SwatchStyle } from '../../chart/points.js';
import { formatBucket, type SessionChartModel, type SessionFormat } from '../../chart/sessions.js';
import { dayKey } from '../../api/time.js';
import type { TimePoint } from '../../chart/time-series.js';
import type { FrameMessages } from '../base/messages.js';
import type { SessionMessages } from './session-chart.messages.js';

/**
 * The points of a session chart, for the frame's tooltip, keyboard, table and CSV: this period (and the previous
 * one, with `compare="previous"`, each point with its own date) at the bucket centres. Undefined while nothing is
 * laid out.
 */
export function sessionPointModel(
  m: SessionChartModel | undefined,
  f: SessionFormat,
  t: Pick<SessionMessages, 'thisPeriod' | 'previousPeriod' | 'sessionsLabel'>,
  frame: FrameMessages,
  format: (value: number) => string = (value) => formatNumber(value, f.locale),
): PointModel | undefined {
  const g = m?.geometry;
  if (!m || !g) return undefined;
  const key = (date: Date) => (f.unit === 'day' ? dayKey(date) : date.toISOString());
  const series = (
    name: string,
    label: string,
    paint: Paint,
    points: TimePoint[],
    ys: (number | null)[],
    swatch: SwatchStyle,
  ): ChartSeries => ({
    key: name,
    label,
    paint,
    swatch,
    points: points.map((p, i) => ({
      x: g.centers[i] ?? 0,
      y: ys[i] ?? g.baselineY,
      date: p.date,
      value: p.value,
      formatted: p.value === null ? frame.noData : format(p.value),
      ...(swatch.hollow ? { own: { label: formatBucket(p.date, f), key: key(p.date) } } : {}),
    })),
  });
  const current = series('current', m.previous ? t.thisPeriod : t.sessionsLabel, 1, m.points, g.ys, {
    series: 1,
  });
  const previous =
    m.previous &&
    series('previous', t.previousPeriod, 'previous', m.previous.points, g.previousYs, {
      series: 2,
      hollow: true,
    });
  return {
    axis: 'x',
    bucketHeading: frame.date,
    labels: m.points.map((p) => formatBucket(p.date, f)),
    keys: m.points.map((p) => key(p.date)),
    series: previous ? [current, previous] : [current],
  };
}
