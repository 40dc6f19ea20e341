import { localized } from '../base/messages.js';

/** UI strings of `<braze-send-breakdown>`, per language. */
export interface SendMessages {
  stats: { sent: string; delivery: string; open: string; click: string; conversion: string; revenue: string };
  rates: { delivery: string; open: string; click: string; conversion: string };
  noSends: string;
  noMetric: (metric: string) => string;
  available: (list: string) => string;
  allHidden: string;
  allHiddenSummary: (title: string) => string;
  funnelTitle: (by: string) => string;
  metricTitle: (metric: string, daily: boolean, by: string) => string;
  by: { channel: string; variation: string };
  campaign: (id: string) => string;
  send: (id: string) => string;
  notReported: string;
  notReportedPer: (per: string) => string;
  campaignTotal: (count: string) => string;
}

const en: SendMessages = {
  stats: {
    sent: 'Sent',
    delivery: 'Delivery rate',
    open: 'Open rate',
    click: 'Click rate',
    conversion: 'Conversion rate',
    revenue: 'Revenue',
  },
  rates: { delivery: 'Delivery', open: 'Open', click: 'Click', conversion: 'Conversion' },
  noSends: 'No send analytics for this period.',
  noMetric: (metric) => `No “${metric}” figures in this send's data.`,
  available: (list) => `Available: ${list}.`,
  allHidden: 'All series are hidden: turn one on in the legend.',
  allHiddenSummary: (title) => `${title}: all series are hidden.`,
  funnelTitle: (by) => `Send funnel by ${by}`,
  metricTitle: (metric, daily, by) => `${metric}${daily ? ' per day' : ''} by ${by}`,
  by: { channel: 'channel', variation: 'variation' },
  campaign: (id) => `Campaign ${id}`,
  send: (id) => `send ${id}`,
  notReported: 'not reported',
  notReportedPer: (per) => `not reported per ${per}`,
  campaignTotal: (count) => `campaign total ${count}`,
};

const de: SendMessages = {
  stats: {
    sent: 'Gesendet',
    delivery: 'Zustellrate',
    open: 'Öffnungsrate',
    click: 'Klickrate',
    conversion: 'Conversion-Rate',
    revenue: 'Umsatz',
  },
  rates: { delivery: 'Zustellung', open: 'Öffnung', click: 'Klick', conversion: 'Conversion' },
  noSends: 'Keine Versandanalysen für diesen Zeitraum.',
  noMetric: (metric) => `Keine „${metric}“-Werte in den Daten dieses Versands.`,
  available: (list) => `Verfügbar: ${list}.`,
  allHidden: 'Alle Reihen sind ausgeblendet: Blenden Sie eine in der Legende ein.',
  allHiddenSummary: (title) => `${title}: Alle Reihen sind ausgeblendet.`,
  funnelTitle: (by) => `Versandtrichter nach ${by}`,
  metricTitle: (metric, daily, by) => `${metric}${daily ? ' pro Tag' : ''} nach ${by}`,
  by: { channel: 'Kanal', variation: 'Variante' },
  campaign: (id) => `Kampagne ${id}`,
  send: (id) => `Versand ${id}`,
  notReported: 'nicht gemeldet',
  notReportedPer: (per) => `nicht pro ${per} gemeldet`,
  campaignTotal: (count) => `Kampagne gesamt ${count}`,
};

/** The send breakdown's strings for a locale. */
export const sendMessagesFor = (locale: string | undefined): SendMessages => localized({ en, de }, locale);
