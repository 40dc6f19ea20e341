import { css } from 'lit';

export const canvasBreakdownStyles = css`
  /* The steps view lists the whole path: more room than a chart of bars by default. */
  :host([view='steps']) .plot {
    height: var(--braze-chart-height, 360px);
  }
  .marker-shape {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .marker-label {
    fill: var(--_muted);
  }
  .path-heading {
    font-weight: 600;
  }
  .row-type {
    font-style: italic;
  }
`;
