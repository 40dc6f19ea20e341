import type {
  CanvasDay,
  CanvasDataSummaryResponse,
  CanvasDetailsResponse,
  CanvasStepStats,
} from '../api/canvas.js';
import { chartMessagesEn, type ChartMessages } from './messages.js';
import { bucketPeriod } from './period.js';
import { funnelSteps, type FunnelStep, type MetricTable, type SendRecord, type SendSeries } from './sends.js';

/**
 * DOM-free reading of a Canvas: `/canvas/details` gives the order of variants and steps (a step's place on its
 * variant's path, breadth-first from `first_step_ids` along `next_step_ids`), `/canvas/data_series` the days,
 * flattened into records `{ date, key, label, counters }` per variant or per step — the shape of `flattenSends`'s
 * records, so a metric table of them feeds `stack.ts`, `bars.ts` and the frame's point model unchanged.
 */

/** The counters a Canvas reports, in the order the element offers them. */
export const CANVAS_METRICS = ['entries', 'conversions', 'conversions_by_entry_time', 'revenue'] as const;
export type CanvasMetric = (typeof CANVAS_METRICS)[number];
export const CANVAS_GROUPINGS = ['variant', 'step'] as const;
export type CanvasGroupBy = (typeof CANVAS_GROUPINGS)[number];

/** One variant's or step's counters on one day. */
export interface CanvasRecord {
  readonly date: Date;
  /** The variant's or step's id. */
  readonly key: string;
  readonly label: string;
  readonly counters: ReadonlyMap<string, number>;
}

export interface CanvasDayData {
  readonly date: Date;
  readonly records: readonly CanvasRecord[];
  /** The day's `total_stats`. */
  readonly totals: ReadonlyMap<string, number>;
  /** False for a day of the period Braze sent nothing for: a gap, not zero. */
  readonly reported: boolean;
}

/** A step on a variant's path. */
export interface CanvasPathStep {
  id: string;
  name: string;
  /** Braze's step type as written (`message`, `delay`, `decision_split`, …); '' when not given. */
  type: string;
  channels: string[];
  /** The variant whose path reaches it first; '' for a step no path reaches. */
  variant: string;
  /** A step with stats but absent from the details: deleted since. */
  deleted: boolean;
}

export interface CanvasVariant {
  id: string;
  name: string;
  /** A variant without steps: a control group (entries and conversions, no messages). */
  control: boolean;
}

/** Variants in the details' order and steps in path order (see canvasPaths). */
export interface CanvasPaths {
  variants: CanvasVariant[];
  steps: CanvasPathStep[];
}

/** Names of the variants and steps an answer reports; the details win over the stats' names. */
type Names = ReadonlyMap<string, string>;

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function countersOf(stats: object): Map<string, number> {
  const counters = new Map<string, number>();
  for (const [name, value] of Object.entries(stats)) if (isCount(value)) counters.set(name, value);
  return counters;
}

/**
 * Variants in the details' order, then any the stats name that the details do not; steps breadth-first from each
 * variant's `first_step_ids` (or `first_step_id`) along `next_step_ids`, a step shared by two paths listed once
 * (on the first), then steps no path reaches, then steps with stats that the details do not list (deleted).
 */
export function canvasPaths(
  details: CanvasDetailsResponse | undefined,
  seen: { variants: Names; steps: Names } = { variants: new Map(), steps: new Map() },
): CanvasPaths {
  const byId = new Map((details?.steps ?? []).map((s) => [s.id, s]));
  const steps: CanvasPathStep[] = [];
  const placed = new Set<string>();
  const place = (id: string, variant: string, deleted = false) => {
    if (placed.has(id)) return;
    placed.add(id);
    const step = byId.get(id);
    steps.push({
      id,
      name: step?.name || seen.steps.get(id) || id,
      type: step?.type ?? '',
      channels: [...(step?.channels ?? [])],
      variant,
      deleted,
    });
  };
  const variants: CanvasVariant[] = [];
  for (const variant of details?.variants ?? []) {
    const first = variant.first_step_ids ?? (variant.first_step_id ? [variant.first_step_id] : []);
    variants.push({
      id: variant.id,
      name: variant.name || seen.variants.get(variant.id) || variant.id,
      control: first.length === 0,
    });
    const queue = first.filter((id) => byId.has(id));
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string;
      if (placed.has(id)) continue;
      place(id, variant.id);
      for (const next of byId.get(id)?.next_step_ids ?? []) if (byId.has(next)) queue.push(next);
    }
  }
  for (const [id, name] of seen.variants)
    if (!variants.some((v) => v.id === id)) variants.push({ id, name, control: false });
  for (const id of byId.keys()) place(id, '');
  for (const id of seen.steps.keys()) place(id, '', true);
  return { variants, steps };
}

/** The names of the variants and steps in a series' days or a summary (for canvasPaths). */
export function namesIn(entries: readonly Pick<CanvasDay, 'variant_stats' | 'step_stats'>[]): {
  variants: Map<string, string>;
  steps: Map<string, string>;
} {
  const variants = new Map<string, string>();
  const steps = new Map<string, string>();
  for (const entry of entries) {
    for (const [id, v] of Object.entries(entry.variant_stats ?? {}))
      if (!variants.has(id)) variants.set(id, v.name ?? id);
    for (const [id, s] of Object.entries(entry.step_stats ?? {}))
      if (!steps.has(id)) steps.set(id, s.name ?? id);
  }
  return { variants, steps };
}

/**
 * The days of a `/canvas/data_series` answer as a period of `length` days ending with its last day (see
 * bucketPeriod): a day Braze did not send is a gap. Each day's records are its variants or steps.
 */
export function flattenCanvas(
  stats: readonly CanvasDay[],
  groupBy: CanvasGroupBy,
  options: { length: number; endingAt: string | undefined },
): CanvasDayData[] {
  const { buckets } = bucketPeriod(stats, { unit: 'day', ...options });
  return buckets.map(({ date, entries }) => {
    const records = new Map<string, { label: string; counters: Map<string, number> }>();
    const totals = new Map<string, number>();
    for (const entry of entries) {
      for (const [k, v] of countersOf(entry.total_stats)) totals.set(k, (totals.get(k) ?? 0) + v);
      const breakdown = (groupBy === 'step' ? entry.step_stats : entry.variant_stats) ?? {};
      for (const [key, item] of Object.entries(breakdown)) {
        const record = records.get(key) ?? { label: item.name || key, counters: new Map() };
        for (const [k, v] of countersOf(item)) record.counters.set(k, (record.counters.get(k) ?? 0) + v);
        records.set(key, record);
      }
    }
    return {
      date,
      records: [...records].map(([key, r]) => ({ date, key, ...r })),
      totals,
      reported: entries.length > 0,
    };
  });
}

/** The series of a grouping in path order: every variant, or every step that can report the metric. */
export function canvasSeries(
  paths: CanvasPaths,
  groupBy: CanvasGroupBy,
  deletedLabel: (name: string) => string,
) {
  const items =
    groupBy === 'variant'
      ? paths.variants.map((v) => ({ key: v.id, label: v.name }))
      : paths.steps
          .filter((s) => !s.type || s.type === 'message' || s.deleted)
          .map((s) => ({ key: s.id, label: s.deleted ? deletedLabel(s.name) : s.name }));
  return items.map((item, colorIndex): SendSeries => ({ ...item, colorIndex }));
}

/**
 * A metric per day and series (the `MetricTable` of sends): series in path order, `null` on a day Braze did not
 * send (a gap), 0 where a series reports nothing that day. Series that never report the metric are left out (steps
 * have no `entries`); `undefined` when none does.
 */
export function canvasTable(
  days: readonly CanvasDayData[],
  metric: string,
  series: readonly SendSeries[],
): MetricTable | undefined {
  const values = days.map((day) =>
    series.map((s) => day.records.find((r) => r.key === s.key)?.counters.get(metric)),
  );
  const kept = series.map((_, i) => i).filter((i) => values.some((row) => row[i] !== undefined));
  if (!kept.length) return undefined;
  return {
    metric,
    dates: days.map((d) => d.date),
    series: kept.map((i) => series[i] as SendSeries),
    values: values.map((row, d) => kept.map((i) => (days[d]?.reported ? (row[i] ?? 0) : null))),
  };
}

/** Braze's own rollup of the period (the summary), per variant or step in series order, for the totals view. */
export function summaryTotals(
  summary: CanvasDataSummaryResponse['data'] | undefined,
  metric: string,
  series: readonly SendSeries[],
  groupBy: CanvasGroupBy,
): { key: string; value: number }[] {
  const breakdown: Record<string, object> =
    (groupBy === 'step' ? summary?.step_stats : summary?.variant_stats) ?? {};
  return series.flatMap((s) => {
    const stats = breakdown[s.key];
    const value = stats ? countersOf(stats).get(metric) : undefined;
    return value === undefined ? [] : [{ key: s.key, value }];
  });
}

/** The header's figures: Braze's rollup of the whole Canvas, and the conversion rate over entries. */
export interface CanvasFigures {
  entries: number | undefined;
  conversions: number | undefined;
  conversionRate: number | undefined;
  revenue: number | undefined;
}

export function canvasFigures(
  summary: CanvasDataSummaryResponse['data'] | undefined,
): CanvasFigures | undefined {
  if (!summary) return undefined;
  const totals = countersOf(summary.total_stats);
  const entries = totals.get('entries');
  const conversions = totals.get('conversions');
  return {
    entries,
    conversions,
    conversionRate: entries && conversions !== undefined ? conversions / entries : undefined,
    revenue: totals.get('revenue'),
  };
}

/** One step of the steps view: a message step's funnel (all its channels, and each channel), or a marker. */
export interface CanvasStepRow {
  step: CanvasPathStep;
  /** Sent → delivered → opens → clicks → conversions over the step's channels; empty for delay and split steps. */
  funnel: FunnelStep[];
  /** Each channel's funnel, in the step's channel order. */
  channels: { channel: string; funnel: FunnelStep[]; reach: number }[];
  /**
   * The step's first funnel figure: `sent` (for in-app messages, which are shown and not sent, their impressions:
   * see `funnelValue`); `undefined` for a step without message stats.
   */
  reach: { key: FunnelStep['key']; count: number } | undefined;
  conversions: number | undefined;
  revenue: number | undefined;
  /** False for delay, split and other steps without message stats: drawn as markers, never as 0. */
  message: boolean;
}

/** The first step of a funnel that has a count (a step of in-app messages alone starts at their impressions). */
function firstCount(funnel: readonly FunnelStep[]): { key: FunnelStep['key']; count: number } | undefined {
  const step = funnel.find((s) => s.count !== undefined);
  return step && { key: step.key, count: step.count ?? 0 };
}

/** The steps view's rows in path order, from the summary's step stats (sent per channel added up by Braze). */
export function stepRows(
  paths: CanvasPaths,
  summary: CanvasDataSummaryResponse['data'] | undefined,
  includeDeleted: boolean,
  t: ChartMessages = chartMessagesEn,
): CanvasStepRow[] {
  const stats: Record<string, CanvasStepStats> = summary?.step_stats ?? {};
  const epoch = new Date(0);
  return paths.steps
    .filter((step) => includeDeleted || !step.deleted)
    .map((step) => {
      const s = stats[step.id];
      const records = Object.entries(s?.messages ?? {}).flatMap(([channel, list]) =>
        list.map((item): SendRecord => ({
          date: epoch,
          channel,
          variation: step.id,
          variationLabel: step.name,
          control: false,
          counters: countersOf(item),
        })),
      );
      const channels = [...new Set(records.map((r) => r.channel))].map((channel) => {
        const funnel = funnelSteps(
          records.filter((r) => r.channel === channel),
          t,
        );
        return { channel, funnel, reach: firstCount(funnel)?.count ?? 0 };
      });
      const counters = s ? countersOf(s) : new Map<string, number>();
      const funnel = records.length ? funnelSteps(records, t) : [];
      return {
        step,
        funnel,
        channels,
        reach: firstCount(funnel),
        conversions: counters.get('conversions'),
        revenue: counters.get('revenue'),
        message: s !== undefined && (step.type === 'message' || !step.type || step.deleted),
      };
    });
}

/** `length` limited to what Braze exports per request (14 days); the second value tells whether it was cut. */
export function clampCanvasLength(length: number, max: number): { length: number; clamped: boolean } {
  return length > max ? { length: max, clamped: true } : { length, clamped: false };
}
