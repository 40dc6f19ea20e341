/**
 * Words of the DOM-free chart maths (generated summaries, channel, metric and funnel-step names), per language.
 * The element message tables (src/elements/**\/*.messages.ts) hold the rest of the UI; both pick a table with
 * `localized`. Every function here receives already formatted numbers and dates.
 */

import { localized } from './locale.js';

export type Trend = 'rising' | 'falling' | 'unchanged' | 'steady';
export type Unit = 'day' | 'hour';

/** describeSeries' sentence parts, formatted. */
export interface SeriesSentence {
  what: string;
  from: string;
  to: string;
  trend: 'rising' | 'falling' | 'unchanged';
  first: string;
  last: string;
  /** Signed percentage, or undefined. */
  pct: string | undefined;
  min: string;
  minDate: string;
  max: string;
  maxDate: string;
}

export interface ChartMessages {
  /** `What: no data.` */
  noData: (what: string) => string;
  /** `A to B` for a range of days. */
  series: (s: SeriesSentence) => string;
  sessions: {
    overview: (what: string, period: string, total: string, average: string, unit: Unit) => string;
    extremes: (peak: string, peakDate: string, low: string, lowDate: string) => string;
    trend: (trend: 'rising' | 'falling' | 'steady', pct: string | undefined) => string;
    missing: (count: number, unit: Unit) => string;
    previousNoData: (period: string) => string;
    previousTotal: (period: string, total: string, change: string | undefined) => string;
  };
  sends: {
    /** Names of known channel keys (unknown keys are humanised). */
    channels: ReadonlyMap<string, string>;
    /** Names of metric keys that read badly humanised (others are humanised). */
    metrics: ReadonlyMap<string, string>;
    steps: Record<'sent' | 'delivered' | 'opens' | 'clicks' | 'conversions', string>;
    /** Names of a campaign's conversion events by `conversion_behaviors` type (see chart/conversions.ts). */
    conversionEvents: { purchases: string; purchasesOf: (product: string) => string; sessions: string };
    /** `channel` / `variation` inside a sentence. */
    by: { channel: string; variation: string };
    unattributed: { channel: string; variation: string };
    variant: (position: number) => string;
    daily: (metric: string, by: string, range: string, total: string) => string;
    totals: (metric: string, by: string, range: string, list: string | undefined) => string;
    highestDay: (date: string, value: string) => string;
    hidden: (list: string) => string;
    ofPrevious: (pct: string) => string;
    ofSent: (pct: string) => string;
    stepNotReported: (step: string) => string;
    notReportedFor: (list: string) => string;
    funnel: (range: string, lines: string) => string;
  };
}

/** The words of a count in each plural category a language uses (`one`, `other`, and `few`, `many`… where it has them). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * `count` and its word in the plural category `lang`'s rules give it (Intl.PluralRules): `1 day`, `2 days`, French
 * `0 jour`. `shown` is the count as displayed (default: as is).
 */
export function plural(lang: string, count: number, forms: PluralForms, shown = String(count)): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return `${shown} ${forms[rules.select(count)] ?? forms.other}`;
}

const en: ChartMessages = {
  noData: (what) => `${what}: no data.`,
  series: (s) =>
    `${s.what}, ${s.from} to ${s.to}: ${s.trend} from ${s.first} to ${s.last}${s.pct ? ` (${s.pct})` : ''}. ` +
    `Lowest ${s.min} on ${s.minDate}, highest ${s.max} on ${s.maxDate}.`,
  sessions: {
    overview: (what, period, total, average, unit) =>
      `${what}, ${period}: total ${total} sessions, average ${average} per ${unit}.`,
    extremes: (peak, peakDate, low, lowDate) => `Peak ${peak} on ${peakDate}; lowest ${low} on ${lowDate}.`,
    trend: (trend, pct) =>
      `Trend: ${trend}${trend !== 'steady' && pct !== undefined ? ` (${pct} over the period)` : ''}.`,
    missing: (count, unit) =>
      `No data for ${plural('en', count, unit === 'day' ? { one: 'day', other: 'days' } : { one: 'hour', other: 'hours' })}.`,
    previousNoData: (period) => `Previous period, ${period}: no data.`,
    previousTotal: (period, total, change) =>
      `Previous period, ${period}: total ${total} sessions${change === undefined ? '.' : `; change ${change}.`}`,
  },
  sends: {
    channels: new Map([
      ['email', 'Email'],
      ['ios_push', 'iOS push'],
      ['android_push', 'Android push'],
      ['kindle_push', 'Kindle push'],
      ['web_push', 'Web push'],
      ['sms', 'SMS'],
      ['whats_app', 'WhatsApp'],
      ['webhook', 'Webhook'],
      ['content_cards', 'Content Cards'],
      ['in_app_message', 'In-app message'],
      ['trigger_in_app_message', 'In-app message (triggered)'],
    ]),
    // Braze calls its four conversion events A (primary), B, C and D.
    metrics: new Map([
      ['conversions', 'Conversions'],
      ['conversions1', 'Conversions (B)'],
      ['conversions2', 'Conversions (C)'],
      ['conversions3', 'Conversions (D)'],
    ]),
    steps: {
      sent: 'Sent',
      delivered: 'Delivered',
      opens: 'Opens',
      clicks: 'Clicks',
      conversions: 'Conversions',
    },
    conversionEvents: {
      purchases: 'Purchases',
      purchasesOf: (product) => `Purchases of ${product}`,
      sessions: 'Sessions',
    },
    by: { channel: 'channel', variation: 'variation' },
    unattributed: { channel: 'Not attributed to a channel', variation: 'Not attributed to a variant' },
    variant: (position) => `Variant ${position}`,
    daily: (metric, by, range, total) => `${metric} per day by ${by}, ${range}: ${total} in total.`,
    totals: (metric, by, range, list) => `${metric} by ${by}, ${range}: ${list ?? 'nothing shown'}.`,
    highestDay: (date, value) => `Highest day ${date} with ${value}.`,
    hidden: (list) => `Hidden: ${list}.`,
    ofPrevious: (pct) => `${pct} of previous`,
    ofSent: (pct) => `${pct} of sent`,
    stepNotReported: (step) => `${step} not reported`,
    notReportedFor: (list) => `not reported for ${list}`,
    funnel: (range, lines) => `Send funnel, ${range}: ${lines}.`,
  },
};

/** The chart words for a locale (English unless a registered locale pack has them). */
export function chartMessages(locale: string | undefined): ChartMessages {
  return localized('chart', en, locale);
}

/** The English table (the default of the helpers' optional message parameters). */
export const chartMessagesEn = en;
