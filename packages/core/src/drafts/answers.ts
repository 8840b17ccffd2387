import type { Answer } from '../schemas/question.js';

/** True when text is missing or only whitespace. */
export const isBlank = (value: string | undefined) => !value || value.trim() === '';

/** True when a required question has an answer (a chosen "N/A", `null`, is checked separately). */
export const isAnswered = (answer: Answer | undefined) =>
  answer !== undefined && answer !== '' && !(Array.isArray(answer) && answer.length === 0) &&
  !(typeof answer === 'string' && answer.trim() === '');
