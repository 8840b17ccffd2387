import { css } from 'lit';

export const checkInStyles = css`
  :host {
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
  .status-box {
    display: grid;
    justify-items: end;
    gap: var(--_space-1);
    min-width: 0;
  }
  .submit-error {
    display: grid;
    gap: var(--_space-1);
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
  .field {
    display: grid;
    gap: 0.3rem;
    margin: 0 0 calc(var(--_space) * 2);
    border: 0;
    padding: 0;
    min-width: 0;
  }
  .field label {
    font-weight: 600;
  }
  input[type='number'] {
    width: 100%;
  }
  input[type='range'] {
    width: 100%;
    min-width: 0;
    min-height: var(--_target);
    accent-color: var(--_tone, var(--_accent));
    margin: 0;
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
  fieldset[disabled] {
    opacity: 0.65;
  }
  /* ── sections ── */
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-3);
    margin-block-end: var(--_space-2);
  }
  .section-head h3 {
    margin: 0;
    font-size: var(--_text-lg);
  }
  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-1) var(--_space-1) var(--_space-1) 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    border-radius: var(--_radius);
  }
  .chevron {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
    margin-block-start: -0.2em;
    margin-inline: 0.2em 0.1em;
    transition: transform 120ms ease;
  }
  .disclosure[aria-expanded='false'] .chevron {
    transform: rotate(-45deg);
  }
  :host([dir='rtl']) .disclosure[aria-expanded='false'] .chevron {
    transform: rotate(135deg);
  }
  .count {
    min-width: 1.6em;
    padding: 0 var(--_space-1);
    border-radius: 999px;
    background: var(--_surface-sunken);
    color: var(--_text-muted);
    font-size: var(--_text-xs);
    text-align: center;
  }
  .section-head .status {
    font-size: var(--_text-sm);
  }

  /* ── goals: one compact row per goal under column headers ── */
  .goal-head,
  .goal {
    display: grid;
    grid-template-columns: minmax(0, 1.5fr) minmax(0, 1fr) minmax(0, 1fr) auto;
    column-gap: var(--_space-4);
    align-items: center;
  }
  .goal-head {
    padding-block: 0 var(--_space-1);
    border-block-end: 1px solid var(--_border);
    color: var(--_text-muted);
    font-size: var(--_text-xs);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .goal-head > :last-child {
    grid-column: 3 / -1;
  }
  .scale {
    font-weight: 400;
    text-transform: none;
    letter-spacing: 0;
  }
  .goals {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .goal {
    --_tone: var(--_accent);
    row-gap: var(--_space-1);
    padding-block: var(--_space-3);
    border-block-end: 1px solid var(--_border);
  }
  .goal[data-tone='success'] { --_tone: var(--_success); }
  .goal[data-tone='warning'] { --_tone: var(--_warning); }
  .goal[data-tone='danger'] { --_tone: var(--_danger); }
  /* A grey accent makes Chromium draw a glaring light track in dark; not-started goals take the accent. */
  .goal[data-tone='neutral'] { --_tone: var(--_accent); }
  .goal-name {
    min-width: 0;
  }
  .goal h4 {
    font-size: var(--_text-md);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .goal-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-2);
    margin-block-start: 0.125rem;
  }
  .delta {
    font-size: var(--_text-xs);
  }
  .delta[data-trend='up'] {
    color: var(--_success);
  }
  .goal-progress,
  .goal-confidence {
    min-width: 0;
  }
  .progress-input,
  .goal-confidence,
  .goal-progress .pm-meter {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-width: 0;
  }
  .goal-progress .pm-meter {
    width: 100%;
  }
  .goal-progress .pm-meter > .track {
    width: auto;
  }
  /* The same trailing width beside both sliders, so the two sliders are equally long. */
  .progress-input .number,
  .confidence-value,
  .goal-progress .pm-meter > .value {
    flex: none;
    inline-size: 4.25rem;
  }
  .number {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .number input {
    padding-inline: 0.35em;
    text-align: end;
  }
  .confidence-value,
  .goal-progress .pm-meter > .value {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    text-align: start;
  }
  .source {
    display: block;
    color: var(--_text-muted);
    font-size: var(--_text-xs);
  }
  .goal-progress .error {
    margin-block-start: var(--_space-1);
  }
  .note-toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-size: var(--_text-sm);
    white-space: nowrap;
  }
  .note-toggle:hover {
    background: var(--_accent-soft);
  }
  .note,
  .key-results,
  .goal > .status-box {
    grid-column: 1 / -1;
  }
  .goal > .status-box .status {
    font-size: var(--_text-sm);
  }
  .note textarea {
    margin-block-start: var(--_space-1);
  }
  /* ── narrow and medium containers: title on its own line, progress and confidence side by side below ── */
  @container pm (max-width: 799.98px) {
    .goal-head,
    .goal {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      column-gap: var(--_space-4);
    }
    .goal-head > :first-child {
      display: none;
    }
    .goal-head > :nth-child(2) {
      grid-column: 1;
    }
    .goal-head > :last-child {
      grid-column: 2;
    }
    .goal-name {
      grid-column: 1 / -1;
      grid-row: 1;
      padding-inline-end: 5.5rem;
    }
    .goal-more {
      grid-column: 2;
      grid-row: 1;
      justify-self: end;
      align-self: start;
    }
    .goal-progress {
      grid-column: 1;
      grid-row: 2;
    }
    .goal-confidence {
      grid-column: 2;
      grid-row: 2;
    }
  }
  /* ── narrow: tighter figures beside the sliders ── */
  @container pm (max-width: 419.98px) {
    .progress-input .number,
    .confidence-value,
    .goal-progress .pm-meter > .value {
      inline-size: 3rem;
    }
    .number > span {
      display: none;
    }
    .chip-face {
      padding-inline: 0.6em;
    }
  }
  /* ── medium: the reflection's two columns stack until there is room ── */
  @container pm (max-width: 639.98px) {
    .focus-pair {
      grid-template-columns: 1fr;
    }
  }
  /* ── wide: one row per goal, the title beside its figures ── */
  @container pm (min-width: 800px) {
    .goal,
    .goal-head {
      column-gap: var(--_space-6);
    }
    .goal-more {
      justify-self: end;
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
