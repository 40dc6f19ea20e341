import { MOCK_PROXY_URL } from './mock-proxy.js';

/** Story args of a chart of one series per day or hour (the event and purchase trends). */
export interface SeriesArgs {
  unit: 'day' | 'hour';
  length: number;
  endingAt: string;
  variant: 'bars' | 'line';
  compare: 'none' | 'previous';
  missing: 'gap' | 'zero';
  appId: string;
  timeZone: string;
  picker: boolean;
  proxyUrl: string;
  locale: string;
  theme: '' | 'light' | 'dark';
}

/** Their defaults: 30 days of the mock workspace ending on 2024-05-31, as bars. */
export const SERIES_ARGS: SeriesArgs = {
  unit: 'day',
  length: 30,
  endingAt: '2024-05-31',
  variant: 'bars',
  compare: 'none',
  missing: 'gap',
  appId: '',
  timeZone: '',
  picker: false,
  proxyUrl: MOCK_PROXY_URL,
  locale: '',
  theme: '',
};

/** Their controls. */
export const SERIES_ARG_TYPES = {
  unit: { control: 'inline-radio', options: ['day', 'hour'] },
  variant: { control: 'inline-radio', options: ['bars', 'line'] },
  compare: { control: 'inline-radio', options: ['none', 'previous'] },
  missing: { control: 'inline-radio', options: ['gap', 'zero'] },
  theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  locale: { control: 'select', options: ['', 'en-US', 'de-DE', 'fr-FR', 'ar-EG'] },
  appId: { control: 'select', options: ['', 'app_ios', 'app_android', 'app_web'] },
  length: { control: { type: 'range', min: 1, max: 100 } },
} as const;

/** An hourly line over the last two days of May 2024, in UTC. */
export const HOURLY = {
  unit: 'hour',
  length: 48,
  endingAt: '2024-05-31T23:00:00Z',
  variant: 'line',
  timeZone: 'UTC',
} as const;
