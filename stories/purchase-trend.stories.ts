import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/purchase-trend.js';
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { emptyProxy, MOCK_PROXY_URL, pendingProxy } from './mock-proxy.js';
import { narrow, onDark, rightToLeft } from './variants.js';

interface Args {
  metric: 'revenue' | 'quantity';
  product: string;
  currency: string;
  picker: boolean;
  unit: 'day' | 'hour';
  length: number;
  endingAt: string;
  variant: 'bars' | 'line';
  compare: 'none' | 'previous';
  missing: 'gap' | 'zero';
  appId: string;
  timeZone: string;
  proxyUrl: string;
  locale: string;
  theme: '' | 'light' | 'dark';
}

/** Proxies that never answer (loading) and whose workspace sent nothing (empty). */
const PENDING_PROXY_URL = pendingProxy('/api/pending-purchase-trend');
const EMPTY_PROXY_URL = emptyProxy('/api/empty-purchase-trend');

const meta: Meta<Args> = {
  title: 'Elements/braze-purchase-trend',
  component: 'braze-purchase-trend',
  args: {
    metric: 'revenue',
    product: '',
    currency: 'USD',
    picker: false,
    unit: 'day',
    length: 30,
    endingAt: '2024-05-31',
    variant: 'bars',
    compare: 'none',
    missing: 'gap',
    appId: '',
    timeZone: '',
    proxyUrl: MOCK_PROXY_URL,
    locale: '',
    theme: '',
  },
  argTypes: {
    metric: { control: 'inline-radio', options: ['revenue', 'quantity'] },
    currency: { control: 'select', options: ['USD', 'EUR', 'JPY', 'GBP'] },
    unit: { control: 'inline-radio', options: ['day', 'hour'] },
    variant: { control: 'inline-radio', options: ['bars', 'line'] },
    compare: { control: 'inline-radio', options: ['none', 'previous'] },
    missing: { control: 'inline-radio', options: ['gap', 'zero'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    locale: { control: 'select', options: ['', 'en-US', 'de-DE', 'fr-FR', 'ar-EG'] },
    appId: { control: 'select', options: ['', 'app_ios', 'app_android', 'app_web'] },
    length: { control: { type: 'range', min: 1, max: 100 } },
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
  args: { unit: 'hour', length: 48, endingAt: '2024-05-31T23:00:00Z', variant: 'line', timeZone: 'UTC' },
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
