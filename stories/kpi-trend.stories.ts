import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/kpi-trend.js';
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { emptyProxy, MOCK_PROXY_URL, pendingProxy } from './mock-proxy.js';
import { narrow, onDark, rightToLeft } from './variants.js';

interface Args {
  metric: 'dau' | 'mau' | 'new_users' | 'uninstalls' | 'stickiness' | 'sessions_per_mau';
  appId: string;
  length: number;
  endingAt: string;
  compare: 'none' | 'previous';
  variant: '' | 'line' | 'bars';
  missing: 'gap' | 'zero';
  proxyUrl: string;
  locale: string;
  theme: '' | 'light' | 'dark';
}

/** Proxies that never answer (loading) and whose workspace sent nothing (empty). */
const PENDING_PROXY_URL = pendingProxy('/api/pending-kpi-trend');
const EMPTY_PROXY_URL = emptyProxy('/api/empty-kpi-trend');

const meta: Meta<Args> = {
  title: 'Elements/braze-kpi-trend',
  component: 'braze-kpi-trend',
  args: {
    metric: 'dau',
    appId: '',
    length: 30,
    endingAt: '2024-05-31',
    compare: 'none',
    variant: '',
    missing: 'gap',
    proxyUrl: MOCK_PROXY_URL,
    locale: '',
    theme: '',
  },
  argTypes: {
    metric: {
      control: 'select',
      options: ['dau', 'mau', 'new_users', 'uninstalls', 'stickiness', 'sessions_per_mau'],
    },
    compare: { control: 'inline-radio', options: ['none', 'previous'] },
    variant: { control: 'inline-radio', options: ['', 'line', 'bars'] },
    missing: { control: 'inline-radio', options: ['gap', 'zero'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    locale: { control: 'select', options: ['', 'en-US', 'de-DE', 'fr-FR', 'ar-EG'] },
    length: { control: { type: 'range', min: 1, max: 100 } },
  },
  render: (args) => chart(args),
};
export default meta;

function chart(args: Args) {
  return html`<braze-kpi-trend
    proxy-url=${args.proxyUrl}
    metric=${args.metric}
    app-id=${args.appId || nothing}
    length=${args.length}
    ending-at=${args.endingAt || nothing}
    compare=${args.compare}
    variant=${args.variant || nothing}
    missing=${args.missing}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></braze-kpi-trend>`;
}

type Story = StoryObj<Args>;

export const DailyActiveUsers: Story = {};
export const MonthlyActiveUsers: Story = { args: { metric: 'mau' } };
export const NewUsersAsBars: Story = { args: { metric: 'new_users' } };
export const StickinessAgainstPrevious: Story = { args: { metric: 'stickiness', compare: 'previous' } };
export const SessionsPerMau: Story = { args: { metric: 'sessions_per_mau' } };
export const UninstallsNotTracked: Story = { args: { metric: 'uninstalls', appId: 'app_web' } };
export const Loading: Story = { args: { proxyUrl: PENDING_PROXY_URL } };
export const Empty: Story = { args: { proxyUrl: EMPTY_PROXY_URL } };
export const ServerError: Story = { args: { appId: 'fault_500' } };
export const UnknownMetric: Story = { args: { metric: 'wau' as Args['metric'] } };
export const Narrow: Story = { render: (args) => narrow(chart(args), 280) };
export const Dark: Story = {
  args: { theme: 'dark', metric: 'stickiness', compare: 'previous' },
  render: (args) => onDark(chart(args)),
};
export const RightToLeftArabic: Story = {
  args: { locale: 'ar-EG' },
  render: (args) => rightToLeft(chart(args)),
};
export const GermanLocale: Story = { args: { locale: 'de-DE', metric: 'stickiness' } };
