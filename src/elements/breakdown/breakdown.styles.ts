import { css } from 'lit';

export const sendBreakdownStyles = css`
  .notes .retention {
    color: var(--_text);
  }
  .retention-shade {
    fill: var(--_muted);
    fill-opacity: 0.12;
  }
  .segment,
  .step-segment,
  .bar {
    fill: var(--_paint);
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
