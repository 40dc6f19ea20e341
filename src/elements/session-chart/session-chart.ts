import { svg, type TemplateResult } from 'lit';
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
  currentBucket,
  previousEndingAt,
  sessionPeriod,
  type SessionPeriod,
  type SessionUnit,
} from '../../chart/sessions-period.js';
import { clientNow } from '../../data/client.js';
import { DataStatus } from '../../data/controller.js';
import { BrazeChartElement } from '../base/chart-base.js';
import { Memo } from '../base/memo.js';
import type { Same } from '../base/same-type.js';
import { legendStyles } from '../base/chart-base.styles.js';
import { DataPair } from './data-pair.js';
import { sessionMessagesFor, type SessionMessages } from './session-chart.messages.js';
import { sessionPointModel } from './session-chart.points.js';
import { sessionChartStyles } from './session-chart.styles.js';
import { periodLabel, renderSessionHeader, renderSessionMarks } from './session-chart.views.js';

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
 * @cssprop --braze-series-previous - Colour of the previous period's marks (hollow bars, dashed line). Default:
 *   the neutral grey (`--braze-color-neutral`).
 * @cssprop --braze-previous-opacity - Fill opacity inside the previous period's hollow bars. Default 0.15.
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
    keepValue: (): boolean => this.data.inRefresh,
    requests: () => {
      const endingAt = this.previousEnd();
      return endingAt === undefined
        ? {}
        : { previous: { endpoint: sessionsDataSeries, params: this.params(endingAt) } };
    },
  });

  protected readonly data: DataPair = new DataPair(this.seriesData, this.previousData);

  /**
   * The answers drawn: both periods of the last complete pair (a refresh swaps them together). The previous one is
   * typed loosely by its controller because its request is optional.
   */
  private get drawn(): { series?: ResponseOf<Sessions>; previous?: ResponseOf<Sessions> } {
    const [current, previous] = this.data.value as [
      { series: ResponseOf<Sessions> } | undefined,
      { previous?: ResponseOf<Sessions> } | undefined,
    ];
    return { series: current?.series, previous: previous?.previous };
  }

  private model: SessionChartModel | undefined;
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

  /** The buckets of a period answer, recomputed only when the answer or the period attributes change. */
  private periodOf(series: ResponseOf<Sessions> | undefined, memo = this.#period): SessionPeriod | undefined {
    const { bucketUnit: unit, periodLength: length, endingAt } = this;
    return memo.get([series, unit, length, endingAt], () =>
      series ? sessionPeriod(series.data, { unit, length, endingAt }) : undefined,
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
    if (this.compare !== 'previous' || this.configProblem()) return undefined;
    const endingAt = this.endingAt?.trim();
    const { bucketUnit: unit, periodLength: length } = this;
    if (endingAt) return previousEndingAt(unit, length, endingAt, undefined);
    const answered = this.seriesData.status === DataStatus.complete;
    const anchor = answered
      ? this.periodOf(this.seriesData.value?.series, this.#latest)?.anchor
      : currentBucket(unit, clientNow(this.proxyUrl));
    return previousEndingAt(unit, length, undefined, anchor);
  }

  protected derive(): void {
    this.model = this.buildModel();
  }

  protected loadData(): SessionChartData | undefined {
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

  protected override exportSubtitle(): string {
    const m = this.model;
    const period = m && !m.previous ? periodLabel(m.points, this.format) : '';
    return [this.scope(), period, this.st.sessionsLabel].filter(Boolean).join(' · ');
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

  protected override renderHeader(): TemplateResult {
    const complete = this.data.status === DataStatus.complete;
    return renderSessionHeader(
      (text) => this.renderTitle(text),
      this.scope(),
      complete ? this.model : undefined,
      this.format,
      this.awaitingData ? { compare: this.compare === 'previous' } : undefined,
    );
  }

  protected renderChart(box: Frame): TemplateResult {
    const g = this.model?.geometry;
    if (!g) return svg``;
    return svg`${this.renderAxes(box, g.xTicks, g.yTicks)}${renderSessionMarks(g)}`;
  }
}

// `unit` spells out its union for editors (see Same); it must stay the alias the code uses.
true satisfies Same<BrazeSessionChart['unit'], SessionUnit>;
