import { css } from 'lit';

/**
 * The styles of the survey's notices and outcomes, in their chunk: added to the shadow root (after
 * the survey's own styles, whose `.notice` they build on) when the chunk is loaded.
 */
export const surveyNoticesStyles = css`
  .notice[data-kind='submitted'] {
    border-inline-start-color: var(--_success);
  }
  .error-summary,
  .submit-error {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-3);
    margin-block: var(--_space-3);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_danger-soft);
  }
  .error-summary h3 {
    font-size: var(--_text-md);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary li {
    margin-block: var(--_space-1);
  }
  .error-summary a {
    color: var(--_text);
    font-weight: 500;
  }
  .submit-error .button {
    justify-self: start;
  }
  .thanks {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 1px solid var(--_success);
    border-inline-start-width: 4px;
    border-radius: var(--_radius-lg);
    background: var(--_success-soft);
  }
  .thanks h3::before {
    content: '✓ ';
    color: var(--_success);
  }

  @media (forced-colors: active) {
    .error-summary,
    .submit-error,
    .thanks {
      border: 1px solid CanvasText;
    }
  }
`;
