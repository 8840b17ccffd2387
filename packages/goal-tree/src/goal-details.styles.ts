import { css } from 'lit';

/** The details of a selected goal (goal-details.ts, loaded on demand with it); the pane's box and its empty state are in goal-tree.styles.ts. */
export const detailsStyles = css`
  .details h3 {
    font-size: var(--_text-md);
    margin: var(--_space-2) 0 var(--_space-1);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_space-2) var(--_space-4);
    margin: 0;
    align-items: center;
  }
  .facts dt {
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }
  .facts dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    align-items: center;
    min-width: 0;
  }
  .facts .pm-meter {
    --_meter-width: 8rem;
  }
  .pace-facts .explain {
    flex-basis: 100%;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .kr {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-2) 0;
    border-block-end: 1px solid var(--_border);
  }
  .kr .pm-meter {
    --_meter-width: 100%;
    width: 100%;
  }
  .link {
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  details.why summary {
    cursor: pointer;
    color: var(--_accent);
    min-height: var(--_target);
    display: list-item;
  }
  .why table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_text-sm);
    margin-block-start: var(--_space-2);
  }
  .why th,
  .why td {
    text-align: start;
    padding: var(--_space-1) var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tr.excluded td {
    color: var(--_text-muted);
    text-decoration: line-through;
  }
`;
