import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { campaignDetails, type CampaignDetailsResponse } from '../../api/campaigns.js';
import type { SendsDay } from '../../api/responses.js';
import { conversionLabels, withConversionNames } from '../../chart/conversions.js';
import { formatDay } from '../../chart/format.js';
import { DEFAULT_MARGIN, type Frame, type Margin } from '../../chart/layout.js';
import { localeKey } from '../../chart/locale.js';
import { chartMessages, type ChartMessages } from '../../chart/messages.js';
import type { PointModel } from '../../chart/points.js';
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
import { BrazeChartElement, type DataState } from '../base/chart-base.js';
import { describeError } from '../base/messages.js';
import type { BrazeRequestError } from '../../data/errors.js';
import { Memo } from '../base/memo.js';
import { skeleton } from '../base/states.js';
import { measureText } from '../base/text-measure.js';
import {
  renderSendFootnotes,
  renderSendHeader,
  retentionText,
  unattributable,
  type SendHeaderInput,
} from './breakdown.header.js';
import { sendMessagesFor } from './breakdown.messages.js';
import {
  describeView,
  SEND_GROUPINGS,
  SEND_VIEWS,
  sendTitle,
  viewModel,
  type SendBreakdownView,
  type ViewModel,
} from './breakdown.model.js';
import { sendPointModel } from './breakdown.points.js';
import { sendBreakdownStyles } from './breakdown.styles.js';
import {
  dailyMarks,
  funnelView,
  legendSeriesStyle,
  toggleSeries,
  retentionShade,
  totalsView,
  type SeriesStyle,
} from './breakdown.views.js';

const MARGINS: Record<SendBreakdownView, Margin> = {
  daily: { ...DEFAULT_MARGIN, left: 56 },
  totals: { top: 4, right: 16, bottom: 24, left: 8 },
  funnel: { top: 4, right: 8, bottom: 4, left: 8 },
};

/**
 * What `<braze-send-breakdown>` and `<braze-campaign-breakdown>` share: days shaped like `/sends/data_series`
 * days drawn as stacked daily bars, period totals or a funnel, with headline figures, a toggle legend, notes,
 * points for the tooltip, keyboard and table, and conversion events named from `/campaigns/details`. An element
 * supplies its attributes, its requests (`breakdownData`), its title and the words of its description.
 */
/** What the shared breakdown reads of an element's data controller. */
export interface BreakdownDataState extends DataState {
  readonly value:
    { series: { data: readonly SendsDay[] }; details?: CampaignDetailsResponse | undefined } | undefined;
  errorOf(name: 'details'): BrazeRequestError | undefined;
}

export abstract class BrazeBreakdownElement extends BrazeChartElement {
  static override styles = [BrazeChartElement.styles, legendStyles, sendBreakdownStyles];

  static override properties: PropertyDeclarations = {
    length: { type: Number, reflect: true },
    endingAt: { type: String, attribute: 'ending-at' },
    metric: { type: String, reflect: true },
    groupBy: { type: String, attribute: 'group-by', reflect: true },
    view: { type: String, reflect: true },
  };

  /** Number of days to show, ending at `ending-at` (1–100). */
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

  constructor() {
    super();
    this.metric = 'sent';
    this.groupBy = 'channel';
    this.view = 'daily';
  }

  /** The element's requests: `series` (days shaped like send days) and the optional campaign `details`. */
  protected abstract override readonly data: BreakdownDataState;
  /** True when days older than Braze's retention of send analytics are gaps (sends), false otherwise. */
  protected abstract readonly retains: boolean;
  /** What the chart is of, before the range in its description. */
  protected abstract context(): string[];
  /** The empty state when no day has any stats. */
  protected abstract noDataText(): string;

  /** Series the user switched off in the legend; kept across re-renders, reloads and view changes. */
  private hiddenSeries = new Set<string>();
  private period: SendPeriod = { days: [], duplicates: [], retention: undefined };
  private stats: SendSummary | undefined;
  private legend: SendSeries[] = [];
  private model: ViewModel | undefined;
  /**
   * What is wrong with the attributes (the first `required` one missing, an unknown view or grouping), for the
   * loader's configuration error; `undefined` when the element may ask.
   */
  protected misconfigured(required: Record<string, string | undefined>): string | undefined {
    const t = sendMessagesFor(this.resolvedLocale);
    const missing = Object.keys(required).find((attribute) => !required[attribute]);
    if (missing) return t.required(missing);
    if (!SEND_VIEWS.includes(this.view)) return t.badView(this.view);
    if (!SEND_GROUPINGS.includes(this.groupBy)) return t.badGroupBy(this.groupBy);
    return undefined;
  }

  /** The optional request for the campaign's name and conversion events. */
  protected detailsRequest(campaignId: string) {
    return { endpoint: campaignDetails, params: { campaign_id: campaignId } };
  }

  /** The chart words with this campaign's conversion events named. */
  protected chart: ChartMessages = chartMessages(undefined);
  readonly #period = new Memo<{ period: SendPeriod; stats: SendSummary | undefined }>();
  readonly #view = new Memo<{ legend: SendSeries[]; model: ViewModel | undefined }>();
  readonly #chart = new Memo<ChartMessages>();

  private get days(): SendDayData[] {
    return this.period.days;
  }

  protected derive(): void {
    const series = this.data.value?.series.data;
    const details = this.data.value?.details;
    const locale = this.resolvedLocale;
    const { length, endingAt } = this;
    const behaviors = details?.conversion_behaviors;
    const chart = this.#chart.get([behaviors, localeKey(locale)], () =>
      this.chartWords(
        withConversionNames(chartMessages(locale), conversionLabels(behaviors, chartMessages(locale))),
      ),
    );
    this.chart = chart;
    // localeKey: a locale pack registered since the last render renames channels and series.
    ({ period: this.period, stats: this.stats } = this.#period.get(
      [series, length, endingAt, localeKey(locale), this.retains],
      () => {
        const options = { length, endingAt: endingAt || undefined, now: new Date(), retains: this.retains };
        const period = sendPeriod(series ?? [], options, chart);
        return {
          period,
          stats: series && hasSendRecords(period.days) ? sendSummary(period.days) : undefined,
        };
      },
    ));
    this.margin = MARGINS[this.view] ?? MARGINS.daily;
    const { days, view, groupBy, metric, hiddenSeries: hidden } = this;
    const oldest = this.period.retention?.oldestDay;
    const inputs = [
      days,
      view,
      groupBy,
      metric,
      [...hidden].join(','),
      this.size.width,
      this.size.height,
      chart,
    ];
    ({ legend: this.legend, model: this.model } = this.#view.get(inputs, () => {
      const layout = () =>
        viewModel({ days, view, groupBy, metric, hidden, box: this.frame, locale, oldest, t: chart });
      const laid = layout();
      const yLabels = laid.model?.view === 'daily' ? laid.model.geometry.yTicks.map((t) => t.label) : [];
      return this.fitAxisLabels(yLabels) ? layout() : laid;
    }));
  }

  protected loadData(): { series: unknown; details: CampaignDetailsResponse | undefined } | undefined {
    const value = this.data.value;
    return value && { series: value.series, details: value.details };
  }

  /** A note when the details failed: the chart is drawn without the campaign's names. */
  protected override notes(): string[] {
    const failed = this.data.errorOf('details');
    const t = sendMessagesFor(this.resolvedLocale);
    return failed ? [t.detailsFailed(describeError(failed, this.t).title)] : [];
  }

  protected isEmpty(): boolean {
    return !this.model;
  }

  protected override emptyMessage(): unknown {
    const locale = this.resolvedLocale;
    const t = sendMessagesFor(locale);
    const retention = this.period.retention;
    if (!hasSendRecords(this.days))
      return retention ? retentionText(retention, locale, t) : this.noDataText();
    const available = availableMetrics(this.days).join(', ');
    return html`<span
      >${this.noMetricText(this.metric)} <span class="available">${t.available(available)}</span></span
    >`;
  }

  /** The chart words this element speaks (an element may reword, e.g. its funnel's summary). */
  protected chartWords(t: ChartMessages): ChartMessages {
    return t;
  }

  /** The heading (the campaign breakdown shows a placeholder until its details name it). */
  protected titleTemplate(): TemplateResult {
    return this.renderTitle(this.chartName());
  }

  /** The empty state when the data does not report the metric. */
  protected noMetricText(metric: string): string {
    return sendMessagesFor(this.resolvedLocale).noMetric(metric);
  }

  protected summary(): string {
    return describeView(
      this.model,
      this.days,
      this.groupBy,
      this.chartName(),
      this.resolvedLocale,
      this.chart,
    );
  }

  /** `Sent per day by channel`, `Send funnel by variation`, … */
  protected viewTitle(): string {
    return sendTitle(this.view, this.groupBy, this.metric, this.resolvedLocale, this.chart);
  }

  protected override exportSubtitle(): string {
    const description = this.renderRoot.querySelector('[part~="description"]')?.textContent?.trim() ?? '';
    const metric = this.view === 'funnel' ? '' : metricLabel(this.metric, this.chart);
    const unit = metric && isCurrencyMetric(this.metric) ? `${metric} (USD)` : metric;
    return [description, unit].filter(Boolean).join(' · ');
  }

  protected pointModel(): PointModel | undefined {
    const m = this.model;
    if (!m || m.visible.length === 0) return undefined;
    return sendPointModel(m, this.frame, this.seriesStyle(), this.resolvedLocale, this.t, this.chart);
  }

  private toggle(key: string): void {
    this.hiddenSeries = toggleSeries(this.hiddenSeries, key);
    this.requestUpdate();
  }

  private seriesStyle(): SeriesStyle {
    const font = this.smallFont;
    return legendSeriesStyle(this.legend, metricFormat(this.metric, this.resolvedLocale).full, (text) =>
      measureText(text, font),
    );
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
      title: this.titleTemplate(),
      context: this.context(),
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
      chart: this.chart,
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

export type { GroupBy };
