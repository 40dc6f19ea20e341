import type { TrendMessages } from '../../elements/trends/trends.messages.js';

/** French: TrendMessages. */
export const fr: TrendMessages = {
  summary: {
    overview: (what, period, total, average, unit) =>
      `${what}, ${period}\u00a0: ${total} au total, ${average} en moyenne par ${unit === 'day' ? 'jour' : 'heure'}.`,
    previousTotal: (period, total, change) =>
      `Période précédente, ${period}\u00a0: ${total} au total${change === undefined ? '.' : `\u00a0; variation ${change}.`}`,
  },
  event: {
    title: (event) => ({ day: `${event} par jour`, hour: `${event} par heure` }),
    total: 'Total des événements',
    label: 'Événements',
    empty: (event) => `Aucun événement ${event} sur cette période`,
    picker: 'Événement',
    choose: 'Choisir un événement',
    chooseFirst: 'Choisissez un événement pour voir ses occurrences.',
    required: 'event est requis\u00a0: le nom d’un événement personnalisé (ou picker pour en choisir un).',
  },
  purchase: {
    title: {
      revenue: { day: 'Chiffre d’affaires par jour', hour: 'Chiffre d’affaires par heure' },
      quantity: { day: 'Achats par jour', hour: 'Achats par heure' },
    },
    total: { revenue: 'Chiffre d’affaires total', quantity: 'Total des achats' },
    label: { revenue: (currency) => `Chiffre d’affaires (${currency})`, quantity: 'Achats' },
    allProducts: 'Tous les produits',
    product: (id) => `Produit ${id}`,
    empty: (product) =>
      product ? `Aucun achat de ${product} sur cette période` : 'Aucun achat sur cette période',
    picker: 'Produit',
    invalidMetric: (metric) => `metric "${metric}" n’est ni revenue ni quantity.`,
    invalidCurrency: (currency) =>
      `currency "${currency}" n’est pas un code de devise ISO 4217 connu de ce navigateur, comme USD ou EUR.`,
  },
  listFailed: 'La liste n’a pas pu être chargée.',
};
