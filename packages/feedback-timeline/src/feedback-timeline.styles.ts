import { css } from 'lit';

export const feedbackTimelineStyles = css`
  :host {
    display: block;
    background: var(--_surface);
    --_kind: var(--_text-muted);
  }
  h2, h3, p, ul, fieldset { margin: 0; }
  ul { padding: 0; list-style: none; }
  fieldset { border: 0; padding: 0; min-width: 0; }
  legend { padding: 0; font-size: var(--_text-sm); font-weight: 600; margin-block-end: var(--_space-1); }
  svg { width: 1em; height: 1em; flex: none; fill: none; stroke: currentColor; stroke-width: 1.5; stroke-linejoin: round; }
  .muted, .hint { color: var(--_text-muted); font-size: var(--_text-sm); }
  .section-heading { font-size: var(--_text-md); font-weight: 600; }
  .link-button {
    min-height: var(--_target);
    padding: 0 var(--_space-1);
    margin-inline-start: calc(-1 * var(--_space-1));
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: var(--_text-sm);
    font-weight: 500;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :focus-visible { outline: 2px solid var(--_focus); outline-offset: 2px; }

  /* ── kinds: icon and word, tinted but never by colour alone ── */
  [data-kind='praise'] { --_kind: var(--_success); }
  [data-kind='recognition'] { --_kind: light-dark(#6a4fd0, #b7a6ff); }
  [data-kind='constructive'] { --_kind: var(--_warning); }
  [data-kind='coaching'] { --_kind: var(--_accent); }
  [data-kind='note'], [data-kind='other'] { --_kind: var(--_text-muted); }

  /* ── filters ── */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-4);
    margin-block-end: var(--_space-3);
  }
  .kind-filters { display: flex; flex-wrap: wrap; gap: var(--_space-1); min-width: 0; }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-height: 2rem;
    padding: 0 var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: var(--_text-sm);
  }
  .chip svg { color: var(--_kind); }
  .chip:hover { background: var(--_surface-raised); }
  .chip[aria-pressed='true'] { border-color: var(--_accent); background: var(--_accent-soft); color: var(--_text); font-weight: 600; box-shadow: inset 0 0 0 1px var(--_accent); }
  .chip .count { color: var(--_text-muted); font-variant-numeric: tabular-nums; font-weight: 400; }
  .dates { display: flex; flex-wrap: wrap; gap: var(--_space-2); font-size: var(--_text-sm); color: var(--_text-muted); }
  .dates label { display: inline-flex; align-items: center; gap: var(--_space-1); }
  .dates input, select, textarea {
    min-height: 2rem;
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: var(--_text-sm);
    padding: 0 var(--_space-1);
    max-width: 100%;
  }
  .field-error, .give-error { color: var(--_danger); font-size: var(--_text-sm); font-weight: 500; }
  .notice { padding: var(--_space-2) var(--_space-3); margin-block-end: var(--_space-2); border-radius: var(--_radius); background: var(--_warning-soft); color: var(--_text); font-size: var(--_text-sm); }

  /* ── the feed ── */
  .feed {
    position: relative;
    max-height: var(--pm-feedback-timeline-height, 36rem);
    overflow-y: auto;
    overflow-x: hidden;
    overflow-anchor: none;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_surface);
  }
  .sticky-month {
    position: sticky;
    top: 0;
    z-index: 2;
    height: 36px;
    margin-block-end: -36px;
    display: flex;
    align-items: center;
    padding-inline: var(--_space-3);
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
    font-size: var(--_text-sm);
    font-weight: 600;
    pointer-events: none;
  }
  .spacer { position: relative; overflow: clip; }
  .window { position: absolute; inset-inline: 0; top: 0; }
  .month {
    height: 40px;
    box-sizing: border-box;
    display: flex;
    align-items: flex-end;
    padding: 0 var(--_space-3) var(--_space-1);
    font-size: var(--_text-sm);
    font-weight: 600;
    color: var(--_text-muted);
  }
  .row { padding: var(--_space-1) var(--_space-2); }
  .entry {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start: 3px solid var(--_kind);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    min-width: 0;
    cursor: default;
  }
  .entry:focus-visible { outline-offset: 1px; }
  .entry[aria-busy='true'] { opacity: 0.75; }
  .entry-head { display: flex; align-items: flex-start; gap: var(--_space-2); min-width: 0; }
  .entry-title { flex: 1; min-width: 0; }
  .entry-heading { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 var(--_space-2); font-size: var(--_text-md); font-weight: 600; line-height: 1.35; }
  .kind { display: inline-flex; align-items: center; gap: var(--_space-1); color: var(--_kind); font-size: var(--_text-sm); font-weight: 600; }
  .kind svg { align-self: center; }
  .from { overflow-wrap: anywhere; color: var(--_text); }
  .entry-meta { display: flex; flex-wrap: wrap; gap: 0 var(--_space-3); color: var(--_text-muted); font-size: var(--_text-xs); }
  .visibility { display: inline-flex; align-items: center; gap: var(--_space-1); }
  .entry-avatar-none { background: var(--_surface-sunken); color: var(--_text-muted); }
  .entry-body { white-space: pre-line; overflow-wrap: anywhere; line-height: 1.5; }
  .entry-body.collapsed { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 5; line-clamp: 5; overflow: hidden; }
  .entry-question { font-size: var(--_text-sm); color: var(--_text-muted); font-style: italic; overflow-wrap: anywhere; }
  .more { justify-self: start; }
  .tags { display: flex; flex-wrap: wrap; gap: var(--_space-1); }
  .tag { padding: 0 var(--_space-2); border-radius: 999px; border: 1px solid var(--_border); font-size: var(--_text-xs); line-height: 1.6; color: var(--_text); background: var(--_surface); overflow-wrap: anywhere; }
  .tag.unknown { border-style: dashed; color: var(--_text-muted); }
  .entry-link { font-size: var(--_text-sm); color: var(--_accent); }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-height: 2.5rem;
    padding: var(--_space-2);
    color: var(--_text-muted);
    font-size: var(--_text-sm);
    text-align: center;
  }
  .footer:focus-visible { outline-offset: -2px; }
  .footer-error { color: var(--_danger); }
  .spinner { width: 0.9em; height: 0.9em; border: 2px solid var(--_border); border-top-color: var(--_accent); border-radius: 50%; animation: spin 0.8s linear infinite; }
  @keyframes spin { to { transform: rotate(1turn); } }
  .empty { text-align: center; display: grid; gap: var(--_space-2); justify-items: center; }

  /* ── requests, composer, ask ── */
  .requests, .composer, .ask {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    margin-block-end: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_surface-raised);
  }
  .requests { border-color: color-mix(in srgb, var(--_accent) 45%, var(--_border)); }
  .requests ul { display: grid; gap: var(--_space-2); }
  .request { display: flex; align-items: flex-start; gap: var(--_space-2); }
  .request-text { flex: 1; min-width: 0; }
  .request-from { font-size: var(--_text-sm); font-weight: 600; }
  .request-question { overflow-wrap: anywhere; }

  /* ── container arrangements ── */
  @container pm (max-width: 419.98px) {
    .entry-meta .absolute { display: none; }
    .row { padding-inline: var(--_space-1); }
    .entry { padding: var(--_space-2); }
    .entry-head > .pm-avatar, .entry-head > img { --_avatar-size: 1.5rem; }
    .filters { align-items: stretch; }
    .dates label { flex: 1 1 8rem; }
    .dates input { flex: 1; min-width: 0; }
    .chip { padding: 0 var(--_space-1); }
  }

  @container pm (min-width: 800px) {
    .row { padding-inline: var(--_space-3); }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner { animation: none; }
  }
  @media (forced-colors: active) {
    .entry { border-inline-start-color: CanvasText; }
    .chip[aria-pressed='true'] { forced-color-adjust: none; background: Highlight; color: HighlightText; border-color: Highlight; }
    .sticky-month { background: Canvas; }
  }
`;
