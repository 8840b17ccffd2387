import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  AdapterError, errorText, formatDate, numberFormat, renderMeter, renderTechnicalDetails, statusTone,
  type Answer, type CheckIn, type CheckInContext, type CoreMessages,
} from '@pm-widgets/core';
import { isBlank } from './check-in-draft.js';
export { checkInSummaryStyles } from './check-in-summary.styles.js';
import { addEnglish, moodLabel, weekLabel, type CheckInMessages } from './messages.js';
import { summaryEnglish } from './messages-summary.js';

addEnglish(summaryEnglish);

/** What the read-only view of a submitted check-in shows. */
export interface CheckInSummaryState {
  text: CheckInMessages;
  locale: string;
  context: CheckInContext;
  checkIn: CheckIn;
  /** The viewer is the person's manager: the title names the person, and there is a reply box until they reply. */
  isManager: boolean;
  reply: ReplyBoxState;
}

/** The manager's reply box. */
export interface ReplyBoxState {
  value: string;
  /** Validation message (no text yet). */
  error: string | undefined;
  sending: boolean;
  /** The reply failed after its retries. */
  failed: boolean;
  /** Why it failed, for the technical details. */
  failure: unknown;
  coreText: CoreMessages;
  disabled: boolean;
  onInput: (event: Event) => void;
  onSubmit: (event: SubmitEvent) => void;
}

/** A submitted check-in, read-only, with the manager's reply or (for the manager) the reply box. */
export function renderSummary(state: CheckInSummaryState): TemplateResult {
  const { text: t, locale, context, checkIn } = state;
  const goals = new Map(context.goals.map((g) => [g.id, g]));
  const name = context.person?.name ?? t.someone;
  const textOrNone = (value: string | undefined) =>
    isBlank(value) ? html`<p class="muted">${t.nothingWritten}</p>` : html`<p class="prose">${value}</p>`;
  const answerText = (a: Answer | undefined) =>
    a === undefined || a === '' || (Array.isArray(a) && !a.length) ? t.nothingWritten
      : a === null ? t.notApplicable
      : Array.isArray(a) ? a.join(', ')
      : String(a);
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const block = (title: string, value: string | undefined) => html`<section class="doc-block">
    <h3>${title}</h3>${textOrNone(value)}
  </section>`;
  return html`<article class="summary" part="summary" aria-labelledby="summary-title">
    <header part="header">
      <div>
        <h2 id="summary-title" tabindex="-1">${state.isManager ? t.theirCheckIn(name) : t.submittedHeading}</h2>
        <p class="period">${weekLabel(t, locale, checkIn.period)}${checkIn.submittedAt
          ? html` · ${t.submittedOn(formatDate(locale, checkIn.submittedAt))}` : nothing}</p>
      </div>
    </header>
    <dl class="facts">
      <div class="pair"><dt>${t.moodLegend}</dt><dd>${checkIn.mood ? t.moodValue(moodLabel(t, checkIn.mood), checkIn.mood) : t.nothingWritten}</dd></div>
    </dl>
    ${checkIn.goalUpdates.length
      ? html`<section class="doc-goals" aria-labelledby="summary-goals-title">
        <h3 id="summary-goals-title">${t.goalsHeading}</h3>
        <div class="goal-head" aria-hidden="true"><span></span><span>${t.progress}</span><span>${t.confidence}</span></div>
        <ul class="goals goal-summary">
          ${checkIn.goalUpdates.map((u) => {
            const goal = goals.get(u.goalId);
            const tone = statusTone(goal?.status);
            return html`<li class="goal" data-tone=${tone}>
              <div class="goal-name">
                <h4>${goal?.title ?? t.goalGone}</h4>
                ${isBlank(u.note) ? nothing : html`<p class="prose goal-note">${u.note}</p>`}
              </div>
              <div class="goal-progress"><span class="visually-hidden">${t.progress}: ${percent.format(u.progress)}</span>
                <span aria-hidden="true">${renderMeter(locale, u.progress, { tone })}</span></div>
              <div class="goal-confidence"><span class="visually-hidden">${t.confidenceValue(u.confidence)}</span>
                <span class="confidence-figure" aria-hidden="true"><strong>${u.confidence}</strong> / 10</span></div>
            </li>`;
          })}
        </ul>
      </section>`
      : nothing}
    <div class="doc">
      ${block(t.wins, checkIn.wins)}
      ${block(t.blockers, checkIn.blockers)}
      ${isBlank(context.previous?.focus)
        ? nothing
        : html`<section class="doc-block">
            <h3>${t.lastFocus}</h3><blockquote>${context.previous!.focus}</blockquote>
            <h4>${t.focusReview}</h4>${textOrNone(checkIn.focusReview)}
          </section>`}
      ${block(t.focus, checkIn.focus)}
      ${block(t.needs, checkIn.needs)}
    </div>
    ${context.questions.length
      ? html`<section class="doc-questions" aria-labelledby="summary-questions-title">
        <h3 id="summary-questions-title">${t.questionsHeading}</h3>
        <dl>${context.questions.map((q) => html`<div class="pair"><dt>${q.text}</dt><dd>${answerText(checkIn.answers[q.id])}</dd></div>`)}</dl>
      </section>`
      : nothing}
    ${renderReply(state)}
  </article>`;
}

/** The manager's reply once given; before that, the reply box for the manager and nothing for anyone else. */
function renderReply({ text: t, locale, checkIn, isManager, reply }: CheckInSummaryState): TemplateResult | typeof nothing {
  if (checkIn.managerReply) {
    return html`<section class="reply" part="reply" aria-labelledby="reply-title">
      <h3 id="reply-title">${t.replyHeading}</h3>
      <p class="prose">${checkIn.managerReply.body}</p>
      ${checkIn.managerReply.createdAt ? html`<p class="muted">${formatDate(locale, checkIn.managerReply.createdAt)}</p>` : nothing}
    </section>`;
  }
  if (!isManager) return nothing;
  return html`<form class="reply" part="reply" novalidate @submit=${reply.onSubmit} aria-labelledby="reply-label">
    <fieldset class="frame" ?disabled=${reply.disabled}>
      <label id="reply-label" for="reply">${t.replyLabel}</label>
      <textarea id="reply" rows="4" required .value=${live(reply.value)} @input=${reply.onInput}
        aria-invalid=${reply.error ? 'true' : 'false'} aria-describedby=${reply.error ? 'reply-error' : nothing}></textarea>
      ${reply.error ? html`<p class="error" part="error-message" id="reply-error">${reply.error}</p>` : nothing}
      <div class="actions">
        <button class="button primary" type="submit" aria-disabled=${reply.sending ? 'true' : 'false'}>${reply.sending ? t.replySending : t.replySend}</button>
      </div>
      ${reply.failed
        ? html`<div class="submit-error" role="alert">
            <p>${t.replyFailed}</p>
            ${AdapterError.is(reply.failure) ? html`<p>${errorText(reply.coreText, reply.failure.code)}</p>` : nothing}
            ${renderTechnicalDetails(reply.failure, reply.coreText)}
          </div>`
        : nothing}
    </fieldset>
  </form>`;
}
