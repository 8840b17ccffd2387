import { css } from 'lit';

export const checkInStyles = css`
  :host {
    container-type: inline-size;
    background: var(--_surface);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
    margin-block-end: var(--_space);
  }
  h4 {
    font-size: 1em;
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
  }
  .period,
  .help,
  .muted,
  .delta,
  .status {
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .status {
    min-height: 1.45em;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .status[data-state='saved'] {
    color: var(--_success);
  }
  .status[data-state='offline'],
  .status[data-state='retrying'] {
    color: var(--_warning);
  }
  .status[data-state='failed'] {
    color: var(--_danger);
  }
  .status[data-state='saved']::before {
    content: '✓';
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .frame {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .section {
    border: 0;
    border-block-start: 1px solid var(--_border);
    margin: 0;
    padding: calc(var(--_space) * 2) 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
    margin-block-end: var(--_space);
  }
  .mood {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .mood legend {
    font-size: 1.05em;
  }
  .goals-help {
    margin-block: calc(var(--_space) * -0.5) var(--_space);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
  }
  .chip {
    position: relative;
    display: inline-flex;
    font-weight: 400;
  }
  .chip input {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
  .field .chip {
    font-weight: 400;
  }
  .chip-face {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.25rem;
    min-width: 2.25rem;
    justify-content: center;
    padding: 0.25em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    pointer-events: none;
  }
  .chip-number {
    font-weight: 600;
    color: var(--_text-muted);
  }
  .chip input:checked + .chip-face {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .chip input:checked + .chip-face .chip-number {
    color: inherit;
  }
  .chip input:focus-visible + .chip-face {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .chip input[aria-invalid='true'] + .chip-face {
    border-color: var(--_danger);
  }
  .goals {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .goal {
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .goal h4 {
    margin-block-end: calc(var(--_space) * 0.75);
    overflow-wrap: anywhere;
  }
  .goal-grid {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .row {
    display: grid;
    grid-template-columns: 7rem minmax(8rem, 1fr) auto;
    align-items: center;
    gap: 0.25rem var(--_space);
  }
  .row .delta {
    grid-column: 2 / -1;
  }
  .delta[data-trend='up'] {
    color: var(--_success);
  }
  .number {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  input[type='number'] {
    width: 4.5em;
  }
  input[type='range'] {
    width: 100%;
    min-height: var(--_target);
    accent-color: var(--_accent);
    margin: 0;
  }
  .confidence-value {
    min-width: 2ch;
    text-align: end;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .note {
    display: grid;
    gap: 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.3rem;
    margin: 0 0 calc(var(--_space) * 2);
    border: 0;
    padding: 0;
    min-width: 0;
  }
  .field label,
  .note label,
  .row label {
    font-weight: 600;
  }
  .note label {
    font-weight: 400;
    font-size: 0.9em;
    color: var(--_text-muted);
  }
  textarea,
  input[type='number'] {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.5em;
    min-height: var(--_target);
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .chip input[aria-invalid='true'] {
    box-shadow: none;
  }
  .error {
    color: var(--_danger);
    font-size: 0.9em;
    font-weight: 600;
  }
  .error::before {
    content: '⚠ ';
  }
  .required {
    font-weight: 400;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .focus-pair {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: calc(var(--_space) * 2);
    align-items: start;
    margin-block-end: calc(var(--_space) * 2);
  }
  .focus-pair .field {
    margin: 0;
  }
  .last-focus {
    padding: calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    display: grid;
    gap: var(--_space);
  }
  .last-focus .field {
    margin: 0;
  }
  blockquote {
    margin: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_accent);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding-block-start: var(--_space);
  }
  .button.primary {
    min-height: 2.5rem;
    padding-inline: 1.25em;
    font-weight: 600;
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .error-count {
    color: var(--_danger);
  }
  .submit-error {
    margin-block-start: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .empty {
    color: var(--_text-muted);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .summary h3 {
    margin-block: calc(var(--_space) * 2) calc(var(--_space) * 0.5);
  }
  .summary h4 {
    margin-block: var(--_space) 0.25rem;
  }
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
  .goal-summary {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.35rem;
  }
  .goal-title {
    font-weight: 600;
  }
  .goal-figures {
    color: var(--_text-muted);
    margin-inline-start: 0.5em;
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
  fieldset[disabled] {
    opacity: 0.65;
  }
  @container (max-width: 36rem) {
    .focus-pair {
      grid-template-columns: 1fr;
    }
    .row {
      grid-template-columns: 1fr auto;
    }
    .row label {
      grid-column: 1 / -1;
    }
    .row .delta {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    .chip input:checked + .chip-face {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .chip input:focus-visible + .chip-face {
      outline-color: Highlight;
    }
    [aria-invalid='true'] {
      border-color: Mark;
    }
    .notice,
    .reply,
    blockquote {
      border-color: CanvasText;
    }
  }
`;
