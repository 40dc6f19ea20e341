import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/event-trend.js';
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { emptyProxy, pendingProxy } from './mock-proxy.js';
import { HOURLY, SERIES_ARG_TYPES, SERIES_ARGS, type SeriesArgs } from './series-args.js';
import { narrow, onDark, rightToLeft } from './variants.js';

interface Args extends SeriesArgs {
  event: string;
  segmentId: string;
}

/** Proxies that never answer (loading) and whose workspace sent nothing (empty). */
const PENDING_PROXY_URL = pendingProxy('/api/pending-event-trend');
const EMPTY_PROXY_URL = emptyProxy('/api/empty-event-trend');

const meta: Meta<Args> = {
  title: 'Elements/braze-event-trend',
  component: 'braze-event-trend',
  args: {
    ...SERIES_ARGS,
    event: 'Added to Cart',
    segmentId: '',
  },
  argTypes: {
    ...SERIES_ARG_TYPES,
  },
  render: (args) => chart(args),
};
export default meta;

function chart(args: Args) {
  return html`<braze-event-trend
    proxy-url=${args.proxyUrl}
    event=${args.event || nothing}
    ?picker=${args.picker}
    unit=${args.unit}
    length=${args.length}
    ending-at=${args.endingAt || nothing}
    variant=${args.variant}
    compare=${args.compare}
    missing=${args.missing}
    app-id=${args.appId || nothing}
    segment-id=${args.segmentId || nothing}
    time-zone=${args.timeZone || nothing}
    locale=${args.locale || nothing}
    theme=${args.theme || nothing}
  ></braze-event-trend>`;
}

type Story = StoryObj<Args>;

export const DailyBars: Story = {};
export const WithPicker: Story = { args: { picker: true, length: 14 } };
export const ChooseFromPicker: Story = { args: { picker: true, event: '' } };
export const CompareLine: Story = { args: { event: 'Searched', variant: 'line', compare: 'previous' } };
export const Hourly: Story = {
  args: { ...HOURLY },
};
export const SegmentAndApp: Story = { args: { appId: 'app_ios', segmentId: 'seg_power_users', length: 14 } };
export const Loading: Story = { args: { proxyUrl: PENDING_PROXY_URL } };
export const Empty: Story = { args: { proxyUrl: EMPTY_PROXY_URL } };
export const ServerError: Story = { args: { event: 'fault_500' } };
export const EventMissing: Story = { args: { event: '' } };
export const Narrow: Story = { args: { picker: true }, render: (args) => narrow(chart(args), 280) };
export const Dark: Story = {
  args: { theme: 'dark', picker: true, compare: 'previous', length: 14 },
  render: (args) => onDark(chart(args)),
};
export const RightToLeftArabic: Story = {
  args: { locale: 'ar-EG', picker: true },
  render: (args) => rightToLeft(chart(args)),
};
export const GermanLocale: Story = { args: { locale: 'de-DE', picker: true } };
export const FrenchLocale: Story = { args: { locale: 'fr-FR', compare: 'previous', length: 14 } };
