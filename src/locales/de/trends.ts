import type { TrendMessages } from '../../elements/trends/trends.messages.js';

/** German: TrendMessages. */
export const de: TrendMessages = {
  summary: {
    overview: (what, period, total, average, unit) =>
      `${what}, ${period}: insgesamt ${total}, im Schnitt ${average} pro ${unit === 'day' ? 'Tag' : 'Stunde'}.`,
    previousTotal: (period, total, change) =>
      `Vorzeitraum, ${period}: insgesamt ${total}${change === undefined ? '.' : `; Veränderung ${change}.`}`,
  },
  event: {
    title: (event) => ({ day: `${event} pro Tag`, hour: `${event} pro Stunde` }),
    total: 'Ereignisse gesamt',
    label: 'Ereignisse',
    empty: (event) => `Keine ${event}-Ereignisse in diesem Zeitraum`,
    picker: 'Ereignis',
    choose: 'Ereignis wählen',
    chooseFirst: 'Wählen Sie ein Ereignis, um seine Anzahl zu sehen.',
    required: 'event fehlt: der Name eines Custom Events (oder picker, um eines zu wählen).',
  },
  purchase: {
    title: {
      revenue: { day: 'Umsatz pro Tag', hour: 'Umsatz pro Stunde' },
      quantity: { day: 'Käufe pro Tag', hour: 'Käufe pro Stunde' },
    },
    total: { revenue: 'Umsatz gesamt', quantity: 'Käufe gesamt' },
    label: { revenue: (currency) => `Umsatz (${currency})`, quantity: 'Käufe' },
    allProducts: 'Alle Produkte',
    product: (id) => `Produkt ${id}`,
    empty: (product) =>
      product ? `Keine Käufe von ${product} in diesem Zeitraum` : 'Keine Käufe in diesem Zeitraum',
    picker: 'Produkt',
    invalidMetric: (metric) => `metric "${metric}" ist weder revenue noch quantity.`,
    invalidCurrency: (currency) =>
      `currency "${currency}" ist kein ISO-4217-Währungscode, den dieser Browser kennt, etwa USD oder EUR.`,
  },
  listFailed: 'Die Liste konnte nicht geladen werden.',
};
