import { css } from 'lit';

export const radarStyles = css`
  :host {
    /* Series colours: distinct in light and dark, at least 3:1 against the surface. */
    --_s-self: var(--pm-radar-self, light-dark(#1f5fbf, #8ab4ff));
    --_s-manager: var(--pm-radar-manager, light-dark(#b4460f, #ff9e6e));
    --_s-peer: var(--pm-radar-peer, light-dark(#17795a, #5fd1a0));
    --_s-direct-report: var(--pm-radar-direct-report, light-dark(#a23b84, #ec9ad4));
    --_s-other: var(--pm-radar-other, light-dark(#7d5c00, #e8c15a));
    --_s-others: var(--pm-radar-others, light-dark(#0c6f84, #6fd0e0));
    --_s-target: var(--pm-radar-target, light-dark(#4b5563, #c4cad4));
    --_s-previous: var(--pm-radar-previous, light-dark(#6b4fa0, #b9a4e8));
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
    background: var(--_surface);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
  }
  h2 {
    font-size: var(--_text-lg);
    margin: 0;
  }
  h3 {
    font-size: 1em;
    margin: 0 0 var(--_space);
  }
  h4 {
    font-size: var(--_text-sm);
    margin: 0;
  }
  .cycle {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }
  .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_warning) 8%, var(--_surface));
  }
  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 800px) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
      align-items: start;
    }
  }
  .figure {
    margin: 0;
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  .plot {
    position: relative;
    min-width: 0;
  }
  svg[part='chart'] {
    /* The geometry mirrors itself for RTL; text anchors must keep their left-to-right meaning. */
    direction: ltr;
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  figcaption {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .ring {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
  }
  .ring:last-child {
    stroke: color-mix(in srgb, var(--_text-muted) 60%, var(--_border));
  }
  .axis {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .scale-values text {
    fill: var(--_text-muted);
    font-size: 0.8em;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 3px;
  }
  .label {
    fill: var(--_text);
  }
  .series .outline {
    fill: none;
    stroke: var(--_series);
    stroke-linejoin: round;
  }
  .series[data-series='self'] .outline {
    fill: color-mix(in srgb, var(--_series) 10%, transparent);
  }
  .markers > * {
    fill: var(--_series);
    stroke: var(--_surface);
    stroke-width: 1;
  }
  .markers .hollow {
    fill: var(--_surface);
    stroke: var(--_series);
    stroke-width: 2;
  }
  .markers .stroke {
    fill: none;
    stroke: var(--_series);
    stroke-width: 2.5;
  }
  .points {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .point {
    position: absolute;
    width: 24px;
    height: 24px;
    min-width: 0;
    min-height: 0;
    padding: 0;
    margin: 0;
    transform: translate(-50%, -50%);
    border: 0;
    border-radius: 50%;
    background: transparent;
    pointer-events: auto;
  }
  .point:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 0;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    display: grid;
    gap: 0.1em;
    width: max-content;
    max-width: 14rem;
    padding: 0.4em 0.6em;
    transform: translate(12px, calc(-100% - 8px));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    font-size: var(--_text-xs);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
    pointer-events: none;
  }
  .tooltip.flip {
    transform: translate(calc(-100% - 12px), calc(-100% - 8px));
  }
  .tooltip.below {
    transform: translate(12px, 12px);
  }
  .tooltip.flip.below {
    transform: translate(calc(-100% - 12px), 12px);
  }
  .side {
    display: grid;
    /* One column no wider than the side: a long cycle name in the select does not widen it. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    min-width: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.2em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    text-align: start;
    font-size: var(--_text-sm);
  }
  .legend button[aria-pressed='false'] {
    color: var(--_text-muted);
    background: var(--_surface-raised);
    text-decoration: line-through;
  }
  .legend button[aria-pressed='false'] .swatch {
    opacity: 0.35;
  }
  .legend .note {
    display: block;
    font-size: 0.85em;
    color: var(--_text-muted);
    text-decoration: none;
  }
  .legend-note {
    display: flex;
    align-items: start;
    gap: 0.4em;
    flex-basis: 100%;
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .hidden-swatch {
    display: inline-block;
    flex: none;
    width: 28px;
    height: 12px;
    margin-top: 0.25em;
    border: 1px dashed var(--_text-muted);
    border-radius: 2px;
    background: repeating-linear-gradient(45deg, transparent 0 3px, color-mix(in srgb, var(--_text-muted) 40%, transparent) 3px 4px);
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }
  .compare {
    display: grid;
    grid-template-columns: minmax(0, auto);
    min-width: 0;
    max-width: 100%;
    gap: 0.15em;
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: var(--_target);
    padding: 0.2em 0.4em;
    max-width: 100%;
  }
  .insights {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .extremes {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .extreme {
    display: grid;
    grid-template-columns: 7.5em minmax(0, 1fr);
    gap: var(--_space);
    align-items: baseline;
  }
  dt {
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }
  dd {
    margin: 0;
  }
  .insight-group + .insight-group {
    margin-top: calc(var(--_space) * 1.5);
  }
  .help,
  .none {
    margin: 0.1em 0 0.4em;
    font-size: var(--_text-xs);
    color: var(--_text-muted);
  }
  .insights ul {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .insights li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
  }
  .insight-text {
    display: grid;
    min-width: 0;
  }
  .numbers {
    font-size: var(--_text-sm);
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .button.focus {
    font-size: var(--_text-xs);
    padding: 0.2em 0.7em;
    border-color: var(--_accent);
    color: var(--_accent);
  }
  dd .button.focus {
    margin-inline-start: var(--_space);
  }
  .tables {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    min-width: 0;
  }
  @container (max-width: 419px) {
    .extreme {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  @media print {
    .points,
    .controls,
    .button.focus,
    .tooltip {
      display: none !important;
    }
    .tables.visually-hidden {
      position: static !important;
      width: auto;
      height: auto;
      margin: 0;
      overflow: visible;
      clip: auto;
      white-space: normal;
    }
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .figure {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .series[data-series='self'] .outline {
      fill: none;
    }
    :host {
      --_s-self: CanvasText;
      --_s-manager: CanvasText;
      --_s-peer: CanvasText;
      --_s-direct-report: CanvasText;
      --_s-other: CanvasText;
      --_s-others: CanvasText;
      --_s-target: GrayText;
      --_s-previous: GrayText;
    }
    .series .outline {
      fill: none;
    }
    .ring,
    .axis {
      stroke: GrayText;
    }
    .label {
      fill: CanvasText;
    }
    .legend button[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
