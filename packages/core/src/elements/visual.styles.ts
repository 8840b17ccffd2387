import { css } from 'lit';

/**
 * The shared visual pieces every widget inherits (through `PmElement`'s styles):
 *
 * - **Container arrangements.** The host is an inline-size container named `pm`. Widgets lay
 *   themselves out for three widths of *their container*, not the viewport: narrow (< 420 px),
 *   medium, and wide (> 800 px). `.pm-only-wide` / `.pm-hide-narrow` show or hide a piece;
 *   `.pm-columns` is one column when narrow, two when medium, three when wide; `.pm-cluster`
 *   is a wrapping row of small things.
 * - **Avatar** (`.pm-avatar`): a real circle (`--_avatar-size`, 28 px by default, never below
 *   24 px) with legible initials or the image, tinted by `data-tone` 0–5.
 * - **Meter** (`.pm-meter`): a status-coloured progress bar (`data-tone` success | warning |
 *   danger | neutral | accent) with the number beside it.
 * - **Status pill** (`.pm-pill`) in the same tones, always with an icon or word.
 * - **Form fields** (`.pm-field`): label, control, hint and error message, aligned.
 */
export const visualStyles = css`
  :host {
    container: pm / inline-size;
  }

  /* ── container arrangements ── */
  .pm-cluster {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
    min-width: 0;
  }
  .pm-columns {
    display: grid;
    gap: var(--_space-4);
    grid-template-columns: minmax(0, 1fr);
  }
  .pm-only-wide,
  .pm-only-medium-up {
    display: none !important;
  }
  @container pm (min-width: 420px) {
    .pm-columns {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .pm-only-medium-up {
      display: revert !important;
    }
  }
  @container pm (min-width: 800px) {
    .pm-columns {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .pm-only-wide {
      display: revert !important;
    }
  }
  @container pm (max-width: 419.98px) {
    .pm-hide-narrow {
      display: none !important;
    }
  }

  /* ── avatar ── */
  .pm-avatar {
    --_hue: var(--_accent);
    flex: none;
    display: inline-grid;
    place-items: center;
    box-sizing: border-box;
    width: max(24px, var(--_avatar-size));
    height: max(24px, var(--_avatar-size));
    min-width: 24px;
    border-radius: 50%;
    overflow: hidden;
    object-fit: cover;
    background: color-mix(in srgb, var(--_hue) 20%, var(--_surface));
    color: var(--_text);
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_hue) 35%, transparent);
    font-size: calc(max(24px, var(--_avatar-size)) * 0.4);
    font-weight: 650;
    line-height: 1;
    letter-spacing: 0.02em;
    white-space: nowrap;
    user-select: none;
  }
  .pm-avatar[data-tone='1'] { --_hue: #0f8a7a; }
  .pm-avatar[data-tone='2'] { --_hue: #b8478a; }
  .pm-avatar[data-tone='3'] { --_hue: #c46a12; }
  .pm-avatar[data-tone='4'] { --_hue: #6a4fd0; }
  .pm-avatar[data-tone='5'] { --_hue: #3b8a2e; }
  .pm-avatar.small {
    --_avatar-size: 24px;
    font-size: 10px;
  }
  .pm-person {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-width: 0;
  }
  .pm-person > .name {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  /* ── meter: status-coloured progress bar with the number ── */
  .pm-meter {
    --_tone: var(--_accent);
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-width: 0;
    font-variant-numeric: tabular-nums;
  }
  .pm-meter[data-tone='success'] { --_tone: var(--_success); }
  .pm-meter[data-tone='warning'] { --_tone: var(--_warning); }
  .pm-meter[data-tone='danger'] { --_tone: var(--_danger); }
  .pm-meter[data-tone='neutral'] { --_tone: var(--_border-strong); }
  .pm-meter > .track {
    flex: 1 1 auto;
    width: var(--_meter-width, 5rem);
    min-width: 2.5rem;
    height: 0.5rem;
    border-radius: 999px;
    background: var(--_surface-sunken);
    overflow: hidden;
  }
  .pm-meter > .track > .fill {
    display: block;
    height: 100%;
    min-width: 2px;
    border-radius: inherit;
    background: var(--_tone);
    transition: width 200ms ease;
  }
  .pm-meter > .value {
    flex: none;
    min-width: 3.2ch;
    text-align: end;
    font-size: var(--_text-sm);
    font-weight: 600;
    color: var(--_text);
  }

  /* ── status pill ── */
  .pm-pill {
    --_tone: var(--_text-muted);
    --_tone-soft: var(--_surface-raised);
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    flex: none;
    padding: 0.0625rem var(--_space-2);
    border-radius: 999px;
    background: var(--_tone-soft);
    color: var(--_tone);
    font-size: var(--_text-xs);
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  .pm-pill[data-tone='success'] { --_tone: var(--_success); --_tone-soft: var(--_success-soft); }
  .pm-pill[data-tone='warning'] { --_tone: var(--_warning); --_tone-soft: var(--_warning-soft); }
  .pm-pill[data-tone='danger'] { --_tone: var(--_danger); --_tone-soft: var(--_danger-soft); }
  .pm-pill[data-tone='accent'] { --_tone: var(--_accent); --_tone-soft: var(--_accent-soft); }

  /* ── form fields ── */
  .pm-field {
    display: grid;
    gap: var(--_space-1);
    min-width: 0;
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .pm-field > .label {
    font-weight: 500;
    color: var(--_text);
  }
  .pm-field input,
  .pm-field select,
  .pm-field textarea {
    width: 100%;
    min-width: 0;
    min-height: 2rem;
    padding: var(--_space-1) var(--_space-2);
    font: inherit;
    font-size: var(--_text-md);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
  }
  .pm-field textarea {
    resize: vertical;
    min-height: 4.5rem;
  }
  .pm-field [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .pm-field .error {
    color: var(--_danger);
    font-weight: 500;
  }
  .pm-field .error::before {
    content: '⚠ ';
  }

  @media (forced-colors: active) {
    .pm-meter > .track {
      border: 1px solid CanvasText;
    }
    .pm-meter > .track > .fill {
      background: Highlight;
    }
    .pm-avatar,
    .pm-pill {
      border: 1px solid CanvasText;
    }
  }
`;
