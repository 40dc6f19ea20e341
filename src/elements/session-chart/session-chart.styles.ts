import { css } from 'lit';

export const sessionChartStyles = css`
  .bar {
    fill: var(--_series-1);
  }
  /* The previous period: hollow bars and a dashed line in a neutral colour, so it differs in more than lightness. */
  .bar.previous {
    fill: color-mix(in srgb, var(--_previous) calc(var(--braze-previous-opacity, 0.15) * 100%), transparent);
    stroke: var(--_previous);
    stroke-width: 1.5px;
  }
  .line.previous {
    stroke: var(--_previous);
    stroke-dasharray: 5 4;
  }
  .dot {
    fill: var(--_series-1);
  }
  .dot.previous {
    fill: var(--_background);
    stroke: var(--_previous);
    stroke-width: 1.5px;
  }
  .header-text {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
`;
