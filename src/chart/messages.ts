/**
 * Words of the DOM-free chart maths (generated summaries, channel, metric and funnel-step names), per language.
 * The element message tables (src/elements/**\/*.messages.ts) hold the rest of the UI; both pick a table with
 * `localized`. Every function here receives already formatted numbers and dates.
 */

/** The languages with a message table. */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The table language for a BCP 47 locale: its primary language when there is a table, else English. */
export function languageOf(locale: string | undefined): Language {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/** Picks a locale's table from per-language tables (English when the language has none). */
export function localized<T>(tables: Record<Language, T>, locale: string | undefined): T {
  return tables[languageOf(locale)];
}

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
  range: (from: string, to: string) => string;
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

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const en: ChartMessages = {
  noData: (what) => `${what}: no data.`,
  range: (from, to) => `${from} to ${to}`,
  series: (s) =>
    `${s.what}, ${s.from} to ${s.to}: ${s.trend} from ${s.first} to ${s.last}${s.pct ? ` (${s.pct})` : ''}. ` +
    `Lowest ${s.min} on ${s.minDate}, highest ${s.max} on ${s.maxDate}.`,
  sessions: {
    overview: (what, period, total, average, unit) =>
      `${what}, ${period}: total ${total} sessions, average ${average} per ${unit}.`,
    extremes: (peak, peakDate, low, lowDate) => `Peak ${peak} on ${peakDate}; lowest ${low} on ${lowDate}.`,
    trend: (trend, pct) =>
      `Trend: ${trend}${trend !== 'steady' && pct !== undefined ? ` (${pct} over the period)` : ''}.`,
    missing: (count, unit) => `No data for ${plural(count, unit, `${unit}s`)}.`,
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

const de: ChartMessages = {
  noData: (what) => `${what}: keine Daten.`,
  range: (from, to) => `${from} bis ${to}`,
  series: (s) =>
    `${s.what}, ${s.from} bis ${s.to}: ${{ rising: 'steigend', falling: 'fallend', unchanged: 'unverändert' }[s.trend]} ` +
    `von ${s.first} auf ${s.last}${s.pct ? ` (${s.pct})` : ''}. ` +
    `Tiefstwert ${s.min} am ${s.minDate}, Höchstwert ${s.max} am ${s.maxDate}.`,
  sessions: {
    overview: (what, period, total, average, unit) =>
      `${what}, ${period}: insgesamt ${total} Sitzungen, im Schnitt ${average} pro ${unit === 'day' ? 'Tag' : 'Stunde'}.`,
    extremes: (peak, peakDate, low, lowDate) =>
      `Höchstwert ${peak} am ${peakDate}; Tiefstwert ${low} am ${lowDate}.`,
    trend: (trend, pct) =>
      `Trend: ${{ rising: 'steigend', falling: 'fallend', steady: 'gleichbleibend' }[trend]}${
        trend !== 'steady' && pct !== undefined ? ` (${pct} über den Zeitraum)` : ''
      }.`,
    missing: (count, unit) =>
      `Keine Daten für ${unit === 'day' ? plural(count, 'Tag', 'Tage') : plural(count, 'Stunde', 'Stunden')}.`,
    previousNoData: (period) => `Vorzeitraum, ${period}: keine Daten.`,
    previousTotal: (period, total, change) =>
      `Vorzeitraum, ${period}: insgesamt ${total} Sitzungen${change === undefined ? '.' : `; Veränderung ${change}.`}`,
  },
  sends: {
    channels: new Map([
      ['email', 'E-Mail'],
      ['ios_push', 'iOS-Push'],
      ['android_push', 'Android-Push'],
      ['kindle_push', 'Kindle-Push'],
      ['web_push', 'Web-Push'],
      ['sms', 'SMS'],
      ['whats_app', 'WhatsApp'],
      ['webhook', 'Webhook'],
      ['content_cards', 'Content Cards'],
      ['in_app_message', 'In-App-Nachricht'],
      ['trigger_in_app_message', 'In-App-Nachricht (ausgelöst)'],
    ]),
    metrics: new Map([
      ['sent', 'Gesendet'],
      ['delivered', 'Zugestellt'],
      ['opens', 'Öffnungen'],
      ['unique_opens', 'Eindeutige Öffnungen'],
      ['total_opens', 'Öffnungen gesamt'],
      ['direct_opens', 'Direkte Öffnungen'],
      ['clicks', 'Klicks'],
      ['unique_clicks', 'Eindeutige Klicks'],
      ['total_clicks', 'Klicks gesamt'],
      ['body_clicks', 'Klicks auf den Text'],
      ['bounces', 'Bounces'],
      ['unsubscribes', 'Abmeldungen'],
      ['revenue', 'Umsatz'],
      ['unique_recipients', 'Eindeutige Empfänger'],
      ['impressions', 'Impressionen'],
      ['unique_impressions', 'Eindeutige Impressionen'],
      ['total_impressions', 'Impressionen gesamt'],
      ['read', 'Gelesen'],
      ['enrolled', 'Eingeschrieben'],
      ['conversions', 'Conversions'],
      ['conversions1', 'Conversions (B)'],
      ['conversions2', 'Conversions (C)'],
      ['conversions3', 'Conversions (D)'],
    ]),
    steps: {
      sent: 'Gesendet',
      delivered: 'Zugestellt',
      opens: 'Öffnungen',
      clicks: 'Klicks',
      conversions: 'Conversions',
    },
    by: { channel: 'Kanal', variation: 'Variante' },
    unattributed: { channel: 'Keinem Kanal zugeordnet', variation: 'Keiner Variante zugeordnet' },
    variant: (position) => `Variante ${position}`,
    daily: (metric, by, range, total) => `${metric} pro Tag nach ${by}, ${range}: insgesamt ${total}.`,
    totals: (metric, by, range, list) => `${metric} nach ${by}, ${range}: ${list ?? 'nichts angezeigt'}.`,
    highestDay: (date, value) => `Stärkster Tag ${date} mit ${value}.`,
    hidden: (list) => `Ausgeblendet: ${list}.`,
    ofPrevious: (pct) => `${pct} des vorigen Schritts`,
    ofSent: (pct) => `${pct} der Gesendeten`,
    stepNotReported: (step) => `${step} nicht gemeldet`,
    notReportedFor: (list) => `nicht gemeldet für ${list}`,
    funnel: (range, lines) => `Versandtrichter, ${range}: ${lines}.`,
  },
};

/** The chart words for a locale (English for languages without a table). */
export function chartMessages(locale: string | undefined): ChartMessages {
  return localized({ en, de }, locale);
}

/** The English table (the default of the helpers' optional message parameters). */
export const chartMessagesEn = en;
