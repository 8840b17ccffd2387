import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Answer, Answers, Question } from '@pm-widgets/core';
import { describedBy, type CheckInFormHandlers, type CheckInFormState } from './check-in-form.js';
import { RATING_SCALE } from './types.js';
export { checkInQuestionsStyles } from './check-in-questions.styles.js';

/** The organisation's custom questions, the body of their section: free text, rating (with optional N/A) or choice. */
export function renderQuestions(state: CheckInFormState, on: CheckInFormHandlers): TemplateResult[] {
  const { context, draft } = state;
  return context.questions.map((q, i) => renderQuestion(state, q, i, draft.answers[q.id], on));
}

function renderQuestion({ text: t, errors }: CheckInFormState, q: Question, i: number, answer: Answer | undefined, on: CheckInFormHandlers): TemplateResult {
  const id = `q-${i}`;
  const error = errors.get(id);
  const invalid = error ? 'true' : 'false';
  const describedByIds = describedBy(q.help && `${id}-help`, error && `${id}-error`);
  const label = html`${q.text}${q.required ? html` <span class="required">(${t.required})</span>` : nothing}`;
  const help = q.help ? html`<p class="help" id="${id}-help">${q.help}</p>` : nothing;
  const message = error ? html`<p class="error" part="error-message" id="${id}-error">${error}</p>` : nothing;
  if (q.kind === 'text') {
    return html`<div class="field" part="question">
      <label for=${id}>${label}</label>${help}
      <textarea id=${id} rows="2" data-question=${q.id} ?required=${q.required} .value=${live(typeof answer === 'string' ? answer : '')}
        @input=${on.onAnswer} aria-invalid=${invalid} aria-describedby=${describedByIds}></textarea>
      ${message}
    </div>`;
  }
  const multiple = q.kind === 'choice' && !!q.multiple;
  const options: { value: string; label: string; checked: boolean }[] =
    q.kind === 'rating'
      ? [
          ...RATING_SCALE.map((n) => ({ value: String(n), label: String(n), checked: answer === n })),
          ...(q.allowNA ? [{ value: 'na', label: t.notApplicable, checked: answer === null }] : []),
        ]
      : (q.options ?? []).map((o) => ({
          value: o,
          label: o,
          checked: Array.isArray(answer) ? answer.includes(o) : answer === o,
        }));
  return html`<fieldset class="field question" part="question" role=${multiple ? 'group' : 'radiogroup'}
    aria-labelledby="${id}-legend" aria-required=${!multiple && q.required ? 'true' : nothing} aria-describedby=${describedByIds}>
    <legend id="${id}-legend">${label}</legend>${help}
    <div class="chips">
      ${options.map((o, n) => html`<label class="chip">
        <input type=${multiple ? 'checkbox' : 'radio'} name=${id} id=${n === 0 ? id : nothing} .value=${o.value}
          .checked=${live(o.checked)} data-question=${q.id} @change=${on.onAnswer} aria-invalid=${invalid} />
        <span class="chip-face">${o.label}</span>
      </label>`)}
    </div>
    ${message}
  </fieldset>`;
}

/** The answers once a question's input changed, or undefined when the input is no question's. */
export function answersAfterInput(questions: readonly Question[], answers: Answers, input: HTMLInputElement | HTMLTextAreaElement): Answers | undefined {
  const question = questions.find((q) => q.id === input.dataset['question']);
  return question && { ...answers, [question.id]: answerFromInput(question, input, answers[question.id]) };
}

/** The answer a question's input now gives, from its value (and, for multiple choice, the current answer). */
function answerFromInput(question: Question, input: HTMLInputElement | HTMLTextAreaElement, current: Answer | undefined): Answer {
  if (question.kind === 'text') return input.value;
  if (question.kind === 'rating') return input.value === 'na' ? null : Number(input.value);
  if (!question.multiple) return input.value;
  const chosen = new Set(Array.isArray(current) ? current : []);
  if ((input as HTMLInputElement).checked) chosen.add(input.value);
  else chosen.delete(input.value);
  return (question.options ?? []).filter((o) => chosen.has(o));
}
