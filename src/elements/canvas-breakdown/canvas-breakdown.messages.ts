import { localized } from '../base/messages.js';

/** UI strings of `<braze-canvas-breakdown>`, per language. */
export interface CanvasMessages {
  metrics: { entries: string; conversions: string; conversions_by_entry_time: string; revenue: string };
  stats: { entries: string; conversions: string; conversionRate: string; revenue: string };
  /** `variant` / `step` after "by". */
  by: { variant: string; step: string };
  /** `Entries per day by variant`, `Revenue by step`. */
  metricTitle: (metric: string, daily: boolean, by: string) => string;
  stepsTitle: string;
  canvas: (name: string) => string;
  /** The 14-day note: Braze exports at most `max` days per request; `range` is what is shown. */
  clamped: (max: number, range: string) => string;
  deleted: (name: string) => string;
  /** What an in-app message step counts first (it reports no sends). */
  impressions: string;
  /** Step types drawn as markers. */
  stepType: (type: string) => string;
  noSteps: (variant: string) => string;
  /** `314 conversions` beside a step. */
  conversionsCount: (count: string) => string;
  noMetricForSteps: (metric: string) => string;
  noMetric: (metric: string) => string;
  noData: string;
  allHidden: string;
  dailySummary: (metric: string, by: string, range: string, total: string, list: string) => string;
  totalsSummary: (metric: string, by: string, range: string, list: string) => string;
  stepsSummary: (range: string, list: string) => string;
  required: (attribute: string) => string;
  badView: (view: string) => string;
  badGroupBy: (groupBy: string) => string;
  badMetric: (metric: string) => string;
  badCurrency: (currency: string) => string;
}

const TYPES: Record<string, string> = {
  delay: 'Delay',
  decision_split: 'Decision split',
  audience_split: 'Audience split',
  action_paths: 'Action paths',
  experiment_paths: 'Experiment paths',
  user_update: 'User update',
};

const en: CanvasMessages = {
  metrics: {
    entries: 'Entries',
    conversions: 'Conversions',
    conversions_by_entry_time: 'Conversions by entry time',
    revenue: 'Revenue',
  },
  stats: {
    entries: 'Entries',
    conversions: 'Conversions',
    conversionRate: 'Conversion rate',
    revenue: 'Revenue',
  },
  by: { variant: 'variant', step: 'step' },
  metricTitle: (metric, daily, by) => `${metric}${daily ? ' per day' : ''} by ${by}`,
  stepsTitle: 'Canvas steps in path order',
  canvas: (name) => `Canvas ${name}`,
  clamped: (max, range) =>
    `Braze exports at most ${max} days of Canvas analytics per request: showing ${range}.`,
  deleted: (name) => `${name} (deleted)`,
  impressions: 'impressions',
  stepType: (type) => TYPES[type] ?? (type ? type.replace(/_/g, ' ') : 'Step'),
  noSteps: (variant) => `${variant}: control group, no messages.`,
  conversionsCount: (count) => `${count} conversions`,
  noMetricForSteps: (metric) => `Canvas steps report no “${metric}”: choose conversions or revenue.`,
  noMetric: (metric) => `No “${metric}” figures in this Canvas's data.`,
  noData: 'No Canvas analytics for this period.',
  allHidden: 'All series are hidden: turn one on in the legend.',
  dailySummary: (metric, by, range, total, list) =>
    `${metric} per day by ${by}, ${range}: ${total} in total. ${list}.`,
  totalsSummary: (metric, by, range, list) => `${metric} by ${by}, ${range}: ${list}.`,
  stepsSummary: (range, list) => `Canvas steps in path order, ${range}: ${list}.`,
  required: (attribute) => `The ${attribute} attribute is required.`,
  badView: (view) => `view must be daily, totals or steps, not "${view}".`,
  badGroupBy: (groupBy) => `group-by must be variant or step, not "${groupBy}".`,
  badMetric: (metric) =>
    `metric must be entries, conversions, conversions_by_entry_time or revenue, not "${metric}".`,
  badCurrency: (currency) => `currency must be an ISO 4217 code such as USD or EUR, not "${currency}".`,
};

/** The Canvas breakdown's strings for a locale. */
export const canvasMessagesFor = (locale: string | undefined): CanvasMessages =>
  localized('canvasBreakdown', en, locale);
