import { css } from 'lit';

/**
 * What only a goal's key results need, in their chunk: added to the shadow root (after the
 * check-in's own styles) when the key results are loaded. Their place in the goal's row
 * (`.key-results` spans it) stays with the check-in's styles, for the placeholder and the error.
 */
export const checkInKeyResultsStyles = css`
  .key-results {
    list-style: none;
    margin: var(--_space-1) 0 0;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    display: grid;
    gap: var(--_space-1);
  }
  .key-result {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
    font-size: var(--_text-sm);
  }
  .key-result .error {
    grid-column: 1 / -1;
  }
  .kr-title {
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  .kr-value {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .kr-value input[type='number'] {
    inline-size: 6rem;
  }
  .kr-value input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_tone);
  }
  .kr-target {
    min-inline-size: 5rem;
    color: var(--_text-muted);
  }
  @container pm (max-width: 419.98px) {
    .key-result {
      grid-template-columns: 1fr;
    }
  }
`;
