import { campaignDataSeries, type campaignDetails } from '../../api/campaigns.js';
import type { ResponseOf } from '../../api/endpoints.js';
import type { ChartMessages } from '../../chart/messages.js';
import type { Same } from '../base/same-type.js';
import { skeleton } from '../base/states.js';
import type { TemplateResult } from 'lit';
import { BrazeBreakdownElement, type GroupBy } from '../breakdown/breakdown-element.js';
import { sendMessagesFor } from '../breakdown/breakdown.messages.js';
import type { SendBreakdownView } from '../breakdown/breakdown.model.js';
import { campaignMessagesFor } from './campaign-breakdown.messages.js';

type Requests = { series: typeof campaignDataSeries; details: typeof campaignDetails };

/** The responses `<braze-campaign-breakdown>` renders (the `braze-load` detail's `data`). */
export interface CampaignBreakdownData {
  series: ResponseOf<typeof campaignDataSeries>;
  /** The campaign's details (name, conversion events); undefined when they could not be loaded. */
  details: ResponseOf<typeof campaignDetails> | undefined;
}

/**
 * Any Braze campaign — scheduled, action-based, recurring or API-triggered — broken down by channel or variation
 * (GET `/campaigns/data_series`): stacked daily bars, period totals or a sent → delivered → opens → clicks →
 * conversions funnel (in-app messages start at their impressions), with its rates, revenue and control group.
 * The title is the campaign's name and conversion events are named from GET `/campaigns/details`
 * (`conversion_behaviors`: "Purchases", "Completed Onboarding", …); without the details the chart is still drawn.
 *
 * @tag braze-campaign-breakdown
 * @fires braze-load - The campaign's data arrived and is rendered. `detail.data` is a `CampaignBreakdownData`: `{ series, details }`.
 * @fires braze-error - Loading failed or the element is misconfigured. `detail.error` is a `BrazeRequestError`.
 * @csspart title - The chart title: the campaign's name.
 * @csspart description - What is shown and the period.
 * @csspart stats - Headline figures: sent, rates, revenue.
 * @csspart notes - Notes: control group, unattributed totals, steps some channels do not report.
 * @csspart legend - The series legend (toggle buttons).
 * @cssprop --braze-series-1 - Colour of the first series (and `--braze-series-2` … `--braze-series-8`).
 */
export class BrazeCampaignBreakdown extends BrazeBreakdownElement {
  static override properties = {
    campaignId: { type: String, attribute: 'campaign-id', reflect: true },
  };

  /** The campaign's identifier (any campaign, not only API campaigns). Required. */
  declare campaignId: string | undefined;
  /** Number of days to show, ending at `ending-at` (1–100). Default 30. */
  declare length: number;

  protected readonly retains = false;

  protected readonly data = this.loader<Requests, 'details'>({
    // The chart is the series: without the details it is still drawn, titled with the campaign's id.
    optional: ['details'],
    requests: () => {
      const { campaignId } = this;
      const problem = this.misconfigured({ 'campaign-id': campaignId });
      if (problem || !campaignId) return problem ?? ''; // misconfigured names every missing id
      const params = { campaign_id: campaignId, length: this.length, ending_at: this.endingAt || undefined };
      return {
        series: { endpoint: campaignDataSeries, params },
        details: this.detailsRequest(campaignId),
      };
    },
  });

  constructor() {
    super();
    this.length = 30;
  }

  /** The campaign's name, or `Campaign <id>` until (or unless) the details name it. */
  protected chartName(): string {
    const name = this.data.value?.details?.name;
    return name || sendMessagesFor(this.resolvedLocale).campaign(this.campaignId ?? '—');
  }

  /** A placeholder while loading: never the raw id as a title that the campaign's name then replaces. */
  protected override titleTemplate(): TemplateResult {
    return this.awaitingData ? skeleton.title() : super.titleTemplate();
  }

  protected override viewTitle(): string {
    if (this.view !== 'funnel') return super.viewTitle();
    const by = sendMessagesFor(this.resolvedLocale).by[
      this.groupBy === 'variation' ? 'variation' : 'channel'
    ];
    return campaignMessagesFor(this.resolvedLocale).funnelTitle(by);
  }

  /** The funnel's screen-reader summary says "Funnel", not "Send funnel": most campaigns are not API sends. */
  protected override chartWords(t: ChartMessages): ChartMessages {
    const { funnelSummary } = campaignMessagesFor(this.resolvedLocale);
    return { ...t, sends: { ...t.sends, funnel: funnelSummary } };
  }

  protected context(): string[] {
    return [this.viewTitle()];
  }

  protected noDataText(): string {
    return campaignMessagesFor(this.resolvedLocale).noData;
  }

  protected override noMetricText(metric: string): string {
    return campaignMessagesFor(this.resolvedLocale).noMetric(metric);
  }
}

// The public fields spell out their unions for editors (see Same); they must stay the aliases the code uses.
true satisfies Same<BrazeCampaignBreakdown['view'], SendBreakdownView> &
  Same<BrazeCampaignBreakdown['groupBy'], GroupBy>;
