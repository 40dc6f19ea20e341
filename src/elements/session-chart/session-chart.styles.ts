import { css } from 'lit';

export const sessionChartStyles = css`
  :host {
    --_previous: var(--braze-series-previous, var(--_series-1));
  }
  .bar {
    fill: var(--_series-1);
  }
  .bar.previous {
    fill: var(--_previous);
    fill-opacity: var(--braze-previous-opacity, 0.4);
  }
  .line.previous {
    stroke: var(--_previous);
    stroke-opacity: var(--braze-previous-opacity, 0.55);
    stroke-dasharray: 5 4;
  }
  .dot {
    fill: var(--_series-1);
  }
  .dot.previous {
    fill: var(--_previous);
    fill-opacity: var(--braze-previous-opacity, 0.55);
  }
  .header-text {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
`;
