import {
  funnelBars,
  horizontalBars,
  splitBar,
  type BarRow,
  type BarSegment,
  type HorizontalBarsGeometry,
} from '../../chart/bars.js';
import type { Frame } from '../../chart/layout.js';
import { chartMessages, type ChartMessages } from '../../chart/messages.js';
import {
  funnelShares,
  funnelSteps,
  hasSendRecords,
  isCurrencyMetric,
  metricLabel,
  metricTable,
  funnelValue,
  sendRates,
  sendSeries,
  seriesKey,
  seriesTotals,
  type FunnelStep,
  type GroupBy,
  type MetricTable,
  type SendDayData,
  type SendRates,
  type SendSeries,
} from '../../chart/sends.js';
import { describeDaily, describeFunnel, describeTotals } from '../../chart/sends-summary.js';
import { stackedBars, type StackedBarsGeometry } from '../../chart/stack.js';
import { sendMessagesFor } from './breakdown.messages.js';

export const SEND_VIEWS = ['daily', 'totals', 'funnel'] as const;
export type SendBreakdownView = (typeof SEND_VIEWS)[number];
export const SEND_GROUPINGS = ['channel', 'variation'] as const;

/** What one view draws, computed from the data, the options and the plot frame. */
export type ViewModel =
  | {
      view: 'daily';
      table: MetricTable;
      visible: string[];
      geometry: StackedBarsGeometry;
      /** Right edge (px) of the days older than Braze's retention, shaded; 0 for none. */
      shadeTo: number;
    }
  | {
      view: 'totals';
      table: MetricTable;
      visible: string[];
      totals: number[];
      rates: Map<string, SendRates>;
      geometry: HorizontalBarsGeometry;
    }
  | {
      view: 'funnel';
      visible: string[];
      steps: FunnelStep[];
      rows: BarRow[];
      /** Each step's bar split by series (legend order, left to right). */
      segments: BarSegment[][];
    };

export interface ViewInput {
  days: readonly SendDayData[];
  view: SendBreakdownView;
  groupBy: GroupBy;
  metric: string;
  hidden: ReadonlySet<string>;
  box: Frame;
  locale: string | undefined;
  /** The oldest day Braze still keeps send analytics for, when the period reaches further back. */
  oldest?: Date | undefined;
  /** Chart words, e.g. with the campaign's conversion events named (default: the locale's). */
  t?: ChartMessages | undefined;
}

/**
 * The legend's series (in legend, stacking and colour order) and the view's model. The model is `undefined` when
 * there is nothing to draw: no channel stats at all, or (daily/totals) a metric the data does not report.
 */
export function viewModel(input: ViewInput): { legend: SendSeries[]; model: ViewModel | undefined } {
  const { days, view, groupBy, metric, hidden, box, locale, oldest } = input;
  const t = input.t ?? chartMessages(locale);
  const table = view === 'funnel' ? undefined : metricTable(days, metric, groupBy, t);
  const legend = table?.series ?? sendSeries(days, groupBy, t);
  if (!hasSendRecords(days)) return { legend, model: undefined };
  const visible = legend.map((s) => s.key).filter((k) => !hidden.has(k));
  const shown = new Set(visible);
  const records = days.flatMap((d) => d.records);
  if (view === 'funnel') {
    const steps = funnelSteps(
      records.filter((r) => shown.has(seriesKey(r, groupBy))),
      t,
    );
    const shares = funnelShares(steps);
    const rows = funnelBars(
      steps.map((s, i) => ({ key: s.key, share: shares[i] })),
      box,
    );
    const series = legend.filter((s) => shown.has(s.key));
    const segments = rows.map((row, i) => {
      const step = steps[i]?.key ?? 'sent';
      const parts = series.map((s) => ({
        key: s.key,
        value: records
          .filter((r) => !r.control && seriesKey(r, groupBy) === s.key)
          .reduce((sum, r) => sum + (funnelValue(r, step) ?? 0), 0),
      }));
      return splitBar(row, parts);
    });
    return { legend, model: { view, visible, steps, rows, segments } };
  }
  if (!table) return { legend, model: undefined };
  const options = {
    locale,
    currency: isCurrencyMetric(metric) ? 'USD' : undefined,
    fractions: isCurrencyMetric(metric),
  };
  const columns = visible.map((k) => table.series.findIndex((s) => s.key === k));
  if (view === 'daily') {
    const values = table.values.map((row) => columns.map((i) => row[i] ?? null));
    const geometry = stackedBars({ dates: table.dates, keys: visible, values }, box, options);
    const old = oldest ? table.dates.filter((d) => d < oldest).length : 0;
    const shadeTo = old ? (geometry.centers[old - 1] ?? 0) + geometry.step / 2 : 0;
    return { legend, model: { view, table, visible, geometry, shadeTo } };
  }
  const totals = seriesTotals(table);
  const items = columns.map((i) => ({ key: table.series[i]?.key ?? '', value: totals[i] ?? 0 }));
  const rates = new Map(
    visible.map((k) => [k, sendRates(records.filter((r) => seriesKey(r, groupBy) === k))]),
  );
  const geometry = horizontalBars(items, box, options);
  return { legend, model: { view: 'totals', table, visible, totals, rates, geometry } };
}

/** The chart's title: `Sent per day by channel`, `Send funnel by variation`, … */
export function sendTitle(
  view: SendBreakdownView,
  groupBy: GroupBy,
  metric: string,
  locale: string,
  chart: ChartMessages = chartMessages(locale),
): string {
  const t = sendMessagesFor(locale);
  const by = t.by[groupBy === 'variation' ? 'variation' : 'channel'];
  if (view === 'funnel') return t.funnelTitle(by);
  return t.metricTitle(metricLabel(metric, chart), view === 'daily', by);
}

/** The svg's summary of what the view draws ('' when it draws nothing). */
export function describeView(
  model: ViewModel | undefined,
  days: readonly SendDayData[],
  groupBy: GroupBy,
  title: string,
  locale: string,
  t: ChartMessages = chartMessages(locale),
): string {
  if (!model) return '';
  if (model.visible.length === 0) return sendMessagesFor(locale).allHiddenSummary(title);
  if (model.view === 'funnel')
    return describeFunnel(
      model.steps,
      days.map((d) => d.date),
      locale,
      t,
    );
  if (model.view === 'daily') return describeDaily(model.table, model.visible, groupBy, locale, t);
  return describeTotals(model.table, model.totals, model.visible, groupBy, locale, t);
}
