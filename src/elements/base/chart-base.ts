import {
  adoptStyles,
  html,
  isServer,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Frame, Margin } from '../../chart/layout.js';
import { frame, DEFAULT_MARGIN } from '../../chart/layout.js';
import { LOCALE_EVENT } from '../../chart/locale.js';
import { pointsToCSV, type PointFocus, type PointModel } from '../../chart/points.js';
import type { Tick } from '../../chart/time-series.js';
import {
  BrazeDataController,
  DataStatus,
  type BrazeDataControllerOptions,
  type EndpointMap,
} from '../../data/controller.js';
import type { BrazeRequestError } from '../../data/errors.js';
import { FittedMargin, renderAxes } from './axes.js';
import { chartBaseStyles } from './chart-base.styles.js';
import { renderTableView, TABLE_ID } from './data-table.js';
import type { BrazePointSelectDetail } from './events.js';
import { exportChart, exportSvg, ImageBlockedError, svgToPng } from './export.js';
import { DrawLifecycle, numericProperties, type DataState } from './lifecycle.js';
import { describeError, frameMessages, type FrameMessages } from './messages.js';
import { PointNavigationController } from './point-navigation.js';
import { renderPlot } from './plot.js';
import { LazyController } from './lazy-controller.js';
import { ResizeController } from './resize-controller.js';
import { SettleController } from './settle-controller.js';
import { smallFont, smallFontOf } from './text-measure.js';
import { schedule, touch, type UpdateJob } from './scheduler.js';
import { renderEmpty, renderError, renderLoading } from './states.js';
import { ThemeController } from './theme-controller.js';
import { renderToolbar, renderToolbarPlaceholder } from './toolbar.js';

export type { DataState } from './lifecycle.js';

/**
 * The frame every braze chart shares: `proxy-url`, `locale`, `theme`, sizing, the loading / empty / error states,
 * axes, events, and — from the point model each element exposes — tooltip, crosshair, keyboard focus, the live
 * region, the data table and export. Elements supply a header, an emptiness test, the chart body and the points.
 *
 * One lifecycle for every element: attributes → requests (validated once per run) → answers → `derive()` (the
 * element's derived state and geometry, in `willUpdate`) → render → `braze-load` once the answer is drawn, or
 * `braze-error` once its failure is shown; `drawComplete` is the promise of that moment.
 *
 * @fires braze-load - The answer is drawn (its chart, or the empty view). `detail.data` holds the responses.
 * @fires braze-error - Loading failed or the element is misconfigured. `detail.error` is a `BrazeRequestError`.
 * @fires braze-point-select - A point was clicked or chosen with Enter. `detail` is a `BrazePointSelectDetail`.
 * @slot loading - Replaces the default loading view.
 * @slot empty - Replaces the default empty view.
 * @slot error - Replaces the default error view (and its retry button).
 * @csspart base - The wrapper of header and plot.
 * @csspart header - The title and headline figures.
 * @csspart plot - The box the chart is drawn in (its height is `--braze-chart-height`).
 * @csspart svg - The chart's `<svg>` (the chart's single tab stop).
 * @csspart axis-x - The time axis.
 * @csspart axis-y - The value axis.
 * @csspart grid - Grid lines.
 * @csspart mark - The data marks (line, area, bars).
 * @csspart crosshair - The line through the focused bucket.
 * @csspart focus-ring - The ring on the focused point.
 * @csspart tooltip - The tooltip.
 * @csspart toolbar - The row holding the table toggle and the export menu.
 * @csspart table-toggle - The "View as table" button.
 * @csspart table - The data table.
 * @csspart export - The export menu: a Download button opening CSV / SVG / PNG; `display: none` hides it, as does
 *   `no-export`.
 * @csspart export-error - Why the last export failed (e.g. a page whose CSP blocks the image a PNG is drawn from).
 * @csspart live - The visually hidden live region announcing the focused point.
 * @csspart loading - The loading view.
 * @csspart empty - The empty view.
 * @csspart error - The error view.
 * @cssprop --braze-chart-height - Height of the plot box. Default 240px.
 * @cssprop --braze-header-height - Minimum height of the header: the same value on charts side by side in a row
 *   lines their plots up. Default auto.
 * @cssprop --braze-padding - Inner padding. Default 0, or 12px 16px with `theme` (the chart paints its background).
 * @cssprop --braze-radius - Corner radius of the background painted with `theme`. Default 8px.
 * @cssprop --braze-font-family - Font family.
 * @cssprop --braze-font-size - Base font size; every text scales with it (axis labels are 0.86 of it, 12px at the
 *   default). Default 14px.
 * @cssprop --braze-color-text - Text colour. Default the page's text colour (#1d1d1f / #e8eaed with `theme`).
 * @cssprop --braze-color-muted - Secondary text colour.
 * @cssprop --braze-color-background - Background. Default transparent; #ffffff / #16181d with `theme`.
 * @cssprop --braze-color-neutral - Colour of what is not a series (the previous period, "Not attributed").
 * @cssprop --braze-color-grid - Grid line colour.
 * @cssprop --braze-color-axis - Axis line and label colour.
 * @cssprop --braze-color-positive - Colour of a rise.
 * @cssprop --braze-color-negative - Colour of a fall and of error titles.
 * @cssprop --braze-color-focus - Focus outline, crosshair and focus ring.
 * @cssprop --braze-tooltip-background - Tooltip background.
 * @cssprop --braze-series-1 - Colour of the first series (… `--braze-series-8`).
 */
export abstract class BrazeChartElement extends LitElement {
  static override styles: CSSResultGroup = chartBaseStyles;

  static override properties: PropertyDeclarations = {
    proxyUrl: { type: String, attribute: 'proxy-url', reflect: true },
    locale: { type: String },
    theme: { type: String, reflect: true },
    noExport: { type: Boolean, attribute: 'no-export', reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    loading: { type: String, reflect: true },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    focusPoint: { state: true },
    tableOpen: { state: true },
    exportOpen: { state: true },
    exportError: { state: true },
    announcement: { state: true },
  };

  /** URL of your braze-charts proxy (absolute or relative to the page), e.g. `/api/braze`. */
  declare proxyUrl: string | undefined;
  /**
   * BCP 47 locale for numbers, dates and UI strings. Default: the `lang` of the closest element that has one
   * (usually `<html lang>`), else the browser's language. Words other than English come from a locale pack
   * (`import 'braze-charts/locales/de'`, or `registerLocale`); without one, a locale gets English words.
   */
  declare locale: string | undefined;
  /**
   * `light` or `dark`: that scheme on its own background (padded by `--braze-padding`). Default: the page's — text
   * in the page's colour on a transparent background, dark colours when the page's `color-scheme` is dark or its
   * text is light. The OS's dark mode alone does not darken a light page's charts.
   */
  declare theme: 'light' | 'dark' | undefined;
  /** Level of the chart's title heading (1–6), to fit the page's outline. Default 2. */
  declare headingLevel: number;
  /** Hides the export menu (Download CSV / SVG / PNG). The methods toCSV, toSVG and toPNG still work. */
  declare noExport: boolean;
  /**
   * The longest a request may wait for its answer, in ms, before the chart shows a timeout error with Retry.
   * Default: the client's (20 000, see `configureClient`'s `timeoutMs`).
   */
  declare timeout: number | undefined;
  /**
   * `lazy`: load and draw only when the chart comes near the viewport (like `<img loading="lazy">`), holding its
   * place meanwhile; a long dashboard then costs what is on screen. Default `eager`.
   */
  declare loading: 'eager' | 'lazy' | undefined;
  /**
   * Asks for new data every this many ms (at least 5 000), together with every chart of the same proxy, keeping the
   * chart until the new data is drawn; no timer runs while the page is hidden. Default: no polling (a page that
   * becomes visible again after its data went stale still refreshes).
   */
  declare refreshInterval: number | undefined;
  declare protected focusPoint: PointFocus | undefined;
  declare protected tableOpen: boolean;
  /** Whether the Download menu is open. */
  declare protected exportOpen: boolean;
  /** Why the last export failed, shown beside the Download menu until the next export. */
  declare protected exportError: string | undefined;
  declare protected announcement: string;

  protected readonly size = new ResizeController(this);
  readonly #lazy = new LazyController(this);
  readonly #settle = new SettleController(this);
  /** The element's margins; the left one grows to fit the y-axis labels (see fitAxisLabels). */
  protected margin: Margin = DEFAULT_MARGIN;
  readonly #fit = new FittedMargin();
  protected abstract readonly data: DataState;
  readonly #life = new DrawLifecycle(this);
  /** Whether the last render put the answer's chart or empty view in the DOM. */
  #drawn = false;
  /** Set by Retry: where focus goes once the retried load settles. */
  #refocus = false;
  readonly #nav = new PointNavigationController(this, {
    focus: () => this.focusPoint,
    setFocus: (focus, announcement) => {
      this.focusPoint = focus;
      if (announcement !== undefined) this.announcement = announcement;
    },
    margin: () => this.frame.margin,
    select: (detail) => this.select(detail),
  });

  constructor() {
    super();
    touch();
    this.noExport = false;
    this.headingLevel = 2;
    new ThemeController(this);
    this.tableOpen = false;
    this.exportOpen = false;
    this.announcement = '';
  }

  /**
   * A shadow root the server rendered (declarative shadow DOM, see `braze-charts/ssr`: the loading view, in inline
   * styles) is emptied and drawn again by the element, in its own styles: the same loading view in the same place,
   * so nothing moves, and no hydration code in the element files (even where Lit's hydrate support is loaded). It is
   * emptied right before the first render (see willUpdate), which the render scheduler may leave to a later task.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root) return super.createRenderRoot();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /** Closes the Download menu on a pointer press outside it. */
  readonly #outside = (e: Event) => {
    const menu = this.renderRoot.querySelector('.export');
    if (!menu || !e.composedPath().includes(menu)) this.exportOpen = false;
  };

  /** Opens or closes the Download menu; `refocus` puts focus back on the Download button. */
  readonly #menu = (open: boolean, refocus?: boolean) => {
    this.exportOpen = open;
    if (refocus) this.renderRoot.querySelector<HTMLElement>('.export-toggle')?.focus();
  };

  /** A locale pack was registered: render again, in its words if they are this element's language. */
  readonly #relocalize = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.#outside);
    addEventListener(LOCALE_EVENT, this.#relocalize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.#outside);
    removeEventListener(LOCALE_EVENT, this.#relocalize);
  }

  /**
   * Computes the element's derived state (points, stats, geometry) from its properties and its data, which is up to
   * date here. Called in `willUpdate`, every update, in every element: keep it cheap with `Memo`.
   */
  protected abstract derive(changed: PropertyValues): void;
  /** The `braze-load` detail's `data`: the responses the chart drew. */
  protected abstract loadData(): unknown;
  /** True when the loaded data has nothing to draw. */
  protected abstract isEmpty(): boolean;
  /** The chart's SVG content for the measured frame. */
  protected abstract renderChart(box: Frame): TemplateResult;
  /** An accessible one-paragraph summary of what the chart shows. */
  protected abstract summary(): string;
  /** The chart's short name: table caption and export file name. */
  protected abstract chartName(): string;
  /** The drawn points (plot coordinates), for tooltip, keyboard, table and CSV. Undefined when nothing is drawn. */
  protected abstract pointModel(): PointModel | undefined;

  /**
   * Resolves once the current data is drawn (right after its `braze-load`); rejects with the `BrazeRequestError`
   * when loading failed. Like `@lit/task`'s `taskComplete`: await it instead of polling frames. A change made just
   * before (an attribute, Retry) counts: the pending update runs first.
   */
  get drawComplete(): Promise<void> {
    const complete = () => this.#life.complete(this.data);
    return this.isUpdatePending ? this.updateComplete.then(complete) : complete();
  }

  /**
   * The locale in use: `locale`, else the closest `lang`, else the browser's language (on a server, which knows
   * neither: `en`).
   */
  get resolvedLocale(): string {
    if (this.locale) return this.locale;
    if (isServer) return 'en';
    return this.closest('[lang]:not([lang=""])')?.getAttribute('lang') || navigator.language;
  }

  /** The frame's UI strings in the resolved locale. */
  protected get t(): FrameMessages {
    return frameMessages(this.resolvedLocale);
  }

  protected renderHeader(): unknown {
    return nothing;
  }

  /**
   * The drawn body of an element that draws no plot (the KPI overview's tiles), in place of the `<svg>`: the frame's
   * states, table and export stay, the point model feeds the table and CSV; no axes, tooltip or point keyboard, and
   * no measured size needed. Default undefined: the plot.
   */
  protected renderFigures(): TemplateResult | undefined {
    return undefined;
  }

  /**
   * Placeholders in the shape of the drawn body while loading, for an element whose body sets its own height (the KPI
   * overview's tiles): they take the room the body will take. Default nothing: the plot box keeps its height.
   */
  protected renderBodyPlaceholder(): unknown {
    return nothing;
  }

  /** What the element shows under the plot (footnotes); nothing by default. */
  protected renderFooter(): unknown {
    return nothing;
  }

  /** The chart's title as a heading of level `heading-level`. */
  protected renderTitle(text: unknown): TemplateResult {
    const level = headingLevel(this.headingLevel);
    return html`<div part="title" class="title" role="heading" aria-level=${level}>${text}</div>`;
  }

  /** Short notes under the header (e.g. how duplicate buckets are shown). Default: none. */
  protected notes(): string[] {
    return [];
  }

  /** A data controller of this element: its proxy URL and timeout come from the element's attributes. */
  protected loader<R extends EndpointMap, O extends keyof R = never>(
    options: Omit<BrazeDataControllerOptions<R, O>, 'proxyUrl' | 'timeoutMs'>,
  ): BrazeDataController<R, O> {
    return new BrazeDataController<R, O>(this, {
      proxyUrl: () => this.proxyUrl,
      timeoutMs: () => (Number.isFinite(this.timeout) ? this.timeout : undefined),
      refreshInterval: () => this.refreshInterval,
      paused: () => this.#lazy.waiting || this.#settle.deferred,
      settling: () => this.#settle.settling,
      ...options,
    });
  }

  /** What the empty view says (e.g. why there is nothing to draw). Default: the generic "no data" message. */
  protected emptyMessage(): unknown {
    return this.t.empty;
  }

  /** The CSS font of small text (axis labels, legends), from the last measurement: no style read while drawing. */
  protected get smallFont(): string {
    return this.size.font ? smallFontOf(this.size.font) : smallFont(this);
  }

  protected get frame(): Frame {
    return frame(this.size.width, this.size.height, this.#fit.apply(this.margin));
  }

  /**
   * Widens the left margin so the widest y-axis label fits inside the svg (up to 35% of the width); never narrower
   * than `margin.left`. Pass no labels for a view without a value axis. Returns true when the frame's left margin
   * changed: the caller then lays the chart out again (y ticks depend on the height only, so once is enough).
   */
  protected fitAxisLabels(labels: readonly string[]): boolean {
    const before = this.frame.margin.left;
    this.#fit.fit(labels, this.size.width, this.margin.left, () => this.smallFont);
    return this.frame.margin.left !== before;
  }

  /** This element's turn in the page's render schedule (see scheduler.ts). */
  readonly #job: UpdateJob = {
    start: () => {
      numericProperties(this);
      this.data.sync();
    },
    run: () => super.scheduleUpdate(),
    urgent: () => this.data.status === DataStatus.complete || this.data.status === DataStatus.error,
  };

  /**
   * Every chart's updates share one time budget per task (see scheduler.ts): a dashboard never blocks the main
   * thread for long, and charts with data to draw go first. Requests start before the update, as soon as they can.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return schedule(this.#job);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    numericProperties(this);
    // On a server (Lit SSR) the element renders its loading view: nothing is requested there.
    if (!isServer) {
      // Before the first render the root holds only what the server rendered (see createRenderRoot).
      if (!this.hasUpdated) this.renderRoot.replaceChildren();
      this.data.sync();
    }
    if (this.data.status === DataStatus.complete) this.size.ensure();
    this.derive(changed);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.size.observe(this.renderRoot.querySelector('.plot'));
    // Data already there (a cache hit): draw it now, measuring once, rather than after the observer's first callback.
    if (this.data.status === DataStatus.complete) this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#life.report(this.data, this.#drawn, () => this.loadData());
    if (this.#refocus) this.#restoreFocus();
  }

  /** Retry: keeps focus on the chart (the plot box while loading), not the page, whatever happens next. */
  readonly #retry = () => {
    this.#refocus = true;
    this.renderRoot.querySelector<HTMLElement>('.plot')?.focus();
    this.data.retry();
  };

  /** After a retried load settles: focus the drawn chart, or the new Retry button, if focus is still on the plot. */
  #restoreFocus(): void {
    const { status } = this.data;
    if (status === DataStatus.pending || status === DataStatus.initial) return;
    this.#refocus = false;
    const root = this.renderRoot as ShadowRoot;
    if (root.activeElement !== root.querySelector('.plot')) return;
    root.querySelector<HTMLElement>('.plot svg, .plot .error button')?.focus();
  }

  /**
   * Asks the proxy again for this chart's data and that of every chart using the same proxy (so the page shows data
   * of one age); each keeps its chart until its new data is drawn (then `braze-load` fires; await `drawComplete`).
   * Nothing drawn yet (an error, or still loading): the same as Retry.
   */
  refresh(): void {
    this.data.refresh();
  }

  /** The drawn data as CSV: a date (or category) column and one column per series, raw values. */
  toCSV(): string {
    const model = this.pointModel();
    return model ? pointsToCSV(model) : '';
  }

  /**
   * The chart as a standalone SVG document: its title, subtitle (scope, period, unit) and legend above the plot, in
   * the colours and fonts on screen, on the page's background. Throws before it is drawn.
   */
  toSVG(): string {
    return exportSvg(this, this.chartName(), this.exportSubtitle()).text;
  }

  /** The chart as a PNG image (twice the CSS pixel size), as toSVG draws it. Rejects before the chart is drawn. */
  async toPNG(): Promise<Blob> {
    const { text, width, height } = exportSvg(this, this.chartName(), this.exportSubtitle());
    return svgToPng(text, width, height);
  }

  /** The line under the title in an export: what is shown (scope), the period and the unit. */
  protected exportSubtitle(): string {
    return '';
  }

  override render() {
    return html`<div part="base" class="base">
      <div part="header" class="header">${this.renderHeader()}${this.renderNotes()}</div>
      <div part="plot" class="plot" tabindex="-1">${this.renderBody()}</div>
      ${this.renderFooter()}${this.renderExtras()}
      <div part="live" class="visually-hidden" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </div>`;
  }

  private renderNotes(): unknown {
    const notes = this.data.status === DataStatus.complete ? this.notes() : [];
    return notes.length
      ? html`<ul part="notes" class="notes">
          ${notes.map((note) => html`<li>${note}</li>`)}
        </ul>`
      : nothing;
  }

  private renderBody(): unknown {
    const nav = this.#nav;
    nav.model = undefined;
    this.#drawn = false;
    const { status, error } = this.data;
    if (status === DataStatus.error && error)
      return renderError(error, this.describeError(error), this.t, this.#retry);
    if (status !== DataStatus.complete) return html`${this.renderBodyPlaceholder()}${renderLoading(this.t)}`;
    this.#drawn = true;
    if (this.isEmpty()) return renderEmpty(this.emptyMessage());
    const figures = this.renderFigures();
    if (figures !== undefined) {
      nav.model = this.pointModel();
      return figures;
    }
    const box = this.frame;
    if (box.innerWidth <= 0 || box.innerHeight <= 0) {
      this.#drawn = false;
      return nothing;
    }
    nav.model = this.pointModel();
    return renderPlot(box, this.summary(), this.renderChart(box), this.t.keyboardHint, nav);
  }

  /** True until the data arrived (or failed): the header shows placeholders for what it will show. */
  protected get awaitingData(): boolean {
    const status = this.data.status;
    return status !== DataStatus.complete && status !== DataStatus.error;
  }

  /** Table toggle, export menu and the table, shown while there is a drawn chart (their room kept while loading). */
  private renderExtras(): unknown {
    const model = this.#nav.model;
    const drawing = this.data.status === DataStatus.complete && !this.isEmpty();
    if (!model)
      return this.awaitingData || drawing ? renderToolbarPlaceholder(this.t, !this.noExport) : nothing;
    return html`${renderToolbar({
      t: this.t,
      tableOpen: this.tableOpen,
      tableId: TABLE_ID,
      exportable: !this.noExport,
      menuOpen: this.exportOpen,
      onTable: () => (this.tableOpen = !this.tableOpen),
      onMenu: this.#menu,
      onExport: (kind) => {
        this.#menu(false, true);
        this.exportError = undefined;
        exportChart(this, this.chartName(), kind).catch((error: unknown) => {
          // A page whose CSP blocks the PNG's image: say so, and what works instead (never a silent failure).
          if (error instanceof ImageBlockedError) this.exportError = this.t.pngBlocked;
          else reportError(error);
        });
      },
      exportError: this.exportError,
    })}
    ${renderTableView(model, this.tableOpen, () => this.t.tableCaption(this.chartName()))}`;
  }

  private select(detail: BrazePointSelectDetail): void {
    this.dispatchEvent(new CustomEvent('braze-point-select', { detail, bubbles: true, composed: true }));
  }

  /** Headline + detail lines of the error view. Override to explain an element's own errors in plainer words. */
  protected describeError(error: BrazeRequestError): { title: string; lines: string[] } {
    return describeError(error, this.t);
  }

  /** Grid lines plus the two axes, in plot coordinates. */
  protected renderAxes(box: Frame, xTicks: readonly Tick[], yTicks: readonly Tick[]): TemplateResult {
    return renderAxes(box, xTicks, yTicks);
  }
}

/** A heading level from 1 to 6 (2 for anything else). */
export function headingLevel(level: number): number {
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

// The plot box exists only after the first render, and the chart can only be laid out once it is measured, so the
// one update the first measurement schedules is by design: silence Lit's dev-mode "change-in-update" warning for it.
BrazeChartElement.disableWarning?.('change-in-update');
