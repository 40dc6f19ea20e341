import { html, nothing, svg } from 'lit';
import { formatDayRange } from '../../chart/format.js';
import {
  isRatio,
  KPI_FIGURES,
  kpiFigure,
  kpiPeriods,
  noUninstalls,
  type KpiFigure,
} from '../../chart/kpi.js';
import type { Frame } from '../../chart/layout.js';
import type { PointModel } from '../../chart/points.js';
import { sessionGeometry, sessionStats, type SessionChartModel } from '../../chart/sessions.js';
import { applyMissing } from '../../chart/sessions-period.js';
import { clientNow } from '../../data/client.js';
import { BrazeChartElement } from '../base/chart-base.js';
import { legendStyles } from '../base/chart-base.styles.js';
import { renderLegend } from '../base/legend.js';
import { Memo } from '../base/memo.js';
import { skeleton } from '../base/states.js';
import {
  kpiData,
  kpiRequests,
  optionalNames,
  seriesOf,
  type KpiData,
  type KpiEndpoints,
} from '../kpi/kpi.data.js';
import { bothValues, describeChange, formatFigure } from '../kpi/kpi.format.js';
import { kpiMessages } from '../kpi/kpi.messages.js';
import { sessionPointModel } from '../session-chart/session-chart.points.js';
import { sessionChartStyles } from '../session-chart/session-chart.styles.js';
import { renderSessionMarks } from '../session-chart/session-chart.views.js';
import { kpiTrendStyles } from './kpi-trend.styles.js';

/** The `braze-load` detail's `data` of `<braze-kpi-trend>`: the daily points of the series its metric needs. */
export type KpiTrendData = KpiData;

/**
 * One KPI of Braze's Home dashboard as a big chart: DAU, MAU, new users, uninstalls, stickiness (DAU/MAU) or daily
 * sessions per MAU per day, with the period's figure and its change in the header, and optionally the previous
 * period behind it. Ratios are drawn on a fitted axis, counts from zero.
 *
 * @tag braze-kpi-trend
 * @csspart title - The metric's name.
 * @csspart description - Scope and period.
 * @csspart stats - The figure over the period and its change.
 * @csspart legend - "This period" / "Previous period", with their dates (with `compare="previous"`).
 * @cssprop --braze-series-previous - Colour of the previous period. Default the neutral colour.
 */
export class BrazeKpiTrend extends BrazeChartElement {
  static override styles = [BrazeChartElement.styles, legendStyles, sessionChartStyles, kpiTrendStyles];

  static override properties = {
    metric: { type: String, reflect: true },
    appId: { type: String, attribute: 'app-id', reflect: true },
    length: { type: Number, reflect: true },
    endingAt: { type: String, attribute: 'ending-at' },
    compare: { type: String },
    variant: { type: String },
    missing: { type: String },
  };

  /** `dau` (default), `mau`, `new_users`, `uninstalls`, `stickiness` or `sessions_per_mau`. */
  declare metric: 'dau' | 'mau' | 'new_users' | 'uninstalls' | 'stickiness' | 'sessions_per_mau';
  /** Only this app (its API identifier). Default: every app of the workspace. */
  declare appId: string | undefined;
  /** Days to show, ending at `ending-at` (1–100). Default 30. */
  declare length: number;
  /** ISO-8601 end of the period, e.g. `2024-05-31`. Default: now. */
  declare endingAt: string | undefined;
  /** `previous`: the previous period of the same length behind this one, day by day. Default `none`. */
  declare compare: 'none' | 'previous';
  /** `line` or `bars`. Default: bars for new users and uninstalls (sums), a line for the others. */
  declare variant: 'line' | 'bars' | undefined;
  /** How days Braze did not send are drawn: `gap` (default) or `zero`. */
  declare missing: 'gap' | 'zero';

  protected readonly data = this.loader<KpiEndpoints, string>({
    optional: optionalNames,
    requests: () => {
      if (!(KPI_FIGURES as readonly string[]).includes(this.metric))
        return kpiMessages(this.resolvedLocale).metricInvalid(String(this.metric));
      return kpiRequests(
        seriesOf([this.metric]),
        this.length,
        this.endingAt || undefined,
        this.appId || undefined,
        clientNow(this.proxyUrl),
      );
    },
  });

  private figure: KpiFigure | undefined;
  private model: SessionChartModel | undefined;
  readonly #figure = new Memo<KpiFigure | undefined>();
  readonly #model = new Memo<SessionChartModel | undefined>();

  constructor() {
    super();
    this.metric = 'dau';
    this.length = 30;
    this.compare = 'none';
    this.missing = 'gap';
  }

  private get resolvedVariant(): 'line' | 'bars' {
    if (this.variant === 'line' || this.variant === 'bars') return this.variant;
    return this.metric === 'new_users' || this.metric === 'uninstalls' ? 'bars' : 'line';
  }

  private get compared(): boolean {
    return this.compare === 'previous';
  }

  protected derive(): void {
    const value = this.data.value;
    const { metric, length, endingAt, missing, compared, resolvedLocale: locale } = this;
    this.figure = this.#figure.get([value, metric, length, endingAt], () =>
      value && (KPI_FIGURES as readonly string[]).includes(metric)
        ? kpiFigure(metric, kpiPeriods(kpiData(value), length, endingAt))
        : undefined,
    );
    const figure = this.figure;
    const variant = this.resolvedVariant;
    const inputs = [figure, missing, compared, variant, locale, this.size.width, this.size.height];
    this.model = this.#model.get(inputs, () => {
      if (!figure) return undefined;
      const points = applyMissing(figure.points, missing);
      const previous = compared ? applyMissing(figure.previousPoints, missing) : undefined;
      const layout = () => {
        const box = this.frame;
        if (!points.length || box.innerWidth <= 0 || box.innerHeight <= 0) return undefined;
        const ratio = isRatio(figure.key);
        const axis = figure.key === 'stickiness' ? { percent: true } : { fractions: ratio };
        const baseline = ratio ? ('auto' as const) : ('zero' as const);
        return sessionGeometry(points, previous, box, { unit: 'day', locale, variant, baseline, axis });
      };
      let geometry = layout();
      if (this.fitAxisLabels(geometry?.yTicks.map((t) => t.label) ?? [])) geometry = layout();
      return {
        points,
        stats: sessionStats(points),
        previous: previous && { points: previous, stats: undefined },
        change: figure.change,
        geometry,
      };
    });
  }

  protected loadData(): KpiTrendData {
    return kpiData(this.data.value);
  }

  protected isEmpty(): boolean {
    return !this.figure || this.figure.points.every((p) => p.value === null);
  }

  private get label(): string {
    return kpiMessages(this.resolvedLocale).figures[this.metric] ?? String(this.metric);
  }

  protected chartName(): string {
    return this.label;
  }

  protected summary(): string {
    const figure = this.figure;
    const locale = this.resolvedLocale;
    const t = kpiMessages(locale);
    if (!figure || figure.value === undefined) return `${this.label}: ${t.notAvailable}`;
    const change = describeChange(figure.change, locale);
    const against = t.against(figure.points.length, figure.key === 'mau');
    return `${this.label}, ${this.scope()}: ${formatFigure(figure.key, figure.value, locale)} (${t.aggregate[figure.key]}), ${change.words} ${against}.`;
  }

  protected pointModel(): PointModel | undefined {
    const locale = this.resolvedLocale;
    const t = kpiMessages(locale);
    const words = { thisPeriod: t.thisPeriod, previousPeriod: t.previousPeriod, sessionsLabel: this.label };
    return sessionPointModel(this.model, { unit: 'day', locale }, words, this.t, (value) =>
      formatFigure(this.metric, value, locale),
    );
  }

  protected override exportSubtitle(): string {
    return this.scope();
  }

  /** `All apps · May 1 – 30, 2024`. */
  private scope(): string {
    const t = kpiMessages(this.resolvedLocale);
    const points = this.figure?.points ?? [];
    const first = points[0]?.date;
    const last = points[points.length - 1]?.date;
    const period = first && last ? formatDayRange(first, last, this.resolvedLocale) : '';
    return [this.appId ? t.app(this.appId) : t.allApps, period].filter(Boolean).join(' · ');
  }

  protected override renderHeader() {
    if (this.awaitingData) {
      // The labels are known before the data: the loading view wraps as the drawn header will.
      const t = kpiMessages(this.resolvedLocale);
      const against = t.against(this.length, this.metric === 'mau');
      return html`<div>${skeleton.title()}${skeleton.description()}</div>
        ${skeleton.stats([
          [t.aggregate[this.metric] ?? '', 7],
          [against, 5],
        ])}
        ${this.compared ? skeleton.legend([15, 15]) : nothing}`;
    }
    const figure = this.figure;
    return html`<div class="header-text">
        ${this.renderTitle(this.label)}
        <p part="description" class="description">${this.scope()}</p>
      </div>
      ${figure ? this.renderStats(figure) : nothing} ${this.renderComparisonLegend()}`;
  }

  private renderStats(figure: KpiFigure) {
    const locale = this.resolvedLocale;
    const t = kpiMessages(locale);
    const change = describeChange(figure.change, locale);
    const silent = noUninstalls(figure);
    const both = bothValues(figure, locale);
    return html`<dl part="stats" class="stats">
      <div>
        <dt>${t.aggregate[figure.key]}</dt>
        <dd class="latest">
          ${figure.value === undefined ? t.notAvailable : formatFigure(figure.key, figure.value, locale)}
        </dd>
      </div>
      ${
        silent || figure.value === undefined
          ? nothing
          : html`<div>
              <dt>${t.against(figure.points.length, figure.key === 'mau')}</dt>
              <dd class="change ${change.direction}">
                <span aria-hidden="true">${change.text}</span
                ><span class="visually-hidden">${change.words}</span>
              </dd>
              ${both ? html`<dd class="both">${both}</dd>` : nothing}
            </div>`
      }
    </dl>`;
  }

  private renderComparisonLegend() {
    if (!this.compared) return nothing;
    const t = kpiMessages(this.resolvedLocale);
    const range = (points: readonly { date: Date }[]) => {
      const [first, last] = [points[0]?.date, points[points.length - 1]?.date];
      return first && last ? ` (${formatDayRange(first, last, this.resolvedLocale)})` : '';
    };
    return renderLegend([
      {
        key: 'current',
        label: t.thisPeriod + range(this.figure?.points ?? []),
        paint: 1,
        active: true,
      },
      {
        key: 'previous',
        label: t.previousPeriod + range(this.figure?.previousPoints ?? []),
        paint: 'previous',
        active: true,
        swatch: { hollow: true },
      },
    ]);
  }

  protected override notes(): string[] {
    return this.figure && noUninstalls(this.figure) ? [kpiMessages(this.resolvedLocale).noUninstalls] : [];
  }

  protected renderChart(box: Frame) {
    const g = this.model?.geometry;
    if (!g) return svg``;
    return svg`${this.renderAxes(box, g.xTicks, g.yTicks)}${renderSessionMarks(g)}`;
  }
}
