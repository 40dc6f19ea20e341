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
import { frame, DEFAULT_MARGIN } from '../../chart/layout.js';
import type { Tick } from '../../chart/time-series.js';
import { DataStatus, type DataStatusValue } from '../../data/controller.js';
import type { BrazeRequestError } from '../../data/errors.js';
import { chartBaseStyles } from './chart-base.styles.js';
import type { BrazeErrorDetail, BrazeLoadDetail } from './events.js';
import { describeError, messages } from './messages.js';
import { ResizeController } from './resize-controller.js';

/** What the frame needs to know of an element's data controller. */
export interface DataState {
  readonly status: DataStatusValue;
  readonly error: BrazeRequestError | undefined;
  retry(): void;
}

/**
 * The frame every braze chart shares: `proxy-url`, sizing, the loading / empty / error states, axes and events.
 * Elements supply a header, an emptiness test and the chart body.
 *
 * @fires braze-load - The data arrived, was validated and is rendered. `detail.data` holds the responses.
 * @fires braze-error - Loading failed or the element is misconfigured. `detail.error` is a `BrazeRequestError`.
 * @csspart base - The wrapper of header and plot.
 * @csspart header - The title and headline figures.
 * @csspart plot - The box the chart is drawn in (its height is `--braze-chart-height`).
 * @csspart svg - The chart's `<svg>`.
 * @csspart axis-x - The time axis.
 * @csspart axis-y - The value axis.
 * @csspart grid - Horizontal grid lines.
 * @csspart mark - The data marks (line, area, bars).
 * @csspart loading - The loading view.
 * @csspart empty - The empty view.
 * @csspart error - The error view.
 * @cssprop --braze-chart-height - Height of the plot box. Default 240px.
 * @cssprop --braze-font-family - Font family.
 * @cssprop --braze-font-size - Base font size. Default 14px.
 * @cssprop --braze-color-text - Text colour. Default currentColor.
 * @cssprop --braze-color-muted - Secondary text colour.
 * @cssprop --braze-color-background - Background. Default transparent.
 * @cssprop --braze-color-grid - Grid line colour.
 * @cssprop --braze-color-axis - Axis line and label colour.
 * @cssprop --braze-color-positive - Colour of a rise.
 * @cssprop --braze-color-negative - Colour of a fall and of error titles.
 * @cssprop --braze-series-1 - Colour of the first series.
 */
export abstract class BrazeChartElement extends LitElement {
  static override styles: CSSResultGroup = chartBaseStyles;

  static override properties: PropertyDeclarations = {
    proxyUrl: { type: String, attribute: 'proxy-url', reflect: true },
    locale: { type: String },
  };

  /** URL of your braze-charts proxy (absolute or relative to the page), e.g. `/api/braze`. */
  declare proxyUrl: string | undefined;
  /** BCP 47 locale for numbers and dates. Defaults to the browser's. */
  declare locale: string | undefined;

  protected readonly size = new ResizeController(this);
  protected margin: Margin = DEFAULT_MARGIN;
  protected abstract readonly data: DataState;

  /** True when the loaded data has nothing to draw. */
  protected abstract isEmpty(): boolean;
  /** The chart's SVG content for the measured frame. */
  protected abstract renderChart(box: Frame): TemplateResult;
  /** An accessible one-paragraph summary of what the chart shows. */
  protected abstract summary(): string;

  protected renderHeader(): unknown {
    return nothing;
  }

  /** What the empty view says (e.g. why there is nothing to draw). Default: the generic "no data" message. */
  protected emptyMessage(): unknown {
    return messages.empty;
  }

  protected get frame(): Frame {
    return frame(this.size.width, this.size.height, this.margin);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.size.observe(this.renderRoot.querySelector('.plot'));
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

  override render() {
    return html`<div part="base" class="base">
      <div part="header" class="header">${this.renderHeader()}</div>
      <div part="plot" class="plot">${this.renderBody()}</div>
    </div>`;
  }

  private renderBody(): unknown {
    const { status, error } = this.data;
    if (status === DataStatus.error && error) return this.renderError(error);
    if (status !== DataStatus.complete) {
      return html`<div part="loading" class="state loading" role="status">
        <div class="skeleton" aria-hidden="true"></div>
        <span>${messages.loading}</span>
      </div>`;
    }
    if (this.isEmpty()) {
      return html`<div part="empty" class="state empty" role="status">${this.emptyMessage()}</div>`;
    }
    const box = this.frame;
    if (box.innerWidth <= 0 || box.innerHeight <= 0) return nothing;
    return html`<svg
      part="svg"
      role="img"
      aria-label=${this.summary()}
      width=${box.width}
      height=${box.height}
      viewBox="0 0 ${box.width} ${box.height}"
    >
      <g transform="translate(${box.margin.left},${box.margin.top})">${this.renderChart(box)}</g>
    </svg>`;
  }

  /** Headline + detail lines of the error view. Override to explain an element's own errors in plainer words. */
  protected describeError(error: BrazeRequestError): { title: string; lines: string[] } {
    return describeError(error);
  }

  private renderError(error: BrazeRequestError): TemplateResult {
    const { title, lines } = this.describeError(error);
    return html`<div part="error" class="state error" role="alert">
      <strong>${title}</strong>
      ${lines.map((line) => html`<span>${line}</span>`)}
      ${
        error.kind === 'config'
          ? nothing
          : html`<button type="button" @click=${() => this.data.retry()}>${messages.retry}</button>`
      }
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
