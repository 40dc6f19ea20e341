import { svg } from 'lit';
import { sessionsDataSeries, type ParamsOf, type ResponseOf } from '../../api/endpoints.js';
import type { Frame } from '../../chart/layout.js';
import { localeKey } from '../../chart/locale.js';
import type { PointModel } from '../../chart/points.js';
import {
  describeSessions,
  formatBucket,
  isValidTimeZone,
  sessionChartModel,
  type SessionChartModel,
  type SessionFormat,
} from '../../chart/sessions.js';
import {
  previousEndingAt,
  sessionPeriod,
  type SessionPeriod,
  type SessionUnit,
} from '../../chart/sessions-period.js';
import { DataStatus } from '../../data/controller.js';
import { BrazeChartElement } from '../base/chart-base.js';
import { Memo } from '../base/memo.js';
import type { Same } from '../base/same-type.js';
import { legendStyles } from '../base/chart-base.styles.js';
import { DataPair } from './data-pair.js';
import { sessionMessagesFor, type SessionMessages } from './session-chart.messages.js';
import { sessionPointModel } from './session-chart.points.js';
import { sessionChartStyles } from './session-chart.styles.js';
import { renderSessionHeader, renderSessionMarks } from './session-chart.views.js';

type Sessions = typeof sessionsDataSeries;

/** The responses `<braze-session-chart>` renders (the `braze-load` detail's `data`). */
export interface SessionChartData {
  /** The period shown. */
  series: ResponseOf<Sessions>;
  /** The previous period of the same length, with `compare="previous"`; otherwise undefined. */
  previous: ResponseOf<Sessions> | undefined;
}

/**
 * App sessions per day or per hour (GET `/sessions/data_series`), as bars or a line, with the period's total and
 * average, optionally over the previous period of the same length. Missing buckets are shown as gaps or zeros,
 * never interpolated. Day buckets are calendar dates and never shift; hour buckets are shown in the viewer's time
 * zone (or `time-zone`).
 *
 * @tag braze-session-chart
 * @fires braze-load - Both periods arrived and are rendered; `detail.data` is a `SessionChartData`.
 * @fires braze-error - Loading failed (once per load, even when both periods fail) or the element is misconfigured.
 * @csspart title - The chart title ("Sessions per day").
 * @csspart description - The app and segment shown, and the period.
 * @csspart legend - "This period" / "Previous period", with their dates (with `compare="previous"`).
 * @csspart stats - Total, average and the change against the previous period.
 * @cssprop --braze-series-previous - Colour of the previous period's marks. Default: `--braze-series-1`.
 * @cssprop --braze-previous-opacity - Opacity of the previous period's marks. Default 0.4 (bars), 0.55 (line).
 * @cssprop --braze-line-width - Stroke width of the line. Default 2px.
 */
export class BrazeSessionChart extends BrazeChartElement {
  static override styles = [BrazeChartElement.styles, legendStyles, sessionChartStyles];

  static override properties = {
    length: { type: Number, reflect: true },
    unit: { type: String, reflect: true },
    endingAt: { type: String, attribute: 'ending-at' },
    appId: { type: String, attribute: 'app-id', reflect: true },
    segmentId: { type: String, attribute: 'segment-id', reflect: true },
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
  /** Only sessions in this app (its API identifier). Default: all apps. */
  declare appId: string | undefined;
  /** Only sessions of this segment's users (the segment needs analytics tracking in Braze). Default: all users. */
  declare segmentId: string | undefined;
  /** `bars` (one bar per bucket) or `line`. Default `bars`. */
  declare variant: 'bars' | 'line';
  /** `previous` also loads the previous period of the same length and draws it lighter, with the change in %. */
  declare compare: 'previous' | 'none';
  /** How buckets Braze did not send are drawn: `gap` (no bar, a break in the line) or `zero`. Default `gap`. */
  declare missing: 'gap' | 'zero';
  /** IANA time zone for hour buckets, e.g. `America/New_York`. Default: the viewer's. Day buckets never shift. */
  declare timeZone: string | undefined;

  private readonly seriesData = this.loader({
    requests: () => {
      const problem = this.configProblem();
      if (problem) return problem;
      return {
        series: { endpoint: sessionsDataSeries, params: this.params(this.endingAt?.trim() || undefined) },
      };
    },
  });

  private readonly previousData = this.loader<{ previous?: Sessions }>({
    requests: () => {
      const endingAt = this.previousEnd();
      return endingAt === undefined
        ? {}
        : { previous: { endpoint: sessionsDataSeries, params: this.params(endingAt) } };
    },
  });

  protected readonly data = new DataPair(this.seriesData, this.previousData);

  /** The previous period's answer (the controller's value is typed loosely because its request is optional). */
  private get previousSeries(): ResponseOf<Sessions> | undefined {
    return this.previousData.value?.previous as ResponseOf<Sessions> | undefined;
  }

  private model: SessionChartModel | undefined;
  readonly #model = new Memo<SessionChartModel | undefined>();
  readonly #period = new Memo<SessionPeriod | undefined>();

  constructor() {
    super();
    this.unit = 'day';
    this.variant = 'bars';
    this.compare = 'none';
    this.missing = 'gap';
  }

  private get bucketUnit(): SessionUnit {
    return this.unit === 'hour' ? 'hour' : 'day';
  }

  private get periodLength(): number {
    return this.length ?? (this.bucketUnit === 'hour' ? 24 : 30);
  }

  private get format(): SessionFormat {
    return { unit: this.bucketUnit, locale: this.resolvedLocale, timeZone: this.timeZone || undefined };
  }

  /** This element's strings in the resolved locale. */
  private get st(): SessionMessages {
    return sessionMessagesFor(this.resolvedLocale);
  }

  private configProblem(): string | undefined {
    const t = this.st;
    const zone = this.timeZone?.trim();
    return zone && !isValidTimeZone(zone) ? t.invalidTimeZone(zone) : undefined;
  }

  private params(endingAt: string | undefined): ParamsOf<Sessions> {
    return {
      length: this.periodLength,
      unit: this.unit || undefined,
      ending_at: endingAt,
      app_id: this.appId || undefined,
      segment_id: this.segmentId || undefined,
    };
  }

  /** The current period's buckets, recomputed only when the answer or the period attributes change. */
  private period(): SessionPeriod | undefined {
    const series = this.seriesData.value?.series;
    const { bucketUnit: unit, periodLength: length, endingAt } = this;
    return this.#period.get([series, unit, length, endingAt], () =>
      series ? sessionPeriod(series.data, { unit, length, endingAt }) : undefined,
    );
  }

  /**
   * `ending_at` of the previous period: `ending-at` moved back one period, or (without `ending-at`) the bucket before
   * the first one of the current answer, which must arrive first. Undefined when there is nothing to compare.
   */
  private previousEnd(): string | undefined {
    if (this.compare !== 'previous' || this.configProblem()) return undefined;
    const endingAt = this.endingAt?.trim();
    if (endingAt) return previousEndingAt(this.bucketUnit, this.periodLength, endingAt, undefined);
    if (this.seriesData.status !== DataStatus.complete) return undefined;
    return previousEndingAt(this.bucketUnit, this.periodLength, undefined, this.period()?.anchor);
  }

  protected derive(): void {
    this.model = this.buildModel();
  }

  protected loadData(): SessionChartData | undefined {
    const series = this.seriesData.value?.series;
    return series && { series, previous: this.previousSeries };
  }

  protected override notes(): string[] {
    const f = this.format;
    const dates = (this.period()?.duplicates ?? []).map((d) => formatBucket(d, f)).join(', ');
    return dates ? [this.t.duplicates(dates, true)] : [];
  }

  private buildModel(): SessionChartModel | undefined {
    const period = this.period();
    const previous = this.previousSeries?.data;
    const { missing, variant, timeZone, size } = this;
    const locale = localeKey(this.resolvedLocale);
    const inputs = [period, previous, missing, variant, timeZone, locale, size.width, size.height];
    return this.#model.get(inputs, () => {
      if (!period) return undefined;
      const layout = () =>
        sessionChartModel(period, previous, this.frame, {
          ...this.format,
          variant: variant === 'line' ? 'line' : 'bars',
          missing: missing === 'zero' ? 'zero' : 'gap',
          length: this.periodLength,
        });
      const model = layout();
      return this.fitAxisLabels(model.geometry?.yTicks.map((t) => t.label) ?? []) ? layout() : model;
    });
  }

  protected isEmpty(): boolean {
    return !this.model?.points.length;
  }

  private scope(): string {
    const t = this.st;
    const app = this.appId ? t.app(this.appId) : t.allApps;
    const segment = this.segmentId ? t.segment(this.segmentId) : t.allUsers;
    return `${app} · ${segment}`;
  }

  protected chartName(): string {
    return this.st.title[this.bucketUnit];
  }

  protected pointModel(): PointModel | undefined {
    return sessionPointModel(this.model, this.format, this.st, this.t);
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
    });
  }

  protected override renderHeader() {
    const complete = this.data.status === DataStatus.complete;
    return renderSessionHeader(this.scope(), complete ? this.model : undefined, this.format);
  }

  protected renderChart(box: Frame) {
    const g = this.model?.geometry;
    if (!g) return svg``;
    return svg`${this.renderAxes(box, g.xTicks, g.yTicks)}${renderSessionMarks(g, this.format)}`;
  }
}

// `unit` spells out its union for editors (see Same); it must stay the alias the code uses.
true satisfies Same<BrazeSessionChart['unit'], SessionUnit>;
