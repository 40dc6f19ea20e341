import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/purchase-trend.js';
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { emptyProxy, pendingProxy } from './mock-proxy.js';
import { HOURLY, SERIES_ARG_TYPES, SERIES_ARGS, type SeriesArgs } from './series-args.js';
import { narrow, onDark, rightToLeft } from './variants.js';

interface Args extends SeriesArgs {
  metric: 'revenue' | 'quantity';
  product: string;
  currency: string;
}

/** Proxies that never answer (loading) and whose workspace sent nothing (empty). */
const PENDING_PROXY_URL = pendingProxy('/api/pending-purchase-trend');
const EMPTY_PROXY_URL = emptyProxy('/api/empty-purchase-trend');

const meta: Meta<Args> = {
  title: 'Elements/braze-purchase-trend',
  component: 'braze-purchase-trend',
  args: {
    ...SERIES_ARGS,
    metric: 'revenue',
    product: '',
    currency: 'USD',
  },
  argTypes: {
    ...SERIES_ARG_TYPES,
    metric: { control: 'inline-radio', options: ['revenue', 'quantity'] },
    currency: { control: 'select', options: ['USD', 'EUR', 'JPY', 'GBP'] },
  },
  render: (args) => chart(args),
};
export default meta;

function chart(args: Args) {
  return html`<braze-purchase-trend
    proxy-url=${args.proxyUrl}
    metric=${args.metric}
    product=${args.product || nothing}
    currency=${args.currency || nothing}
    ?picker=${args.picker}
    unit=${args.unit}
    length=${args.length}
    ending-at=${args.endingAt || nothing}
    variant=${args.variant}
    compare=${args.compare}
    missing=${args.missing}
    app-id=${args.appId || nothing}
    time-zone=${args.timeZone || nothing}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></braze-purchase-trend>`;
}

type Story = StoryObj<Args>;

export const Revenue: Story = {};
export const RevenueWithPicker: Story = { args: { picker: true, length: 14 } };
export const RevenueInEuros: Story = { args: { currency: 'EUR', locale: 'de-DE' } };
export const QuantityOfOneProduct: Story = {
  args: { metric: 'quantity', product: 'premium_monthly', variant: 'line', compare: 'previous' },
};
export const HourlyRevenue: Story = {
  args: { ...HOURLY },
};
export const Loading: Story = { args: { proxyUrl: PENDING_PROXY_URL } };
export const Empty: Story = { args: { proxyUrl: EMPTY_PROXY_URL, product: 'gift_card_25' } };
export const ServerError: Story = { args: { appId: 'fault_500' } };
export const InvalidCurrency: Story = { args: { currency: 'dollars' } };
export const Narrow: Story = { args: { picker: true }, render: (args) => narrow(chart(args), 280) };
export const Dark: Story = {
  args: { theme: 'dark', picker: true, compare: 'previous', length: 14 },
  render: (args) => onDark(chart(args)),
};
export const RightToLeftArabic: Story = {
  args: { locale: 'ar-EG', currency: 'EGP' },
  render: (args) => rightToLeft(chart(args)),
};
export const GermanLocale: Story = { args: { locale: 'de-DE', currency: 'EUR', picker: true } };
export const FrenchLocale: Story = { args: { locale: 'fr-FR', currency: 'EUR', metric: 'quantity' } };
