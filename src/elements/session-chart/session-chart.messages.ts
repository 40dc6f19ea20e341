import type { BrazeRequestError } from '../../data/errors.js';

/** UI strings of `<braze-session-chart>` (en), in one table like the base's `messages`. */
export const sessionMessages = {
  title: { day: 'Sessions per day', hour: 'Sessions per hour' },
  allApps: 'All apps',
  allUsers: 'All users',
  app: (id: string) => `App ${id}`,
  segment: (id: string) => `Segment ${id}`,
  total: 'Total sessions',
  average: { day: 'Average per day', hour: 'Average per hour' },
  change: 'Change vs previous period',
  noChange: '—',
  thisPeriod: 'This period',
  previousPeriod: 'Previous period',
  sessions: (count: string) => `${count} sessions`,
  noData: 'no data',
  invalidTimeZone: (timeZone: string) =>
    `time-zone "${timeZone}" is not a time zone this browser knows; use an IANA name such as Europe/Berlin.`,
  noAnalytics: {
    title: 'Analytics tracking is off for this segment',
    lines: [
      "Sessions can't be shown for this segment: Braze only reports sessions of segments with analytics tracking on.",
      'Turn on analytics tracking for the segment in Braze (Segments › Analytics tracking) to see its sessions.',
    ],
  },
} as const;

/**
 * True when Braze refused `/sessions/data_series` because the segment has no analytics tracking: a 4xx whose message
 * or details mention analytics (Braze answers 400 "Segment does not have analytics tracking enabled").
 */
export function isNoAnalyticsError(error: BrazeRequestError): boolean {
  if (error.kind !== 'http' || error.status === undefined || error.status < 400 || error.status >= 500) {
    return false;
  }
  return [error.message, ...error.details].some((text) => /analytics/i.test(text));
}
