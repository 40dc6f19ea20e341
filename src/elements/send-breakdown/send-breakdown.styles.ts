import { css } from 'lit';

export const sendBreakdownStyles = css`
  .notes {
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.86em;
  }
  .notes .retention {
    color: var(--_text);
  }
  .segment,
  .step-segment,
  .bar {
    shape-rendering: crispEdges;
  }
  .row-label {
    fill: var(--_text);
    font-size: 0.86em;
  }
  .row-value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .row-rates {
    fill: var(--_muted);
    font-size: 0.86em;
    font-variant-numeric: tabular-nums;
  }
`;
