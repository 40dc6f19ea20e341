import {
  html,
  LitElement,
  nothing,
  svg,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { Frame, Margin } from '../../chart/layout.js';
import { estimateTextWidth, fitLeftMargin, frame, DEFAULT_MARGIN } from '../../chart/layout.js';
import {
  announce,
  moveFocus,
  nearestIndex,
  nearestSeries,
  pointsToCSV,
  type PointFocus,
  type PointModel,
} from '../../chart/points.js';
import type { Tick } from '../../chart/time-series.js';
import { DataStatus, type DataStatusValue } from '../../data/controller.js';
import type { BrazeRequestError } from '../../data/errors.js';
import { chartBaseStyles } from './chart-base.styles.js';
import type { BrazeErrorDetail, BrazeLoadDetail, BrazePointSelectDetail } from './events.js';
import { download, fileName, serializeSvg, svgToPng } from './export.js';
import { describeError, frameMessages, type FrameMessages } from './messages.js';
import { placeTooltip, renderCrosshair, renderTable, renderToolbar, renderTooltip } from './overlay.js';
import { ResizeController } from './resize-controller.js';

/** What the frame needs to know of an element's data controller. */
export interface DataState {
  readonly status: DataStatusValue;
  readonly error: BrazeRequestError | undefined;
  retry(): void;
}

const TABLE_ID = 'data-table';
const HINT_ID = 'keyboard-hint';

/**
 * The frame every braze chart shares: `proxy-url`, `locale`, `theme`, sizing, the loading / empty / error states,
 * axes, events, and — from the point model each element exposes — tooltip, crosshair, keyboard focus, the live
 * region, the data table and export. Elements supply a header, an emptiness test, the chart body and the points.
 *
 * @fires braze-load - The data arrived, was validated and is rendered. `detail.data` holds the responses.
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
 * @csspart export - The export menu (Download CSV / SVG / PNG); `display: none` hides it, as does `no-export`.
 * @csspart live - The visually hidden live region announcing the focused point.
 * @csspart loading - The loading view.
 * @csspart empty - The empty view.
 * @csspart error - The error view.
 * @cssprop --braze-chart-height - Height of the plot box. Default 240px.
 * @cssprop --braze-font-family - Font family.
 * @cssprop --braze-font-size - Base font size. Default 14px.
 * @cssprop --braze-color-text - Text colour. Default currentColor (light), #e8eaed (dark).
 * @cssprop --braze-color-muted - Secondary text colour.
 * @cssprop --braze-color-background - Background. Default transparent (light), #16181d (dark).
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
    focusPoint: { state: true },
    tableOpen: { state: true },
    announcement: { state: true },
  };

  /** URL of your braze-charts proxy (absolute or relative to the page), e.g. `/api/braze`. */
  declare proxyUrl: string | undefined;
  /**
   * BCP 47 locale for numbers, dates and UI strings. Default: the `lang` of the closest element that has one
   * (usually `<html lang>`), else the browser's language.
   */
  declare locale: string | undefined;
  /** `light` or `dark`. Default: follows `prefers-color-scheme`. The attribute wins over the media query. */
  declare theme: 'light' | 'dark' | undefined;
  /** Hides the export menu (Download CSV / SVG / PNG). The methods toCSV, toSVG and toPNG still work. */
  declare noExport: boolean;
  declare protected focusPoint: PointFocus | undefined;
  declare protected tableOpen: boolean;
  declare protected announcement: string;

  protected readonly size = new ResizeController(this);
  /** The element's margins; the left one grows to fit the y-axis labels (see fitAxisLabels). */
  protected margin: Margin = DEFAULT_MARGIN;
  /** The left margin fitted to the current y-axis labels, when wider than `margin.left`. */
  #fittedLeft: number | undefined;
  protected abstract readonly data: DataState;
  #drawn: PointModel | undefined;

  constructor() {
    super();
    this.noExport = false;
    this.tableOpen = false;
    this.announcement = '';
  }

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

  /** The locale in use: `locale`, else the closest `lang`, else the browser's language. */
  get resolvedLocale(): string {
    const lang = this.closest('[lang]:not([lang=""])')?.getAttribute('lang');
    return this.locale || lang || navigator.language;
  }

  /** The frame's UI strings in the resolved locale. */
  protected get t(): FrameMessages {
    return frameMessages(this.resolvedLocale);
  }

  protected renderHeader(): unknown {
    return nothing;
  }

  /** What the empty view says (e.g. why there is nothing to draw). Default: the generic "no data" message. */
  protected emptyMessage(): unknown {
    return this.t.empty;
  }

  protected get frame(): Frame {
    const left = Math.max(this.margin.left, this.#fittedLeft ?? 0);
    return frame(
      this.size.width,
      this.size.height,
      left === this.margin.left ? this.margin : { ...this.margin, left },
    );
  }

  /**
   * Widens the left margin so the widest y-axis label fits inside the svg (up to 35% of the width); never narrower
   * than `margin.left`. Pass no labels for a view without a value axis. Returns true when the frame's left margin
   * changed: the caller then lays the chart out again (y ticks depend on the height only, so once is enough).
   */
  protected fitAxisLabels(labels: readonly string[]): boolean {
    const before = this.frame.margin.left;
    const font = getComputedStyle(this).fontFamily || 'sans-serif';
    this.#fittedLeft = labels.length
      ? fitLeftMargin(labels, this.size.width, this.margin.left, (label) => measureAxisLabel(label, font))
      : undefined;
    return this.frame.margin.left !== before;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.size.observe(this.renderRoot.querySelector('.plot'));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    const point =
      this.focusPoint && this.#drawn?.series[this.focusPoint.series]?.points[this.focusPoint.index];
    if (tooltip && plot && point) {
      const { margin } = this.frame;
      placeTooltip(tooltip, { x: point.x + margin.left, y: point.y + margin.top }, plot);
    }
  }

  protected emitLoad<T>(data: T): void {
    this.dispatchEvent(
      new CustomEvent<BrazeLoadDetail<T>>('braze-load', { detail: { data }, bubbles: true, composed: true }),
    );
  }

  protected emitError(error: BrazeRequestError): void {
    this.dispatchEvent(
      new CustomEvent<BrazeErrorDetail>('braze-error', { detail: { error }, bubbles: true, composed: true }),
    );
  }

  /** The drawn data as CSV: a date (or category) column and one column per series, raw values. */
  toCSV(): string {
    const model = this.pointModel();
    return model ? pointsToCSV(model) : '';
  }

  /** The chart as a standalone SVG document (xmlns, computed colours and fonts inlined). Throws before it is drawn. */
  toSVG(): string {
    const chart = this.renderRoot.querySelector<SVGSVGElement>('svg[part="svg"]');
    if (!chart) throw new Error('The chart has not been drawn yet.');
    const background = getComputedStyle(this).getPropertyValue('--_export-background').trim() || '#ffffff';
    return serializeSvg(chart, background);
  }

  /** The chart as a PNG image (twice the CSS pixel size). Rejects before the chart is drawn. */
  async toPNG(): Promise<Blob> {
    const text = this.toSVG();
    const { width, height } = this.frame;
    return svgToPng(text, width, height);
  }

  private async exportAs(kind: 'csv' | 'svg' | 'png'): Promise<void> {
    const name = fileName(this.chartName());
    const blob =
      kind === 'csv'
        ? new Blob([this.toCSV()], { type: 'text/csv;charset=utf-8' })
        : kind === 'svg'
          ? new Blob([this.toSVG()], { type: 'image/svg+xml' })
          : await this.toPNG();
    download(this.renderRoot as ShadowRoot, blob, `${name}.${kind}`);
  }

  override render() {
    return html`<div part="base" class="base">
      <div part="header" class="header">${this.renderHeader()}</div>
      <div part="plot" class="plot">${this.renderBody()}</div>
      ${this.renderExtras()}
      <div part="live" class="visually-hidden" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </div>`;
  }

  private renderBody(): unknown {
    this.#drawn = undefined;
    const { status, error } = this.data;
    if (status === DataStatus.error && error) return this.renderError(error);
    if (status !== DataStatus.complete) {
      return html`<div part="loading" class="state loading" role="status">
        <slot name="loading"
          ><div class="skeleton" aria-hidden="true"></div>
          <span>${this.t.loading}</span></slot
        >
      </div>`;
    }
    if (this.isEmpty()) {
      return html`<div part="empty" class="state empty" role="status">
        <slot name="empty">${this.emptyMessage()}</slot>
      </div>`;
    }
    const box = this.frame;
    if (box.innerWidth <= 0 || box.innerHeight <= 0) return nothing;
    const model = this.pointModel();
    this.#drawn = model;
    const focus = model && this.validFocus(model);
    return html`<svg
        part="svg"
        class="chart"
        role="img"
        tabindex="0"
        aria-label=${this.summary()}
        aria-describedby=${HINT_ID}
        width=${box.width}
        height=${box.height}
        viewBox="0 0 ${box.width} ${box.height}"
        @keydown=${this.onKeyDown}
        @pointermove=${this.onPointerMove}
        @pointerdown=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
        @blur=${this.onBlur}
      >
        <g transform="translate(${box.margin.left},${box.margin.top})">
          ${this.renderChart(box)}${model && focus ? renderCrosshair(model, focus, box) : nothing}
        </g>
      </svg>
      <span id=${HINT_ID} class="visually-hidden">${this.t.keyboardHint}</span>
      ${model && focus ? renderTooltip(model, focus) : nothing}`;
  }

  /** Table toggle, export menu and the table, shown while there is a drawn chart. */
  private renderExtras(): unknown {
    const model = this.#drawn;
    if (!model) return nothing;
    return html`${renderToolbar({
      t: this.t,
      tableOpen: this.tableOpen,
      tableId: TABLE_ID,
      exportable: !this.noExport,
      onTable: () => (this.tableOpen = !this.tableOpen),
      onExport: (kind) => void this.exportAs(kind),
    })}
    ${
      this.tableOpen
        ? renderTable(model, this.t.tableCaption(this.chartName()), TABLE_ID)
        : html`<div id=${TABLE_ID} hidden></div>`
    }`;
  }

  private validFocus(model: PointModel): PointFocus | undefined {
    const f = this.focusPoint;
    return f && model.series[f.series]?.points[f.index] ? f : undefined;
  }

  private setFocus(focus: PointFocus | undefined, speak: boolean): void {
    this.focusPoint = focus;
    if (speak) this.announcement = focus && this.#drawn ? announce(this.#drawn, focus) : '';
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const model = this.#drawn;
    if (!model) return;
    if (event.key === 'Escape') {
      if (!this.focusPoint) return;
      this.setFocus(undefined, true);
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const focus = this.validFocus(model);
      if (!focus) return;
      event.preventDefault();
      this.select(model, focus);
      return;
    }
    const next = moveFocus(model, this.validFocus(model), event.key);
    if (!next) return;
    event.preventDefault();
    this.setFocus(next, true);
  };

  /** The point under a pointer event, in the model's terms. */
  private pointAt(event: PointerEvent | MouseEvent): PointFocus | undefined {
    const model = this.#drawn;
    const chart = event.currentTarget as SVGSVGElement | null;
    if (!model || !chart) return undefined;
    const rect = chart.getBoundingClientRect();
    const { margin } = this.frame;
    const x = event.clientX - rect.left - margin.left;
    const y = event.clientY - rect.top - margin.top;
    const [along, across] = model.axis === 'x' ? [x, y] : [y, x];
    const index = nearestIndex(model, along);
    return index < 0 ? undefined : { index, series: nearestSeries(model, index, across) };
  }

  private readonly onPointerMove = (event: PointerEvent): void => {
    const focus = this.pointAt(event);
    const current = this.focusPoint;
    if (focus && (focus.index !== current?.index || focus.series !== current.series))
      this.setFocus(focus, false);
  };

  private readonly onPointerLeave = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch') this.setFocus(undefined, false);
  };

  private readonly onBlur = (): void => {
    this.setFocus(undefined, false);
  };

  private readonly onClick = (event: MouseEvent): void => {
    const model = this.#drawn;
    const focus = this.pointAt(event);
    if (!model || !focus) return;
    this.setFocus(focus, false);
    this.select(model, focus);
  };

  private select(model: PointModel, focus: PointFocus): void {
    const series = model.series[focus.series];
    const point = series?.points[focus.index];
    if (!series || !point) return;
    const detail: BrazePointSelectDetail = {
      seriesKey: series.key,
      seriesLabel: series.label,
      date:
        model.keys[focus.index] !== undefined && point.date
          ? isoOf(point.date, model.keys[focus.index])
          : undefined,
      label: model.labels[focus.index] ?? '',
      value: point.value,
      index: focus.index,
    };
    this.dispatchEvent(new CustomEvent('braze-point-select', { detail, bubbles: true, composed: true }));
  }

  /** Headline + detail lines of the error view. Override to explain an element's own errors in plainer words. */
  protected describeError(error: BrazeRequestError): { title: string; lines: string[] } {
    return describeError(error, this.t);
  }

  private renderError(error: BrazeRequestError): TemplateResult {
    const { title, lines } = this.describeError(error);
    return html`<div part="error" class="state error" role="alert">
      <slot name="error">
        <strong>${title}</strong>
        ${lines.map((line) => html`<span>${line}</span>`)}
        ${
          error.kind === 'config'
            ? nothing
            : html`<button type="button" @click=${() => this.data.retry()}>${this.t.retry}</button>`
        }
      </slot>
    </div>`;
  }

  /** Grid lines plus the two axes, in plot coordinates. */
  protected renderAxes(box: Frame, xTicks: readonly Tick[], yTicks: readonly Tick[]): TemplateResult {
    return svg`
      <g part="grid" class="grid" aria-hidden="true">
        ${yTicks.map((t) => svg`<line x1="0" x2=${box.innerWidth} y1=${t.offset} y2=${t.offset}></line>`)}
      </g>
      <g part="axis-y" class="axis axis-y" aria-hidden="true">
        ${yTicks.map((t) => svg`<text x="-8" y=${t.offset} dy="0.32em" text-anchor="end">${t.label}</text>`)}
      </g>
      <g part="axis-x" class="axis axis-x" aria-hidden="true" transform="translate(0,${box.innerHeight})">
        <line x1="0" x2=${box.innerWidth}></line>
        ${xTicks.map(
          (t) => svg`<g transform="translate(${t.offset},0)">
            <line y2="5"></line>
            <text y="18" text-anchor="middle">${t.label}</text>
          </g>`,
        )}
      </g>`;
  }
}

const labelWidths = new Map<string, number>();
let measuring: CanvasRenderingContext2D | null | undefined;

/** Width of a y-axis label (11px in the host's font family), measured once on a canvas; estimated without one. */
function measureAxisLabel(label: string, fontFamily: string): number {
  const key = `${fontFamily}|${label}`;
  let width = labelWidths.get(key);
  if (width === undefined) {
    if (measuring === undefined) measuring = document.createElement('canvas').getContext('2d');
    if (measuring) {
      measuring.font = `11px ${fontFamily}`;
      width = Math.ceil(measuring.measureText(label).width) + 1;
    } else width = estimateTextWidth(label);
    labelWidths.set(key, width);
  }
  return width;
}

/** The event's date: the CSV key when it is an ISO date or instant, else the date's ISO string. */
function isoOf(date: Date, key: string | undefined): string {
  return key && /^\d{4}-\d{2}-\d{2}/.test(key) ? key : date.toISOString();
}
