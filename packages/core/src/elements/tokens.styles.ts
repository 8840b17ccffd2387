import { css } from 'lit';

/**
 * The design tokens. Hosts set the public `--pm-*` properties anywhere above the widget (they
 * inherit); widgets read only the private `--_*` copies, which fall back to light and dark
 * defaults that follow the page's `color-scheme`.
 *
 * - **Spacing**: one unit (`--pm-spacing`, 0.5rem) and its multiples `--_space-1` (½) … `--_space-6` (3×).
 * - **Type**: five sizes, `--_text-xs` (≈12 px), `--_text-sm` (13), `--_text-md` (15, the body),
 *   `--_text-lg` (17) and `--_text-xl` (20), all scaled from `--pm-font-size`.
 * - **Colour**: neutrals for structure; accent for the primary action and focus; success, warning
 *   and danger for status, each with a `-soft` background on which its own colour stays AA.
 *   Dark is a designed theme (deep blue-grey surfaces, softened status hues), not an inversion.
 * - **Theme**: light or dark follows the inherited `color-scheme`; `<pm-provider theme="light|dark|auto">` sets it.
 * - **Density**: `--pm-density` scales spacing (1 comfortable, 0.7 compact; `<pm-provider density="compact">`).
 *   Targets stay at least 24 px (WCAG 2.5.8) whatever the density.
 * - **Shape and depth**: `--pm-radius` (6 px), `--pm-elevation` (the raised surfaces' shadow),
 *   `--pm-focus-width` and `--pm-color-focus` (the focus ring).
 *
 * The full list, with light and dark values, is in docs/theming.md.
 */
export const tokenStyles = css`
  :host {
    --_font: var(--pm-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--pm-font-size, 0.9375rem);
    --_text-xs: calc(var(--_font-size) * 0.8);
    --_text-sm: calc(var(--_font-size) * 0.8667);
    --_text-md: var(--_font-size);
    --_text-lg: calc(var(--_font-size) * 1.1333);
    --_text-xl: calc(var(--_font-size) * 1.3333);
    --_text: var(--pm-color-text, light-dark(#1c2430, #e4e8ef));
    --_text-muted: var(--pm-color-text-muted, light-dark(#4f5a6a, #a3acbb));
    --_surface: var(--pm-color-surface, light-dark(#ffffff, #161a21));
    --_surface-raised: var(--pm-color-surface-raised, light-dark(#f4f6f9, #1f242d));
    --_surface-sunken: var(--pm-color-surface-sunken, light-dark(#e9edf2, #10131a));
    --_border: var(--pm-color-border, light-dark(#d5dbe4, #323a47));
    --_border-strong: var(--pm-color-border-strong, light-dark(#7d8797, #6f7a8c));
    --_accent: var(--pm-color-accent, light-dark(#2457c5, #86a9ff));
    --_accent-contrast: var(--pm-color-accent-contrast, light-dark(#ffffff, #0b1430));
    --_accent-soft: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
    --_success: var(--pm-color-success, light-dark(#1b7340, #5fcf8c));
    --_warning: var(--pm-color-warning, light-dark(#8a5300, #eeb550));
    --_danger: var(--pm-color-danger, light-dark(#b3261e, #ff8f85));
    --_success-soft: color-mix(in srgb, var(--_success) 13%, var(--_surface));
    --_warning-soft: color-mix(in srgb, var(--_warning) 13%, var(--_surface));
    --_danger-soft: color-mix(in srgb, var(--_danger) 13%, var(--_surface));
    --_focus: var(--pm-color-focus, light-dark(#1a4fd6, #a3bfff));
    --_radius: var(--pm-radius, 6px);
    --_radius-lg: calc(var(--_radius) * 1.5);
    --_space: var(--pm-spacing, calc(0.5rem * var(--pm-density, 1)));
    --_space-1: calc(var(--_space) * 0.5);
    --_space-2: var(--_space);
    --_space-3: calc(var(--_space) * 1.5);
    --_space-4: calc(var(--_space) * 2);
    --_space-6: calc(var(--_space) * 3);
    --_shadow: var(--pm-elevation, 0 1px 2px light-dark(rgb(16 24 40 / 0.06), rgb(0 0 0 / 0.4)));
    --_focus-width: var(--pm-focus-width, 2px);
    --_target: 24px;
    --_avatar-size: 1.75rem;
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
    /* Transparent on the page by default; a provider with an explicit theme paints its surface. */
    background: var(--pm-widget-background, transparent);
  }
  :host([hidden]) {
    display: none !important;
  }
  /* In a right-to-left widget, data written left to right (a question, a goal title) keeps its own
     direction, so its full stop and brackets stay on the right side of the words. */
  :host(:dir(rtl)) :is(p, h1, h2, h3, h4, legend, blockquote) {
    unicode-bidi: plaintext;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
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
    gap: var(--_space-1);
    min-height: 2rem;
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: var(--_text-sm);
    font-weight: 500;
    white-space: nowrap;
  }
  .button:hover {
    background: var(--_surface-raised);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 88%, var(--_text));
  }
  .button.quiet {
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
  }
  .button.quiet:hover {
    background: var(--_accent-soft);
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
