import type { ChartMessages } from '../../chart/messages.js';
import { localized } from '../base/messages.js';

type PerUnit = { day: string; hour: string };

/** UI strings of `<braze-event-trend>` and `<braze-purchase-trend>`, per language (see the base's `localized`). */
export interface TrendMessages {
  /** The summary's sentences, the series being named in its title (no noun of their own). */
  summary: Pick<ChartMessages['sessions'], 'overview' | 'previousTotal'>;
  event: {
    /** `Viewed Product per day`. */
    title: (event: string) => PerUnit;
    total: string;
    /** The series in the tooltip, table and CSV. */
    label: string;
    /** The empty view: the event never happened in the period. */
    empty: (event: string) => string;
    /** The picker's label. */
    picker: string;
    /** The picker's first option while no event is chosen. */
    choose: string;
    /** The empty view with `picker` and no event yet. */
    chooseFirst: string;
    /** `event` missing and no picker to choose one with. */
    required: string;
  };
  purchase: {
    title: { revenue: PerUnit; quantity: PerUnit };
    total: { revenue: string; quantity: string };
    /** The series in the tooltip, table and CSV: `Revenue (USD)`, `Purchases`. */
    label: { revenue: (currency: string) => string; quantity: string };
    allProducts: string;
    product: (id: string) => string;
    empty: (product: string | undefined) => string;
    picker: string;
    invalidMetric: (metric: string) => string;
    invalidCurrency: (currency: string) => string;
  };
  /** Why the picker has no options (the chart still works). */
  listFailed: string;
}

const en: TrendMessages = {
  summary: {
    overview: (what, period, total, average, unit) =>
      `${what}, ${period}: total ${total}, average ${average} per ${unit}.`,
    previousTotal: (period, total, change) =>
      `Previous period, ${period}: total ${total}${change === undefined ? '.' : `; change ${change}.`}`,
  },
  event: {
    title: (event) => ({ day: `${event} per day`, hour: `${event} per hour` }),
    total: 'Total events',
    label: 'Events',
    empty: (event) => `No ${event} events in this period`,
    picker: 'Event',
    choose: 'Choose an event',
    chooseFirst: 'Choose an event to see its counts.',
    required: 'event is required: the name of a custom event (or add picker to choose one).',
  },
  purchase: {
    title: {
      revenue: { day: 'Revenue per day', hour: 'Revenue per hour' },
      quantity: { day: 'Purchases per day', hour: 'Purchases per hour' },
    },
    total: { revenue: 'Total revenue', quantity: 'Total purchases' },
    label: { revenue: (currency) => `Revenue (${currency})`, quantity: 'Purchases' },
    allProducts: 'All products',
    product: (id) => `Product ${id}`,
    empty: (product) =>
      product ? `No purchases of ${product} in this period` : 'No purchases in this period',
    picker: 'Product',
    invalidMetric: (metric) => `metric "${metric}" is not one of revenue, quantity.`,
    invalidCurrency: (currency) =>
      `currency "${currency}" is not an ISO 4217 currency code this browser knows, such as USD or EUR.`,
  },
  listFailed: 'The list could not be loaded.',
};

/** The trends' strings for a locale. */
export const trendMessagesFor = (locale: string | undefined): TrendMessages =>
  localized('trends', en, locale);

/** English strings (for code without a locale at hand). */
export const trendMessages = en;
