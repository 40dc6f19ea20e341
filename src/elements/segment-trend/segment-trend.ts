import { html, nothing, svg, type TemplateResult } from 'lit';
import { segmentDataSeries, segmentDetails, type ResponseOf } from '../../api/endpoints.js';
import {
  formatDay,
  formatDayRange,
  formatNumber,
  formatSignedNumber,
  formatSignedPercent,
} from '../../chart/format.js';
import type { Frame } from '../../chart/layout.js';
import { describeSeries, seriesStats, type SeriesStats } from '../../chart/summary.js';
import type { PointModel } from '../../chart/points.js';
import { dayKey } from '../../api/time.js';
import { chartMessages } from '../../chart/messages.js';
import { bucketPeriod, duplicateDates, mergePoints, missingCount } from '../../chart/period.js';
import { timeSeriesGeometry, type TimePoint, type TimeSeriesGeometry } from '../../chart/time-series.js';
import { BrazeChartElement } from '../base/chart-base.js';
import { Memo } from '../base/memo.js';
import { describeError } from '../base/messages.js';
import { skeleton } from '../base/states.js';
import { segmentTrendMessages } from './segment-trend.messages.js';
import { segmentTrendStyles } from './segment-trend.styles.js';

type Requests = { series: typeof segmentDataSeries; details: typeof segmentDetails };

/** The responses `<braze-segment-trend>` renders (the `braze-load` detail's `data`). */
export interface SegmentTrendData {
  series: ResponseOf<typeof segmentDataSeries>;
  /** Undefined when only the details failed: the series is drawn, titled with the segment's id, with a note. */
  details: ResponseOf<typeof segmentDetails> | undefined;
}

/**
 * Segment size over time: a line of a Braze segment's daily size estimate on a value axis fitted to the data (or
 * an area from zero, with `baseline="zero"`), with the segment's name, description, latest size and the change
 * over the period.
 *
 * @tag braze-segment-trend
 * @csspart title - The segment name.
 * @csspart description - The segment description.
 * @csspart stats - Latest size and change.
 * @cssprop --braze-line-width - Stroke width of the line. Default 2px.
 * @cssprop --braze-area-opacity - Fill opacity of the area. Default 0.14.
 */
export class BrazeSegmentTrend extends BrazeChartElement {
  static override styles = [BrazeChartElement.styles, segmentTrendStyles];

  static override properties = {
    segmentId: { type: String, attribute: 'segment-id', reflect: true },
    length: { type: Number, reflect: true },
    endingAt: { type: String, attribute: 'ending-at' },
    baseline: { type: String },
  };

  /** The Braze segment's API identifier. Required. */
  declare segmentId: string | undefined;
  /** Number of days to show, ending at `ending-at` (1–100). Default 30. */
  declare length: number;
  /** ISO-8601 end of the period, e.g. `2024-05-31T23:59:59-05:00`. Default: now. */
  declare endingAt: string | undefined;
  /**
   * `auto` (default): a line on a value axis fitted to the data, so the change shows. `zero`: the axis starts at 0
   * and the area under the line is filled.
   */
  declare baseline: 'zero' | 'auto';

  protected readonly data = this.loader<Requests, 'details'>({
    // The chart is the series: without the details it is still drawn, titled with the segment's id.
    optional: ['details'],
    requests: () => {
      if (!this.segmentId) return segmentTrendMessages(this.resolvedLocale).segmentIdRequired;
      const series = {
        segment_id: this.segmentId,
        length: this.length,
        ending_at: this.endingAt || undefined,
      };
      return {
        series: { endpoint: segmentDataSeries, params: series },
        details: { endpoint: segmentDetails, params: { segment_id: this.segmentId } },
      };
    },
  });

  private points: TimePoint[] = [];
  private stats: SeriesStats | undefined;
  private duplicates: Date[] = [];
  private geometry: TimeSeriesGeometry | undefined;
  readonly #period = new Memo<{ points: TimePoint[]; stats: SeriesStats | undefined; duplicates: Date[] }>();
  readonly #geometry = new Memo<TimeSeriesGeometry | undefined>();

  constructor() {
    super();
    this.length = 30;
    this.baseline = 'auto';
  }

  protected derive(): void {
    const series = this.data.value?.series;
    const { length, endingAt } = this;
    ({
      points: this.points,
      stats: this.stats,
      duplicates: this.duplicates,
    } = this.#period.get([series, length, endingAt], () => {
      // Sizes are snapshots: a day Braze sent twice shows the last size it sent.
      const { buckets } = bucketPeriod(series?.data ?? [], { unit: 'day', length, endingAt });
      const points = mergePoints(buckets, (d) => d.size, 'last');
      return { points, stats: seriesStats(points), duplicates: duplicateDates(buckets) };
    }));
    const { points, baseline, resolvedLocale: locale } = this;
    const inputs = [points, baseline, locale, this.size.width, this.size.height];
    this.geometry = this.#geometry.get(inputs, () => {
      const layout = () =>
        points.length ? timeSeriesGeometry(points, this.frame, { baseline, locale }) : undefined;
      const geometry = layout();
      return this.fitAxisLabels(geometry?.yTicks.map((t) => t.label) ?? []) ? layout() : geometry;
    });
  }

  protected loadData(): SegmentTrendData | undefined {
    const value = this.data.value;
    return value && { series: value.series, details: value.details };
  }

  protected isEmpty(): boolean {
    return this.points.length === 0;
  }

  protected summary(): string {
    const locale = this.resolvedLocale;
    const missing = missingCount(this.points);
    const gaps = missing ? ` ${chartMessages(locale).sessions.missing(missing, 'day')}` : '';
    return describeSeries(this.chartName(), this.stats, locale) + gaps;
  }

  protected override notes(): string[] {
    const locale = this.resolvedLocale;
    const failed = this.data.errorOf('details');
    const dates = this.duplicates.map((d) => formatDay(d, locale)).join(', ');
    return [
      failed ? segmentTrendMessages(locale).detailsFailed(describeError(failed, this.t).title) : '',
      dates ? this.t.duplicates(dates, false) : '',
    ].filter(Boolean);
  }

  protected chartName(): string {
    return segmentTrendMessages(this.resolvedLocale).sizeOf(this.segmentName());
  }

  protected pointModel(): PointModel | undefined {
    const g = this.geometry;
    if (!g) return undefined;
    const locale = this.resolvedLocale;
    const t = segmentTrendMessages(locale);
    return {
      axis: 'x',
      bucketHeading: this.t.date,
      labels: g.points.map((p) => formatDay(p.date, locale)),
      keys: g.points.map((p) => dayKey(p.date)),
      series: [
        {
          key: 'size',
          label: t.size,
          paint: 1,
          points: g.points.map((p) => ({
            x: p.x,
            y: p.value === null ? g.baselineY : p.y,
            date: p.date,
            value: p.value,
            formatted: p.value === null ? this.t.noData : formatNumber(p.value, locale),
          })),
        },
      ],
    };
  }

  protected override exportSubtitle(): string {
    const first = this.points[0];
    const last = this.points[this.points.length - 1];
    const period = first && last ? formatDayRange(first.date, last.date, this.resolvedLocale) : '';
    return [period, segmentTrendMessages(this.resolvedLocale).size].filter(Boolean).join(' · ');
  }

  private segmentName(): string {
    return this.data.value?.details?.name || this.segmentId || '';
  }

  protected override renderHeader(): TemplateResult {
    if (this.awaitingData)
      return html`<div>${skeleton.title()}${skeleton.description()}</div>
        ${skeleton.stats(2)}`;
    const details = this.data.value?.details;
    const description = details?.text_description || details?.description;
    const stats = this.stats;
    const name = this.segmentName();
    // No segment yet (misconfigured): no heading at all rather than an empty one.
    return html`<div>
        ${name ? this.renderTitle(name) : nothing}
        ${description ? html`<p part="description" class="description">${description}</p>` : nothing}
      </div>
      ${stats ? this.renderStats(stats) : nothing}`;
  }

  private renderStats(stats: SeriesStats) {
    const t = segmentTrendMessages(this.resolvedLocale);
    const direction = stats.change > 0 ? 'up' : stats.change < 0 ? 'down' : '';
    const pct =
      stats.changeRatio === undefined
        ? ''
        : ` (${formatSignedPercent(stats.changeRatio, this.resolvedLocale)})`;
    return html`<dl part="stats" class="stats">
      <div>
        <dt>${t.latestSize}</dt>
        <dd class="latest">${formatNumber(stats.last.value ?? 0, this.resolvedLocale)}</dd>
      </div>
      <div>
        <dt>${t.changeOver(this.points.length)}</dt>
        <dd class="change ${direction}">${formatSignedNumber(stats.change, this.resolvedLocale)}${pct}</dd>
      </div>
    </dl>`;
  }

  protected renderChart(box: Frame): TemplateResult {
    const g = this.geometry;
    if (!g) return svg``;
    return svg`${this.renderAxes(box, g.xTicks, g.yTicks)}
      <g part="mark" class="marks">
        ${g.areaPath ? svg`<path class="area" d=${g.areaPath}></path>` : nothing}
        <path class="line" d=${g.linePath}></path>
        ${g.lone.map((p) => svg`<circle class="dot" cx=${p.x} cy=${p.y} r="4"></circle>`)}
      </g>`;
  }
}
