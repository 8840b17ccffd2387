import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDate, numberFormat, type Answer, type CheckIn, type CheckInContext } from '@pm-widgets/core';
import { isBlank } from './check-in-draft.js';
import { moodLabel, weekLabel, type CheckInMessages } from './messages.js';

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
  return html`<article class="summary" part="summary" aria-labelledby="summary-title">
    <header part="header">
      <div>
        <h2 id="summary-title" tabindex="-1">${state.isManager ? t.theirCheckIn(name) : t.submittedHeading}</h2>
        <p class="period">${weekLabel(t, locale, checkIn.period)}${checkIn.submittedAt
          ? html` · ${t.submittedOn(formatDate(locale, checkIn.submittedAt))}` : nothing}</p>
      </div>
    </header>
    <dl>
      <div class="pair"><dt>${t.moodLegend}</dt><dd>${checkIn.mood ? t.moodValue(moodLabel(t, checkIn.mood), checkIn.mood) : t.nothingWritten}</dd></div>
    </dl>
    ${checkIn.goalUpdates.length
      ? html`<h3>${t.goalsHeading}</h3>
        <ul class="goal-summary">
          ${checkIn.goalUpdates.map((u) => html`<li>
            <span class="goal-title">${goals.get(u.goalId)?.title ?? t.goalGone}</span>
            <span class="goal-figures">${numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(u.progress)},
              ${t.confidenceValue(u.confidence)}</span>
            ${isBlank(u.note) ? nothing : html`<p class="prose">${u.note}</p>`}
          </li>`)}
        </ul>`
      : nothing}
    <h3>${t.wins}</h3>${textOrNone(checkIn.wins)}
    <h3>${t.blockers}</h3>${textOrNone(checkIn.blockers)}
    ${isBlank(context.previous?.focus)
      ? nothing
      : html`<h3>${t.lastFocus}</h3><blockquote>${context.previous!.focus}</blockquote>
        <h4>${t.focusReview}</h4>${textOrNone(checkIn.focusReview)}`}
    <h3>${t.focus}</h3>${textOrNone(checkIn.focus)}
    <h3>${t.needs}</h3>${textOrNone(checkIn.needs)}
    ${context.questions.length
      ? html`<h3>${t.questionsHeading}</h3>
        <dl>${context.questions.map((q) => html`<div class="pair"><dt>${q.text}</dt><dd>${answerText(checkIn.answers[q.id])}</dd></div>`)}</dl>`
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
      ${reply.failed ? html`<p class="submit-error" role="alert">${t.replyFailed}</p>` : nothing}
    </fieldset>
  </form>`;
}
