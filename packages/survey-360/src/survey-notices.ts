import { html, nothing, type TemplateResult } from 'lit';
import { AdapterError, errorText, formatDate, type Answers, type CoreMessages, type SurveyAssignment } from '@pm-widgets/core';
import { addEnglish, type SurveyMessages } from './messages.js';
import { noticesEnglish } from './messages-notices.js';
import { validateAnswers, type SurveyModel, type SurveyProblem } from './survey-model.js';
import { domId } from './survey-questions.js';
export { surveyNoticesStyles } from './survey-notices.styles.js';

addEnglish(noticesEnglish);

/**
 * Where the focus goes after a Retry brought this chunk, instead of being lost with the Retry
 * button: the first of these in the view shown (views without a control have a `tabindex="-1"` landing).
 */
export const landing = '#thanks-title, #summary-title, [part~="notice"] button, [part~="submit-error"] button, [tabindex="-1"]:is([part~="notice"], .state h2)';

/** Why a survey cannot be shown: an invalid `.assignment` object, or a definition the form cannot use. */
export function renderUnusable(t: SurveyMessages, why: { invalid: string } | SurveyProblem): TemplateResult {
  const reason = 'invalid' in why ? t.badData(why.invalid)
    : why.kind === 'duplicate-id' ? t.duplicateId(why.detail)
    : why.kind === 'bad-scale' ? t.badScale(why.detail)
    : t.tooManyPoints(why.detail);
  return html`<div class="state" part="error" role="alert"><h2 tabindex="-1">${t.badDataTitle}</h2><p>${reason}</p></div>`;
}

/** What stands where the form would: the thank-you, the submitted or closed note, or nothing to answer. */
export function renderOutcome(t: SurveyMessages, locale: string, a: SurveyAssignment, thanks: boolean): TemplateResult {
  if (thanks) {
    return html`<section class="thanks" part="thanks" aria-labelledby="thanks-title">
      <h3 id="thanks-title" tabindex="-1">${t.thanksHeading}</h3>
      <p>${a.relationship === 'self' ? t.thanksSelf : t.thanksText(a.subject.name)}</p>
    </section>`;
  }
  if (a.status === 'submitted') {
    return html`<p class="notice" part="notice" data-kind="submitted" tabindex="-1">${a.submittedAt
      ? t.submittedNotice(formatDate(locale, a.submittedAt))
      : t.submittedNoticeNoDate}</p>`;
  }
  if (a.status === 'closed') return html`<p class="notice" part="notice" data-kind="closed" tabindex="-1">${t.closedNotice}</p>`;
  return html`<div class="state" part="empty"><h2 tabindex="-1">${t.noQuestionsTitle}</h2><p>${t.noQuestions}</p></div>`;
}

/**
 * Question id → why it stops a submission, in form order and the reader's words; `flagged` are ids
 * the server named as missing that the form thought answered.
 */
export function checkAnswers(model: SurveyModel, answers: Answers, t: SurveyMessages, flagged: readonly unknown[]): Map<string, string> {
  const errors = validateAnswers(model, answers, t);
  for (const [id, message] of errors) {
    if (message === t.ratingMissing && !model.byId.get(id)?.question.allowNA) errors.set(id, t.ratingMissingNoNA);
  }
  for (const id of flagged) if (typeof id === 'string' && model.byId.has(id) && !errors.has(id)) errors.set(id, t.choiceMissing);
  return errors;
}

/** What the form's notices show, and what they call back. */
export interface FormNoticesState {
  text: SurveyMessages;
  locale: string;
  model: SurveyModel;
  /** When the device copy that was restored had been saved. */
  restoredAt: string | undefined;
  /** Answers of the saved draft that no longer fit the survey. */
  dropped: number;
  /** Question id → validation message, after a submit attempt. */
  errors: ReadonlyMap<string, string>;
  onDismissRestored: () => void;
  onDismissDropped: () => void;
  onSummaryLink: (event: Event) => void;
}

/** Above the form: the restored draft, answers left out, and after a submit attempt the questions still to answer. */
export function renderFormNotices(s: FormNoticesState): TemplateResult {
  const t = s.text;
  return html`
    ${s.restoredAt
      ? html`<div class="notice" part="notice" data-kind="restored">
          <p>${t.restored(formatDate(s.locale, s.restoredAt, { dateStyle: undefined, timeStyle: 'short' }))}</p>
          <button class="button" type="button" @click=${s.onDismissRestored}>${t.dismiss}</button>
        </div>`
      : nothing}
    ${s.dropped
      ? html`<div class="notice" part="notice" data-kind="dropped">
          <p>${t.dropped(s.dropped)}</p>
          <button class="button" type="button" @click=${s.onDismissDropped}>${t.dismiss}</button>
        </div>`
      : nothing}
    ${s.errors.size
      ? html`<div class="error-summary" part="error-summary" role="alert" aria-labelledby="summary-title">
          <h3 id="summary-title" tabindex="-1">${t.errorSummary(s.errors.size)}</h3>
          <p>${t.errorSummaryHelp}</p>
          <ul>
            ${[...s.errors.keys()].map((id) => {
              const placed = s.model.byId.get(id)!;
              return html`<li><a href="#${domId(placed)}" data-target=${id} @click=${s.onSummaryLink}>${placed.question.text}</a>
                <span class="muted">· ${s.model.pages[placed.page]!.section.title}</span></li>`;
            })}
          </ul>
        </div>`
      : nothing}
  `;
}

/** Under the form: the submission failed after its retries; the answers are still here. */
export function renderSubmitError(t: SurveyMessages, coreText: CoreMessages, error: unknown, onRetry: () => void): TemplateResult {
  return html`<div class="submit-error" part="submit-error" role="alert">
    <p>${t.submitFailed}</p>
    ${AdapterError.is(error) ? html`<p class="muted">${errorText(coreText, error.code)}</p>` : nothing}
    <button class="button" type="button" @click=${onRetry}>${t.tryAgain}</button>
  </div>`;
}
