import { css } from 'lit';

export const kpiOverviewStyles = css`
  /* The tiles set the height: no plot box of fixed height to fit into. */
  .plot {
    height: auto;
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--braze-tile-min-width, 150px), 1fr));
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tile,
  .tile-skeleton {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: 0;
    padding: 10px 12px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    cursor: pointer;
  }
  .tile:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .name,
  .aggregate,
  .against,
  .both,
  .note {
    color: var(--_muted);
    font-size: 0.86em;
  }
  .figure {
    font-size: 1.6em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .change {
    font-size: 0.86em;
    font-weight: 600;
  }
  .tiles .spark {
    display: block;
    position: static;
    width: 100%;
    height: 32px;
    margin-top: 4px;
    overflow: visible;
  }
  .spark path {
    fill: none;
    stroke: var(--_series-1);
    stroke-width: var(--braze-line-width, 1.5px);
    vector-effect: non-scaling-stroke;
  }
  .spark circle {
    fill: var(--_series-1);
  }
  @media (forced-colors: active) {
    .spark path {
      stroke: CanvasText;
    }
    .spark circle {
      fill: CanvasText;
    }
  }
`;
