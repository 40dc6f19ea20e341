import { plural } from '../../chart/messages.js';
import { localized } from '../base/messages.js';

/** UI strings of `<braze-send-breakdown>`, per language. */
export interface SendMessages {
  stats: { sent: string; delivery: string; open: string; click: string; conversion: string; revenue: string };
  rates: { delivery: string; open: string; click: string; conversion: string };
  noSends: string;
  noMetric: (metric: string) => string;
  available: (list: string) => string;
  allHidden: string;
  allHiddenSummary: (title: string) => string;
  funnelTitle: (by: string) => string;
  metricTitle: (metric: string, daily: boolean, by: string) => string;
  by: { channel: string; variation: string };
  campaign: (id: string) => string;
  send: (id: string) => string;
  notReported: string;
  notReportedPer: (per: string) => string;
  campaignTotal: (count: string) => string;
  /** `channel` / `variant` after "per". */
  per: { channel: string; variant: string };
  retention: (days: number, oldestDay: string, entirely: boolean) => string;
  /** Tooltip of the shaded days older than the retention. */
  control: (enrolled: string, conversions: string | undefined) => string;
  unattributed: (metric: string, per: string) => string;
  missing: (steps: string, channels: string) => string;
  /** In-app channels whose funnel starts at their impressions. */
  impressions: (channels: string) => string;
  /** Tooltip of a funnel bar segment, e.g. `Email: 1,200 opens`. */
  required: (attribute: string) => string;
  /** The campaign's details (name, conversion event names) failed to load: the chart is drawn without them. */
  detailsFailed: (reason: string) => string;
  badView: (view: string) => string;
  badGroupBy: (groupBy: string) => string;
}

const en: SendMessages = {
  stats: {
    sent: 'Sent',
    delivery: 'Delivery rate',
    open: 'Open rate',
    click: 'Click rate',
    conversion: 'Conversion rate',
    revenue: 'Revenue',
  },
  rates: { delivery: 'Delivery', open: 'Open', click: 'Click', conversion: 'Conversion' },
  noSends: 'No send analytics for this period.',
  noMetric: (metric) => `No “${metric}” figures in this send's data.`,
  available: (list) => `Available: ${list}.`,
  allHidden: 'All series are hidden: turn one on in the legend.',
  allHiddenSummary: (title) => `${title}: all series are hidden.`,
  funnelTitle: (by) => `Send funnel by ${by}`,
  metricTitle: (metric, daily, by) => `${metric}${daily ? ' per day' : ''} by ${by}`,
  by: { channel: 'channel', variation: 'variation' },
  campaign: (id) => `Campaign ${id}`,
  send: (id) => `send ${id}`,
  notReported: 'not reported',
  notReportedPer: (per) => `not reported per ${per}`,
  campaignTotal: (count) => `campaign total ${count}`,
  per: { channel: 'channel', variant: 'variant' },
  retention: (days, oldestDay, entirely) =>
    `Braze keeps send analytics for ${plural('en', days, { one: 'day', other: 'days' })}: ${
      entirely ? 'this period is older, so it has no data' : `days before ${oldestDay} have no data`
    }.`,
  control: (enrolled, conversions) =>
    `Control group: ${enrolled} enrolled${conversions === undefined ? '' : `, ${conversions} conversions`} (not sent, not charted).`,
  unattributed: (metric, per) =>
    `Not attributed: campaign-level ${metric.toLowerCase()} that Braze does not report per ${per}.`,
  missing: (steps, channels) => `${steps}: not reported by ${channels}, left out of these rates.`,
  impressions: (channels) => `${channels}: impressions, not sends (in-app messages are shown, not sent).`,
  detailsFailed: (reason) => `Campaign details could not be loaded (${reason}): conversions are not named.`,
  required: (attribute) => `The ${attribute} attribute is required.`,
  badView: (view) => `view must be daily, totals or funnel, not "${view}".`,
  badGroupBy: (groupBy) => `group-by must be channel or variation, not "${groupBy}".`,
};

/** The send breakdown's strings for a locale. */
export const sendMessagesFor = (locale: string | undefined): SendMessages =>
  localized('sendBreakdown', en, locale);
