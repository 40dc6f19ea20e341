import type { BrazeRequestError } from '../../data/errors.js';
import { localized } from '../base/messages.js';

/** UI strings of `<braze-session-chart>`, per language (see the base's `localized`). */
export interface SessionMessages {
  title: { day: string; hour: string };
  allApps: string;
  allUsers: string;
  app: (id: string) => string;
  segment: (id: string) => string;
  total: string;
  average: { day: string; hour: string };
  change: string;
  noChange: string;
  thisPeriod: string;
  previousPeriod: string;
  sessionsLabel: string;
  noData: string;
  invalidTimeZone: (timeZone: string) => string;
  noAnalytics: { title: string; lines: readonly string[] };
}

const en: SessionMessages = {
  title: { day: 'Sessions per day', hour: 'Sessions per hour' },
  allApps: 'All apps',
  allUsers: 'All users',
  app: (id) => `App ${id}`,
  segment: (id) => `Segment ${id}`,
  total: 'Total sessions',
  average: { day: 'Average per day', hour: 'Average per hour' },
  change: 'Change vs previous period',
  noChange: '—',
  thisPeriod: 'This period',
  previousPeriod: 'Previous period',
  sessionsLabel: 'Sessions',
  noData: 'no data',
  invalidTimeZone: (timeZone) =>
    `time-zone "${timeZone}" is not a time zone this browser knows; use an IANA name such as Europe/Berlin.`,
  noAnalytics: {
    title: 'Analytics tracking is off for this segment',
    lines: [
      "Sessions can't be shown for this segment: Braze only reports sessions of segments with analytics tracking on.",
      'Turn on analytics tracking for the segment in Braze (Segments › Analytics tracking) to see its sessions.',
    ],
  },
};

/** The session chart's strings for a locale. */
export const sessionMessagesFor = (locale: string | undefined): SessionMessages =>
  localized('sessionChart', en, locale);

/** English strings (for code without a locale at hand). */
export const sessionMessages = en;

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
