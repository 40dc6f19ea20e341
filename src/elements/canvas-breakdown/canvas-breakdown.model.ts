import type { CanvasDataSummaryResponse } from '../../api/canvas.js';
import { horizontalBars, splitBar, type BarSegment } from '../../chart/bars.js';
import {
  canvasSeries,
  canvasTable,
  stepRows,
  summaryTotals,
  type CanvasDayData,
  type CanvasGroupBy,
  type CanvasMetric,
  type CanvasPaths,
  type CanvasStepRow,
} from '../../chart/canvas.js';
import { formatCurrency, formatNumber } from '../../chart/format.js';
import type { Frame } from '../../chart/layout.js';
import { chartMessages, type ChartMessages } from '../../chart/messages.js';
import { describeRange } from '../../chart/sends-summary.js';
import type { SendRates, SendSeries } from '../../chart/sends.js';
import { stackedBars } from '../../chart/stack.js';
import type { ViewModel } from '../breakdown/breakdown.model.js';
import { canvasMessagesFor } from './canvas-breakdown.messages.js';

export const CANVAS_VIEWS = ['daily', 'totals', 'steps'] as const;
export type CanvasView = (typeof CANVAS_VIEWS)[number];

/** A row of the steps view in plot coordinates: a message step (label and a bar split by channel) or a marker. */
export interface StepLine {
  row: CanvasStepRow;
  labelY: number;
  barY: number;
  barHeight: number;
  /** The step's sent, split by channel (left to right in the step's channel order). */
  segments: BarSegment[];
}

/** A variant's name above the steps of its path. */
export interface PathHeading {
  name: string;
  y: number;
}

/** The daily and totals views draw as the send breakdown's; the steps view lists the path. */
export type CanvasViewModel =
  | Extract<ViewModel, { view: 'daily' | 'totals' }>
  | { view: 'steps'; visible: string[]; lines: StepLine[]; headings: PathHeading[] };

export interface CanvasViewInput {
  days: readonly CanvasDayData[];
  paths: CanvasPaths;
  summary: CanvasDataSummaryResponse['data'] | undefined;
  view: CanvasView;
  groupBy: CanvasGroupBy;
  metric: CanvasMetric;
  hidden: ReadonlySet<string>;
  includeDeleted: boolean;
  currency: string;
  box: Frame;
  locale: string;
}

/** Height of a marker row (delay, split) and of a message step's label line. */
const LINE = 18;

/**
 * Rows of the steps view: each variant's name above its path, markers a line, message steps a line and a bar
 * sharing the rest of the height (the bar's width: the step's first funnel figure, split by channel).
 */
function stepLines(
  rows: readonly CanvasStepRow[],
  paths: CanvasPaths,
  box: Frame,
  channels: readonly string[],
): { lines: StepLine[]; headings: PathHeading[] } {
  const names = new Map(paths.variants.map((v) => [v.id, v.name]));
  const starts = rows.filter((r, i) => r.step.variant && r.step.variant !== rows[i - 1]?.step.variant);
  const messages = rows.filter((r) => r.message).length;
  const room = box.innerHeight - (rows.length + starts.length) * LINE;
  const bar = Math.max(3, Math.min(24, messages ? room / messages - 6 : 0));
  const max = Math.max(1, ...rows.map((r) => r.reach?.count ?? 0));
  const headings: PathHeading[] = [];
  let y = 0;
  const lines = rows.map((row) => {
    if (starts.includes(row)) {
      headings.push({ name: names.get(row.step.variant) ?? row.step.variant, y: y + 13 });
      y += LINE;
    }
    const labelY = y + 13;
    const barY = y + LINE;
    y += LINE + (row.message ? bar + 6 : 0);
    const width = ((row.reach?.count ?? 0) / max) * box.innerWidth;
    const parts = row.channels
      .map((c) => ({ key: c.channel, value: c.reach }))
      .sort((a, b) => channels.indexOf(a.key) - channels.indexOf(b.key));
    return {
      row,
      labelY,
      barY,
      barHeight: row.message ? bar : 0,
      segments: row.message ? splitBar({ x: 0, width }, parts) : [],
    };
  });
  return { lines, headings };
}

/** The channels of the steps view in the order their steps come, for its legend. */
export function stepChannels(rows: readonly CanvasStepRow[], t: ChartMessages): SendSeries[] {
  const keys = [...new Set(rows.flatMap((r) => r.channels.map((c) => c.channel)))];
  return keys.map((key, colorIndex) => ({ key, label: t.sends.channels.get(key) ?? key, colorIndex }));
}

/** The legend's series and the view's model (`undefined`: nothing to draw for this metric). */
export function canvasViewModel(input: CanvasViewInput): {
  legend: SendSeries[];
  model: CanvasViewModel | undefined;
} {
  const { days, paths, summary, view, groupBy, metric, hidden, box, locale } = input;
  const t = canvasMessagesFor(locale);
  if (view === 'steps') {
    const words = chartMessages(locale);
    const rows = stepRows(paths, summary, input.includeDeleted, words);
    const legend = stepChannels(rows, words);
    if (!rows.length) return { legend, model: undefined };
    const visible = legend.map((s) => s.key).filter((k) => !hidden.has(k));
    const shown = rows.map((r) => ({ ...r, channels: r.channels.filter((c) => !hidden.has(c.channel)) }));
    return { legend, model: { view, visible, ...stepLines(shown, paths, box, visible) } };
  }
  const series = canvasSeries(paths, groupBy, t.deleted);
  const table = canvasTable(days, metric, series);
  const legend = table?.series ?? series;
  if (!table) return { legend, model: undefined };
  const visible = legend.map((s) => s.key).filter((k) => !hidden.has(k));
  const money = metric === 'revenue';
  const options = { locale, currency: money ? input.currency : undefined, fractions: money };
  if (view === 'daily') {
    const columns = visible.map((k) => table.series.findIndex((s) => s.key === k));
    const values = table.values.map((row) => columns.map((i) => row[i] ?? null));
    const geometry = stackedBars({ dates: table.dates, keys: visible, values }, box, options);
    return { legend, model: { view, table, visible, geometry, shadeTo: 0 } };
  }
  // Totals: Braze's rollup (the summary), not our sum of the days.
  const items = summaryTotals(summary, metric, legend, groupBy).filter((item) => !hidden.has(item.key));
  const rates = new Map<string, SendRates>();
  if (groupBy === 'variant') {
    for (const key of visible) {
      const stats = summary?.variant_stats?.[key];
      const entries = stats?.entries;
      const conversion = entries && stats.conversions !== undefined ? stats.conversions / entries : undefined;
      rates.set(key, { delivery: undefined, open: undefined, click: undefined, conversion });
    }
  }
  const totals = legend.map((s) => items.find((item) => item.key === s.key)?.value ?? 0);
  const geometry = horizontalBars(items, box, options);
  return {
    legend,
    model: { view: 'totals', table, visible: items.map((i) => i.key), totals, rates, geometry },
  };
}

/**
 * `13,757 sent`, `1,200 impressions` for an in-app message step (in-app messages are shown, not sent: their funnel
 * starts at their impressions), `sent / impressions` for a step of both; '' without figures.
 */
export function reachText(row: CanvasStepRow, locale: string): string {
  if (!row.reach) return '';
  const sent = chartMessages(locale).sends.steps[row.reach.key].toLowerCase();
  const impressions = canvasMessagesFor(locale).impressions;
  const shown = row.funnel.find((step) => step.key === row.reach?.key)?.impressions?.length ?? 0;
  const word = !shown ? sent : shown === row.channels.length ? impressions : `${sent} / ${impressions}`;
  return `${formatNumber(row.reach.count, locale)} ${word}`;
}

/** The full formatter of a metric: money in `currency` for revenue, whole numbers otherwise. */
export function canvasFormat(metric: string, locale: string, currency: string): (value: number) => string {
  return metric === 'revenue' ? (v) => formatCurrency(v, locale, currency) : (v) => formatNumber(v, locale);
}

/** The chart's title: `Entries per day by variant`, `Canvas steps in path order`, … */
export function canvasTitle(
  view: CanvasView,
  groupBy: CanvasGroupBy,
  metric: CanvasMetric,
  locale: string,
): string {
  const t = canvasMessagesFor(locale);
  if (view === 'steps') return t.stepsTitle;
  return t.metricTitle(t.metrics[metric] ?? metric, view === 'daily', t.by[groupBy] ?? groupBy);
}

/** The svg's summary of what the view draws. */
export function describeCanvas(
  model: CanvasViewModel | undefined,
  input: {
    metric: CanvasMetric;
    groupBy: CanvasGroupBy;
    currency: string;
    locale: string;
    dates: readonly Date[];
  },
): string {
  if (!model) return '';
  const { metric, groupBy, currency, locale } = input;
  const t = canvasMessagesFor(locale);
  const range = describeRange(input.dates, locale);
  if (model.view === 'steps') {
    const list = model.lines.map(({ row }) =>
      row.message
        ? `${row.step.name} ${reachText(row, locale)}`
        : `${row.step.name} (${t.stepType(row.step.type)})`,
    );
    return t.stepsSummary(range, list.join(', '));
  }
  if (model.visible.length === 0) return t.allHidden;
  const format = canvasFormat(metric, locale, currency);
  const label = t.metrics[metric] ?? metric;
  const by = t.by[groupBy] ?? groupBy;
  const name = (key: string) => model.table.series.find((s) => s.key === key)?.label ?? key;
  if (model.view === 'totals') {
    const list = model.geometry.rows.map((r) => `${name(r.key)} ${format(r.value)}`).join(', ');
    return t.totalsSummary(label, by, range, list);
  }
  const sums = model.visible.map((key) => {
    const i = model.table.series.findIndex((s) => s.key === key);
    return [key, model.table.values.reduce((sum, row) => sum + (row[i] ?? 0), 0)] as const;
  });
  const total = sums.reduce((sum, [, v]) => sum + v, 0);
  return t.dailySummary(
    label,
    by,
    range,
    format(total),
    sums.map(([k, v]) => `${name(k)} ${format(v)}`).join(', '),
  );
}
