import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDayRange } from '../../chart/format.js';
import {
  isRatio,
  kpiFigure,
  kpiPeriods,
  noUninstalls,
  sparkline,
  type KpiFigure,
  type KpiPeriods,
} from '../../chart/kpi.js';
import type { PointModel } from '../../chart/points.js';
import { clientNow } from '../../data/client.js';
import { BrazeChartElement } from '../base/chart-base.js';
import { Memo } from '../base/memo.js';
import { skeleton } from '../base/states.js';
import {
  kpiData,
  kpiRequests,
  optionalNames,
  parseFigures,
  seriesOf,
  type KpiData,
  type KpiEndpoints,
} from '../kpi/kpi.data.js';
import { bothValues, describeChange, figuresModel, formatFigure } from '../kpi/kpi.format.js';
import { kpiMessages } from '../kpi/kpi.messages.js';
import { kpiOverviewStyles } from './kpi-overview.styles.js';

/** The `braze-load` detail's `data` of `<braze-kpi-overview>`: each series' daily points, as Braze sent them. */
export type KpiOverviewData = KpiData;

const SPARK = { width: 120, height: 28 };

/**
 * What Braze's Home dashboard shows, as tiles: daily and monthly active users, new users, stickiness (DAU/MAU),
 * daily sessions per MAU and uninstalls, each with its change against the previous period (MAU: against the day
 * before the period, Braze's rule) and a sparkline of its days. One request per series covers both periods.
 *
 * @tag braze-kpi-overview
 * @csspart tiles - The list of figures.
 * @csspart tile - One figure: its name, value, change and sparkline.
 * @cssprop --braze-tile-min-width - Narrowest tile before the grid wraps. Default 150px.
 */
export class BrazeKpiOverview extends BrazeChartElement {
  static override styles = [BrazeChartElement.styles, kpiOverviewStyles];

  static override properties = {
    appId: { type: String, attribute: 'app-id', reflect: true },
    length: { type: Number, reflect: true },
    endingAt: { type: String, attribute: 'ending-at' },
    metrics: { type: String },
    active: { state: true },
  };

  /** Only this app's figures (its API identifier). Default: every app of the workspace. */
  declare appId: string | undefined;
  /** Days in the period, ending at `ending-at` (1–100); the change compares with the same number of days before. Default 30. */
  declare length: number;
  /** ISO-8601 end of the period, e.g. `2024-05-31`. Default: now. */
  declare endingAt: string | undefined;
  /**
   * The figures to show, space-separated, in this order: `dau mau new_users stickiness sessions_per_mau uninstalls`
   * (the default: all six).
   */
  declare metrics: string | undefined;
  /** The tile that holds the keyboard focus stop. */
  declare protected active: number;

  protected readonly data = this.loader<KpiEndpoints, string>({
    optional: optionalNames,
    requests: () => {
      const { figures, invalid } = parseFigures(this.metrics);
      if (invalid) return kpiMessages(this.resolvedLocale).metricInvalid(invalid);
      return kpiRequests(
        seriesOf(figures),
        this.length,
        this.endingAt || undefined,
        this.appId || undefined,
        clientNow(this.proxyUrl),
      );
    },
  });

  private periods: KpiPeriods = { current: [], previous: [] };
  private figures: KpiFigure[] = [];
  readonly #figures = new Memo<{ periods: KpiPeriods; figures: KpiFigure[] }>();

  constructor() {
    super();
    this.length = 30;
    this.active = 0;
  }

  protected derive(): void {
    const value = this.data.value;
    const { length, endingAt, metrics } = this;
    ({ periods: this.periods, figures: this.figures } = this.#figures.get(
      [value, length, endingAt, metrics],
      () => {
        const periods = kpiPeriods(kpiData(value), length, endingAt);
        const figures = parseFigures(metrics).figures.map((key) => kpiFigure(key, periods));
        return { periods, figures };
      },
    ));
  }

  protected loadData(): KpiOverviewData {
    return kpiData(this.data.value);
  }

  protected isEmpty(): boolean {
    return this.figures.every((figure) => figure.value === undefined);
  }

  protected chartName(): string {
    return kpiMessages(this.resolvedLocale).overview;
  }

  protected summary(): string {
    const locale = this.resolvedLocale;
    const t = kpiMessages(locale);
    return this.figures
      .map(
        (f) =>
          `${t.figures[f.key]}: ${f.value === undefined ? t.notAvailable : formatFigure(f.key, f.value, locale)}`,
      )
      .join('; ');
  }

  protected pointModel(): PointModel | undefined {
    const t = kpiMessages(this.resolvedLocale);
    return figuresModel(this.figures, this.resolvedLocale, this.t, (key) => t.figures[key]);
  }

  protected override exportSubtitle(): string {
    return this.scope();
  }

  /** `All apps · May 1 – 30, 2024`. */
  private scope(): string {
    const t = kpiMessages(this.resolvedLocale);
    const days = this.periods.current;
    const first = days[0]?.date;
    const last = days[days.length - 1]?.date;
    const period = first && last ? formatDayRange(first, last, this.resolvedLocale) : '';
    return [this.appId ? t.app(this.appId) : t.allApps, period].filter(Boolean).join(' · ');
  }

  protected override renderHeader() {
    if (this.awaitingData) return html`<div>${skeleton.title()}${skeleton.description()}</div>`;
    return html`<div>
      ${this.renderTitle(this.chartName())}
      <p part="description" class="description">${this.scope()}</p>
    </div>`;
  }

  protected renderChart(): TemplateResult {
    return svg``;
  }

  /** While loading: a tile per figure to come, with the labels already known, so the tiles arrive in place. */
  protected override renderBodyPlaceholder(): TemplateResult {
    const t = kpiMessages(this.resolvedLocale);
    return html`<div class="tiles" aria-hidden="true">
      ${parseFigures(this.metrics).figures.map(
        (key) =>
          html`<div class="tile-skeleton">
            <span class="name">${t.figures[key]}</span>
            <span class="figure"><span class="skeleton-text v7"></span></span>
            <span class="aggregate">${t.aggregate[key]}</span>
            <span class="change"><span class="skeleton-text v5"></span></span>
            <span class="against">${t.against(this.length, key === 'mau')}</span>
            ${isRatio(key) ? html`<span class="both"><span class="skeleton-text w9"></span></span>` : nothing}
            <span class="spark"></span>
          </div>`,
      )}
    </div>`;
  }

  /** No SVG for itself here: the tiles (a list), each with a sparkline that is not a tab stop. */
  protected override renderFigures(): TemplateResult {
    const active = Math.min(this.active, this.figures.length - 1);
    return html`<ul
      part="tiles"
      class="tiles"
      role="list"
      aria-label=${this.chartName()}
      @keydown=${this.#onKey}
    >
      ${this.figures.map((figure, i) => this.renderTile(figure, i === active, i))}
    </ul>`;
  }

  private renderTile(figure: KpiFigure, active: boolean, index: number): TemplateResult {
    const locale = this.resolvedLocale;
    const t = kpiMessages(locale);
    const failed = figure.value === undefined;
    const change = describeChange(figure.change, locale);
    const spark = sparkline(figure.points, SPARK.width, SPARK.height);
    const silent = noUninstalls(figure);
    const both = bothValues(figure, locale);
    return html`<li
      part="tile"
      class="tile"
      data-metric=${figure.key}
      tabindex=${active ? 0 : -1}
      @click=${() => this.#choose(index)}
    >
      <span class="name">${t.figures[figure.key]}</span>
      <span class="figure"
        >${failed ? t.notAvailable : formatFigure(figure.key, figure.value ?? 0, locale)}</span
      >
      <span class="aggregate">${t.aggregate[figure.key]}</span>
      ${
        failed || silent
          ? nothing
          : html`<span class="change ${change.direction}">
                <span aria-hidden="true"
                  >${change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : ''}</span
                >
                <span aria-hidden="true">${change.text}</span>
                <span class="visually-hidden">${change.words}</span>
              </span>
              <span class="against">${t.against(this.periods.current.length, figure.key === 'mau')}</span>`
      }
      ${both ? html`<span class="both">${both}</span>` : nothing}
      ${silent ? html`<span class="note">${t.noUninstalls}</span>` : nothing}
      ${
        failed || (!spark.path && !spark.dots.length)
          ? nothing
          : svg`<svg class="spark" aria-hidden="true" viewBox="-2 -3 ${SPARK.width + 4} ${SPARK.height + 6}" preserveAspectRatio="none">
            <path d=${spark.path}></path>
            ${spark.dots.map((d) => svg`<circle cx=${d.x} cy=${d.y} r="1.5"></circle>`)}
          </svg>`
      }
    </li>`;
  }

  /** Arrows move between tiles (one tab stop for the list); Enter or Space chooses one. */
  readonly #onKey = (e: KeyboardEvent) => {
    const count = this.figures.length;
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next = this.active;
    if (e.key in moves) next = (this.active + (moves[e.key] ?? 0) + count) % count;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = count - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#choose(this.active);
      return;
    } else return;
    e.preventDefault();
    this.active = next;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelectorAll<HTMLElement>('.tile')[next]?.focus(),
    );
  };

  /** `braze-point-select` for a tile: `seriesKey` is its metric, for a dashboard to open its `<braze-kpi-trend>`. */
  #choose(index: number): void {
    const figure = this.figures[index];
    if (!figure) return;
    this.active = index;
    // The figure over the period: no bucket of its own (`date` undefined), its tile's place as `index`.
    const detail = {
      seriesKey: figure.key,
      seriesLabel: kpiMessages(this.resolvedLocale).figures[figure.key],
      date: undefined,
      label: this.scope(),
      value: figure.value ?? null,
      index,
    };
    this.dispatchEvent(new CustomEvent('braze-point-select', { detail, bubbles: true, composed: true }));
  }
}
