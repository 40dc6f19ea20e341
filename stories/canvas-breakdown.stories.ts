import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/canvas-breakdown.js';
// The German and French packs, for the de-DE and fr-FR locale options.
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { configureClient } from '../src/data/client.js';
import { MOCK_PROXY_URL } from './mock-proxy.js';
import { narrow, onDark, rightToLeft } from './variants.js';

interface Args {
  canvasId: string;
  length: number;
  endingAt: string;
  metric: 'entries' | 'conversions' | 'conversions_by_entry_time' | 'revenue';
  groupBy: 'variant' | 'step';
  view: 'daily' | 'totals' | 'steps';
  includeDeleted: boolean;
  currency: string;
  proxyUrl: string;
  locale: string;
  theme: '' | 'light' | 'dark';
}

/** A proxy that never answers, to show the loading state. */
const PENDING_PROXY_URL = '/api/pending-canvas';
configureClient(PENDING_PROXY_URL, { fetch: () => new Promise<Response>(() => undefined) });

const render = (args: Args) =>
  html`<braze-canvas-breakdown
    proxy-url=${args.proxyUrl}
    canvas-id=${args.canvasId || nothing}
    length=${args.length}
    ending-at=${args.endingAt || nothing}
    metric=${args.metric}
    group-by=${args.groupBy}
    view=${args.view}
    ?include-deleted=${args.includeDeleted}
    currency=${args.currency}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></braze-canvas-breakdown>`;

/**
 * A Canvas's entries, conversions and revenue (GET /canvas/data_series, /data_summary, /details) from the mock Braze:
 * the Onboarding Journey has an email path, a push path and a control group, with message, delay and split steps.
 */
const meta: Meta<Args> = {
  title: 'Elements/braze-canvas-breakdown',
  component: 'braze-canvas-breakdown',
  args: {
    canvasId: 'canvas_onboarding',
    length: 14,
    endingAt: '2024-05-31',
    metric: 'entries',
    groupBy: 'variant',
    view: 'daily',
    includeDeleted: false,
    currency: 'USD',
    proxyUrl: MOCK_PROXY_URL,
    locale: '',
    theme: '',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    locale: { control: 'select', options: ['', 'en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'] },
    view: { control: 'inline-radio', options: ['daily', 'totals', 'steps'] },
    groupBy: { control: 'inline-radio', options: ['variant', 'step'] },
    metric: {
      control: 'select',
      options: ['entries', 'conversions', 'conversions_by_entry_time', 'revenue'],
    },
    length: { control: { type: 'range', min: 1, max: 30 } },
  },
  render,
};
export default meta;

type Story = StoryObj<Args>;

export const DailyByVariant: Story = {};
export const DailyConversionsByStep: Story = { args: { groupBy: 'step', metric: 'conversions' } };
export const DailyRevenueByStep: Story = { args: { groupBy: 'step', metric: 'revenue' } };
export const TotalsByVariant: Story = { args: { view: 'totals', metric: 'conversions' } };
export const TotalsRevenueByStep: Story = { args: { view: 'totals', groupBy: 'step', metric: 'revenue' } };
export const Steps: Story = { args: { view: 'steps' } };
export const StepsWithDeleted: Story = { args: { view: 'steps', includeDeleted: true } };
/** Revenue in euros: Braze's API does not say the workspace's currency, so the page does. */
export const RevenueInEuros: Story = { args: { metric: 'revenue', currency: 'EUR', locale: 'de-DE' } };
/** 30 days asked for: Braze exports at most 14 per request, and the note says which are shown. */
export const FourteenDayNote: Story = { args: { length: 30 } };
/** Steps report no entries: said so, never drawn as 0. */
export const StepsHaveNoEntries: Story = { args: { groupBy: 'step', metric: 'entries' } };
/** An archived Canvas that nobody entered in this period: no step stats at all. */
export const Empty: Story = {
  args: { canvasId: 'canvas_holiday_2023', groupBy: 'step', metric: 'conversions' },
};
export const Loading: Story = { args: { proxyUrl: PENDING_PROXY_URL } };
export const NotFound: Story = { args: { canvasId: 'canvas_missing' } };
export const ServerError: Story = { args: { canvasId: 'fault_500' } };
export const MissingCanvasId: Story = { args: { canvasId: '' } };
export const OneVariant: Story = { args: { canvasId: 'canvas_cart_recovery', view: 'steps' } };

export const Narrow: Story = { render: (args) => narrow(render(args)) };
export const NarrowSteps: Story = { args: { view: 'steps' }, render: (args) => narrow(render(args)) };
export const Dark: Story = { args: { theme: 'dark' }, render: (args) => onDark(render(args)) };
export const DarkSteps: Story = {
  args: { theme: 'dark', view: 'steps' },
  render: (args) => onDark(render(args)),
};
/** Arabic numbers and dates, right to left. */
export const RightToLeftArabic: Story = {
  args: { locale: 'ar-EG', view: 'totals' },
  render: (args) => rightToLeft(render(args)),
};
export const German: Story = { args: { locale: 'de-DE', view: 'steps' } };
export const French: Story = { args: { locale: 'fr-FR', groupBy: 'step', metric: 'revenue' } };
