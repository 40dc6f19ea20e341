import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/segment-trend.js';
// The German and French packs, for the de-DE and fr-FR locale options (other locales get English words with their
// own number formats).
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { configureClient } from '../src/data/client.js';
import { MOCK_PROXY_URL } from './mock-proxy.js';
import { narrow, onDark, rightToLeft } from './variants.js';

interface Args {
  segmentId: string;
  length: number;
  endingAt: string;
  baseline: 'zero' | 'auto';
  proxyUrl: string;
  locale: string;
  theme: '' | 'light' | 'dark';
}

/** A proxy that never answers, to show the loading state. */
const PENDING_PROXY_URL = '/api/pending';
configureClient(PENDING_PROXY_URL, { fetch: () => new Promise<Response>(() => undefined) });

const meta: Meta<Args> = {
  title: 'Elements/braze-segment-trend',
  component: 'braze-segment-trend',
  args: {
    segmentId: 'seg_all_users',
    length: 30,
    endingAt: '2024-05-31',
    baseline: 'auto',
    proxyUrl: MOCK_PROXY_URL,
    locale: '',
    theme: '',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    locale: { control: 'select', options: ['', 'en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'] },
    baseline: { control: 'inline-radio', options: ['zero', 'auto'] },
    length: { control: { type: 'range', min: 1, max: 100 } },
  },
  render: (args) => chart(args),
};
export default meta;

function chart(args: Args) {
  return html`<braze-segment-trend
    proxy-url=${args.proxyUrl}
    segment-id=${args.segmentId || nothing}
    length=${args.length}
    ending-at=${args.endingAt || nothing}
    baseline=${args.baseline}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></braze-segment-trend>`;
}

type Story = StoryObj<Args>;

export const Growing: Story = {};
export const Declining: Story = { args: { segmentId: 'seg_churn_risk' } };
export const FromZero: Story = { args: { segmentId: 'seg_power_users', baseline: 'zero' } };
export const OneDay: Story = { args: { length: 1 } };
export const FullRange: Story = { args: { length: 100 } };
export const NoUsers: Story = { args: { segmentId: 'seg_empty' } };
export const Loading: Story = { args: { proxyUrl: PENDING_PROXY_URL } };
export const UnknownSegment: Story = { args: { segmentId: 'seg_does_not_exist' } };
export const ServerError: Story = { args: { segmentId: 'fault_500' } };
export const MissingSegmentId: Story = { args: { segmentId: '' } };
export const Narrow: Story = { render: (args) => narrow(chart(args), 260) };
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => onDark(chart(args)) };
export const DarkFromZero: Story = {
  args: { theme: 'dark', segmentId: 'seg_power_users', baseline: 'zero' },
  render: (args) => onDark(chart(args)),
};
/** Arabic numbers and dates, right to left. */
export const RightToLeftArabic: Story = {
  args: { locale: 'ar-EG' },
  render: (args) => rightToLeft(chart(args)),
};
export const GermanLocale: Story = { args: { locale: 'de-DE', segmentId: 'seg_power_users' } };
