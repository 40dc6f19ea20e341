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
  sessions: (count: string) => string;
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
  sessions: (count) => `${count} sessions`,
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

const de: SessionMessages = {
  title: { day: 'Sitzungen pro Tag', hour: 'Sitzungen pro Stunde' },
  allApps: 'Alle Apps',
  allUsers: 'Alle Nutzer',
  app: (id) => `App ${id}`,
  segment: (id) => `Segment ${id}`,
  total: 'Sitzungen gesamt',
  average: { day: 'Durchschnitt pro Tag', hour: 'Durchschnitt pro Stunde' },
  change: 'Veränderung zum Vorzeitraum',
  noChange: '—',
  thisPeriod: 'Dieser Zeitraum',
  previousPeriod: 'Vorzeitraum',
  sessions: (count) => `${count} Sitzungen`,
  sessionsLabel: 'Sitzungen',
  noData: 'keine Daten',
  invalidTimeZone: (timeZone) =>
    `time-zone "${timeZone}" ist keine Zeitzone, die dieser Browser kennt; verwenden Sie einen IANA-Namen wie Europe/Berlin.`,
  noAnalytics: {
    title: 'Analyse-Tracking ist für dieses Segment aus',
    lines: [
      'Für dieses Segment können keine Sitzungen angezeigt werden: Braze meldet Sitzungen nur für Segmente mit Analyse-Tracking.',
      'Schalten Sie das Analyse-Tracking des Segments in Braze ein (Segmente › Analyse-Tracking), um seine Sitzungen zu sehen.',
    ],
  },
};

/** The session chart's strings for a locale. */
export const sessionMessagesFor = (locale: string | undefined): SessionMessages =>
  localized({ en, de }, locale);

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
