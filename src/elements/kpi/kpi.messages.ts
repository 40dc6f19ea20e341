import type { KpiFigureKey } from '../../chart/kpi.js';
import { plural } from '../../chart/messages.js';
import { localized } from '../base/messages.js';

/** UI strings of `<braze-kpi-overview>` and `<braze-kpi-trend>`, per language. */
export interface KpiMessages {
  /** The overview's title. */
  overview: string;
  /** Each figure's name. */
  figures: Record<KpiFigureKey, string>;
  /** How a figure over the period is made (tile and table), e.g. "average per day". */
  aggregate: Record<KpiFigureKey, string>;
  /** What the change compares with: the previous `days` days (MAU: the day before the period). */
  against: (days: number, mau: boolean) => string;
  /** The change said in words, for screen readers: `up 4.2%`, `down 1.0%`, `unchanged`. */
  changeWords: (direction: 'up' | 'down' | 'same', percent: string) => string;
  /** A figure whose series could not be read (e.g. no permission for sessions). */
  notAvailable: string;
  /** No previous value to compare with (missing or 0). */
  noChange: string;
  /** Every day of the period has 0 uninstalls or none. */
  noUninstalls: string;
  allApps: string;
  app: (id: string) => string;
  /** The previous period's series, in the trend's legend and table. */
  previousPeriod: string;
  thisPeriod: string;
  /** An invalid `metric` / `metrics` value. */
  metricInvalid: (value: string) => string;
}

const en: KpiMessages = {
  overview: 'Performance overview',
  figures: {
    dau: 'Daily active users',
    mau: 'Monthly active users',
    new_users: 'New users',
    stickiness: 'Stickiness (DAU/MAU)',
    sessions_per_mau: 'Daily sessions per MAU',
    uninstalls: 'Uninstalls',
  },
  aggregate: {
    dau: 'average per day',
    mau: 'latest day',
    new_users: 'total',
    stickiness: 'average of daily DAU/MAU',
    sessions_per_mau: 'average of daily sessions/MAU',
    uninstalls: 'total',
  },
  against: (days, mau) =>
    mau
      ? 'vs the day before the period'
      : `vs previous ${days === 1 ? 'day' : plural('en', days, { one: 'day', other: 'days' })}`,
  changeWords: (direction, percent) =>
    direction === 'same' ? 'unchanged' : `${direction === 'up' ? 'up' : 'down'} ${percent}`,
  notAvailable: 'Not available',
  noChange: 'No comparison',
  noUninstalls: 'No uninstalls recorded: uninstall tracking may be off for this app.',
  allApps: 'All apps',
  app: (id) => `App ${id}`,
  previousPeriod: 'Previous period',
  thisPeriod: 'This period',
  metricInvalid: (value) =>
    `"${value}" is not a KPI: use dau, mau, new_users, stickiness, sessions_per_mau or uninstalls.`,
};

export const kpiMessages = (locale: string | undefined) => localized('kpi', en, locale);
