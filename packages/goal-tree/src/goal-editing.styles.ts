import { css } from 'lit';

/** The edit form, the dialogs and the save messages (goal-editing.ts, loaded on demand with it). */
export const editingStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  form.edit {
    display: grid;
    gap: var(--_space-3);
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_border);
  }
  form.edit h3 {
    margin: 0;
  }
  fieldset.section {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0 0 var(--_space-3);
    border: none;
    border-block-end: 1px solid var(--_border);
    min-width: 0;
  }
  fieldset.section > legend {
    padding: 0;
    margin-block-end: var(--_space-2);
    font-size: var(--_text-xs);
    font-weight: 650;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_text-muted);
  }
  .field-row {
    display: grid;
    gap: var(--_space-3);
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
  }
  .pm-field .hint {
    font-size: var(--_text-xs);
  }
  .kr-edit {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    min-width: 0;
  }
  .kr-head {
    display: flex;
    gap: var(--_space-2);
    align-items: end;
  }
  .kr-head .pm-field {
    flex: 1 1 auto;
  }
  .kr-tools {
    display: inline-flex;
    flex: none;
    gap: 2px;
  }
  .kr-values {
    grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr));
  }
  .button.icon {
    min-width: 2rem;
    padding-inline: var(--_space-1);
  }
  .button.danger {
    color: var(--_danger);
  }
  label.check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 2rem;
    align-self: end;
    font-size: var(--_text-sm);
  }
  label.check input {
    min-height: 0;
    width: 1.125rem;
    height: 1.125rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    max-width: 100%;
    padding-inline-start: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-raised);
    font-size: var(--_text-sm);
  }
  .chip > span {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .form-error {
    margin: 0;
    color: var(--_danger);
    font-weight: 500;
    font-size: var(--_text-sm);
  }
  .save-row {
    align-items: center;
  }
  .save-status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
    min-width: 0;
  }
  .save-status .effect {
    flex-basis: 100%;
    font-size: var(--_text-sm);
  }
  .save-status[data-kind='saved'] .muted {
    color: var(--_success);
    font-weight: 500;
  }
  .actions.structure {
    padding-block-start: var(--_space-1);
  }
  .read-only {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  dialog label {
    display: grid;
    gap: var(--_space-1);
    font-size: var(--_text-sm);
    color: var(--_text);
  }
  dialog input,
  dialog select {
    font-size: var(--_text-md);
  }
  .message {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .message[data-kind='error'],
  .message[data-kind='conflict'] {
    border-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .message p {
    margin: 0;
    flex: 1 1 16rem;
  }
  /* A conflict: the reader's values beside the stored ones. */
  .conflict {
    flex: 1 1 100%;
    width: 100%;
    margin-block-start: var(--_space-2);
    border-collapse: collapse;
    font-size: var(--_text-sm);
  }
  .conflict th,
  .conflict td {
    padding: calc(var(--_space) / 2) var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  dialog {
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    width: min(32rem, calc(100vw - 2rem));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog h2 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  dialog form {
    display: grid;
    gap: var(--_space);
  }
  fieldset.candidates {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-height: 16rem;
    overflow: auto;
    margin: 0;
    display: grid;
    gap: 0.15em;
  }
  fieldset.candidates label {
    display: flex;
    flex-direction: row;
    gap: 0.5em;
    align-items: center;
    color: var(--_text);
    min-height: var(--_target);
  }
`;
