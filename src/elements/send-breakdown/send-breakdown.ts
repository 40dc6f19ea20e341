import { html, nothing, svg, type TemplateResult } from 'lit';
import { sendsDataSeries, type ResponseOf } from '../../api/endpoints.js';
import { DEFAULT_MARGIN, type Frame, type Margin } from '../../chart/layout.js';
import { localeKey } from '../../chart/locale.js';
import { chartMessages } from '../../chart/messages.js';
import { PALETTE } from '../../chart/palette.js';
import type { PointModel } from '../../chart/points.js';
import { formatDay } from '../../chart/format.js';
import {
  availableMetrics,
  hasSendRecords,
  isCurrencyMetric,
  metricLabel,
  sendPeriod,
  sendSummary,
  type GroupBy,
  type SendDayData,
  type SendPeriod,
  type SendSeries,
  type SendSummary,
} from '../../chart/sends.js';
import { metricFormat } from '../../chart/sends-summary.js';
import { legendStyles } from '../base/chart-base.styles.js';
import { BrazeChartElement } from '../base/chart-base.js';
import { Memo } from '../base/memo.js';
import { skeleton } from '../base/states.js';
import { measureText } from '../base/text-measure.js';
import type { Same } from '../base/same-type.js';
import {
  renderSendFootnotes,
  renderSendHeader,
  retentionText,
  sendSeriesPaint,
  unattributable,
  type SendHeaderInput,
} from './send-breakdown.header.js';
import { sendBreakdownStyles } from './send-breakdown.styles.js';
import {
  SEND_GROUPINGS,
  SEND_VIEWS,
  describeView,
  sendTitle,
  viewModel,
  type SendBreakdownView,
  type ViewModel,
} from './send-breakdown.model.js';
import { sendMessagesFor } from './send-breakdown.messages.js';
import { sendPointModel } from './send-breakdown.points.js';
import {
  dailyMarks,
  funnelView,
  retentionShade,
  totalsView,
  type SeriesStyle,
} from './send-breakdown.views.js';

export { SEND_GROUPINGS, SEND_VIEWS, type SendBreakdownView };

/** The response `<braze-send-breakdown>` renders (the `braze-load` detail's `data`). */
export interface SendBreakdownData {
  series: ResponseOf<typeof sendsDataSeries>;
}

const MARGINS: Record<SendBreakdownView, Margin> = {
  daily: { ...DEFAULT_MARGIN, left: 56 },
  totals: { top: 4, right: 16, bottom: 24, left: 8 },
  funnel: { top: 4, right: 8, bottom: 4, left: 8 },
};

/**
 * A Braze API campaign send broken down by channel or variation (GET `/sends/data_series`): stacked daily bars,
 * period totals or a sent → delivered → opens → clicks → conversions funnel, with delivery, open, click and
 * conversion rates, revenue, the control group apart from the sends, and a note when the range reaches past
 * Braze's 14-day retention of send analytics.
 *
 * @tag braze-send-breakdown
 * @fires braze-load - The send's data arrived and is rendered. `detail.data` is a `SendBreakdownData`: `{ series }`.
 * @fires braze-error - Loading failed or the element is misconfigured. `detail.error` is a `BrazeRequestError`.
 * @csspart title - The chart title.
 * @csspart description - Campaign, send and period.
 * @csspart stats - Headline figures: sent, rates, revenue.
 * @csspart notes - Notes: retention, control group, unattributed totals, steps some channels do not report.
 * @csspart legend - The series legend (toggle buttons).
 * @cssprop --braze-series-1 - Colour of the first series (and `--braze-series-2` … `--braze-series-8`).
 */
export class BrazeSendBreakdown extends BrazeChartElement {
  static override styles = [BrazeChartElement.styles, legendStyles, sendBreakdownStyles];

  static override properties = {
    campaignId: { type: String, attribute: 'campaign-id', reflect: true },
    sendId: { type: String, attribute: 'send-id', reflect: true },
    length: { type: Number, reflect: true },
    endingAt: { type: String, attribute: 'ending-at' },
    metric: { type: String, reflect: true },
    groupBy: { type: String, attribute: 'group-by', reflect: true },
    view: { type: String, reflect: true },
  };

  /** The API campaign's identifier. Required. Only API campaigns have send analytics. */
  declare campaignId: string | undefined;
  /** The send's identifier (from Braze's send APIs). Required. */
  declare sendId: string | undefined;
  /** Number of days to show, ending at `ending-at` (1–100). Default 14: Braze keeps send analytics 14 days. */
  declare length: number;
  /** ISO-8601 end of the period, e.g. `2024-05-31T23:59:59-05:00`. Default: now. */
  declare endingAt: string | undefined;
  /**
   * What the `daily` and `totals` views count: `sent` (default), `delivered`, `opens`, `clicks`, `conversions`,
   * `revenue` (USD) or any other counter in the data, e.g. `unique_opens`, `bounces`. `opens` and `clicks` map per
   * channel (push direct opens, email unique opens, …); other names are read as given.
   */
  declare metric: string;
  /** `channel` (default): one series per channel. `variation`: one per variant, summed over channels. */
  declare groupBy: 'channel' | 'variation';
  /** `daily` (default): stacked bars per day. `totals`: horizontal bars for the period. `funnel`: step rates. */
  declare view: 'daily' | 'totals' | 'funnel';

  protected readonly data = this.loader({
    requests: () => {
      const t = sendMessagesFor(this.resolvedLocale);
      if (!this.campaignId) return t.required('campaign-id');
      if (!this.sendId) return t.required('send-id');
      if (!SEND_VIEWS.includes(this.view)) return t.badView(this.view);
      if (!SEND_GROUPINGS.includes(this.groupBy)) return t.badGroupBy(this.groupBy);
      const params = {
        campaign_id: this.campaignId,
        send_id: this.sendId,
        length: this.length,
        ending_at: this.endingAt || undefined,
      };
      return { series: { endpoint: sendsDataSeries, params } };
    },
  });

  /** Series the user switched off in the legend; kept across re-renders, reloads and view changes. */
  private hiddenSeries = new Set<string>();
  private period: SendPeriod = { days: [], duplicates: [], retention: undefined };
  private stats: SendSummary | undefined;
  private legend: SendSeries[] = [];
  private model: ViewModel | undefined;
  readonly #period = new Memo<{ period: SendPeriod; stats: SendSummary | undefined }>();
  readonly #view = new Memo<{ legend: SendSeries[]; model: ViewModel | undefined }>();

  constructor() {
    super();
    this.length = 14;
    this.metric = 'sent';
    this.groupBy = 'channel';
    this.view = 'daily';
  }

  private get days(): SendDayData[] {
    return this.period.days;
  }

  protected derive(): void {
    const series = this.data.value?.series;
    const locale = this.resolvedLocale;
    const { length, endingAt } = this;
    // localeKey: a locale pack registered since the last render renames channels and series.
    ({ period: this.period, stats: this.stats } = this.#period.get(
      [series, length, endingAt, localeKey(locale)],
      () => {
        const options = { length, endingAt: endingAt || undefined, now: new Date() };
        const period = sendPeriod(series?.data ?? [], options, chartMessages(locale));
        return {
          period,
          stats: series && hasSendRecords(period.days) ? sendSummary(period.days) : undefined,
        };
      },
    ));
    this.margin = MARGINS[this.view] ?? MARGINS.daily;
    const { days, view, groupBy, metric, hiddenSeries: hidden } = this;
    const oldest = this.period.retention?.oldestDay;
    const inputs = [days, view, groupBy, metric, [...hidden].join(','), this.size.width, this.size.height];
    ({ legend: this.legend, model: this.model } = this.#view.get(inputs, () => {
      const layout = () =>
        viewModel({ days, view, groupBy, metric, hidden, box: this.frame, locale, oldest });
      const laid = layout();
      const yLabels = laid.model?.view === 'daily' ? laid.model.geometry.yTicks.map((t) => t.label) : [];
      return this.fitAxisLabels(yLabels) ? layout() : laid;
    }));
  }

  protected loadData(): SendBreakdownData | undefined {
    const value = this.data.value;
    return value && { series: value.series };
  }

  protected isEmpty(): boolean {
    return !this.model;
  }

  protected override emptyMessage(): unknown {
    const locale = this.resolvedLocale;
    const t = sendMessagesFor(locale);
    const retention = this.period.retention;
    if (!hasSendRecords(this.days)) return retention ? retentionText(retention, locale, t) : t.noSends;
    const available = availableMetrics(this.days).join(', ');
    return html`<span
      >${t.noMetric(this.metric)} <span class="available">${t.available(available)}</span></span
    >`;
  }

  protected summary(): string {
    return describeView(this.model, this.days, this.groupBy, this.chartName(), this.resolvedLocale);
  }

  protected chartName(): string {
    return sendTitle(this.view, this.groupBy, this.metric, this.resolvedLocale);
  }

  protected override exportSubtitle(): string {
    const description = this.renderRoot.querySelector('[part~="description"]')?.textContent?.trim() ?? '';
    const metric = this.view === 'funnel' ? '' : metricLabel(this.metric, chartMessages(this.resolvedLocale));
    const unit = metric && isCurrencyMetric(this.metric) ? `${metric} (USD)` : metric;
    return [description, unit].filter(Boolean).join(' · ');
  }

  protected pointModel(): PointModel | undefined {
    const m = this.model;
    if (!m || m.visible.length === 0) return undefined;
    return sendPointModel(m, this.frame, this.seriesStyle(), this.resolvedLocale, this.t);
  }

  private toggle(key: string): void {
    const next = new Set(this.hiddenSeries);
    if (!next.delete(key)) next.add(key);
    this.hiddenSeries = next;
    this.requestUpdate();
  }

  private seriesStyle(): SeriesStyle {
    const index = new Map(this.legend.map((s) => [s.key, s.colorIndex]));
    const series = new Map(this.legend.map((s) => [s.key, s]));
    const font = this.smallFont;
    return {
      label: (key) => series.get(key)?.label ?? key,
      paint: (key) => {
        const s = series.get(key);
        return s ? sendSeriesPaint(s) : 1;
      },
      series: (key) => ((index.get(key) ?? 0) % PALETTE.length) + 1,
      format: metricFormat(this.metric, this.resolvedLocale).full,
      measure: (text) => measureText(text, font),
    };
  }

  protected override renderHeader(): TemplateResult {
    return renderSendHeader(this.headerInput());
  }

  protected override renderFooter(): TemplateResult | typeof nothing {
    // While loading: the control group's note, and the one a "Not attributed" series or a funnel step brings.
    if (this.awaitingData)
      return skeleton.notes(
        this.view === 'funnel' || unattributable({ metric: this.metric, model: undefined }) ? 2 : 1,
      );
    return this.model ? renderSendFootnotes(this.headerInput()) : nothing;
  }

  private headerInput(): SendHeaderInput {
    return {
      title: this.renderTitle(this.chartName()),
      campaignId: this.campaignId,
      sendId: this.sendId,
      metric: this.metric,
      groupBy: this.groupBy,
      days: this.days,
      retention: this.period.retention,
      duplicates: this.period.duplicates.map((d) => formatDay(d, this.resolvedLocale)).join(', '),
      duplicatesNote: this.t.duplicates,
      stats: this.stats,
      model: this.model,
      legend: this.legend,
      hidden: this.hiddenSeries,
      onToggle: (key) => this.toggle(key),
      hiddenText: this.t.hidden,
      locale: this.resolvedLocale,
      loading: this.awaitingData,
    };
  }

  protected renderChart(box: Frame): TemplateResult {
    const m = this.model;
    if (!m) return svg``;
    if (m.visible.length === 0) {
      return svg`<text class="row-label" x=${box.innerWidth / 2} y=${box.innerHeight / 2} text-anchor="middle">
        ${sendMessagesFor(this.resolvedLocale).allHidden}</text>`;
    }
    const style = this.seriesStyle();
    if (m.view === 'funnel') {
      return funnelView(box, m.steps, m.rows, m.segments, {
        style,
        per: this.groupBy === 'variation' ? 'variant' : 'channel',
        campaignConversions: this.stats?.conversions,
        locale: this.resolvedLocale,
      });
    }
    if (m.view === 'totals') return totalsView(box, m.geometry, m.rates, style, this.resolvedLocale);
    return svg`${retentionShade(m.shadeTo, box)}
      ${this.renderAxes(box, m.geometry.xTicks, m.geometry.yTicks)}
      ${dailyMarks(m.geometry, style)}`;
  }
}

// The public fields spell out their unions for editors (see Same); they must stay the aliases the code uses.
true satisfies Same<BrazeSendBreakdown['view'], SendBreakdownView> &
  Same<BrazeSendBreakdown['groupBy'], GroupBy>;
