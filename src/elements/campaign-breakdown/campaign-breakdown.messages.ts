import { localized } from '../base/messages.js';

/** UI strings of `<braze-campaign-breakdown>` beyond those it shares with `<braze-send-breakdown>`, per language. */
export interface CampaignMessages {
  /** The funnel view's description, e.g. `Funnel by channel`. */
  funnelTitle: (by: string) => string;
  /** The funnel's summary for screen readers: `Funnel, <range>: <steps>.` */
  funnelSummary: (range: string, lines: string) => string;
  noData: string;
  noMetric: (metric: string) => string;
}

const en: CampaignMessages = {
  funnelTitle: (by) => `Funnel by ${by}`,
  funnelSummary: (range, lines) => `Funnel, ${range}: ${lines}.`,
  noData: 'No campaign analytics for this period.',
  noMetric: (metric) => `No “${metric}” figures in this campaign's data.`,
};

/** The campaign breakdown's own strings for a locale. */
export const campaignMessagesFor = (locale: string | undefined): CampaignMessages =>
  localized('campaignBreakdown', en, locale);
