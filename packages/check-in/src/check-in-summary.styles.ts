import { css } from 'lit';

/**
 * The styles of the submitted check-in's read-only view and the manager's reply, in the summary's
 * chunk: added to the shadow root (after the check-in's own styles) when the view is loaded.
 */
export const checkInSummaryStyles = css`
  .summary h2:focus {
    outline: none;
  }
  .summary h2:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .prose {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .pair {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  /* ── the submitted check-in, as a document ── */
  .facts {
    margin-block-end: var(--_space-4);
  }
  .doc-goals {
    margin-block-end: var(--_space-6);
  }
  .summary .goal-summary .goal,
  .summary .goal-head {
    grid-template-columns: minmax(0, 1.5fr) minmax(0, 1fr) minmax(0, 0.5fr);
  }
  .summary .goal-head > :last-child {
    grid-column: 3;
  }
  .summary .goal-name {
    padding-inline-end: 0;
  }
  .goal-note {
    margin-block-start: var(--_space-1);
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }
  .confidence-figure {
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
  }
  .confidence-figure strong {
    color: var(--_text);
  }
  .doc {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space-4) var(--_space-6);
  }
  .doc-block h3,
  .doc-goals h3,
  .doc-questions h3,
  .doc-block h4 {
    margin: 0 0 var(--_space-1);
    font-size: var(--_text-xs);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_text-muted);
  }
  .doc-block h4 {
    margin-block-start: var(--_space-2);
  }
  .doc-questions {
    margin-block-start: var(--_space-4);
  }
  .doc-questions dl {
    gap: var(--_space-2);
  }
  .doc-questions .pair {
    display: grid;
    gap: 0;
  }
  .doc-questions dt {
    font-weight: 400;
    color: var(--_text-muted);
  }
  @container pm (max-width: 799.98px) {
    .summary .goal-summary .goal,
    .summary .goal-head {
      grid-template-columns: minmax(0, 1fr) 6.5rem;
    }
    .summary .goal-head > :last-child {
      grid-column: 2;
    }
    /* The bars speak for themselves under the "Goals" heading; the confidence column keeps its header. */
    .summary .goal-head > :nth-child(2) {
      visibility: hidden;
    }
    .summary .goal-summary .goal-progress {
      grid-column: 1;
    }
    .summary .goal-summary .goal-confidence {
      grid-column: 2;
    }
  }
  @container pm (max-width: 419.98px) {
    .doc {
      grid-template-columns: 1fr;
    }
  }
  .reply {
    margin-block-start: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-raised);
    display: grid;
    gap: var(--_space);
  }
  .reply .frame {
    display: grid;
    gap: var(--_space);
  }
  .reply h3 {
    margin: 0;
  }
  .reply label {
    font-weight: 600;
  }
`;
