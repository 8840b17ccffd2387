import { css } from 'lit';

/** The bars' styles (fewer than three competencies), in their chunk: added to the shadow root when loaded. */
export const radarBarsStyles = css`
  .bars {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .bar-title {
    margin: 0 0 0.25em;
    font-weight: 600;
  }
  .bar-row {
    display: grid;
    grid-template-columns: minmax(6rem, 10rem) minmax(0, 1fr) 2.5em;
    align-items: center;
    gap: var(--_space);
    font-size: var(--_text-sm);
  }
  .bar-name {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .bar-track {
    height: 0.6em;
    border-radius: 999px;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
  }
  .bar {
    display: block;
    height: 100%;
    border-radius: inherit;
    background: var(--_series);
  }
  .bar-value {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 419px) {
    .bar-row {
      grid-template-columns: minmax(0, 1fr) 2.5em;
    }
    .bar-track {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
  @media (forced-colors: active) {
    .bar {
      background: CanvasText;
    }
  }
`;
