import { css } from 'lit';

/** The frame every braze chart shares: tokens, header, plot box, axes, state views. */
export const chartBaseStyles = css`
  :host {
    /** Text colour. */
    --_text: var(--braze-color-text, currentColor);
    --_muted: var(--braze-color-muted, color-mix(in srgb, currentColor 62%, transparent));
    --_grid: var(--braze-color-grid, color-mix(in srgb, currentColor 12%, transparent));
    --_axis: var(--braze-color-axis, color-mix(in srgb, currentColor 55%, transparent));
    --_series-1: var(--braze-series-1, #0072b2);
    --_positive: var(--braze-color-positive, #1a7f37);
    --_negative: var(--braze-color-negative, #b3261e);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_text);
    background: var(--braze-color-background, transparent);
    font-family: var(--braze-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--braze-font-size, 14px);
    line-height: 1.4;
    contain: layout;
  }
  :host([hidden]) {
    display: none;
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
    outline: 2px solid var(--braze-color-focus, #0072b2);
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
