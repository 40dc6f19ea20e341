import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/campaign-breakdown.js';
// The German and French packs, for the de-DE and fr-FR locale options (other locales get English words with their
// own number formats).
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { configureClient } from '../src/data/client.js';
import { MOCK_PROXY_URL } from './mock-proxy.js';
import { narrow, onDark, rightToLeft } from './variants.js';

interface Args {
  campaignId: string;
  length: number;
  endingAt: string;
  metric: string;
  groupBy: 'channel' | 'variation';
  view: 'daily' | 'totals' | 'funnel';
  proxyUrl: string;
  locale: string;
  theme: '' | 'light' | 'dark';
}

/** A proxy that never answers, to show the loading state. */
const PENDING_PROXY_URL = '/api/pending-campaigns';
configureClient(PENDING_PROXY_URL, { fetch: () => new Promise<Response>(() => undefined) });

const render = (args: Args) =>
  html`<braze-campaign-breakdown
    proxy-url=${args.proxyUrl}
    campaign-id=${args.campaignId || nothing}
    length=${args.length}
    ending-at=${args.endingAt || nothing}
    metric=${args.metric}
    group-by=${args.groupBy}
    view=${args.view}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></braze-campaign-breakdown>`;

/**
 * Analytics of any campaign (GET /campaigns/data_series, named by GET /campaigns/details) from the mock Braze:
 * action-based, scheduled, recurring and API campaigns, on every channel.
 */
const meta: Meta<Args> = {
  title: 'Elements/braze-campaign-breakdown',
  component: 'braze-campaign-breakdown',
  args: {
    campaignId: 'camp_cart_abandonment',
    length: 30,
    endingAt: '',
    metric: 'sent',
    groupBy: 'channel',
    view: 'daily',
    proxyUrl: MOCK_PROXY_URL,
    locale: '',
    theme: '',
  },
  argTypes: {
    campaignId: {
      control: 'select',
      options: [
        'camp_cart_abandonment',
        'camp_feature_launch',
        'camp_winback',
        'camp_welcome_series',
        'camp_order_updates',
        'camp_weekly_digest',
        'camp_spring_sale',
      ],
    },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    locale: { control: 'select', options: ['', 'en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'] },
    view: { control: 'inline-radio', options: ['daily', 'totals', 'funnel'] },
    groupBy: { control: 'inline-radio', options: ['channel', 'variation'] },
    metric: {
      control: 'select',
      options: [
        'sent',
        'delivered',
        'opens',
        'clicks',
        'conversions',
        'conversions1',
        'conversions2',
        'revenue',
      ],
    },
    length: { control: { type: 'range', min: 1, max: 100 } },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const DailyByChannel: Story = {};
export const DailyByVariation: Story = { args: { groupBy: 'variation' } };
export const TotalsByChannel: Story = { args: { view: 'totals' } };
export const TotalsByVariation: Story = { args: { view: 'totals', groupBy: 'variation' } };
export const FunnelByChannel: Story = { args: { view: 'funnel' } };
export const FunnelByVariation: Story = { args: { view: 'funnel', groupBy: 'variation' } };

/** Conversion event A of the cart abandonment campaign: "Makes Any Purchase", shown as Purchases. */
export const ConversionEventA: Story = { args: { metric: 'conversions' } };
/** Conversion event B: the custom event "Started Checkout". */
export const ConversionEventB: Story = { args: { metric: 'conversions1', view: 'totals' } };
export const MetricRevenue: Story = { args: { metric: 'revenue' } };
export const MetricNotInData: Story = { args: { metric: 'read' } };

/** Content Cards and an in-app message: the funnel starts at the in-app message's impressions. */
export const InAppFunnel: Story = { args: { campaignId: 'camp_feature_launch', view: 'funnel' } };
/** SMS, WhatsApp and a webhook on Tuesdays, with four conversion events. */
export const RecurringWinback: Story = { args: { campaignId: 'camp_winback', metric: 'conversions1' } };
/** An API campaign: the same element reads it, for longer than the 14 days of send analytics. */
export const ApiCampaign: Story = { args: { campaignId: 'camp_welcome_series', length: 60 } };

/** The spring sale ended in April 2024: nothing in the last 30 days. */
export const Empty: Story = { args: { campaignId: 'camp_spring_sale' } };
export const Loading: Story = { args: { proxyUrl: PENDING_PROXY_URL } };
export const NotFound: Story = { args: { campaignId: 'camp_missing' } };
export const ServerError: Story = { args: { campaignId: 'fault_500' } };
export const MissingCampaignId: Story = { args: { campaignId: '' } };

export const Narrow: Story = { render: (args) => narrow(render(args)) };
export const NarrowFunnel: Story = { args: { view: 'funnel' }, render: (args) => narrow(render(args)) };

export const Dark: Story = { args: { theme: 'dark' }, render: (args) => onDark(render(args)) };
export const DarkFunnel: Story = {
  args: { theme: 'dark', view: 'funnel' },
  render: (args) => onDark(render(args)),
};
/** Arabic numbers and dates, right to left. */
export const RightToLeftArabic: Story = {
  args: { locale: 'ar-EG' },
  render: (args) => rightToLeft(render(args)),
};
export const German: Story = { args: { locale: 'de-DE', metric: 'conversions1' } };
export const FrenchFunnel: Story = { args: { locale: 'fr-FR', view: 'funnel' } };
