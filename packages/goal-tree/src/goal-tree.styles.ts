import { css } from 'lit';

export const goalTreeStyles = css`
  :host {
    --_row-height: var(--pm-goal-tree-row-height, 3.5rem);
    --_tree-height: var(--pm-goal-tree-height, 28rem);
    --_indent: var(--pm-goal-tree-indent, 1.25rem);
    container-type: inline-size;
  }
  .base {
    display: grid;
    gap: var(--_space);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }
  .filter {
    display: grid;
    gap: 0.15em;
    flex: 1 1 14rem;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: var(--_target);
    padding: 0.25em 0.5em;
  }
  .filter input {
    font-size: var(--_font-size);
  }
  .count {
    font-size: 0.875em;
    color: var(--_text-muted);
    min-height: 1.45em;
  }
  .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_warning) 8%, var(--_surface));
  }
  .panes {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 56rem) {
    .panes {
      grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr);
      align-items: start;
    }
  }
  .viewport {
    position: relative;
    height: var(--_tree-height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overscroll-behavior: contain;
  }
  .viewport:focus-visible {
    outline-offset: -2px;
  }
  .spacer {
    position: relative;
    min-width: 100%;
  }
  .row {
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: var(--_row-height);
    display: grid;
    grid-template-columns: var(--_target) minmax(0, 1fr);
    grid-template-rows: 1fr 1fr;
    column-gap: 0.35em;
    align-items: center;
    padding-inline: 0.5em;
    padding-inline-start: calc(0.25em + (var(--_level) - 1) * var(--_indent));
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    cursor: default;
    contain: strict;
    outline: none;
  }
  .row:hover {
    background: var(--_surface-raised);
  }
  .row[aria-selected='true'] {
    background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  :host([dir='rtl']) .row[aria-selected='true'] {
    box-shadow: inset -3px 0 0 var(--_accent);
  }
  .row:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .toggle {
    grid-row: 1 / span 2;
    display: inline-grid;
    place-items: center;
    width: var(--_target);
    height: var(--_target);
    border-radius: var(--_radius);
    color: var(--_text-muted);
    cursor: pointer;
    transition: transform 120ms ease;
  }
  .toggle:hover {
    background: var(--_border);
  }
  .toggle.leaf {
    cursor: default;
    visibility: hidden;
  }
  :host([dir='rtl']) .toggle {
    transform: scaleX(-1);
  }
  .row[aria-expanded='true'] .toggle {
    transform: rotate(90deg);
  }
  .line {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-width: 0;
    white-space: nowrap;
    overflow: hidden;
  }
  .line.meta {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .title {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    min-width: 0;
  }
  .badge {
    flex: none;
    font-size: 0.75em;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_text-muted);
  }
  .badge.warn {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  .owner {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    flex: 0 1 auto;
    min-width: 1.9em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_text);
  }
  .status {
    display: inline-flex;
    gap: 0.25em;
    align-items: center;
    flex: none;
  }
  .status .icon {
    font-size: 0.9em;
  }
  .status[data-status='on-track'] .icon,
  .status[data-status='done'] .icon,
  .pace[data-pace='ahead'] .icon,
  .pace[data-pace='done'] .icon {
    color: var(--_success);
  }
  .status[data-status='at-risk'] .icon,
  .pace[data-pace='at-risk'] .icon {
    color: var(--_warning);
  }
  .status[data-status='off-track'] .icon,
  .pace[data-pace='behind'] .icon {
    color: var(--_danger);
  }
  .progress {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    flex: none;
    color: var(--_text);
  }
  .bar {
    width: 4.5rem;
    height: 0.5rem;
    border-radius: 999px;
    background: var(--_surface-raised);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--_accent);
  }
  .pace {
    display: inline-flex;
    gap: 0.25em;
    flex: none;
  }
  .details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    background: var(--_surface);
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .details h2 {
    font-size: 1.1em;
    margin: 0;
  }
  .details h3 {
    font-size: 0.95em;
    margin: 0.5em 0 0.25em;
  }
  .details p {
    margin: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em 0.75em;
    margin: 0;
  }
  .facts dt {
    color: var(--_text-muted);
  }
  .facts dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.6em;
    align-items: center;
  }
  ul.plain {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  .kr {
    display: grid;
    gap: 0.15em;
  }
  .kr .bar {
    width: 100%;
  }
  .muted {
    color: var(--_text-muted);
    font-size: 0.875em;
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
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
    margin-block-start: 0.5em;
  }
  th,
  td {
    text-align: start;
    padding: 0.25em 0.4em;
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
  tr.excluded td.reason {
    text-decoration: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  form.edit {
    display: grid;
    gap: var(--_space);
  }
  form.edit label,
  dialog label {
    display: grid;
    gap: 0.15em;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  form.edit input,
  form.edit select,
  dialog input,
  dialog select {
    font-size: var(--_font-size);
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
  @media (forced-colors: active) {
    .bar > span {
      background: Highlight;
    }
    .row[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .row:focus-visible {
      outline-color: CanvasText;
    }
  }
`;
