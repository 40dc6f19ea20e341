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
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid var(--_grid);
    color: var(--_muted);
    font-size: 0.8em;
  }
`;
