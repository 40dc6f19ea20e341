import { css } from 'lit';
import { paints, paletteTokens, patterns } from './palette.styles.js';

/**
 * The frame every braze chart shares: tokens, header, plot box, axes, state views.
 *
 * Colours follow the page: every default is a `light-dark()` pair, picked by the host's `color-scheme`, which it
 * inherits from the page (`color-scheme: light dark` on a page that follows the OS, `dark` on a dark page), or is
 * set by `theme="light|dark"`, or by the frame when the page's own text is light (`:state(dark)`, see
 * theme-controller.ts). An OS in dark mode alone does not turn a light page's charts dark. Text defaults to the
 * page's colour; only an explicit theme paints a background (and then pads the box by `--braze-padding`).
 */
export const chartBaseStyles = css`
  :host {
    --_text: var(--braze-color-text, currentColor);
    --_muted: var(--braze-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_grid: var(--braze-color-grid, color-mix(in srgb, currentColor 14%, transparent));
    --_axis: var(--braze-color-axis, color-mix(in srgb, currentColor 72%, transparent));
    ${paletteTokens}
    --_series-1: var(--braze-series-1, var(--_palette-1));
    --_positive: var(--braze-color-positive, light-dark(#1a7f37, #4ac26b));
    --_negative: var(--braze-color-negative, light-dark(#b3261e, #ff7b72));
    --_focus: var(--braze-color-focus, light-dark(#0072b2, #8cc8ff));
    --_background: var(--braze-color-background, transparent);
    --_tooltip-bg: var(--braze-tooltip-background, light-dark(#ffffff, #23262d));
    display: block;
    box-sizing: border-box;
    min-width: 0;
    padding: var(--braze-padding, 0);
    color: var(--_text);
    background: var(--_background);
    font-family: var(--braze-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--braze-font-size, 14px);
    line-height: 1.4;
    contain: layout;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    --_text: var(--braze-color-text, #1d1d1f);
    --_background: var(--braze-color-background, #ffffff);
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_text: var(--braze-color-text, #e8eaed);
    --_background: var(--braze-color-background, #16181d);
    color-scheme: dark;
  }
  :host([theme]) {
    padding: var(--braze-padding, 12px 16px);
    border-radius: var(--braze-radius, 8px);
  }
  :host(:state(dark)) {
    color-scheme: dark;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 8px;
    container-type: inline-size;
  }
  /* Title and description on the left, the figures on the right; what follows (a legend) on rows of its own. */
  .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) fit-content(55%);
    align-items: start;
    align-content: start;
    gap: 4px 16px;
    /* Charts side by side in a dashboard row: the same header height lines their plots up. */
    min-height: var(--braze-header-height, auto);
  }
  .title {
    margin: 0;
    font-size: 1.1em;
    font-weight: 600;
  }
  .description {
    margin: 2px 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
  }
  .notes {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.86em;
  }
  .header > .notes {
    grid-column: 1 / -1;
  }
  /*
   * Figures and sentences on a right-to-left page take their direction from their own first strong character: English
   * words or Latin digits read left to right (the sign before the number, the full stop at the end), Hebrew or Arabic
   * right to left; the page's alignment stays.
   */
  :host(:dir(rtl)) :is(.description, .stats dd, .notes li, .figure, .change, .against, .both, .note) {
    unicode-bidi: plaintext;
    text-align: right;
  }
  .stats dt,
  .stats .dt {
    color: var(--_muted);
    font-size: 0.86em;
  }
  .stats dd,
  .stats .dd {
    margin: 0;
    font-size: 1.2em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  /*
   * Narrow charts stack the header (title, then figures) whatever the text, so its shape follows the width alone and
   * the loading placeholders take the room the figures will take. Phones: a compact header, so the plot is not
   * pushed below the fold.
   */
  .header > .legend {
    grid-column: 1 / -1;
  }
  @container (max-width: 560px) {
    .header {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @container (max-width: 440px) {
    .header {
      gap: 4px 12px;
    }
    .title {
      font-size: 1em;
    }
    .stats {
      gap: 2px 12px;
    }
    .stats dd {
      font-size: 1.05em;
    }
  }
  .up {
    color: var(--_positive);
  }
  .down {
    color: var(--_negative);
  }
  .plot {
    position: relative;
    height: var(--braze-chart-height, 240px);
    min-height: 120px;
  }
  svg {
    display: block;
    position: absolute;
    inset: 0;
    overflow: visible;
    /* The plot's geometry is left to right in every language: anchors are positions, not reading directions. */
    direction: ltr;
  }
  .grid line {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }
  .axis text {
    fill: var(--_axis);
    font-size: 0.86em;
    font-variant-numeric: tabular-nums;
  }
  .axis line,
  .axis path {
    stroke: var(--_axis);
    shape-rendering: crispEdges;
  }
  .state {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 6px;
    padding: 12px;
    text-align: center;
    color: var(--_muted);
  }
  .state strong {
    color: var(--_text);
  }
  .state.error strong {
    color: var(--_negative);
  }
  .skeleton {
    position: absolute;
    inset: 12px 16px 28px 48px;
    border-radius: 4px;
    background: linear-gradient(90deg, var(--_grid) 25%, transparent 50%, var(--_grid) 75%) 0 0 / 200% 100%;
    animation: shimmer 1.4s linear infinite;
    opacity: 0.6;
  }
  .skeleton-text {
    display: inline-block;
    width: 5em;
    height: 0.8em;
    border-radius: 3px;
    background: var(--_grid);
  }
  .skeleton-text.long {
    width: min(22em, 100%);
  }
  .w6 {
    width: 6em;
  }
  .v5 {
    width: 5ch;
  }
  .v6 {
    width: 6ch;
  }
  .v7 {
    width: 7ch;
  }
  .v9 {
    width: 9ch;
  }

  .w9 {
    width: 9em;
  }
  .w13 {
    width: 13em;
  }
  .w15 {
    width: 15em;
  }
  .w16 {
    width: 16em;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  button {
    font: inherit;
    color: inherit;
    padding: 4px 12px;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: transparent;
    cursor: pointer;
    min-width: 24px;
    min-height: 24px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  svg.chart {
    touch-action: pan-y;
    border-radius: 4px;
  }
  svg.chart:focus,
  .plot:focus {
    outline: none;
  }
  /* The plot box holds focus after Retry, while the chart loads again. */
  svg.chart:focus-visible,
  .plot:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The series line of the segment trend and of the session chart's line variant. */
  .line {
    fill: none;
    stroke: var(--_series-1);
    stroke-width: var(--braze-line-width, 2px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .crosshair {
    stroke: var(--_focus);
    stroke-width: 1;
    stroke-dasharray: 3 3;
    pointer-events: none;
  }
  .point {
    fill: var(--_paint);
    stroke: var(--_background);
    stroke-width: 1.5;
    pointer-events: none;
  }
  .point.focused {
    fill: var(--_paint);
    stroke: var(--_focus);
    stroke-width: 2.5;
  }
  .tooltip,
  .export-menu {
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background: var(--_tooltip-bg);
    color: var(--_text);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
  }
  .tooltip {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    max-width: min(280px, 100%);
    box-sizing: border-box;
    padding: 6px 8px;
    font-size: 0.86em;
    pointer-events: none;
    transition: transform 80ms ease-out;
  }
  .tooltip-label {
    font-weight: 600;
    margin-bottom: 2px;
  }
  .tooltip-row {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 6px;
  }
  .tooltip-row.focused .tooltip-name {
    font-weight: 600;
  }
  .tooltip-value {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .tooltip-own {
    display: block;
    color: var(--_muted);
  }
  .tooltip-total {
    margin-top: 2px;
    padding-top: 2px;
    border-top: 1px solid var(--_grid);
    font-weight: 600;
  }
  ${paints}
  .swatch {
    box-sizing: border-box;
    width: 12px;
    height: 12px;
    border-radius: 2px;
    flex: none;
    background: var(--_paint);
  }
  .swatch.hollow {
    border: 2px solid var(--_paint);
    background: none;
  }
  .tooltip .swatch {
    width: 10px;
    height: 10px;
  }
  .toolbar.placeholder {
    visibility: hidden;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 6px;
    font-size: 0.86em;
  }
  .export-error {
    flex-basis: 100%;
    margin: 0;
    text-align: end;
    color: var(--_negative);
  }
  .export {
    position: relative;
    display: flex;
  }
  .export-menu {
    position: absolute;
    bottom: 100%;
    inset-inline-end: 0;
    z-index: 2;
    display: grid;
    gap: 4px;
    margin-bottom: 4px;
    padding: 4px;
  }
  .export-menu[hidden] {
    display: none;
  }
  :host([no-export]) .export {
    display: none;
  }
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .data-table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.86em;
    font-variant-numeric: tabular-nums;
  }
  .data-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 4px;
  }
  .data-table th,
  .data-table td {
    padding: 2px 8px;
    border-bottom: 1px solid var(--_grid);
    text-align: end;
  }
  .data-table th[scope='row'],
  .data-table thead th:first-child {
    text-align: start;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_grid: GrayText;
      --_axis: CanvasText;
      --_focus: Highlight;
      --_background: Canvas;
      --_tooltip-bg: Canvas;
      --_previous: CanvasText;
    }
    .line,
    .crosshair {
      stroke: CanvasText;
    }
    .area {
      fill: none;
    }
    /* One system colour for every mark: Canvas separators between touching segments, and a pattern per series. */
    .bar,
    .segment,
    .step-segment,
    .dot,
    .point {
      fill: CanvasText !important;
    }
    .bar,
    .segment,
    .step-segment {
      stroke: Canvas;
      stroke-width: 1px;
    }
    .bar.previous,
    .dot.previous {
      fill: Canvas !important;
      stroke: CanvasText;
    }
    .pattern-bg {
      fill: Canvas;
    }
    .pattern-ink {
      fill: CanvasText;
    }
    .point.focused,
    svg.chart:focus-visible {
      stroke: Highlight;
      outline-color: Highlight;
    }
    .axis text,
    .row-label,
    .row-rates {
      fill: CanvasText;
    }
    .tooltip,
    .export-menu {
      border-color: CanvasText;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText !important;
    }
    .swatch.hollow {
      background: Canvas !important;
      border-color: CanvasText !important;
    }
    ${patterns}
  }
  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_axis: #333;
      --_grid: #ccc;
      --_background: #fff;
      color: #000;
      break-inside: avoid;
    }
    .toolbar,
    .tooltip,
    .overlay,
    .skeleton {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
  }
`;

/** Legend list shared by elements with several series. */
export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.86em;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 24px;
    padding: 2px 4px;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
  }
  button.legend-item {
    cursor: pointer;
  }
  button.legend-item[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  button.legend-item[aria-pressed='false'] .swatch {
    opacity: 0.3;
  }
  button.legend-item:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
`;
