import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/send-breakdown.js';
// The German and French packs, for the de-DE and fr-FR locale options (other locales get English words with their
// own number formats).
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { configureClient } from '../src/data/client.js';
import { MOCK_PROXY_URL } from './mock-proxy.js';
import { narrow, onDark, rightToLeft } from './variants.js';

interface Args {
  campaignId: string;
  sendId: string;
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
const PENDING_PROXY_URL = '/api/pending-sends';
configureClient(PENDING_PROXY_URL, { fetch: () => new Promise<Response>(() => undefined) });

const render = (args: Args) =>
  html`<braze-send-breakdown
    proxy-url=${args.proxyUrl}
    campaign-id=${args.campaignId || nothing}
    send-id=${args.sendId || nothing}
    length=${args.length}
    ending-at=${args.endingAt || nothing}
    metric=${args.metric}
    group-by=${args.groupBy}
    view=${args.view}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></braze-send-breakdown>`;

/**
 * Send analytics of an API campaign (GET /sends/data_series) from the mock Braze. Braze keeps send analytics for
 * 14 days, so the stories end today (no `ending-at`) unless they show the retention note.
 */
const meta: Meta<Args> = {
  title: 'Elements/braze-send-breakdown',
  component: 'braze-send-breakdown',
  args: {
    campaignId: 'camp_welcome_series',
    sendId: 'send_welcome_day0',
    length: 14,
    endingAt: '',
    metric: 'sent',
    groupBy: 'channel',
    view: 'daily',
    proxyUrl: MOCK_PROXY_URL,
    locale: '',
    theme: '',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    locale: { control: 'select', options: ['', 'en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'] },
    view: { control: 'inline-radio', options: ['daily', 'totals', 'funnel'] },
    groupBy: { control: 'inline-radio', options: ['channel', 'variation'] },
    metric: {
      control: 'select',
      options: ['sent', 'delivered', 'opens', 'clicks', 'conversions', 'revenue', 'unique_opens', 'bounces'],
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

export const MetricDelivered: Story = { args: { metric: 'delivered' } };
export const MetricOpens: Story = { args: { metric: 'opens' } };
export const MetricClicks: Story = { args: { metric: 'clicks' } };
export const MetricConversions: Story = { args: { metric: 'conversions' } };
export const MetricRevenue: Story = { args: { metric: 'revenue' } };
export const MetricRevenueTotals: Story = { args: { metric: 'revenue', view: 'totals' } };
export const MetricUnknownCounter: Story = { args: { metric: 'unsubscribes', view: 'totals' } };
export const MetricNotInData: Story = { args: { metric: 'read' } };

export const FourChannels: Story = { args: { campaignId: 'camp_order_updates', sendId: 'send_shipped' } };
export const FourChannelsFunnel: Story = {
  args: { campaignId: 'camp_order_updates', sendId: 'send_shipped', view: 'funnel' },
};
export const UnknownChannel: Story = { args: { campaignId: 'camp_unknown_channel', sendId: 'send_preview' } };
export const UnknownChannelTotals: Story = {
  args: { campaignId: 'camp_unknown_channel', sendId: 'send_preview', view: 'totals', metric: 'read' },
};
export const UnknownChannelFunnel: Story = {
  args: { campaignId: 'camp_unknown_channel', sendId: 'send_preview', view: 'funnel' },
};

/** 30 days back from today: the older half is past Braze's 14-day retention and comes back empty. */
export const RetentionNote: Story = { args: { length: 30 } };
/** A period long past: Braze no longer has its send analytics. */
export const Empty: Story = { args: { endingAt: '2024-05-31' } };
export const Loading: Story = { args: { proxyUrl: PENDING_PROXY_URL } };
export const NonApiCampaign: Story = { args: { campaignId: 'camp_spring_sale' } };
export const ServerError: Story = { args: { campaignId: 'fault_500' } };
export const MissingSendId: Story = { args: { sendId: '' } };

export const Narrow: Story = { render: (args) => narrow(render(args)) };
export const NarrowFunnel: Story = { args: { view: 'funnel' }, render: (args) => narrow(render(args)) };
export const NarrowTotals: Story = { args: { view: 'totals' }, render: (args) => narrow(render(args)) };

export const Dark: Story = { args: { theme: 'dark' }, render: (args) => onDark(render(args)) };
export const DarkTotals: Story = {
  args: { theme: 'dark', view: 'totals' },
  render: (args) => onDark(render(args)),
};
export const DarkFunnel: Story = {
  args: { theme: 'dark', view: 'funnel' },
  render: (args) => onDark(render(args)),
};
/** Arabic numbers and dates, right to left. */
export const RightToLeftArabic: Story = {
  args: { locale: 'ar-EG' },
  render: (args) => rightToLeft(render(args)),
};
export const FrenchFunnel: Story = { args: { locale: 'fr-FR', view: 'funnel' } };
