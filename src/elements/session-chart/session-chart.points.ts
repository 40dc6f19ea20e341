import { formatNumber } from '../../chart/format.js';
import type { ChartSeries, PointModel } from '../../chart/points.js';
import { formatBucket, type SessionChartModel, type SessionFormat } from '../../chart/sessions.js';
import { dayKey } from '../../api/time.js';
import type { TimePoint } from '../../chart/time-series.js';
import type { FrameMessages } from '../base/messages.js';
import type { SessionMessages } from './session-chart.messages.js';

/**
 * The points of a session chart, for the frame's tooltip, keyboard, table and CSV: this period (and the previous
 * one, with `compare="previous"`) at the bucket centres. Undefined while nothing is laid out.
 */
export function sessionPointModel(
  m: SessionChartModel | undefined,
  f: SessionFormat,
  t: SessionMessages,
  frame: FrameMessages,
): PointModel | undefined {
  const g = m?.geometry;
  if (!m || !g) return undefined;
  const series = (key: string, label: string, color: string, points: TimePoint[], ys: (number | null)[]) =>
    ({
      key,
      label,
      color,
      points: points.map((p, i) => ({
        x: g.centers[i] ?? 0,
        y: ys[i] ?? g.baselineY,
        date: p.date,
        value: p.value,
        formatted: p.value === null ? frame.noData : formatNumber(p.value, f.locale),
      })),
    }) satisfies ChartSeries;
  const current = series(
    'current',
    m.previous ? t.thisPeriod : t.sessionsLabel,
    'var(--_series-1)',
    m.points,
    g.ys,
  );
  return {
    axis: 'x',
    bucketHeading: frame.date,
    labels: m.points.map((p) => formatBucket(p.date, f)),
    keys: m.points.map((p) => (f.unit === 'day' ? dayKey(p.date) : p.date.toISOString())),
    series: m.previous
      ? [current, series('previous', t.previousPeriod, 'var(--_previous)', m.previous.points, g.previousYs)]
      : [current],
  };
}
