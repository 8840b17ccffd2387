import { css } from 'lit';

/**
 * The styles of the toolbar, the composer and the ask form, in the composer's chunk: added to the
 * shadow root (after the timeline's own styles) when the composer is created.
 */
export const composerStyles = css`
  .toolbar { display: flex; flex-wrap: wrap; gap: var(--_space-2); margin-block-end: var(--_space-3); }
  .composer-top { display: flex; justify-content: space-between; align-items: center; gap: var(--_space-2); }
  .composer-form, .ask form { display: grid; gap: var(--_space-3); }
  .kind-options { display: flex; flex-wrap: wrap; gap: var(--_space-1); }
  .kind-option {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-height: 2rem;
    padding: 0 var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: var(--_text-sm);
    cursor: pointer;
  }
  .kind-option svg { color: var(--_kind); }
  .kind-option.checked { border-color: var(--_accent); background: var(--_accent-soft); font-weight: 600; box-shadow: inset 0 0 0 1px var(--_accent); }
  .kind-option:focus-within { outline: 2px solid var(--_focus); outline-offset: 2px; }
  .kind-option input { position: absolute; opacity: 0; width: 1px; height: 1px; }
  .sbi { display: grid; gap: var(--_space-2); grid-template-columns: minmax(0, 1fr); }
  .sbi-intro { padding-inline-start: var(--_space-2); border-inline-start: 3px solid var(--_accent); }
  textarea { width: 100%; box-sizing: border-box; padding: var(--_space-1) var(--_space-2); resize: vertical; line-height: 1.45; }
  textarea[aria-invalid='true'] { border-color: var(--_danger); }
  .composer-options { display: flex; flex-wrap: wrap; gap: var(--_space-2) var(--_space-4); align-items: flex-start; }
  .tag-picker { flex: 1 1 16rem; min-width: 0; }
  .tag-picker summary { min-height: var(--_target); display: flex; align-items: center; cursor: pointer; color: var(--_accent); font-size: var(--_text-sm); font-weight: 500; }
  .tag-picker fieldset { margin-block-start: var(--_space-2); }
  .check { display: inline-flex; align-items: center; gap: var(--_space-1); min-height: var(--_target); font-size: var(--_text-sm); }
  .check input { width: 1rem; height: 1rem; margin: 0; accent-color: var(--_accent); }
  .visibility-pick { display: inline-flex; align-items: center; gap: var(--_space-2); font-size: var(--_text-sm); }
  .composer-actions { display: flex; flex-wrap: wrap; align-items: center; justify-content: flex-end; gap: var(--_space-2); }
  .composer-actions .status { margin-inline-end: auto; color: var(--_text-muted); font-size: var(--_text-sm); }
  .ask-people { display: grid; gap: 0 var(--_space-3); grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); max-height: 12rem; overflow-y: auto; }
  .person-option .pm-avatar { --_avatar-size: 1.5rem; }
  @container pm (min-width: 800px) {
    .sbi { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  }
  @media (forced-colors: active) {
    .kind-option.checked { forced-color-adjust: none; background: Highlight; color: HighlightText; border-color: Highlight; }
  }
`;
