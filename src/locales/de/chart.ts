import { plural, type ChartMessages } from '../../chart/messages.js';

/** German: ChartMessages. */
export const de: ChartMessages = {
  noData: (what) => `${what}: keine Daten.`,
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
      `Keine Daten für ${plural('de', count, unit === 'day' ? { one: 'Tag', other: 'Tage' } : { one: 'Stunde', other: 'Stunden' })}.`,
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
    conversionEvents: {
      purchases: 'Käufe',
      purchasesOf: (product) => `Käufe von ${product}`,
      sessions: 'Sitzungen',
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
