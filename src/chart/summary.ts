import { formatDay, formatNumber, formatSignedPercent } from './format.js';
import { chartMessages, type ChartMessages } from './messages.js';
import type { TimePoint } from './time-series.js';

export interface SeriesStats {
  first: TimePoint;
  last: TimePoint;
  min: TimePoint;
  max: TimePoint;
  /** last − first. */
  change: number;
  /** (last − first) / first; undefined when first is 0. */
  changeRatio: number | undefined;
}

/** First/last/min/max and change over the period, ignoring missing buckets. Undefined when nothing is known. */
export function seriesStats(data: readonly TimePoint[]): SeriesStats | undefined {
  const known = data.filter((d): d is TimePoint & { value: number } => d.value !== null);
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last) return undefined;
  let min = first;
  let max = first;
  for (const d of known) {
    if (d.value < min.value) min = d;
    if (d.value > max.value) max = d;
  }
  const change = last.value - first.value;
  return { first, last, min, max, change, changeRatio: first.value === 0 ? undefined : change / first.value };
}

/** A sentence a screen reader can read in place of the picture (in the locale's language, or `t`'s). */
export function describeSeries(
  what: string,
  stats: SeriesStats | undefined,
  locale?: string,
  t: ChartMessages = chartMessages(locale),
): string {
  if (!stats) return t.noData(what);
  const n = (v: number | null) => formatNumber(v ?? 0, locale);
  const d = (p: TimePoint) => formatDay(p.date, locale);
  return t.series({
    what,
    from: d(stats.first),
    to: d(stats.last),
    trend: stats.change === 0 ? 'unchanged' : stats.change > 0 ? 'rising' : 'falling',
    first: n(stats.first.value),
    last: n(stats.last.value),
    pct: stats.changeRatio === undefined ? undefined : formatSignedPercent(stats.changeRatio, locale),
    min: n(stats.min.value),
    minDate: d(stats.min),
    max: n(stats.max.value),
    maxDate: d(stats.max),
  });
}

/** Relative change from `previous` to `current`, e.g. 0.25 = +25%; undefined when `previous` is 0 or unknown. */
export function changeRatio(current: number | undefined, previous: number | undefined): number | undefined {
  if (current === undefined || previous === undefined || previous === 0) return undefined;
  return (current - previous) / previous;
}
