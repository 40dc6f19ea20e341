import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/kpi-overview.js';
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { emptyProxy, MOCK_PROXY_URL, pendingProxy } from './mock-proxy.js';
import { narrow, onDark, rightToLeft } from './variants.js';

interface Args {
  appId: string;
  length: number;
  endingAt: string;
  metrics: string;
  proxyUrl: string;
  locale: string;
  theme: '' | 'light' | 'dark';
}

/** Proxies that never answer (loading) and whose workspace sent nothing (empty). */
const PENDING_PROXY_URL = pendingProxy('/api/pending-kpi');
const EMPTY_PROXY_URL = emptyProxy('/api/empty-kpi');

const meta: Meta<Args> = {
  title: 'Elements/braze-kpi-overview',
  component: 'braze-kpi-overview',
  args: {
    appId: '',
    length: 30,
    endingAt: '2024-05-31',
    metrics: '',
    proxyUrl: MOCK_PROXY_URL,
    locale: '',
    theme: '',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    locale: { control: 'select', options: ['', 'en-US', 'de-DE', 'fr-FR', 'ar-EG'] },
    appId: { control: 'select', options: ['', 'app_ios', 'app_android', 'app_web'] },
    length: { control: { type: 'range', min: 1, max: 100 } },
  },
  render: (args) => chart(args),
};
export default meta;

function chart(args: Args) {
  return html`<braze-kpi-overview
    proxy-url=${args.proxyUrl}
    app-id=${args.appId || nothing}
    length=${args.length}
    ending-at=${args.endingAt || nothing}
    metrics=${args.metrics || nothing}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></braze-kpi-overview>`;
}

type Story = StoryObj<Args>;

export const AllApps: Story = {};
export const IosApp: Story = { args: { appId: 'app_ios' } };
/** The web app tracks no uninstalls: the tile says so instead of "0 %". */
export const WebAppWithoutUninstallTracking: Story = { args: { appId: 'app_web' } };
export const ThreeFigures: Story = { args: { metrics: 'dau mau stickiness' } };
/** P and P′ asked apart (2 × 60 > 100 days). */
export const LongPeriod: Story = { args: { length: 60 } };
export const Loading: Story = { args: { proxyUrl: PENDING_PROXY_URL } };
export const Empty: Story = { args: { proxyUrl: EMPTY_PROXY_URL } };
export const ServerError: Story = { args: { appId: 'fault_500' } };
export const UnknownMetric: Story = { args: { metrics: 'dau wau' } };
export const Narrow: Story = { render: (args) => narrow(chart(args), 300) };
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => onDark(chart(args)) };
export const RightToLeftArabic: Story = {
  args: { locale: 'ar-EG' },
  render: (args) => rightToLeft(chart(args)),
};
export const GermanLocale: Story = { args: { locale: 'de-DE' } };
export const FrenchLocale: Story = { args: { locale: 'fr-FR' } };
