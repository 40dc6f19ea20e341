import { html, nothing, svg, type TemplateResult } from 'lit';
import { CANVAS_MAX_LENGTH, canvasDataSeries, canvasDataSummary, canvasDetails } from '../../api/canvas.js';
import type { ResponseOf } from '../../api/endpoints.js';
import {
  CANVAS_GROUPINGS,
  CANVAS_METRICS,
  canvasFigures,
  canvasPaths,
  clampCanvasLength,
  flattenCanvas,
  namesIn,
  type CanvasDayData,
  type CanvasGroupBy,
  type CanvasMetric,
  type CanvasPaths,
} from '../../chart/canvas.js';
import { DEFAULT_MARGIN, type Frame, type Margin } from '../../chart/layout.js';
import { localeKey } from '../../chart/locale.js';
import { noteSkeleton, renderCanvasHeader } from './canvas-breakdown.header.js';
import type { PointModel } from '../../chart/points.js';
import { describeRange } from '../../chart/sends-summary.js';
import type { SendSeries } from '../../chart/sends.js';
import { BrazeChartElement } from '../base/chart-base.js';
import { legendStyles } from '../base/chart-base.styles.js';
import { Memo } from '../base/memo.js';
import type { Same } from '../base/same-type.js';
import { measureText } from '../base/text-measure.js';
import { sendPointModel } from '../breakdown/breakdown.points.js';
import { sendBreakdownStyles } from '../breakdown/breakdown.styles.js';
import {
  dailyMarks,
  legendSeriesStyle,
  toggleSeries,
  totalsView,
  type SeriesStyle,
} from '../breakdown/breakdown.views.js';
import { canvasMessagesFor } from './canvas-breakdown.messages.js';
import {
  CANVAS_VIEWS,
  canvasFormat,
  canvasTitle,
  canvasViewModel,
  describeCanvas,
  type CanvasView,
  type CanvasViewModel,
} from './canvas-breakdown.model.js';
import { canvasBreakdownStyles } from './canvas-breakdown.styles.js';
import { stepsPointModel, stepsView } from './canvas-breakdown.views.js';

export { CANVAS_GROUPINGS, CANVAS_METRICS, CANVAS_VIEWS, type CanvasView };

/** The responses `<braze-canvas-breakdown>` renders (the `braze-load` detail's `data`). */
export interface CanvasBreakdownData {
  series: ResponseOf<typeof canvasDataSeries>;
  summary: ResponseOf<typeof canvasDataSummary>;
  details: ResponseOf<typeof canvasDetails>;
}

const MARGINS: Record<CanvasView, Margin> = {
  daily: { ...DEFAULT_MARGIN, left: 56 },
  totals: { top: 4, right: 16, bottom: 24, left: 8 },
  steps: { top: 4, right: 8, bottom: 4, left: 8 },
};

const validCurrency = (code: string) => {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return /^[A-Za-z]{3}$/.test(code);
  } catch {
    return false;
  }
};

/**
 * One Canvas's entries, conversions and revenue per day by variant or by step (GET `/canvas/data_series`), with
 * Braze's own rollup of the period (`/canvas/data_summary`) for the figures and totals, and `/canvas/details` for
 * the names and the path order of variants and steps. Braze exports at most 14 days per request: a longer `length`
 * draws the last 14 days and says so.
 *
 * @tag braze-canvas-breakdown
 * @fires braze-load - The Canvas's data arrived and is rendered. `detail.data` is a `CanvasBreakdownData`:
 * `{ series, summary, details }`.
 * @fires braze-error - Loading failed or the element is misconfigured. `detail.error` is a `BrazeRequestError`.
 * @csspart title - The chart title.
 * @csspart description - Canvas and period.
 * @csspart stats - Headline figures: entries, conversions, conversion rate, revenue.
 * @csspart notes - Notes: the 14-day limit, control groups.
 * @csspart legend - The series legend (toggle buttons).
 * @cssprop --braze-series-1 - Colour of the first series (and `--braze-series-2` … `--braze-series-8`).
 */
export class BrazeCanvasBreakdown extends BrazeChartElement {
  static override styles = [
    BrazeChartElement.styles,
    legendStyles,
    sendBreakdownStyles,
    canvasBreakdownStyles,
  ];

  static override properties = {
    canvasId: { type: String, attribute: 'canvas-id', reflect: true },
    length: { type: Number, reflect: true },
    endingAt: { type: String, attribute: 'ending-at' },
    metric: { type: String, reflect: true },
    groupBy: { type: String, attribute: 'group-by', reflect: true },
    view: { type: String, reflect: true },
    includeDeleted: { type: Boolean, attribute: 'include-deleted', reflect: true },
    currency: { type: String, reflect: true },
  };

  /** The Canvas's identifier (its API id). Required. */
  declare canvasId: string | undefined;
  /**
   * Number of days to show, ending at `ending-at`. Default 14: Braze exports at most 14 days of Canvas analytics per
   * request, so a longer length draws the last 14 days with a note (see `clampedLength`).
   */
  declare length: number;
  /** ISO-8601 end of the period, e.g. `2024-05-31T23:59:59-05:00`. Default: now. */
  declare endingAt: string | undefined;
  /** What the `daily` and `totals` views count: `entries` (default), `conversions`, `conversions_by_entry_time` or `revenue`. */
  declare metric: 'entries' | 'conversions' | 'conversions_by_entry_time' | 'revenue';
  /** `variant` (default): one series per variant, the control group one of them. `step`: one per message step. */
  declare groupBy: 'variant' | 'step';
  /** `daily` (default): stacked bars per day. `totals`: Braze's rollup as horizontal bars. `steps`: the path. */
  declare view: 'daily' | 'totals' | 'steps';
  /** Include the data of deleted steps, labelled "deleted". */
  declare includeDeleted: boolean;
  /** ISO 4217 code revenue is shown in (default `USD`): Braze's API does not say the workspace's currency. */
  declare currency: string;

  protected readonly data = this.loader({
    requests: () => {
      const t = canvasMessagesFor(this.resolvedLocale);
      if (!this.canvasId) return t.required('canvas-id');
      if (!CANVAS_VIEWS.includes(this.view)) return t.badView(this.view);
      if (!CANVAS_GROUPINGS.includes(this.groupBy)) return t.badGroupBy(this.groupBy);
      if (!CANVAS_METRICS.includes(this.metric)) return t.badMetric(this.metric);
      if (!validCurrency(this.currency)) return t.badCurrency(this.currency);
      const yes = 'true' as const;
      const params = {
        canvas_id: this.canvasId,
        length: this.clampedLength ?? this.length,
        ending_at: this.endingAt || undefined,
        include_variant_breakdown: yes,
        include_step_breakdown: this.groupBy === 'step' || this.view === 'steps' ? yes : undefined,
        include_deleted_step_data: this.includeDeleted ? yes : undefined,
      };
      return {
        series: { endpoint: canvasDataSeries, params },
        summary: { endpoint: canvasDataSummary, params },
        details: { endpoint: canvasDetails, params: { canvas_id: this.canvasId } },
      };
    },
  });

  /** Series the user switched off in the legend; kept across re-renders, reloads and view changes. */
  private hiddenSeries = new Set<string>();
  private days: CanvasDayData[] = [];
  private paths: CanvasPaths = { variants: [], steps: [] };
  private legend: SendSeries[] = [];
  private model: CanvasViewModel | undefined;
  readonly #period = new Memo<{ days: CanvasDayData[]; paths: CanvasPaths }>();
  readonly #view = new Memo<{ legend: SendSeries[]; model: CanvasViewModel | undefined }>();

  constructor() {
    super();
    this.length = CANVAS_MAX_LENGTH;
    this.metric = 'entries';
    this.groupBy = 'variant';
    this.view = 'daily';
    this.includeDeleted = false;
    this.currency = 'USD';
  }

  /** The days drawn when `length` asks for more than Braze exports per request (14); `undefined` otherwise. */
  get clampedLength(): number | undefined {
    const clamp = clampCanvasLength(this.length, CANVAS_MAX_LENGTH);
    return clamp.clamped ? clamp.length : undefined;
  }

  protected derive(): void {
    const value = this.data.value;
    const { groupBy, endingAt } = this;
    const length = this.clampedLength ?? this.length;
    ({ days: this.days, paths: this.paths } = this.#period.get([value, groupBy, length, endingAt], () => {
      const stats = value?.series.data.stats ?? [];
      const summary = value?.summary.data;
      return {
        days: flattenCanvas(stats, groupBy, { length, endingAt: endingAt || undefined }),
        paths: canvasPaths(value?.details, namesIn(summary ? [...stats, summary] : stats)),
      };
    }));
    this.margin = MARGINS[this.view] ?? MARGINS.daily;
    const { days, paths, view, metric, hiddenSeries: hidden, includeDeleted, currency } = this;
    const locale = this.resolvedLocale;
    const inputs = [
      days,
      paths,
      view,
      metric,
      currency,
      includeDeleted,
      [...hidden].join(','),
      localeKey(locale),
    ];
    ({ legend: this.legend, model: this.model } = this.#view.get(
      [...inputs, this.size.width, this.size.height],
      () => {
        const layout = () =>
          canvasViewModel({
            days,
            paths,
            summary: value?.summary.data,
            view,
            groupBy,
            metric,
            hidden,
            includeDeleted,
            currency,
            box: this.frame,
            locale,
          });
        const laid = layout();
        const yLabels = laid.model?.view === 'daily' ? laid.model.geometry.yTicks.map((t) => t.label) : [];
        return this.fitAxisLabels(yLabels) ? layout() : laid;
      },
    ));
  }

  protected loadData(): CanvasBreakdownData | undefined {
    const value = this.data.value;
    return value && { series: value.series, summary: value.summary, details: value.details };
  }

  protected isEmpty(): boolean {
    return !this.model;
  }

  protected override emptyMessage(): unknown {
    const t = canvasMessagesFor(this.resolvedLocale);
    if (this.view === 'steps' || !this.days.some((d) => d.records.length)) return t.noData;
    const metric = t.metrics[this.metric];
    return this.groupBy === 'step' && this.metric === 'entries'
      ? t.noMetricForSteps(metric)
      : t.noMetric(metric);
  }

  protected summary(): string {
    const { metric, groupBy, currency } = this;
    const dates = this.days.map((d) => d.date);
    return describeCanvas(this.model, { metric, groupBy, currency, locale: this.resolvedLocale, dates });
  }

  protected chartName(): string {
    return canvasTitle(this.view, this.groupBy, this.metric, this.resolvedLocale);
  }

  protected override exportSubtitle(): string {
    const description = this.renderRoot.querySelector('[part~="description"]')?.textContent?.trim() ?? '';
    const unit = this.view !== 'steps' && this.metric === 'revenue' ? this.currency.toUpperCase() : '';
    return [description, unit].filter(Boolean).join(' · ');
  }

  protected pointModel(): PointModel | undefined {
    const m = this.model;
    if (!m || m.visible.length === 0) return undefined;
    if (m.view === 'steps') return stepsPointModel(m.lines, this.seriesStyle(), this.resolvedLocale, this.t);
    return sendPointModel(m, this.frame, this.seriesStyle(), this.resolvedLocale, this.t);
  }

  private toggle(key: string): void {
    this.hiddenSeries = toggleSeries(this.hiddenSeries, key);
    this.requestUpdate();
  }

  private seriesStyle(): SeriesStyle {
    const font = this.smallFont;
    const metric = this.view === 'steps' ? 'revenue' : this.metric;
    return legendSeriesStyle(this.legend, canvasFormat(metric, this.resolvedLocale, this.currency), (text) =>
      measureText(text, font),
    );
  }

  protected override notes(): string[] {
    const clamped = this.clampedLength;
    if (clamped === undefined) return [];
    const range = describeRange(
      this.days.map((d) => d.date),
      this.resolvedLocale,
    );
    return [canvasMessagesFor(this.resolvedLocale).clamped(clamped, range)];
  }

  protected override renderHeader(): TemplateResult {
    const locale = this.resolvedLocale;
    const value = this.data.value;
    const loading = this.awaitingData;
    const name = (!loading && (value?.details.name || value?.series.data.name)) || this.canvasId || '—';
    const range = describeRange(
      this.days.map((d) => d.date),
      locale,
    );
    return renderCanvasHeader({
      title: this.renderTitle(this.chartName()),
      description: [canvasMessagesFor(locale).canvas(name), range].filter(Boolean).join(' · '),
      figures: canvasFigures(value?.summary.data),
      currency: this.currency,
      locale,
      loading,
      legend: this.model ? this.legend : [],
      hidden: this.hiddenSeries,
      onToggle: (key) => this.toggle(key),
      hiddenText: this.t.hidden,
      steps: this.view === 'steps',
    });
  }

  protected override renderFooter(): TemplateResult | typeof nothing {
    if (this.view !== 'steps') return nothing;
    // While loading, the room of the control group's footnote (most Canvases with variants have one).
    if (this.awaitingData) return noteSkeleton;
    if (!this.model) return nothing;
    const t = canvasMessagesFor(this.resolvedLocale);
    const controls = this.paths.variants.filter((v) => v.control);
    return controls.length
      ? html`<ul part="notes" class="notes">
          ${controls.map((v) => html`<li class="control">${t.noSteps(v.name)}</li>`)}
        </ul>`
      : nothing;
  }

  protected renderChart(box: Frame): TemplateResult {
    const m = this.model;
    if (!m) return svg``;
    if (m.visible.length === 0 && m.view !== 'steps') {
      return svg`<text class="row-label" x=${box.innerWidth / 2} y=${box.innerHeight / 2} text-anchor="middle">
        ${canvasMessagesFor(this.resolvedLocale).allHidden}</text>`;
    }
    const style = this.seriesStyle();
    if (m.view === 'steps') return stepsView(box, m.lines, m.headings, style, this.resolvedLocale);
    if (m.view === 'totals') return totalsView(box, m.geometry, m.rates, style, this.resolvedLocale);
    return svg`${this.renderAxes(box, m.geometry.xTicks, m.geometry.yTicks)}${dailyMarks(m.geometry, style)}`;
  }
}

// The public fields spell out their unions for editors (see Same); they must stay the aliases the code uses.
true satisfies Same<BrazeCanvasBreakdown['view'], CanvasView> &
  Same<BrazeCanvasBreakdown['groupBy'], CanvasGroupBy> &
  Same<BrazeCanvasBreakdown['metric'], CanvasMetric>;
