import { css } from 'lit';

/**
 * The design tokens. Hosts set the public `--pm-*` properties anywhere above the widget (they
 * inherit); widgets read only the private `--_*` copies, which fall back to light and dark
 * defaults that follow the page's `color-scheme`.
 */
export const tokenStyles = css`
  :host {
    --_font: var(--pm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--pm-font-size, 0.9375rem);
    --_text: var(--pm-color-text, light-dark(#1c2430, #e6e9ef));
    --_text-muted: var(--pm-color-text-muted, light-dark(#556070, #a5adbb));
    --_surface: var(--pm-color-surface, light-dark(#ffffff, #171a20));
    --_surface-raised: var(--pm-color-surface-raised, light-dark(#f5f7fa, #222731));
    --_border: var(--pm-color-border, light-dark(#c9d1dc, #3a4150));
    --_accent: var(--pm-color-accent, light-dark(#2457c5, #7fa6ff));
    --_accent-contrast: var(--pm-color-accent-contrast, light-dark(#ffffff, #0b1430));
    --_success: var(--pm-color-success, light-dark(#1d7a45, #5fd18f));
    --_warning: var(--pm-color-warning, light-dark(#8a5a00, #f0b84d));
    --_danger: var(--pm-color-danger, light-dark(#b3261e, #ff8a80));
    --_focus: var(--pm-color-focus, light-dark(#1a4fd6, #9dbbff));
    --_radius: var(--pm-radius, 6px);
    --_space: var(--pm-spacing, 0.5rem);
    --_target: 24px;
  }
`;

/** What every pm element's host gets: tokens, font, box model, hidden, focus ring. */
export const hostStyles = css`
  ${tokenStyles}
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    padding: 0.3em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .button:hover {
    background: var(--_surface-raised);
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    .button.primary {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
