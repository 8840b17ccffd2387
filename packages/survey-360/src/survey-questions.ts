import { html, nothing, type TemplateResult } from 'lit';
import { numberFormat, type Answer } from '@pm-widgets/core';
import type { SurveyMessages } from './messages.js';
import { TEXT_LIMIT, type PlacedQuestion, type SurveyModel } from './survey-model.js';

/** What one question needs to render. A question re-renders only when one of these changes. */
export interface QuestionView {
  placed: PlacedQuestion;
  answer: Answer | undefined;
  error: string | undefined;
  disabled: boolean;
  text: SurveyMessages;
  locale: string;
  model: SurveyModel;
}

/** DOM ids come from the question's place in the form, never from data. */
export const domId = (placed: PlacedQuestion) => `q${placed.index}`;

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;

function renderLegendText(v: QuestionView) {
  const q = v.placed.question;
  return html`<span class="q-text">${q.text}</span>${q.required
    ? html`<span class="required" aria-hidden="true">*</span><span class="visually-hidden">(${v.text.required})</span>`
    : nothing}`;
}

function renderHelp(v: QuestionView, id: string) {
  const help = v.placed.question.help;
  return help ? html`<p class="help" id="${id}-help">${help}</p>` : nothing;
}

function renderError(v: QuestionView, id: string) {
  return v.error ? html`<p class="error" part="error-message" id="${id}-error">${v.error}</p>` : nothing;
}

/** On narrow widths, a scale's anchors as one line above its points ("0 = Not at all … 10 = Completely"). */
function renderAnchors(model: SurveyModel, withNA: boolean) {
  const first = model.pointLabels[0];
  const last = model.pointLabels[model.pointLabels.length - 1];
  return html`<p class="anchors${withNA ? ' with-na' : ''}" aria-hidden="true"><span>${first ? `${model.points[0]} = ${first}` : ''}</span><span>${last
    ? `${model.points[model.points.length - 1]} = ${last}` : ''}</span></p>`;
}

/**
 * A rating: an APG radio group of native radios (arrows move and select, Tab lands on the checked
 * one). Each point is its label: the number and, where the scale names it, the point's label —
 * both part of the radio's accessible name. Kept lean: it is rendered once per question.
 */
function renderRating(v: QuestionView): TemplateResult {
  const { placed, answer, model } = v;
  const q = placed.question;
  const id = domId(placed);
  const labelled = model.pointLabels.some((l) => l !== undefined);
  const every = model.pointLabels.every((l) => l !== undefined);
  return html`<fieldset class="question rating" part="question" id=${id} data-question=${q.id} data-q=${placed.index} role="radiogroup"
      aria-labelledby="${id}-label" aria-describedby=${describedBy(q.help && `${id}-help`, v.error && `${id}-error`)}
      aria-required=${q.required ? 'true' : 'false'} aria-invalid=${v.error ? 'true' : 'false'} ?disabled=${v.disabled}>
    <legend id="${id}-label">${q.text}${q.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</legend>
    ${renderHelp(v, id)}
    ${labelled && !every ? renderAnchors(model, !!q.allowNA) : nothing}
    <div class="scale${labelled ? ' labelled' : ''}${every ? ' every' : ''}" part="scale">${model.points.map((point, i) => {
      const label = model.pointLabels[i];
      return html`<label class="point" part="point"><input type="radio" name=${id} value=${point} .checked=${answer === point} />${point}${label
        ? html`<span class="label">${label}</span>` : nothing}</label>`;
    })}${q.allowNA
      ? html`<label class="point na" part="point na"><input type="radio" name=${id} value="na" .checked=${answer === null} />${v.text.notApplicable}<span
          class="label">${v.text.notApplicableLong}</span></label>`
      : nothing}</div>
    ${renderError(v, id)}
  </fieldset>`;
}

/** Free text with a length counter; the limit is the one the schemas enforce. */
function renderText(v: QuestionView): TemplateResult {
  const { placed } = v;
  const q = placed.question;
  const id = domId(placed);
  const value = typeof v.answer === 'string' ? v.answer : '';
  const fmt = numberFormat(v.locale);
  const near = value.length >= TEXT_LIMIT * 0.9;
  return html`<div class="question text" part="question" data-question=${q.id}>
    <label class="q-label" for=${id} id="${id}-label">${renderLegendText(v)}</label>
    ${renderHelp(v, id)}
    <textarea id=${id} data-q=${placed.index} rows="3" maxlength=${TEXT_LIMIT} .value=${value} ?disabled=${v.disabled}
      aria-required=${q.required ? 'true' : 'false'} aria-invalid=${v.error ? 'true' : 'false'}
      aria-describedby=${describedBy(q.help && `${id}-help`, `${id}-count`, v.error && `${id}-error`)}></textarea>
    <p class="counter${near ? ' near' : ''}" id="${id}-count">${v.text.characters(fmt.format(value.length), fmt.format(TEXT_LIMIT))}</p>
    ${renderError(v, id)}
  </div>`;
}

/** A choice: one (radio group) or several (checkboxes) of the question's options. */
function renderChoice(v: QuestionView): TemplateResult {
  const { placed, answer } = v;
  const q = placed.question;
  const id = domId(placed);
  const multiple = !!q.multiple;
  const chosen = new Set(Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : []);
  return html`<fieldset class="question choice" part="question" id=${id} data-question=${q.id} role=${multiple ? 'group' : 'radiogroup'}
      aria-labelledby="${id}-label" aria-describedby=${describedBy(`${id}-hint`, q.help && `${id}-help`, v.error && `${id}-error`)}
      aria-required=${!multiple && q.required ? 'true' : nothing} aria-invalid=${!multiple && v.error ? 'true' : nothing}>
    <legend id="${id}-label">${renderLegendText(v)}</legend>
    ${renderHelp(v, id)}
    <p class="hint" id="${id}-hint">${multiple ? v.text.chooseAny : v.text.chooseOne}</p>
    <div class="options" part="options">
      ${(q.options ?? []).map((option) => html`<label class="option" part="option"><input type=${multiple ? 'checkbox' : 'radio'}
        name=${id} .value=${option} data-q=${placed.index} .checked=${chosen.has(option)} ?disabled=${v.disabled}
        aria-invalid=${multiple && v.error ? 'true' : nothing} /><span>${option}</span></label>`)}
    </div>
    ${renderError(v, id)}
  </fieldset>`;
}

/** A kind this version does not know: said in words, never a blank. */
function renderUnknown(v: QuestionView): TemplateResult {
  const q = v.placed.question;
  return html`<div class="question unknown" part="question unknown" data-question=${q.id}>
    <p class="q-label"><span class="q-text">${q.text}</span></p>
    <p class="muted">${v.text.unknownKind(q.kind)}</p>
  </div>`;
}

export function renderQuestion(v: QuestionView): TemplateResult {
  if (!v.placed.known) return renderUnknown(v);
  switch (v.placed.question.kind) {
    case 'rating': return renderRating(v);
    case 'text': return renderText(v);
    default: return renderChoice(v);
  }
}
