import { plural, type ChartMessages } from '../../chart/messages.js';

/** French: ChartMessages. A no-break space goes before `:` and `;`, as French typography wants. */
export const fr: ChartMessages = {
  noData: (what) => `${what}\u00a0: aucune donnée.`,
  series: (s) =>
    `${s.what}, du ${s.from} au ${s.to}\u00a0: ${{ rising: 'en hausse', falling: 'en baisse', unchanged: 'stable' }[s.trend]} ` +
    `de ${s.first} à ${s.last}${s.pct ? ` (${s.pct})` : ''}. ` +
    `Minimum ${s.min} le ${s.minDate}, maximum ${s.max} le ${s.maxDate}.`,
  sessions: {
    overview: (what, period, total, average, unit) =>
      `${what}, ${period}\u00a0: ${total} sessions au total, ${average} en moyenne par ${unit === 'day' ? 'jour' : 'heure'}.`,
    extremes: (peak, peakDate, low, lowDate) =>
      `Pic de ${peak} le ${peakDate}\u00a0; minimum de ${low} le ${lowDate}.`,
    trend: (trend, pct) =>
      `Tendance\u00a0: ${{ rising: 'à la hausse', falling: 'à la baisse', steady: 'stable' }[trend]}${
        trend !== 'steady' && pct !== undefined ? ` (${pct} sur la période)` : ''
      }.`,
    missing: (count, unit) =>
      `Aucune donnée pour ${plural('fr', count, unit === 'day' ? { one: 'jour', other: 'jours' } : { one: 'heure', other: 'heures' })}.`,
    previousNoData: (period) => `Période précédente, ${period}\u00a0: aucune donnée.`,
    previousTotal: (period, total, change) =>
      `Période précédente, ${period}\u00a0: ${total} sessions au total${change === undefined ? '.' : `\u00a0; variation ${change}.`}`,
  },
  sends: {
    channels: new Map([
      ['email', 'E-mail'],
      ['ios_push', 'Push iOS'],
      ['android_push', 'Push Android'],
      ['kindle_push', 'Push Kindle'],
      ['web_push', 'Push Web'],
      ['sms', 'SMS'],
      ['whats_app', 'WhatsApp'],
      ['webhook', 'Webhook'],
      ['content_cards', 'Content Cards'],
      ['in_app_message', 'Message in-app'],
      ['trigger_in_app_message', 'Message in-app (déclenché)'],
    ]),
    metrics: new Map([
      ['sent', 'Envois'],
      ['delivered', 'Distribués'],
      ['opens', 'Ouvertures'],
      ['unique_opens', 'Ouvertures uniques'],
      ['total_opens', 'Ouvertures totales'],
      ['direct_opens', 'Ouvertures directes'],
      ['clicks', 'Clics'],
      ['unique_clicks', 'Clics uniques'],
      ['total_clicks', 'Clics totaux'],
      ['body_clicks', 'Clics sur le message'],
      ['bounces', 'Rebonds'],
      ['unsubscribes', 'Désabonnements'],
      ['revenue', 'Chiffre d’affaires'],
      ['unique_recipients', 'Destinataires uniques'],
      ['impressions', 'Impressions'],
      ['unique_impressions', 'Impressions uniques'],
      ['total_impressions', 'Impressions totales'],
      ['read', 'Lus'],
      ['enrolled', 'Inscrits'],
      ['conversions', 'Conversions'],
      ['conversions1', 'Conversions (B)'],
      ['conversions2', 'Conversions (C)'],
      ['conversions3', 'Conversions (D)'],
    ]),
    steps: {
      sent: 'Envois',
      delivered: 'Distribués',
      opens: 'Ouvertures',
      clicks: 'Clics',
      conversions: 'Conversions',
    },
    conversionEvents: {
      purchases: 'Achats',
      purchasesOf: (product) => `Achats de ${product}`,
      sessions: 'Sessions',
    },
    by: { channel: 'canal', variation: 'variante' },
    unattributed: { channel: 'Non attribué à un canal', variation: 'Non attribué à une variante' },
    variant: (position) => `Variante ${position}`,
    daily: (metric, by, range, total) =>
      `${metric} par jour et par ${by}, ${range}\u00a0: ${total} au total.`,
    totals: (metric, by, range, list) =>
      `${metric} par ${by}, ${range}\u00a0: ${list ?? 'rien n’est affiché'}.`,
    highestDay: (date, value) => `Jour le plus haut\u00a0: ${date}, avec ${value}.`,
    hidden: (list) => `Séries masquées\u00a0: ${list}.`,
    ofPrevious: (pct) => `${pct} de l’étape précédente`,
    ofSent: (pct) => `${pct} des envois`,
    stepNotReported: (step) => `${step}\u00a0: non communiqué`,
    notReportedFor: (list) => `non communiqué pour ${list}`,
    funnel: (range, lines) => `Entonnoir d’envoi, ${range}\u00a0: ${lines}.`,
  },
};
