import { css } from 'lit';

export const statesStyles = css`
  .state {
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
  }
  .state[part~='error'] {
    border: 1px solid var(--_danger);
    color: var(--_text);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .state h2 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .state p {
    margin: 0 0 0.5em;
  }
  .state details {
    margin-block: 0.5em;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .state code {
    overflow-wrap: anywhere;
  }
  .technical-details {
    font-size: var(--_text-sm, 0.875em);
    color: var(--_text-muted);
  }
  .technical-details summary {
    cursor: pointer;
    min-height: var(--_target);
    display: list-item;
  }
  .technical-details code {
    display: block;
    margin-block-start: var(--_space-1, 0.25rem);
    padding: var(--_space-1, 0.25rem) var(--_space-2, 0.5rem);
    border-radius: var(--_radius);
    background: var(--_surface-sunken, var(--_surface-raised));
    color: var(--_text);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  .skeleton-line {
    height: 1.1em;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface-raised), var(--_border), var(--_surface-raised));
    background-size: 200% 100%;
    animation: pm-shimmer 1.4s ease-in-out infinite;
  }
  .skeleton-line:nth-child(3n) {
    width: 70%;
  }
  .skeleton-line:nth-child(3n + 2) {
    width: 85%;
  }
  @keyframes pm-shimmer {
    from { background-position: 100% 0; }
    to { background-position: -100% 0; }
  }
  /* The outbox notice (renderOutboxNotice): a write waiting on this device. */
  .outbox {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_warning);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_warning-soft);
    color: var(--_text);
  }
  .outbox p {
    margin: 0;
  }
  .outbox-warning {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .skeleton-line {
      background: GrayText;
    }
  }
`;
