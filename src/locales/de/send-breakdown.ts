import { plural } from '../../chart/messages.js';
import type { SendMessages } from '../../elements/breakdown/breakdown.messages.js';

/** German: SendMessages. */
export const de: SendMessages = {
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
  per: { channel: 'Kanal', variant: 'Variante' },
  retention: (days, oldestDay, entirely) =>
    `Braze bewahrt Versandanalysen ${plural('de', days, { one: 'Tag', other: 'Tage' })} auf: ${
      entirely
        ? 'Dieser Zeitraum ist älter und hat daher keine Daten'
        : `Tage vor dem ${oldestDay} haben keine Daten`
    }.`,
  control: (enrolled, conversions) =>
    `Kontrollgruppe: ${enrolled} aufgenommen${conversions === undefined ? '' : `, ${conversions} Conversions`} (nicht gesendet, nicht dargestellt).`,
  unattributed: (metric, per) =>
    `Nicht zugeordnet: ${metric} auf Kampagnenebene, die Braze nicht pro ${per} meldet.`,
  missing: (steps, channels) => `${steps}: von ${channels} nicht gemeldet, in diesen Raten nicht enthalten.`,
  impressions: (channels) =>
    `${channels}: Impressionen, keine Sendungen (In-App-Nachrichten werden angezeigt, nicht gesendet).`,
  detailsFailed: (reason) =>
    `Kampagnendetails konnten nicht geladen werden (${reason}): Conversions ohne Namen.`,
  required: (attribute) => `Das Attribut ${attribute} fehlt.`,
  badView: (view) => `view muss daily, totals oder funnel sein, nicht „${view}“.`,
  badGroupBy: (groupBy) => `group-by muss channel oder variation sein, nicht „${groupBy}“.`,
};
