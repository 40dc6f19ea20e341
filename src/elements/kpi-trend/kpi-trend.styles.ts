import { css } from 'lit';

export const kpiTrendStyles = css`
  .stats .both {
    color: var(--_muted);
    font-size: 0.86em;
    font-weight: 400;
  }
`;
