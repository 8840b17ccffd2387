import { css } from 'lit';

export const goalTreeStyles = css`
  :host {
    --_tree-height: var(--pm-goal-tree-height, 28rem);
  }
  .base {
    display: grid;
    gap: var(--_space-2);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2);
  }
  .filter {
    display: grid;
    gap: var(--_space-1);
    flex: 1 1 12rem;
    min-width: 0;
    font-size: var(--_text-sm);
    font-weight: 500;
    color: var(--_text);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    min-height: 2rem;
    padding: var(--_space-1) var(--_space-2);
    max-width: 100%;
  }
  @container pm (max-width: 419.98px) {
    .filter {
      flex-basis: 100%;
    }
  }
  .filter input {
    font-size: var(--_text-md);
    width: 100%;
  }
  .count {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
    min-height: 1.45em;
  }
  .count:empty {
    display: none;
  }
  .notice {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_warning-soft);
  }
  .panes {
    display: grid;
    gap: var(--_space-4);
    grid-template-columns: minmax(0, 1fr);
  }
  @container pm (min-width: 1000px) {
    .panes {
      grid-template-columns: minmax(0, 1fr) minmax(20rem, 26rem);
      align-items: stretch;
    }
  }
  .viewport {
    position: relative;
    height: var(--_tree-height);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_surface);
    overscroll-behavior: contain;
    container: tree / inline-size;
  }
  .viewport:focus-visible {
    outline-offset: -2px;
  }
  .spacer {
    position: relative;
    min-width: 100%;
  }

  /*
   * Rows. Narrow (tree < 440 px): the title on up to two lines, then status, progress and due
   * date; the owner, level and pace are in the details. Medium: the title and the owner's
   * avatar, then status, progress, due date and pace. Wide (≥ 960 px): aligned columns for
   * owner, status, progress and due date; level and pace under the title.
   */
  .row {
    --_indent-now: var(--pm-goal-tree-indent, 0.625rem);
    position: absolute;
    inset-inline: 0;
    top: 0;
    height: var(--pm-goal-tree-row-height, 4.75rem);
    display: grid;
    grid-template-columns: var(--_target) max-content minmax(4.25rem, 1fr) minmax(0, max-content);
    grid-template-rows: auto auto;
    grid-template-areas:
      'toggle title title title'
      'toggle status progress due';
    align-content: center;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    padding-inline-start: calc(var(--_space-1) + (var(--_level) - 1) * var(--_indent-now));
    border-block-end: 1px solid var(--_border);
    cursor: default;
    contain: strict;
    outline: none;
    background: var(--_surface);
  }
  .row > .cell {
    min-width: 0;
    display: flex;
    align-items: center;
  }
  .row .progress-cell .progress {
    display: flex;
    width: 100%;
  }
  .row .progress-cell .pm-meter {
    width: 100%;
    max-width: 10rem;
  }
  .row .progress-cell .track {
    flex: 1 1 auto;
    width: auto;
    min-width: 1.25rem;
  }
  .row > .title { grid-area: title; }
  .row > .sub { grid-area: sub; display: none; }
  .row > .owner-cell { grid-area: owner; display: none; }
  .row > .status-cell { grid-area: status; }
  .row > .progress-cell { grid-area: progress; }
  .row > .due-cell { grid-area: due; }
  .row > .pace-cell { grid-area: pace; display: none; }

  .due-cell,
  .pace-cell {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
    white-space: nowrap;
    overflow: hidden;
  }
  .pace-cell .pace .icon {
    margin-inline-end: var(--_space-1);
  }
  .pace-cell .pace {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .due-cell bdi {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  @container tree (min-width: 440px) {
    .row {
      --_indent-now: var(--pm-goal-tree-indent, 1.25rem);
      height: var(--pm-goal-tree-row-height, 3.75rem);
      grid-template-columns: var(--_target) max-content 8.5rem max-content minmax(0, 1fr) max-content;
      grid-template-areas:
        'toggle title title title title owner'
        'toggle status progress due pace pace';
      column-gap: var(--_space-3);
    }
    .row > .owner-cell { display: flex; }
    .row > .pace-cell { display: flex; }
    .row .owner .name { display: none; }
    .row > .title {
      -webkit-line-clamp: 1;
      line-clamp: 1;
    }
  }
  @container tree (min-width: 960px) {
    .row {
      height: var(--pm-goal-tree-row-height, 3.5rem);
      grid-template-columns: var(--_target) max-content minmax(0, 1fr) 8.5rem 7rem 8rem 8rem;
      grid-template-areas:
        'toggle title title owner status progress due'
        'toggle sub pace owner status progress due';
      row-gap: 0;
    }
    .row > .sub { display: flex; }
    .row .owner .name { display: inline; }
    .row > .owner-cell,
    .row > .status-cell,
    .row > .progress-cell,
    .row > .due-cell {
      grid-row: 1 / span 2;
    }
    .row > .title {
      align-self: end;
    }
    .row > .sub,
    .row > .pace-cell {
      align-self: start;
      font-size: var(--_text-xs);
    }
  }
  .row:hover {
    background: var(--_surface-raised);
  }
  .row[aria-selected='true'] {
    background: var(--_accent-soft);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  :host([dir='rtl']) .row[aria-selected='true'] {
    box-shadow: inset -3px 0 0 var(--_accent);
  }
  .row:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  /* A long title shows in full while its row has keyboard focus (hover shows it as a tooltip). */
  .row:focus-visible {
    contain: size layout style;
    overflow: visible;
    z-index: 1;
  }
  .row:focus-visible > .title {
    -webkit-line-clamp: unset;
    line-clamp: unset;
    align-self: start;
    position: relative;
    z-index: 1;
    background: var(--_surface);
    box-shadow: 0 0 0 var(--_space-1) var(--_surface), 0 4px 12px light-dark(rgb(16 24 40 / 0.18), rgb(0 0 0 / 0.6));
    border-radius: 2px;
  }
  .toggle {
    grid-area: toggle;
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
  .title {
    font-weight: 600;
    line-height: 1.3;
    min-width: 0;
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow-wrap: anywhere;
  }
  .sub {
    align-items: center;
    gap: var(--_space-2);
    min-width: 0;
    font-size: var(--_text-xs);
    color: var(--_text-muted);
    white-space: nowrap;
    overflow: hidden;
  }
  .badge {
    flex: none;
    font-size: var(--_text-xs);
    padding: 0 var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_text-muted);
  }
  .badge.warn {
    border-color: var(--_warning);
    color: var(--_warning);
  }
  .owner {
    font-size: var(--_text-sm);
    min-width: 0;
  }
  .status .icon {
    font-size: 0.95em;
  }
  .pace {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-width: 0;
  }
  .pace[data-pace='ahead'] .icon {
    color: var(--_success);
  }
  .pace[data-pace='at-risk'] .icon {
    color: var(--_warning);
  }
  .pace[data-pace='behind'] .icon {
    color: var(--_danger);
  }
  .pace[data-pace='behind'],
  .pace[data-pace='at-risk'] {
    color: var(--_text);
  }
  .details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    padding: var(--_space-4);
    background: var(--_surface);
    display: grid;
    gap: var(--_space-3);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  @container pm (max-width: 419.98px) {
    .details {
      padding: var(--_space-3);
    }
  }
  .details {
    align-content: start;
  }
  .details.empty {
    place-content: center;
    text-align: center;
    min-height: 8rem;
  }
  .details h2 {
    font-size: var(--_text-lg);
    line-height: 1.3;
    margin: 0;
  }
  .details p {
    margin: 0;
  }
  /* The details' code could not be fetched: the alert reads as every other one (states styles). */
  .details .state h2 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .details .state p {
    margin: 0 0 0.5em;
  }
  .muted {
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }
  @media (forced-colors: active) {
    .row[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .row:focus-visible {
      outline-color: CanvasText;
    }
  }
`;
