import { css } from 'lit';

/** The picker of the event and purchase trends: a native select under the description. */
export const trendStyles = css`
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    margin-top: 4px;
    font-size: 0.86em;
  }
  .picker label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    color: var(--_muted);
  }
  .picker select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_axis);
    border-radius: 4px;
    padding: 2px 4px;
    /* A fixed width: the list arriving after the chart must not move the header. */
    width: 14em;
    max-width: 100%;
  }
  .picker select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .picker-failed {
    color: var(--_muted);
  }
`;
