import { css } from 'lit';

/**
 * The data tables' styles, in the tables' chunk: added to the shadow root (after the radar's own
 * styles) when the tables are loaded.
 */
export const radarTableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_text-sm);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.4em;
  }
  th,
  td {
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: end;
    vertical-align: top;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    overflow-wrap: anywhere;
  }
  thead th {
    font-weight: 600;
    color: var(--_text-muted);
  }
  td.missing {
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  td .n {
    display: block;
    white-space: nowrap;
    font-size: 0.85em;
    color: var(--_text-muted);
  }
  .spark {
    vertical-align: middle;
    overflow: visible;
  }
  .spark polyline {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .spark circle {
    fill: var(--_accent);
  }
  @container (max-width: 599px) {
    /* Narrow: each competency becomes a small card of label–value lines (roles keep it a table). */
    table,
    tbody,
    tr,
    caption {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    tbody tr {
      padding: 0.4em 0;
      border-bottom: 1px solid var(--_border);
    }
    th[scope='row'] {
      display: block;
      border: 0;
      padding-inline: 0;
    }
    td {
      display: flex;
      align-items: baseline;
      gap: var(--_space);
      border: 0;
      padding: 0.1em 0;
    }
    td::before {
      content: attr(data-label);
      margin-inline-end: auto;
      color: var(--_text-muted);
      text-align: start;
    }
    td .n {
      display: inline;
      margin-inline-start: 0.4em;
    }
  }
`;
