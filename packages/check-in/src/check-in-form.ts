import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  numberFormat,
  type Answer, type CheckInContext, type CheckInDraft, type Goal, type GoalUpdate, type Question,
} from '@pm-widgets/core';
import { isBlank } from './check-in-draft.js';
import { moodLabel, type CheckInMessages } from './messages.js';
import { CONFIDENCE_MAX, CONFIDENCE_MIN, MOODS, RATING_SCALE, type TextField } from './types.js';

/** What the editable sections show: mood, goals, reflection and custom questions, in that order in the form. */
export interface CheckInFormState {
  text: CheckInMessages;
  locale: string;
  context: CheckInContext;
  draft: CheckInDraft;
  /** Field id → validation message. */
  errors: ReadonlyMap<string, string>;
  /** Raw text of progress numbers that are not a whole number 0–100, by goal id. */
  badProgress: ReadonlyMap<string, string>;
}

/**
 * What the sections call back. Fields carry what changed in data attributes: text areas
 * `data-field`, goal inputs `data-kind` inside `[data-goal]`, question inputs `data-question`.
 */
export interface CheckInFormHandlers {
  onMood: (event: Event) => void;
  onText: (event: Event) => void;
  onGoalInput: (event: Event) => void;
  onAnswer: (event: Event) => void;
}

const describedBy = (...ids: (string | false | undefined)[]): string | typeof nothing => ids.filter(Boolean).join(' ') || nothing;

/** The mood radio group, 1 (rough) to 5 (great). */
export function renderMood({ text, draft }: CheckInFormState, on: CheckInFormHandlers): TemplateResult {
  return html`<div class="section" part="section">
    <fieldset class="mood" part="mood" role="radiogroup" aria-labelledby="mood-legend">
      <legend id="mood-legend">${text.moodLegend}</legend>
      <div class="chips">
        ${MOODS.map((mood) => html`<label class="chip" part="mood-option">
          <input type="radio" name="mood" .value=${String(mood)} .checked=${live(draft.mood === mood)} @change=${on.onMood} />
          <span class="chip-face"><span class="chip-number" aria-hidden="true">${mood}</span> ${moodLabel(text, mood)}</span>
        </label>`)}
      </div>
    </fieldset>
  </div>`;
}

/** Progress, confidence and a note per active goal, with the change since last period. */
export function renderGoals(state: CheckInFormState, on: CheckInFormHandlers): TemplateResult {
  const { text: t, context, draft } = state;
  const goals = new Map(context.goals.map((g) => [g.id, g]));
  const previous = new Map(context.previous?.goalUpdates.map((u) => [u.goalId, u]));
  return html`<section class="section" part="section" aria-labelledby="goals-title">
    <h3 id="goals-title">${t.goalsHeading}</h3>
    ${draft.goalUpdates.length ? html`<p class="help goals-help" id="confidence-hint">${t.confidence}: ${t.confidenceHint}</p>` : nothing}
    ${draft.goalUpdates.length === 0
      ? html`<p class="empty" part="empty">${t.goalsEmpty}</p>`
      : html`<ol class="goals" part="goals" @input=${on.onGoalInput}>
          ${draft.goalUpdates.map((u, i) => renderGoal(state, goals.get(u.goalId)!, u, previous.get(u.goalId), i))}
        </ol>`}
  </section>`;
}

function renderGoal(
  { text: t, locale, errors, badProgress }: CheckInFormState,
  goal: Goal,
  update: GoalUpdate,
  previous: GoalUpdate | undefined,
  i: number,
): TemplateResult {
  const percent = Math.round(update.progress * 100);
  const bad = badProgress.get(goal.id);
  const numberId = `goal-${i}-progress-number`;
  const error = errors.get(numberId);
  let delta: string;
  let trend = 'flat';
  if (!previous) delta = t.changeFirst;
  else {
    const points = percent - Math.round(previous.progress * 100);
    trend = points > 0 ? 'up' : points < 0 ? 'down' : 'flat';
    const formatted = numberFormat(locale).format(Math.abs(points));
    delta = points > 0 ? t.changeUp(formatted) : points < 0 ? t.changeDown(formatted) : t.changeNone;
  }
  return html`<li class="goal" part="goal" data-goal=${goal.id}>
    <h4 id="goal-${i}-title">${goal.title}</h4>
    <div class="goal-grid">
      <div class="row">
        <label for="goal-${i}-progress">${t.progress}<span class="visually-hidden"> ${goal.title}</span></label>
        <input id="goal-${i}-progress" type="range" min="0" max="100" step="1" data-kind="progress"
          .value=${live(String(percent))} aria-describedby="goal-${i}-delta" />
        <span class="number">
          <input id=${numberId} type="number" inputmode="numeric" min="0" max="100" step="1" data-kind="progress-number"
            aria-label=${t.progressNumberFor(goal.title)} .value=${live(bad ?? String(percent))}
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy(error && `${numberId}-error`, `goal-${i}-delta`)} />
          <span aria-hidden="true">${t.percent}</span>
        </span>
        <span class="delta" part="delta" id="goal-${i}-delta" data-trend=${trend}>${delta}</span>
      </div>
      ${error ? html`<p class="error" part="error-message" id="${numberId}-error">${error}</p>` : nothing}
      <div class="row">
        <label for="goal-${i}-confidence">${t.confidence}<span class="visually-hidden"> ${goal.title}</span></label>
        <input id="goal-${i}-confidence" type="range" min=${CONFIDENCE_MIN} max=${CONFIDENCE_MAX} step="1" data-kind="confidence"
          .value=${live(String(update.confidence))} aria-describedby="confidence-hint" />
        <output for="goal-${i}-confidence" class="confidence-value">${update.confidence}</output>
      </div>
      <div class="note">
        <label for="goal-${i}-note">${t.note}<span class="visually-hidden"> ${goal.title}</span></label>
        <textarea id="goal-${i}-note" rows="1" data-kind="note" .value=${live(update.note ?? '')}></textarea>
      </div>
    </div>
  </li>`;
}

/** Wins, blockers, the focus for next period beside last period's focus (and how it went), needs. */
export function renderReflection({ text: t, context, draft, errors }: CheckInFormState, on: CheckInFormHandlers): TemplateResult {
  const focusError = errors.get('focus');
  const lastFocus = context.previous?.focus;
  return html`<section class="section" part="section" aria-labelledby="reflection-title">
    <h3 id="reflection-title" class="visually-hidden">${t.wins}, ${t.blockers}, ${t.focus}</h3>
    ${renderTextArea('wins', t.wins, t.winsHelp, draft.wins, on)}
    ${renderTextArea('blockers', t.blockers, t.blockersHelp, draft.blockers, on)}
    <div class="focus-pair">
      <div class="last-focus" part="last-focus">
        <h4>${t.lastFocus}</h4>
        ${isBlank(lastFocus)
          ? html`<p class="muted">${t.noLastFocus}</p>`
          : html`<blockquote>${lastFocus}</blockquote>
              ${renderTextArea('focusReview', t.focusReview, undefined, draft.focusReview ?? '', on)}`}
      </div>
      <div class="field" part="focus">
        <label for="focus">${t.focus} <span class="required">(${t.required})</span></label>
        <p class="help" id="focus-help">${t.focusHelp}</p>
        <textarea id="focus" rows="3" required data-field="focus" .value=${live(draft.focus)} @input=${on.onText}
          aria-invalid=${focusError ? 'true' : 'false'}
          aria-describedby=${describedBy('focus-help', focusError && 'focus-error')}></textarea>
        ${focusError ? html`<p class="error" part="error-message" id="focus-error">${focusError}</p>` : nothing}
      </div>
    </div>
    ${renderTextArea('needs', t.needs, undefined, draft.needs ?? '', on)}
  </section>`;
}

function renderTextArea(field: TextField, label: string, help: string | undefined, value: string, on: CheckInFormHandlers): TemplateResult {
  return html`<div class="field">
    <label for=${field}>${label}</label>
    ${help ? html`<p class="help" id="${field}-help">${help}</p>` : nothing}
    <textarea id=${field} rows="3" data-field=${field} .value=${live(value)} @input=${on.onText}
      aria-describedby=${help ? `${field}-help` : nothing}></textarea>
  </div>`;
}

/** The organisation's custom questions: free text, rating (with optional N/A) or choice. */
export function renderQuestions(state: CheckInFormState, on: CheckInFormHandlers): TemplateResult {
  const { text: t, context, draft } = state;
  return html`<section class="section" part="section" aria-labelledby="questions-title">
    <h3 id="questions-title">${t.questionsHeading}</h3>
    ${context.questions.map((q, i) => renderQuestion(state, q, i, draft.answers[q.id], on))}
  </section>`;
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
