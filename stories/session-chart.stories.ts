import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/session-chart.js';
// The German and French packs, for the de-DE and fr-FR locale options (other locales get English words with their
// own number formats).
import '../src/locales/de.js';
import '../src/locales/fr.js';
import { configureClient } from '../src/data/client.js';
import { createProxy } from '../src/proxy/index.js';
import { MOCK_PROXY_URL } from './mock-proxy.js';
import { narrow, onDark, rightToLeft } from './variants.js';

interface Args {
  proxyUrl: string;
  unit: 'day' | 'hour';
  length: number;
  endingAt: string;
  variant: 'bars' | 'line';
  compare: 'none' | 'previous';
  missing: 'gap' | 'zero';
  appId: string;
  segmentId: string;
  timeZone: string;
  locale: string;
  theme: '' | 'light' | 'dark';
}

/** A proxy that never answers, to show the loading state. */
const PENDING_PROXY_URL = '/api/sessions-pending';
configureClient(PENDING_PROXY_URL, { fetch: () => new Promise<Response>(() => undefined) });

/** The mock proxy, minus every third bucket (Braze sometimes leaves buckets out), to show `missing`. */
const GAPPY_PROXY_URL = '/api/sessions-gappy';
/** The mock proxy answering every period with no buckets at all. */
const EMPTY_PROXY_URL = '/api/sessions-empty';

/** The reference proxy in mock mode, in the page (like mock-proxy.ts), for the rewriting proxies below. */
const mockProxy = createProxy({ mock: true, basePath: MOCK_PROXY_URL });

/** A story proxy: forwards to the in-page mock proxy and rewrites the buckets of a successful answer. */
function rewriting(from: string, edit: (data: unknown[]) => unknown[]) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    url.pathname = url.pathname.replace(from, MOCK_PROXY_URL);
    const answer = await mockProxy.fetch(new Request(url));
    if (!answer.ok) return answer;
    const body = (await answer.json()) as { data: unknown[] };
    return new Response(JSON.stringify({ ...body, data: edit(body.data) }), {
      headers: { 'content-type': 'application/json' },
    });
  };
}

configureClient(GAPPY_PROXY_URL, {
  fetch: rewriting(GAPPY_PROXY_URL, (data) => data.filter((_, i) => i % 3 !== 1)),
});
configureClient(EMPTY_PROXY_URL, { fetch: rewriting(EMPTY_PROXY_URL, () => []) });

const meta: Meta<Args> = {
  title: 'Elements/braze-session-chart',
  component: 'braze-session-chart',
  args: {
    proxyUrl: MOCK_PROXY_URL,
    unit: 'day',
    length: 30,
    endingAt: '2024-05-31',
    variant: 'bars',
    compare: 'none',
    missing: 'gap',
    appId: '',
    segmentId: '',
    timeZone: '',
    locale: '',
    theme: '',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    locale: { control: 'select', options: ['', 'en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'] },
    unit: { control: 'inline-radio', options: ['day', 'hour'] },
    variant: { control: 'inline-radio', options: ['bars', 'line'] },
    compare: { control: 'inline-radio', options: ['none', 'previous'] },
    missing: { control: 'inline-radio', options: ['gap', 'zero'] },
    length: { control: { type: 'range', min: 1, max: 100 } },
    appId: { control: 'select', options: ['', 'app_ios', 'app_android', 'app_web'] },
  },
  render: (args) => chart(args),
};
export default meta;

function chart(args: Args) {
  return html`<braze-session-chart
    proxy-url=${args.proxyUrl}
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
  ></braze-session-chart>`;
}

type Story = StoryObj<Args>;

const HOURLY = { unit: 'hour', length: 48, endingAt: '2024-05-31T23:00:00Z' } as const;

export const BarsDay: Story = {};
export const BarsHour: Story = { args: { ...HOURLY } };
export const Line: Story = { args: { variant: 'line', length: 60 } };
export const HourlyLineInTokyo: Story = { args: { ...HOURLY, variant: 'line', timeZone: 'Asia/Tokyo' } };
export const CompareBars: Story = { args: { compare: 'previous', length: 14 } };
export const CompareLine: Story = { args: { ...HOURLY, compare: 'previous', variant: 'line', length: 24 } };
export const MissingGap: Story = { args: { proxyUrl: GAPPY_PROXY_URL, length: 21 } };
export const MissingZero: Story = { args: { proxyUrl: GAPPY_PROXY_URL, length: 21, missing: 'zero' } };
export const MissingGapLine: Story = { args: { proxyUrl: GAPPY_PROXY_URL, length: 21, variant: 'line' } };
export const AppFilter: Story = { args: { appId: 'app_android', compare: 'previous', length: 14 } };
export const SegmentFilter: Story = { args: { segmentId: 'seg_power_users', variant: 'line' } };
export const SegmentWithoutAnalytics: Story = { args: { segmentId: 'seg_no_analytics' } };
export const ServerError: Story = { args: { appId: 'fault_500' } };
export const Loading: Story = { args: { proxyUrl: PENDING_PROXY_URL } };
export const Empty: Story = { args: { proxyUrl: EMPTY_PROXY_URL } };
export const Narrow: Story = {
  args: { compare: 'previous', length: 14 },
  render: (args) => narrow(chart(args)),
};
export const Dark: Story = {
  args: { theme: 'dark', compare: 'previous', length: 14 },
  render: (args) => onDark(chart(args)),
};
export const DarkLine: Story = {
  args: { ...HOURLY, theme: 'dark', variant: 'line', compare: 'previous', length: 24 },
  render: (args) => onDark(chart(args)),
};
/** Arabic numbers and dates, right to left. */
export const RightToLeftArabic: Story = {
  args: { locale: 'ar-EG', compare: 'previous', length: 14 },
  render: (args) => rightToLeft(chart(args)),
};
export const JapaneseHourly: Story = {
  args: { ...HOURLY, locale: 'ja-JP', timeZone: 'Asia/Tokyo', length: 24 },
};
