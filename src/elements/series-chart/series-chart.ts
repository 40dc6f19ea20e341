import { svg, type TemplateResult } from 'lit';
import type { EndpointDescriptor } from '../../api/endpoints.js';
import { formatNumber } from '../../chart/format.js';
import type { Frame } from '../../chart/layout.js';
import { localeKey } from '../../chart/locale.js';
import type { PointModel } from '../../chart/points.js';
import {
  describeSessions,
  formatBucket,
  isValidTimeZone,
  seriesChartModel,
  type SessionChartModel,
  type SessionDescription,
  type SessionFormat,
} from '../../chart/sessions.js';
import {
  currentBucket,
  previousEndingAt,
  seriesPeriod,
  type SessionPeriod,
  type SessionUnit,
  type Timed,
  type ValueOf,
} from '../../chart/sessions-period.js';
import { clientNow } from '../../data/client.js';
import { DataStatus, type DataRequests } from '../../data/controller.js';
import { BrazeChartElement } from '../base/chart-base.js';
import { legendStyles } from '../base/chart-base.styles.js';
import { Memo } from '../base/memo.js';
import { DataPair } from '../session-chart/data-pair.js';
import type { SessionMessages } from '../session-chart/session-chart.messages.js';
import { sessionPointModel } from '../session-chart/session-chart.points.js';
import { sessionChartStyles } from '../session-chart/session-chart.styles.js';
import {
  periodLabel,
  renderSessionHeader,
  renderSessionMarks,
} from '../session-chart/session-chart.views.js';

/** A series answer: `{ time, <value> }` buckets. */
export interface SeriesResponse<D extends Timed> {
  readonly data: readonly D[];
}

/** The responses a series chart renders (the `braze-load` detail's `data`). */
export interface SeriesChartData<R> {
  /** The period shown. */
  series: R;
  /** The previous period of the same length, with `compare="previous"`; otherwise undefined. */
  previous: R | undefined;
}

type SeriesParams = Record<string, string | number | undefined>;
type Requests = DataRequests<Record<string, EndpointDescriptor>>;

/**
 * The element model of every chart of one Braze series per day or hour (sessions, a custom event, revenue, purchase
 * quantities): `length`, `unit`, `ending-at`, `app-id`, `variant`, `compare`, `missing`, `time-zone`, two data
 * controllers (this period and the previous one, seen as one), the header, marks, points and summary. A subclass
 * names its endpoint, its extra params, how a bucket's value is read, its words and how a value is written.
 */
export abstract class BrazeSeriesChart<D extends Timed> extends BrazeChartElement {
  static override styles = [BrazeChartElement.styles, legendStyles, sessionChartStyles];

  static override properties = {
    length: { type: Number, reflect: true },
    unit: { type: String, reflect: true },
    endingAt: { type: String, attribute: 'ending-at' },
    appId: { type: String, attribute: 'app-id', reflect: true },
    variant: { type: String, reflect: true },
    compare: { type: String, reflect: true },
    missing: { type: String, reflect: true },
    timeZone: { type: String, attribute: 'time-zone' },
  };

  /** Number of buckets to show, ending at `ending-at` (1–100). Default 30 days, or 24 hours with `unit="hour"`. */
  declare length: number | undefined;
  /** Bucket size: `day` or `hour`. Default `day`. */
  declare unit: 'day' | 'hour';
  /**
   * ISO-8601 end of the period, e.g. `2024-05-31` or `2024-05-31T12:00:00-5:00`. Default: now. Day buckets end on
   * its calendar date; hour buckets with the hour containing it (a value without an offset is read as UTC).
   */
  declare endingAt: string | undefined;
  /** Only this app (its API identifier). Default: all apps. */
  declare appId: string | undefined;
  /** `bars` (one bar per bucket) or `line`. Default `bars`. */
  declare variant: 'bars' | 'line';
  /** `previous` also loads the previous period of the same length and draws it lighter, with the change in %. */
  declare compare: 'previous' | 'none';
  /** How buckets Braze did not send are drawn: `gap` (no bar, a break in the line) or `zero`. Default `gap`. */
  declare missing: 'gap' | 'zero';
  /** IANA time zone for hour buckets, e.g. `America/New_York`. Default: the viewer's. Day buckets never shift. */
  declare timeZone: string | undefined;

  /** The series endpoint (it may depend on an attribute, e.g. `metric`). */
  protected abstract seriesEndpoint(): EndpointDescriptor;
  /** The endpoint's params besides `length`, `unit`, `ending_at` and `app_id`. */
  protected abstract seriesParams(): SeriesParams;
  /** Reads a bucket's value. */
  protected abstract readonly readValue: ValueOf<D>;
  /** This element's strings in the resolved locale. */
  protected abstract get st(): SessionMessages;
  /** What is shown besides the period: app, segment, product… */
  protected abstract scope(): string;

  /** Writes a value in full (header, tooltip, table, summary). Default: a whole number. */
  protected formatValue(value: number): string {
    return formatNumber(value, this.resolvedLocale);
  }

  /** The value axis's currency, for money. Default none. */
  protected get axisCurrency(): string | undefined {
    return undefined;
  }

  /** The summary's sentences naming what is counted; default: sessions'. */
  protected get words(): SessionDescription['words'] {
    return undefined;
  }

  /** Why the element cannot request (a message shown as an error), or `null` to request nothing yet. */
  protected configProblem(): string | null | undefined {
    const zone = this.timeZone?.trim();
    return zone && !isValidTimeZone(zone) ? this.st.invalidTimeZone(zone) : undefined;
  }

  /** What the header shows besides the title and description (a picker). */
  protected renderControls(): unknown {
    return undefined;
  }

  private readonly seriesData = this.loader<Record<string, EndpointDescriptor>>({
    requests: (): Requests | string => {
      const problem = this.configProblem();
      if (problem) return problem;
      if (problem === null) return {};
      return {
        series: { endpoint: this.seriesEndpoint(), params: this.params(this.endingAt?.trim() || undefined) },
      };
    },
  });

  private readonly previousData = this.loader<Record<string, EndpointDescriptor>>({
    keepValue: (): boolean => this.data.inRefresh,
    requests: (): Requests => {
      const endingAt = this.previousEnd();
      return endingAt === undefined
        ? {}
        : { previous: { endpoint: this.seriesEndpoint(), params: this.params(endingAt) } };
    },
  });

  protected readonly data: DataPair = new DataPair(this.seriesData, this.previousData);

  /** The answers drawn: both periods of the last complete pair (a refresh swaps them together). */
  protected get drawn(): { series?: SeriesResponse<D>; previous?: SeriesResponse<D> } {
    const [current, previous] = this.data.value as [
      { series?: SeriesResponse<D> } | undefined,
      { previous?: SeriesResponse<D> } | undefined,
    ];
    return { series: current?.series, previous: previous?.previous };
  }

  protected model: SessionChartModel | undefined;
  readonly #model = new Memo<SessionChartModel | undefined>();
  readonly #period = new Memo<SessionPeriod | undefined>();
  readonly #latest = new Memo<SessionPeriod | undefined>();

  constructor() {
    super();
    this.unit = 'day';
    this.variant = 'bars';
    this.compare = 'none';
    this.missing = 'gap';
  }

  protected get bucketUnit(): SessionUnit {
    return this.unit === 'hour' ? 'hour' : 'day';
  }

  private get periodLength(): number {
    return this.length ?? (this.bucketUnit === 'hour' ? 24 : 30);
  }

  protected get format(): SessionFormat {
    return { unit: this.bucketUnit, locale: this.resolvedLocale, timeZone: this.timeZone || undefined };
  }

  private params(endingAt: string | undefined): SeriesParams {
    return {
      length: this.periodLength,
      unit: this.unit || undefined,
      ending_at: endingAt,
      app_id: this.appId || undefined,
      ...this.seriesParams(),
    };
  }

  /** The buckets of a period answer, recomputed only when the answer or the period attributes change. */
  private periodOf(series: SeriesResponse<D> | undefined, memo = this.#period): SessionPeriod | undefined {
    const { bucketUnit: unit, periodLength: length, endingAt } = this;
    return memo.get([series, unit, length, endingAt], () =>
      series ? seriesPeriod(series.data, { unit, length, endingAt }, this.readValue) : undefined,
    );
  }

  /** The drawn period's buckets. */
  private period(): SessionPeriod | undefined {
    return this.periodOf(this.drawn.series);
  }

  /**
   * `ending_at` of the previous period: `ending-at` moved back one period, or (without `ending-at`) the bucket before
   * the first one of the current period, which ends with the latest bucket Braze sends. Until that answer is in, the
   * latest bucket is taken to be the one containing the client's "now", so both requests start at once; when the
   * answer's latest bucket differs, this changes and the previous period is asked again, ending where it must.
   * Undefined when there is nothing to compare.
   */
  private previousEnd(): string | undefined {
    if (this.compare !== 'previous' || this.configProblem() !== undefined) return undefined;
    const endingAt = this.endingAt?.trim();
    const { bucketUnit: unit, periodLength: length } = this;
    if (endingAt) return previousEndingAt(unit, length, endingAt, undefined);
    const answered = this.seriesData.status === DataStatus.complete;
    const anchor = answered
      ? this.periodOf(this.seriesData.value?.series as SeriesResponse<D> | undefined, this.#latest)?.anchor
      : currentBucket(unit, clientNow(this.proxyUrl));
    return previousEndingAt(unit, length, undefined, anchor);
  }

  protected derive(): void {
    this.model = this.buildModel();
  }

  protected loadData(): SeriesChartData<SeriesResponse<D>> | undefined {
    const { series, previous } = this.drawn;
    return series && { series, previous };
  }

  protected override notes(): string[] {
    const f = this.format;
    const dates = (this.period()?.duplicates ?? []).map((d) => formatBucket(d, f)).join(', ');
    return dates ? [this.t.duplicates(dates, true)] : [];
  }

  private buildModel(): SessionChartModel | undefined {
    const period = this.period();
    const previous = this.drawn.previous?.data;
    const { missing, variant, timeZone, size, axisCurrency: currency } = this;
    const locale = localeKey(this.resolvedLocale);
    const inputs = [period, previous, missing, variant, timeZone, locale, currency, size.width, size.height];
    return this.#model.get(inputs, () => {
      if (!period) return undefined;
      const layout = () =>
        seriesChartModel(
          period,
          previous,
          this.frame,
          {
            ...this.format,
            variant: variant === 'line' ? 'line' : 'bars',
            missing: missing === 'zero' ? 'zero' : 'gap',
            length: this.periodLength,
            currency,
            axis: currency ? { fractions: true } : undefined,
          },
          this.readValue,
        );
      const model = layout();
      return this.fitAxisLabels(model.geometry?.yTicks.map((t) => t.label) ?? []) ? layout() : model;
    });
  }

  protected isEmpty(): boolean {
    return !this.model?.points.length;
  }

  protected override exportSubtitle(): string {
    const m = this.model;
    const period = m && !m.previous ? periodLabel(m.points, this.format) : '';
    return [this.scope(), period, this.st.sessionsLabel].filter(Boolean).join(' · ');
  }

  protected chartName(): string {
    return this.st.title[this.bucketUnit];
  }

  protected pointModel(): PointModel | undefined {
    return sessionPointModel(this.model, this.format, this.st, this.t, (v) => this.formatValue(v));
  }

  protected summary(): string {
    const t = this.st;
    const m = this.model;
    return describeSessions({
      ...this.format,
      what: `${t.title[this.bucketUnit]}, ${this.scope()}`,
      points: m?.points ?? [],
      stats: m?.stats,
      previous: m?.previous,
      format: (v) => this.formatValue(v),
      words: this.words,
    });
  }

  protected override renderHeader(): TemplateResult {
    const complete = this.data.status === DataStatus.complete;
    return renderSessionHeader(
      (text) => this.renderTitle(text),
      this.scope(),
      complete ? this.model : undefined,
      { ...this.format, t: this.st, value: (v) => this.formatValue(v) },
      this.awaitingData ? { compare: this.compare === 'previous' } : undefined,
      this.renderControls(),
    );
  }

  protected renderChart(box: Frame): TemplateResult {
    const g = this.model?.geometry;
    if (!g) return svg``;
    return svg`${this.renderAxes(box, g.xTicks, g.yTicks)}${renderSessionMarks(g)}`;
  }
}
