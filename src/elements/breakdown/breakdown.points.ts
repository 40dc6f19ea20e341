import { formatDay, formatNumber } from '../../chart/format.js';
import type { Frame } from '../../chart/layout.js';
import { chartMessages, type ChartMessages } from '../../chart/messages.js';
import type { ChartSeries, PointModel } from '../../chart/points.js';
import { metricLabel } from '../../chart/sends.js';
import { dayKey } from '../../api/time.js';
import type { FrameMessages } from '../base/messages.js';
import type { ViewModel } from './breakdown.model.js';
import type { SeriesStyle } from './breakdown.views.js';

/**
 * The points of a send breakdown view, for the frame's tooltip, keyboard, table and CSV: daily = one series per
 * visible channel/variant over the days (anchored at the top of its stacked segment; the tooltip lists them as
 * stacked, top first, with the day's total); totals = the period total per
 * series as rows; funnel = the count per step as rows.
 */
export function sendPointModel(
  m: ViewModel,
  box: Frame,
  style: SeriesStyle,
  locale: string | undefined,
  t: FrameMessages,
  chart: ChartMessages = chartMessages(locale),
): PointModel {
  if (m.view === 'daily') {
    const { table, geometry: g } = m;
    const top = new Map(g.segments.map((s) => [`${s.key}|${s.day}`, s.y]));
    const series = m.visible.map((key): ChartSeries => {
      const column = table.series.findIndex((s) => s.key === key);
      return {
        key,
        label: style.label(key),
        paint: style.paint(key),
        swatch: { series: style.series(key) },
        points: table.dates.map((date, day) => {
          const value = table.values[day]?.[column] ?? null;
          return {
            x: g.centers[day] ?? 0,
            y: top.get(`${key}|${day}`) ?? box.innerHeight,
            date,
            value,
            formatted: value === null ? t.noData : style.format(value),
          };
        }),
      };
    });
    return {
      axis: 'x',
      bucketHeading: t.date,
      labels: table.dates.map((d) => formatDay(d, locale)),
      keys: table.dates.map(dayKey),
      series,
      stack: { totalLabel: t.total, totals: g.totals.map((v) => style.format(v)) },
    };
  }
  if (m.view === 'totals') {
    const rows = m.geometry.rows;
    return {
      axis: 'y',
      bucketHeading: t.series,
      labels: rows.map((r) => style.label(r.key)),
      keys: rows.map((r) => r.key),
      series: [
        {
          key: m.table.metric,
          label: metricLabel(m.table.metric, chart),
          paint: 1,
          points: rows.map((r) => ({
            x: r.x + r.width,
            y: r.barY + r.barHeight / 2,
            date: undefined,
            value: r.value,
            formatted: style.format(r.value),
          })),
        },
      ],
    };
  }
  return {
    axis: 'y',
    bucketHeading: t.category,
    labels: m.steps.map((s) => s.label),
    keys: m.steps.map((s) => s.key),
    series: [
      {
        key: 'count',
        label: t.count,
        paint: 1,
        points: m.steps.map((s, i) => {
          const row = m.rows[i];
          return {
            x: row ? row.x + row.width : 0,
            y: row ? row.barY + row.barHeight / 2 : 0,
            date: undefined,
            value: s.count ?? null,
            formatted: s.count === undefined ? '—' : formatNumber(s.count, locale),
          };
        }),
      },
    ],
  };
}
