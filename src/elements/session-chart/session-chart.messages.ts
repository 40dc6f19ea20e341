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
  /** The time zone hour buckets are shown in, e.g. `Times in America/New_York`. */
  times: (zone: string) => string;
  invalidTimeZone: (timeZone: string) => string;
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
  times: (zone) => `Times in ${zone}`,
  invalidTimeZone: (timeZone) =>
    `time-zone "${timeZone}" is not a time zone this browser knows; use an IANA name such as Europe/Berlin.`,
};

/** The session chart's strings for a locale. */
export const sessionMessagesFor = (locale: string | undefined): SessionMessages =>
  localized('sessionChart', en, locale);

/** English strings (for code without a locale at hand). */
export const sessionMessages = en;
