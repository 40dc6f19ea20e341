import type { SendsDay } from '../api/responses.js';
import { chartMessagesEn, type ChartMessages } from './messages.js';
import { DAY_MS, dayKey, parseDay } from '../api/time.js';
import { bucketPeriod, duplicateDates, lastBucket } from './period.js';

/**
 * DOM-free reading of `/sends/data_series`: flattening the per-day, per-channel, per-variant stats into records,
 * grouping them into series (by channel or by variation), per-channel funnel steps and derived rates.
 *
 * Braze's `messages` is an open map and its counters are open-ended, so nothing here rejects an unknown channel or
 * counter: unknown keys are kept, labelled generically and summed like any other.
 */

/** One variant's counters on one channel on one day. */
export interface SendRecord {
  /** The day bucket (UTC midnight of its calendar date, see parseDay). */
  readonly date: Date;
  /** The channel key as Braze sends it, e.g. `email`, `ios_push`, or one this code has never seen. */
  readonly channel: string;
  /** Stable key of the variation: its API id, else its name, else its position in the channel's list. */
  readonly variation: string;
  /** Human-readable variation name. */
  readonly variationLabel: string;
  /** A control group: it counts users `enrolled`, not messages sent, so it is never stacked as a send. */
  readonly control: boolean;
  /** The numeric counters as given. Non-numeric, non-finite and negative values are left out (not counts). */
  readonly counters: ReadonlyMap<string, number>;
}

/** One day of a send: its records and the campaign-level figures Braze reports for the whole day. */
export interface SendDayData {
  readonly date: Date;
  readonly records: readonly SendRecord[];
  /** Campaign-level numeric fields of the day (`conversions`, `revenue`, `unique_recipients`, …). */
  readonly totals: ReadonlyMap<string, number>;
  /**
   * False for a day of the period Braze sent nothing for, or only an empty day older than its retention: a gap
   * ("no data"), not zero.
   */
  readonly reported: boolean;
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function addAll(target: Map<string, number>, source: ReadonlyMap<string, number>): void {
  for (const [key, value] of source) target.set(key, (target.get(key) ?? 0) + value);
}

/**
 * Day buckets in date order. A bucket whose time cannot be read is dropped rather than misplaced; two buckets of
 * the same calendar date are merged.
 */
export function flattenSends(data: readonly SendsDay[], t: ChartMessages = chartMessagesEn): SendDayData[] {
  const byDay = new Map<
    string,
    { date: Date; records: SendRecord[]; totals: Map<string, number>; reported: boolean }
  >();
  for (const day of data) {
    const date = parseDay(day.time);
    if (!date) continue;
    const key = dayKey(date);
    let bucket = byDay.get(key);
    if (!bucket) {
      bucket = { date, records: [], totals: new Map(), reported: true };
      byDay.set(key, bucket);
    }
    const totals = new Map<string, number>();
    for (const [field, value] of Object.entries(day)) {
      if (field !== 'time' && field !== 'messages' && isCount(value)) totals.set(field, value);
    }
    addAll(bucket.totals, totals);
    for (const [channel, variants] of Object.entries(day.messages)) {
      variants.forEach((stats, index) => {
        const counters = new Map<string, number>();
        for (const [name, value] of Object.entries(stats)) if (isCount(value)) counters.set(name, value);
        const name =
          typeof stats.variation_name === 'string' && stats.variation_name ? stats.variation_name : '';
        const apiId =
          typeof stats.variation_api_id === 'string' && stats.variation_api_id ? stats.variation_api_id : '';
        bucket.records.push({
          date,
          channel,
          variation: apiId || name || `#${index + 1}`,
          variationLabel: name || apiId || t.sends.variant(index + 1),
          control: counters.has('enrolled') && !counters.has('sent'),
          counters,
        });
      });
    }
  }
  return [...byDay.values()].sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** A send's period (see bucketPeriod): every day of it, the days Braze sent twice, and where retention cuts it. */
export interface SendPeriod {
  /** Every day of the period, oldest first; days Braze did not report have `reported: false`. */
  days: SendDayData[];
  /** Days Braze sent more than once (their counts are added up, as by flattenSends). */
  duplicates: Date[];
  /** Set when the period reaches further back than Braze keeps send analytics. */
  retention: RetentionNotice | undefined;
}

/**
 * The days of a `/sends/data_series` answer as a period of `length` days ending with its last day (never the date
 * written in `ending_at`'s offset): missing days and days older than Braze's retention that came back empty are gaps,
 * and the retention notice says so (unless some old day has stats after all).
 */
export function sendPeriod(
  data: readonly SendsDay[],
  options: {
    length: number;
    endingAt: string | undefined;
    now: Date;
    /** False for data Braze keeps longer than send analytics (campaigns): no retention gaps, no notice. */
    retains?: boolean;
  },
  t: ChartMessages = chartMessagesEn,
): SendPeriod {
  const { retains = true, ...period } = options;
  const { buckets } = bucketPeriod(data, { unit: 'day', ...period });
  const oldest = retains ? retentionStart(options.now) : -Infinity;
  const days = buckets.map(({ date, entries }): SendDayData => {
    const day = flattenSends(entries, t)[0];
    const records = day?.records ?? [];
    const reported = entries.length > 0 && (records.length > 0 || date.getTime() >= oldest);
    return { date, records, totals: day?.totals ?? new Map(), reported };
  });
  const first = days[0]?.date;
  const last = days[days.length - 1]?.date;
  // Old days that do have stats prove Braze kept them (or the clock is off): then say nothing about retention.
  const kept = days.some((d) => d.date.getTime() < oldest && d.records.length > 0);
  return {
    days,
    duplicates: duplicateDates(buckets),
    retention:
      kept || !retains
        ? undefined
        : retentionNotice(options.endingAt, options.length, options.now, first && last && [first, last]),
  };
}

/** True when no day holds any channel stats (e.g. a range entirely past Braze's retention). */
export function hasSendRecords(days: readonly SendDayData[]): boolean {
  return days.some((day) => day.records.length > 0);
}

// ——— Labels ———

/** Known channels first, in this order; unknown ones follow alphabetically. */
const CHANNEL_ORDER = [...chartMessagesEn.sends.channels.keys()];

/** `experimental_channel` → `Experimental channel`: a readable label for a key nobody described. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/[_\-\s]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim();
  if (!words) return key;
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** The label of a channel key: Braze's name for known channels, the humanized key otherwise. */
export function channelLabel(channel: string, t: ChartMessages = chartMessagesEn): string {
  return t.sends.channels.get(channel) ?? humanizeKey(channel);
}

/** The label of a counter or metric key, e.g. `unique_opens` → `Unique opens`. */
export function metricLabel(metric: string, t: ChartMessages = chartMessagesEn): string {
  return t.sends.metrics.get(metric) ?? humanizeKey(metric);
}

/** Revenue counters are US dollars (Braze reports revenue in USD); everything else is a count. */
export function isCurrencyMetric(metric: string): boolean {
  return metric === 'revenue' || metric.endsWith('_revenue');
}

// ——— Funnel steps: per-channel counters ———

export const FUNNEL_STEPS = ['sent', 'delivered', 'opens', 'clicks', 'conversions'] as const;
export type FunnelStepKey = (typeof FUNNEL_STEPS)[number];

const PUSH = new Set(['ios_push', 'android_push', 'kindle_push', 'web_push']);
const IN_APP = new Set(['in_app_message', 'trigger_in_app_message']);

/**
 * The counters that stand for a funnel step on a channel, in order of preference. Channels report different
 * counters for the same idea:
 * - opens: push → `direct_opens` (opened from the notification itself), else `total_opens`; email →
 *   `unique_opens`, else `opens`; WhatsApp → `read`; Content Cards → unique, else total impressions; in-app
 *   messages → `impressions`; any other channel → the first of unique/total/direct opens it reports.
 * - clicks: push → `body_clicks`; email and Content Cards → unique, else total clicks; SMS and in-app → `clicks`;
 *   any other channel → the first of unique/total/body clicks it reports.
 * - sent, delivered, conversions: the counter of that name.
 * A channel that reports none of a step's counters simply lacks that step (see funnelSteps): it is never counted
 * as zero.
 */
export function stepCounters(channel: string, step: FunnelStepKey): readonly string[] {
  switch (step) {
    case 'opens':
      if (PUSH.has(channel)) return ['direct_opens', 'total_opens'];
      if (channel === 'email') return ['unique_opens', 'opens'];
      if (channel === 'whats_app') return ['read'];
      if (channel === 'content_cards') return ['unique_impressions', 'total_impressions'];
      if (IN_APP.has(channel)) return ['impressions'];
      return ['unique_opens', 'opens', 'direct_opens', 'total_opens'];
    case 'clicks':
      if (PUSH.has(channel)) return ['body_clicks'];
      if (channel === 'email' || channel === 'content_cards')
        return ['unique_clicks', 'clicks', 'total_clicks'];
      if (channel === 'sms' || IN_APP.has(channel)) return ['clicks'];
      return ['unique_clicks', 'clicks', 'total_clicks', 'body_clicks'];
    default:
      return [step];
  }
}

const isStep = (metric: string): metric is FunnelStepKey =>
  (FUNNEL_STEPS as readonly string[]).includes(metric);

/**
 * A record's value for a metric: funnel steps (`opens`, `clicks`, …) through the per-channel mapping of
 * stepCounters, any other name read verbatim. `undefined` when the record does not report it.
 */
export function metricValue(record: SendRecord, metric: string): number | undefined {
  const names = isStep(metric) ? stepCounters(record.channel, metric) : [metric];
  for (const name of names) {
    const value = record.counters.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Metrics a send's data can be charted by: the funnel steps it reports first, then every other counter. */
export function availableMetrics(days: readonly SendDayData[]): string[] {
  const found = new Set<string>();
  for (const day of days) {
    for (const key of day.totals.keys()) found.add(key);
    for (const record of day.records) {
      if (record.control) continue;
      for (const key of record.counters.keys()) found.add(key);
      for (const step of FUNNEL_STEPS) if (metricValue(record, step) !== undefined) found.add(step);
    }
  }
  const canonical = [...FUNNEL_STEPS, 'revenue'].filter((m) => found.has(m));
  const rest = [...found].filter((m) => !canonical.includes(m)).sort();
  return [...canonical, ...rest];
}

// ——— Series ———

export type GroupBy = 'channel' | 'variation';

export interface SendSeries {
  key: string;
  label: string;
  /**
   * Position among all the send's series (channels or variations), the unattributed series last: colours follow
   * it, so a series keeps its colour whichever metric is shown and whichever series report it.
   */
  colorIndex: number;
}

/**
 * The key of the series holding the part of a campaign-level daily total (e.g. `conversions`, `revenue`) that no
 * channel or variant reports: Braze gives conversions and revenue per day for the whole send, but per variant
 * only on some channels (push), so stacking only the per-variant figures would understate the day.
 */
export const UNATTRIBUTED = '__unattributed';

export function seriesKey(record: SendRecord, groupBy: GroupBy): string {
  return groupBy === 'variation' ? record.variation : record.channel;
}

/** Made on first use: the page's first Intl object loads ICU's data (20–40 ms), which must not join module evaluation. */
let natural: Intl.Collator | undefined;

/**
 * The series of the sent (non-control) records: channels in Braze's usual order with unknown ones after them
 * alphabetically, or variations by name. The order is the legend order and the stacking order (first at the
 * bottom), and colours follow it, so it never depends on which series are hidden.
 */
export function sendSeries(
  days: readonly SendDayData[],
  groupBy: GroupBy,
  t: ChartMessages = chartMessagesEn,
): SendSeries[] {
  const labels = new Map<string, string>();
  for (const day of days) {
    for (const record of day.records) {
      if (record.control) continue;
      const key = seriesKey(record, groupBy);
      if (!labels.has(key))
        labels.set(key, groupBy === 'variation' ? record.variationLabel : channelLabel(key, t));
    }
  }
  const rank = (key: string) => {
    const i = CHANNEL_ORDER.indexOf(key);
    return i === -1 ? CHANNEL_ORDER.length : i;
  };
  const { compare } = (natural ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' }));
  const keys = [...labels.keys()].sort((a, b) =>
    groupBy === 'channel'
      ? rank(a) - rank(b) || compare(a, b)
      : compare(labels.get(a) ?? a, labels.get(b) ?? b) || compare(a, b),
  );
  return keys.map((key, colorIndex) => ({ key, label: labels.get(key) ?? key, colorIndex }));
}

/**
 * A metric per day and series. `values[day][series]`: 0 where a series does not report the metric that day, `null`
 * on a day Braze did not report at all (a gap).
 */
export interface MetricTable {
  metric: string;
  dates: Date[];
  series: SendSeries[];
  values: (number | null)[][];
}

/**
 * The metric per day and series, or `undefined` when neither a record nor a day total reports it. Control groups
 * are left out (they are not sends), and so are series that never report the metric (email has no per-variant
 * conversions: it is left out rather than drawn as zero). When the days carry a campaign-level total of the metric larger than what the
 * series add up to, the difference becomes an {@link UNATTRIBUTED} series, so the stack still totals the day.
 */
export function metricTable(
  days: readonly SendDayData[],
  metric: string,
  groupBy: GroupBy,
  t: ChartMessages = chartMessagesEn,
): MetricTable | undefined {
  const series = sendSeries(days, groupBy, t);
  const index = new Map(series.map((s, i) => [s.key, i]));
  let present = false;
  const reporting = new Set<number>();
  const values = days.map((day) => {
    const row = series.map(() => 0);
    for (const record of day.records) {
      const value = record.control ? undefined : metricValue(record, metric);
      const i = index.get(seriesKey(record, groupBy));
      if (value === undefined || i === undefined) continue;
      present = true;
      reporting.add(i);
      row[i] = (row[i] ?? 0) + value;
    }
    return row;
  });
  const remainders = days.map((day, d) => {
    const total = day.totals.get(metric);
    if (total === undefined) return 0;
    present = true;
    const attributed = (values[d] ?? []).reduce((sum, v) => sum + v, 0);
    const rest = total - attributed;
    return rest > 1e-9 * Math.max(1, total) ? rest : 0;
  });
  if (!present) return undefined;
  const kept = series.map((_, i) => i).filter((i) => reporting.has(i));
  const gap = (d: number) => days[d]?.reported === false;
  const table: MetricTable = {
    metric,
    dates: days.map((d) => d.date),
    series: kept.map((i) => series[i] as SendSeries),
    values: values.map((row, d) => kept.map((i) => (gap(d) ? null : (row[i] ?? 0)))),
  };
  if (remainders.some((r) => r > 0)) {
    table.series.push({
      key: UNATTRIBUTED,
      label: t.sends.unattributed[groupBy === 'variation' ? 'variation' : 'channel'],
      colorIndex: series.length,
    });
    table.values.forEach((row, d) => row.push(gap(d) ? null : (remainders[d] ?? 0)));
  }
  return table;
}

/** Period total of each series of a table, in series order. */
export function seriesTotals(table: MetricTable): number[] {
  return table.series.map((_, i) => table.values.reduce((sum, row) => sum + (row[i] ?? 0), 0));
}

// ——— Funnel and rates ———

/** Sums `numerator / denominator` over the records reporting both; `undefined` when none does or the base is 0. */
export function ratio(
  records: readonly SendRecord[],
  numerator: string,
  denominator: string,
  value: (record: SendRecord, metric: string) => number | undefined = metricValue,
): number | undefined {
  let top = 0;
  let bottom = 0;
  let seen = false;
  for (const record of records) {
    const a = value(record, numerator);
    const b = value(record, denominator);
    if (a === undefined || b === undefined) continue;
    seen = true;
    top += a;
    bottom += b;
  }
  return seen && bottom > 0 ? top / bottom : undefined;
}

export interface FunnelStep {
  key: FunnelStepKey;
  label: string;
  /** Sum over the records reporting the step; `undefined` when no record reports it. */
  count: number | undefined;
  /** count ÷ the previous step, over records reporting both. */
  ofPrevious: number | undefined;
  /** count ÷ sent, over records reporting both. */
  ofSent: number | undefined;
  /** Labels of the channels in the funnel that do not report this step (so the step leaves them out). */
  missing: string[];
  /** First step only: labels of the channels counted from their impressions (in-app messages are not sent). */
  impressions?: string[];
}

/**
 * A record's value for a funnel step. In-app messages are shown, not sent: their funnel starts at their
 * impressions (the `sent` step) and has no separate opens step. Other channels as metricValue.
 */
export function funnelValue(record: SendRecord, step: string): number | undefined {
  if (!IN_APP.has(record.channel) || (step !== 'sent' && step !== 'opens')) return metricValue(record, step);
  return step === 'sent' ? record.counters.get('impressions') : undefined;
}

/**
 * Sent → delivered → opens → clicks → conversions over the given (sent, non-control) records. Channels lacking a
 * step are handled honestly: a step sums only the channels reporting it, its rates are computed only over records
 * that report both figures (so SMS, which reports no opens, neither drags the open rate to 0 nor inflates it), and
 * the channels left out are listed in `missing`. A step no channel reports has `count: undefined`, never 0.
 */
export function funnelSteps(
  records: readonly SendRecord[],
  t: ChartMessages = chartMessagesEn,
): FunnelStep[] {
  const sent = records.filter((r) => !r.control);
  const channels = [...new Set(sent.map((r) => r.channel))];
  const shown = channels.filter((c) => IN_APP.has(c));
  return FUNNEL_STEPS.map((key, i) => {
    let count: number | undefined;
    const reporting = new Set<string>();
    for (const record of sent) {
      const value = funnelValue(record, key);
      if (value === undefined) continue;
      count = (count ?? 0) + value;
      reporting.add(record.channel);
    }
    const previous = FUNNEL_STEPS[i - 1];
    // In-app messages alone start at "Impressions"; beside channels that send, at "Sent / Impressions".
    const first = key === 'sent' && shown.length > 0;
    const impressions = metricLabel('impressions', t);
    return {
      key,
      label: first
        ? shown.length === channels.length
          ? impressions
          : `${t.sends.steps.sent} / ${impressions}`
        : t.sends.steps[key],
      count,
      ofPrevious: previous ? ratio(sent, key, previous, funnelValue) : undefined,
      ofSent: key === 'sent' ? (count ? 1 : undefined) : ratio(sent, key, 'sent', funnelValue),
      missing: channels.filter((c) => !reporting.has(c)).map((c) => channelLabel(c, t)),
      ...(key === 'sent' && shown.length ? { impressions: shown.map((c) => channelLabel(c, t)) } : {}),
    };
  });
}

/** Derived rates of a set of records; each is `undefined` where it does not apply. */
export interface SendRates {
  /** delivered ÷ sent. */
  delivery: number | undefined;
  /** opens ÷ delivered (opens per channel as in stepCounters). */
  open: number | undefined;
  /** clicks ÷ delivered. */
  click: number | undefined;
  /** conversions ÷ unique recipients (Braze's definition) where reported, else ÷ sent. */
  conversion: number | undefined;
}

/** Rates over per-variant records, each over the records reporting both of its figures. */
export function sendRates(records: readonly SendRecord[]): SendRates {
  const sent = records.filter((r) => !r.control);
  return {
    delivery: ratio(sent, 'delivered', 'sent'),
    open: ratio(sent, 'opens', 'delivered'),
    click: ratio(sent, 'clicks', 'delivered'),
    conversion: ratio(sent, 'conversions', 'unique_recipients') ?? ratio(sent, 'conversions', 'sent'),
  };
}

/** The whole send over the period: headline figures for the header. */
export interface SendSummary extends SendRates {
  /** Messages sent (sent variants only). `undefined` when nothing reports `sent`. */
  sent: number | undefined;
  /** Conversions: the campaign-level daily totals when reported, else the per-variant sum. */
  conversions: number | undefined;
  /** Revenue in USD: the campaign-level daily totals when reported, else the per-variant sum. */
  revenue: number | undefined;
  /** Control group(s): users enrolled and their conversions, summed over channels and days. */
  control: { enrolled: number; conversions: number | undefined } | undefined;
}

function sumOf(values: Iterable<number | undefined>): number | undefined {
  let total: number | undefined;
  for (const v of values) if (v !== undefined) total = (total ?? 0) + v;
  return total;
}

/**
 * Headline figures of the period. Conversions and revenue prefer Braze's campaign-level day totals (they cover
 * every channel); the conversion rate then uses Braze's definition, conversions ÷ unique recipients.
 */
export function sendSummary(days: readonly SendDayData[]): SendSummary {
  const records = days.flatMap((d) => d.records);
  const sent = records.filter((r) => !r.control);
  const controls = records.filter((r) => r.control);
  const dayTotal = (key: string) => sumOf(days.map((d) => d.totals.get(key)));
  const conversions = dayTotal('conversions') ?? sumOf(sent.map((r) => metricValue(r, 'conversions')));
  const recipients = dayTotal('unique_recipients');
  const rates = sendRates(sent);
  const enrolled = sumOf(controls.map((r) => r.counters.get('enrolled')));
  return {
    ...rates,
    conversion:
      dayTotal('conversions') !== undefined && recipients
        ? (conversions ?? 0) / recipients
        : rates.conversion,
    sent: sumOf(sent.map((r) => r.counters.get('sent'))),
    conversions,
    revenue: dayTotal('revenue') ?? sumOf(sent.map((r) => r.counters.get('revenue'))),
    control:
      enrolled === undefined
        ? undefined
        : { enrolled, conversions: sumOf(controls.map((r) => r.counters.get('conversions'))) },
  };
}

// ——— Retention ———

/** Braze keeps send analytics this many days after the send; older days come back empty. */
export const SEND_RETENTION_DAYS = 14;

/** Where a requested range stands against Braze's retention of send analytics. */
export interface RetentionNotice {
  /** The oldest day that still has send analytics. */
  oldestDay: Date;
  /** True when the whole range is older than that (every day comes back empty). */
  entirely: boolean;
}

/** UTC midnight (ms) of the oldest day Braze still keeps send analytics for, `now` being today. */
export function retentionStart(now: Date): number {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - SEND_RETENTION_DAYS * DAY_MS;
}

/**
 * A notice when the range reaches further back than Braze keeps send analytics, else `undefined`. The range is
 * `days` (the first and last day of the answer's period) when known; else the request's: `length` days ending with
 * the day `endingAt` names (see lastBucket) or today (UTC).
 */
export function retentionNotice(
  endingAt: string | undefined,
  length: number,
  now: Date,
  days?: readonly [Date, Date],
): RetentionNotice | undefined {
  const oldest = retentionStart(now);
  const today = oldest + SEND_RETENTION_DAYS * DAY_MS;
  const end = days ? days[1].getTime() : lastBucket('day', today, endingAt);
  const start = days ? days[0].getTime() : end - (Math.max(1, Math.floor(length) || 1) - 1) * DAY_MS;
  return start < oldest ? { oldestDay: new Date(oldest), entirely: end < oldest } : undefined;
}

/**
 * Bar length of each funnel step as a share of the top bar: its rate of sent where it has one (so a step that some
 * channels do not report is not drawn as a drop-off), else its count relative to the largest step's count.
 */
export function funnelShares(steps: readonly FunnelStep[]): (number | undefined)[] {
  const max = Math.max(0, ...steps.map((s) => s.count ?? 0));
  return steps.map((s) => {
    if (s.count === undefined) return undefined;
    return s.ofSent ?? (max > 0 ? s.count / max : 0);
  });
}
