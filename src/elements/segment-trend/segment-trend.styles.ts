import { css } from 'lit';

export const segmentTrendStyles = css`
  .area {
    fill: var(--_series-1);
    fill-opacity: var(--braze-area-opacity, 0.14);
    stroke: none;
  }
  .dot {
    fill: var(--_series-1);
  }
`;
