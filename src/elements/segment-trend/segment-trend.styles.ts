import { css } from 'lit';

export const segmentTrendStyles = css`
  .line {
    fill: none;
    stroke: var(--_series-1);
    stroke-width: var(--braze-line-width, 2px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .area {
    fill: var(--_series-1);
    fill-opacity: var(--braze-area-opacity, 0.14);
    stroke: none;
  }
  .dot {
    fill: var(--_series-1);
  }
`;
