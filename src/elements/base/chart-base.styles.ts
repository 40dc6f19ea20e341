import { css } from 'lit';
import { darkTokens, lightPalette as light } from './palette.styles.js';

/** The frame every braze chart shares: tokens, header, plot box, axes, state views. */
export const chartBaseStyles = css`
  :host {
    /** Text colour. */
    --_text: var(--braze-color-text, currentColor);
    --_muted: var(--braze-color-muted, color-mix(in srgb, currentColor 62%, transparent));
    --_grid: var(--braze-color-grid, color-mix(in srgb, currentColor 12%, transparent));
    --_axis: var(--braze-color-axis, color-mix(in srgb, currentColor 55%, transparent));
    ${light}
    --_series-1: var(--braze-series-1, var(--_palette-1));
    --_positive: var(--braze-color-positive, #1a7f37);
    --_negative: var(--braze-color-negative, #b3261e);
    --_focus: var(--braze-color-focus, #0072b2);
    --_background: var(--braze-color-background, transparent);
    --_tooltip-bg: var(--braze-tooltip-background, #ffffff);
    --_export-background: #ffffff;
    display: block;
    box-sizing: border-box;
    min-width: 0;
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
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 16px;
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
    gap: 16px;
    margin: 0;
  }
  .notes {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .header > .notes {
    flex-basis: 100%;
  }
  .stats dt {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .stats dd {
    margin: 0;
    font-size: 1.2em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
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
  }
  .grid line {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }
  .axis text {
    fill: var(--_axis);
    font-size: 11px;
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
    fill: var(--_point);
    stroke: var(--_background);
    stroke-width: 1.5;
    pointer-events: none;
  }
  .point.focused {
    fill: var(--_point);
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
    font-size: 0.85em;
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
  .tooltip .swatch {
    width: 10px;
    height: 10px;
    border-radius: 2px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 6px;
    font-size: 0.85em;
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
    font-size: 0.85em;
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
    }
    .line,
    .crosshair {
      stroke: CanvasText;
    }
    .area,
    .bar,
    .segment,
    .step-segment,
    .dot,
    .point {
      fill: CanvasText !important;
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
    }
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
    font-size: 0.85em;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
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
  .swatch {
    width: 12px;
    height: 12px;
    border-radius: 2px;
    flex: none;
  }
  .swatch.muted {
    opacity: 0.45;
  }
`;
