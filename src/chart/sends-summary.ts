import { formatCurrency, formatDay, formatDayRange, formatNumber, formatPercent } from './format.js';
import { chartMessages, type ChartMessages } from './messages.js';
import { isCurrencyMetric, metricLabel, type FunnelStep, type MetricTable } from './sends.js';

/** The full formatter of a metric: US dollars for revenue, whole numbers otherwise (axes use axisFormat). */
export function metricFormat(metric: string, locale?: string): { full: (value: number) => string } {
  return isCurrencyMetric(metric)
    ? { full: (v) => formatCurrency(v, locale) }
    : { full: (v) => formatNumber(v, locale) };
}

/** `May 1 – 14, 2024`: the range of day buckets (`May 1, 2024` for a single day), '' for none. */
export function describeRange(dates: readonly Date[], locale?: string): string {
  const first = dates[0];
  const last = dates[dates.length - 1];
  return first && last ? formatDayRange(first, last, locale) : '';
}

const groupWord = (groupBy: string, t: ChartMessages) =>
  t.sends.by[groupBy === 'variation' ? 'variation' : 'channel'];

/** What the daily stacked bars show, for the svg's aria-label. */
export function describeDaily(
  table: MetricTable,
  visible: readonly string[],
  groupBy: string,
  locale?: string,
  t: ChartMessages = chartMessages(locale),
): string {
  const { full } = metricFormat(table.metric, locale);
  const shown = table.series.map((s, i) => ({ ...s, i })).filter((s) => visible.includes(s.key));
  const totals = shown.map((s) => table.values.reduce((sum, row) => sum + (row[s.i] ?? 0), 0));
  const dayTotals = table.values.map((row) => shown.reduce((sum, s) => sum + (row[s.i] ?? 0), 0));
  const peak = dayTotals.reduce((best, v, i) => (v > (dayTotals[best] ?? 0) ? i : best), 0);
  const peakDate = table.dates[peak];
  const parts = [
    t.sends.daily(
      metricLabel(table.metric, t),
      groupWord(groupBy, t),
      describeRange(table.dates, locale),
      full(totals.reduce((a, b) => a + b, 0)),
    ),
    shown.length ? `${shown.map((s, i) => `${s.label} ${full(totals[i] ?? 0)}`).join(', ')}.` : '',
    peakDate && (dayTotals[peak] ?? 0) > 0
      ? t.sends.highestDay(formatDay(peakDate, locale), full(dayTotals[peak] ?? 0))
      : '',
    hiddenNote(table, visible, t),
  ];
  return parts.filter(Boolean).join(' ');
}

/** What the totals bars show, for the svg's aria-label. */
export function describeTotals(
  table: MetricTable,
  totals: readonly number[],
  visible: readonly string[],
  groupBy: string,
  locale?: string,
  t: ChartMessages = chartMessages(locale),
): string {
  const { full } = metricFormat(table.metric, locale);
  const shown = table.series
    .map((s, i) => `${s.label} ${full(totals[i] ?? 0)}`)
    .filter((_, i) => visible.includes(table.series[i]?.key ?? ''));
  return [
    t.sends.totals(
      metricLabel(table.metric, t),
      groupWord(groupBy, t),
      describeRange(table.dates, locale),
      shown.join(', ') || undefined,
    ),
    hiddenNote(table, visible, t),
  ]
    .filter(Boolean)
    .join(' ');
}

function hiddenNote(table: MetricTable, visible: readonly string[], t: ChartMessages): string {
  const hidden = table.series.filter((s) => !visible.includes(s.key)).map((s) => s.label);
  return hidden.length ? t.sends.hidden(hidden.join(', ')) : '';
}

/** `95% of previous` / `80% of sent` texts of a funnel step (empty where a rate does not apply). */
export function stepRateTexts(
  step: FunnelStep,
  locale?: string,
  t: ChartMessages = chartMessages(locale),
): { previous: string; sent: string } {
  return {
    previous: step.ofPrevious === undefined ? '' : t.sends.ofPrevious(formatPercent(step.ofPrevious, locale)),
    sent:
      step.key === 'sent' || step.ofSent === undefined
        ? ''
        : t.sends.ofSent(formatPercent(step.ofSent, locale)),
  };
}

/** What the funnel shows, for the svg's aria-label. */
export function describeFunnel(
  steps: readonly FunnelStep[],
  dates: readonly Date[],
  locale?: string,
  t: ChartMessages = chartMessages(locale),
): string {
  const lines = steps.map((step) => {
    if (step.count === undefined) return t.sends.stepNotReported(step.label);
    const { previous, sent } = stepRateTexts(step, locale, t);
    const notes = [previous, sent, step.missing.length ? t.sends.notReportedFor(step.missing.join(', ')) : '']
      .filter(Boolean)
      .join(', ');
    return `${step.label} ${formatNumber(step.count, locale)}${notes ? ` (${notes})` : ''}`;
  });
  return t.sends.funnel(describeRange(dates, locale), lines.join('; '));
}
