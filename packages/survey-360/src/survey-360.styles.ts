import { css } from 'lit';

/** The survey's first render: an open survey's form. Its notices and outcomes bring their own styles (survey-notices.styles.ts). */
export const surveyStyles = css`
  :host {
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: var(--_text-xl);
    line-height: 1.25;
  }
  h3 {
    font-size: var(--_text-lg);
    line-height: 1.3;
  }
  .muted,
  .help,
  .hint,
  .counter,
  .page-of,
  .status {
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* ── header: title, status, progress ── */
  .header {
    display: grid;
    gap: var(--_space-2);
    margin-block-end: var(--_space-4);
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-3);
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
  .status[data-state='saved']::before {
    content: '✓';
  }
  .status[data-state='offline'],
  .status[data-state='retrying'] {
    color: var(--_warning);
  }
  .status[data-state='failed'] {
    color: var(--_danger);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .progress .pm-meter {
    flex: 1 1 10rem;
    --_meter-width: 100%;
  }

  /* ── intro: subject, relationship, confidentiality ── */
  .intro {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-3) var(--_space-4);
    margin-block-end: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_surface-raised);
  }
  .subject {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-width: 0;
    --_avatar-size: 2.5rem;
  }
  .who {
    flex: 1 1 auto;
    min-width: 0;
  }
  .name {
    font-weight: 600;
  }
  .relation {
    font-size: var(--_text-md);
  }
  .survey-intro {
    color: var(--_text-muted);
  }
  .confidentiality {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  details.confidentiality {
    display: block;
    padding-block: var(--_space-1);
  }
  details.confidentiality[open] p {
    margin-block-start: var(--_space-1);
  }
  details.confidentiality summary {
    cursor: pointer;
    font-weight: 600;
    font-size: var(--_text-sm);
    min-height: var(--_target);
    display: list-item;
  }
  .intro.compact {
    padding-block: var(--_space-2);
    gap: var(--_space-2);
  }
  .confidentiality h3 {
    font-size: var(--_text-sm);
    text-transform: none;
  }

  /* ── notices (the past-due note; the rest come with survey-notices.styles.ts) ── */
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    margin-block-end: var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .notice p {
    flex: 1 1 16rem;
  }
  .intro .notice {
    margin: 0;
  }
  .notice.warning {
    border-inline-start-color: var(--_warning);
    background: var(--_warning-soft);
  }

  /* ── sections and questions ── */
  form {
    display: grid;
    gap: var(--_space-4);
  }
  .section {
    display: grid;
    gap: var(--_space-4);
    min-width: 0;
  }
  /* On one long page, sections out of view skip layout and paint until they come near (they stay
     in the accessibility tree, focusable and findable). */
  :host([layout='single']) .section {
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
  }
  .section + .section {
    padding-block-start: var(--_space-4);
    border-block-start: 1px solid var(--_border);
  }
  .section-head {
    display: grid;
    gap: var(--_space-1);
  }
  .page-of {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: var(--_text-xs);
  }
  .question {
    display: grid;
    gap: var(--_space-2);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .q-label {
    padding: 0;
    font-weight: 500;
    line-height: 1.4;
  }
  legend {
    /* A legend does not take part in the fieldset's grid: give it the same gap below. */
    margin-block-end: var(--_space-2);
  }
  .required {
    color: var(--_danger);
    margin-inline-start: 0.2em;
  }
  .error {
    color: var(--_danger);
    font-weight: 500;
    font-size: var(--_text-sm);
  }
  .error::before {
    content: '⚠ ';
  }
  .question.unknown {
    padding: var(--_space-2) var(--_space-3);
    border: 1px dashed var(--_border-strong);
    border-radius: var(--_radius);
  }

  /* rating: points as a row of boxes (each label is the box), N/A apart at the end */
  .rating {
    gap: var(--_space-2);
  }
  .scale {
    display: flex;
    gap: var(--_space-1);
    min-width: 0;
  }
  .point {
    position: relative;
    flex: 1 1 0;
    min-width: 0;
    min-height: 2.5rem;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    padding: var(--_space-1) 0.125rem;
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: center;
    line-height: 1.5;
    cursor: pointer;
  }
  .point input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }
  .point .label {
    font-weight: 400;
    font-size: var(--_text-xs);
    color: var(--_text-muted);
    line-height: 1.25;
    /* Whole words in a scale point (no "Strongly disa-gree"); only a word longer than the point breaks. */
    overflow-wrap: break-word;
    min-width: 0;
    max-width: 100%;
    hyphens: auto;
  }
  .point.na {
    flex: 0 0 auto;
    min-width: 4.5rem;
    margin-inline-start: var(--_space-2);
  }
  .point:hover {
    border-color: var(--_accent);
  }
  .point:has(> input:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .point:has(> input:checked) .label {
    color: inherit;
  }
  .point:has(> input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .rating:disabled .point {
    opacity: 0.6;
    cursor: default;
  }
  .rating[aria-invalid='true'] .point {
    border-color: var(--_danger);
  }

  /* Anchor-only scales: the anchors sit on a line above the points; the in-box labels stay for assistive technology. */
  .anchors {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-3);
    font-size: var(--_text-xs);
    color: var(--_text-muted);
  }
  .anchors.with-na {
    padding-inline-end: calc(4.5rem + var(--_space-2));
  }
  .scale:not(.every) .point:not(.na) .label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  /* text */
  textarea {
    width: 100%;
    min-width: 0;
    min-height: 5rem;
    padding: var(--_space-2);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .counter {
    justify-self: end;
    font-variant-numeric: tabular-nums;
    font-size: var(--_text-xs);
  }
  .counter.near {
    color: var(--_warning);
    font-weight: 600;
  }

  /* choice */
  .options {
    display: grid;
    gap: var(--_space-1);
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    min-height: 2rem;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option input {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }

  /* navigation */
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_border);
  }
  .nav .spacer {
    flex: 1 1 auto;
  }
  .nav .button {
    min-height: 2.5rem;
    padding-inline: var(--_space-4);
  }

  /* ── narrow (< 420 px): labelled scales become a list; long scales wrap ── */
  @container pm (max-width: 419.98px) {
    .intro {
      padding: var(--_space-3);
    }
    .subject {
      flex-wrap: wrap;
    }
    .scale:not(.every) {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(2.75rem, 1fr));
    }
    .scale.every {
      flex-direction: column;
    }
    .scale.every .point {
      flex: 0 0 auto;
      flex-direction: row;
      justify-content: flex-start;
      gap: var(--_space-3);
      padding-inline: var(--_space-3);
      min-height: 2.75rem;
    }
    .scale.every .point .label {
      font-size: var(--_text-sm);
      text-align: start;
    }
    .point.na {
      margin-inline-start: 0;
    }
    .scale:not(.every) .point.na {
      grid-column: 1 / -1;
    }
    .anchors.with-na {
      padding-inline-end: 0;
    }
    .nav .button {
      flex: 1 1 auto;
    }
    .nav .spacer {
      display: none;
    }
  }

  /* ── wide (> 800 px): more air around the form ── */
  @container pm (min-width: 800px) {
    .intro {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      column-gap: var(--_space-6);
      align-items: start;
    }
    .intro > .subject,
    .intro > .relation,
    .intro > .notice,
    .intro > .survey-intro {
      grid-column: 1;
    }
    .intro > .confidentiality {
      grid-column: 2;
      grid-row: 1 / span 4;
    }
    .intro.compact > .confidentiality {
      grid-row: 1 / span 2;
      align-self: center;
    }
    .point {
      min-height: 3rem;
    }
    .scale,
    .anchors {
      max-width: calc(var(--points) * 7.5rem + 6rem);
    }
  }

  @media (forced-colors: active) {
    .point {
      border-color: ButtonText;
    }
    .point:has(> input:checked) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .point:has(> input:focus-visible) {
      outline-color: Highlight;
    }
    .confidentiality,
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;
