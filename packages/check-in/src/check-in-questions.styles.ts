import { css } from 'lit';

/**
 * What only the custom questions need, in their chunk: added to the shadow root (after the
 * check-in's own styles) when the questions are loaded. Mood chips are never in a `.field` and are
 * never invalid, so these rules touch nothing else.
 */
export const checkInQuestionsStyles = css`
  .field .chip {
    font-weight: 400;
  }
  .chip input[aria-invalid='true'] + .chip-face {
    border-color: var(--_danger);
  }
  .chip input[aria-invalid='true'] {
    box-shadow: none;
  }
`;
