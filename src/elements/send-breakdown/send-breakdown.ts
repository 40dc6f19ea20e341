import type { campaignDetails } from '../../api/campaigns.js';
import { sendsDataSeries, type ResponseOf } from '../../api/endpoints.js';
import type { Same } from '../base/same-type.js';
import { BrazeBreakdownElement, type GroupBy } from '../breakdown/breakdown-element.js';
import { sendMessagesFor } from '../breakdown/breakdown.messages.js';
import { SEND_GROUPINGS, SEND_VIEWS, type SendBreakdownView } from '../breakdown/breakdown.model.js';

export { SEND_GROUPINGS, SEND_VIEWS, type SendBreakdownView };

type Requests = { series: typeof sendsDataSeries; details: typeof campaignDetails };

/** The response `<braze-send-breakdown>` renders (the `braze-load` detail's `data`). */
export interface SendBreakdownData {
  series: ResponseOf<typeof sendsDataSeries>;
  /** The campaign's details (conversion event names); undefined when they could not be loaded. */
  details: ResponseOf<typeof campaignDetails> | undefined;
}

/**
 * A Braze API campaign send broken down by channel or variation (GET `/sends/data_series`): stacked daily bars,
 * period totals or a sent → delivered → opens → clicks → conversions funnel, with delivery, open, click and
 * conversion rates, revenue, the control group apart from the sends, and a note when the range reaches past
 * Braze's 14-day retention of send analytics. Conversion events are named from the campaign's
 * `/campaigns/details` (e.g. "Purchases" instead of "Conversions"); without them the chart is still drawn.
 *
 * @tag braze-send-breakdown
 * @fires braze-load - The send's data arrived and is rendered. `detail.data` is a `SendBreakdownData`: `{ series, details }`.
 * @fires braze-error - Loading failed or the element is misconfigured. `detail.error` is a `BrazeRequestError`.
 * @csspart title - The chart title.
 * @csspart description - Campaign, send and period.
 * @csspart stats - Headline figures: sent, rates, revenue.
 * @csspart notes - Notes: retention, control group, unattributed totals, steps some channels do not report.
 * @csspart legend - The series legend (toggle buttons).
 * @cssprop --braze-series-1 - Colour of the first series (and `--braze-series-2` … `--braze-series-8`).
 */
export class BrazeSendBreakdown extends BrazeBreakdownElement {
  static override properties = {
    campaignId: { type: String, attribute: 'campaign-id', reflect: true },
    sendId: { type: String, attribute: 'send-id', reflect: true },
  };

  /** The API campaign's identifier. Required. Only API campaigns have send analytics. */
  declare campaignId: string | undefined;
  /** The send's identifier (from Braze's send APIs). Required. */
  declare sendId: string | undefined;
  /** Number of days to show, ending at `ending-at` (1–100). Default 14: Braze keeps send analytics 14 days. */
  declare length: number;

  protected readonly retains = true;

  protected readonly data = this.loader<Requests, 'details'>({
    // The chart is the series: without the details it is still drawn, with generic conversion names.
    optional: ['details'],
    requests: () => {
      const { campaignId, sendId } = this;
      const problem = this.misconfigured({ 'campaign-id': campaignId, 'send-id': sendId });
      if (problem || !campaignId || !sendId) return problem ?? ''; // misconfigured names every missing id
      const params = {
        campaign_id: campaignId,
        send_id: sendId,
        length: this.length,
        ending_at: this.endingAt || undefined,
      };
      return {
        series: { endpoint: sendsDataSeries, params },
        details: this.detailsRequest(campaignId),
      };
    },
  });

  constructor() {
    super();
    this.length = 14;
  }

  protected chartName(): string {
    return this.viewTitle();
  }

  protected context(): string[] {
    const t = sendMessagesFor(this.resolvedLocale);
    return [t.campaign(this.campaignId ?? '—'), t.send(this.sendId ?? '—')];
  }

  protected noDataText(): string {
    return sendMessagesFor(this.resolvedLocale).noSends;
  }
}

// The public fields spell out their unions for editors (see Same); they must stay the aliases the code uses.
true satisfies Same<BrazeSendBreakdown['view'], SendBreakdownView> &
  Same<BrazeSendBreakdown['groupBy'], GroupBy>;
