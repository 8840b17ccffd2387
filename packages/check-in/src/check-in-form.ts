import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  numberFormat, renderMeter, statusTone,
  type CheckInContext, type CheckInDraft, type Goal, type GoalUpdate,
} from '@pm-widgets/core';
import { isBlank } from './check-in-draft.js';
import { goalStatusLabel, moodLabel, type CheckInMessages } from './messages.js';
import { CONFIDENCE_MAX, CONFIDENCE_MIN, MOODS, type TextField } from './types.js';

/** What the editable sections show: mood, goals, reflection and custom questions, in that order in the form. */
export interface CheckInFormState {
  text: CheckInMessages;
  locale: string;
  context: CheckInContext;
  draft: CheckInDraft;
  /** Field id → validation message. */
  errors: ReadonlyMap<string, string>;
  /** Raw text of progress numbers that are not a whole number 0–100, by goal id (`goal:kr` for key results). */
  badProgress: ReadonlyMap<string, string>;
  /** Sections folded away. */
  collapsed: ReadonlySet<FormSection>;
  /** Goals whose note is open (those with a note when the check-in loaded, and those opened since). */
  openNotes: ReadonlySet<string>;
  /** The section the person last edited: the save status shows there, beside what was saved. */
  statusIn: FormSection | undefined;
  /** In the goals section, the goal last edited: the status shows in its row. */
  statusGoal?: string | undefined;
  status: unknown;
  /** Under a key-results goal's row: its key results, asked for their current values (their code is on demand). */
  keyResults: (goal: Goal, update: GoalUpdate, i: number) => unknown;
}

/** The collapsible sections of the form. */
export const FORM_SECTIONS = ['goals', 'reflection', 'questions'] as const;
export type FormSection = (typeof FORM_SECTIONS)[number];

/**
 * What the sections call back. Fields carry what changed in data attributes: text areas
 * `data-field`, goal inputs `data-kind` inside `[data-goal]`, question inputs `data-question`.
 */
export interface CheckInFormHandlers {
  onMood: (event: Event) => void;
  onText: (event: Event) => void;
  onGoalInput: (event: Event) => void;
  onAnswer: (event: Event) => void;
  onToggleSection: (event: Event) => void;
  onToggleNote: (event: Event) => void;
}

/** A key-results goal with key results: the person reports each one's current value, as Puzzle and GitLab check-ins do. */
export const asksKeyResults = (goal: Goal | undefined): boolean => goal?.progressMode === 'key-results' && goal.keyResults.length > 0;

/** An `aria-describedby` of the ids given, or none. */
export const describedBy = (...ids: (string | false | undefined)[]): string | typeof nothing => ids.filter(Boolean).join(' ') || nothing;

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

/** Progress, confidence and an expandable note per active goal: one compact row each, under column headers said once. */
export function renderGoals(state: CheckInFormState, on: CheckInFormHandlers): TemplateResult {
  const { text: t, context, draft } = state;
  const goals = new Map(context.goals.map((g) => [g.id, g]));
  const previous = new Map(context.previous?.goalUpdates.map((u) => [u.goalId, u]));
  const body = draft.goalUpdates.length === 0
    ? html`<p class="empty" part="empty">${t.goalsEmpty}</p>`
    : html`<div class="goal-head" aria-hidden="true">
        <span>${t.goalColumn}</span><span>${t.progress}</span><span>${t.confidence} <span class="scale">${t.confidenceScale}</span></span>
      </div>
      <p class="visually-hidden" id="confidence-hint">${t.confidence}: ${t.confidenceHint}</p>
      <ol class="goals" part="goals" @input=${on.onGoalInput}>
        ${draft.goalUpdates.map((u, i) => renderGoal(state, goals.get(u.goalId)!, u, previous.get(u.goalId), i, on))}
      </ol>`;
  return renderSection(state, on, 'goals', t.goalsHeading, body, draft.goalUpdates.length);
}

/** A collapsible section: a heading that is a disclosure button, and its body; the save status sits in the section last edited. */
export function renderSection(
  state: CheckInFormState,
  on: CheckInFormHandlers,
  id: FormSection,
  title: string,
  body: unknown,
  count?: number,
): TemplateResult {
  const open = !state.collapsed.has(id);
  // Not a named region: several check-ins on one page would repeat "Goals" landmarks. The heading structures it.
  return html`<section class="section" part="section" data-section=${id}>
    <div class="section-head">
      <h3>
        <button class="disclosure" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-body"
          data-section=${id} @click=${on.onToggleSection}>
          <span class="chevron" aria-hidden="true"></span><span id="${id}-title">${title}</span>${count
            ? html`<span class="count" aria-hidden="true">${count}</span>` : nothing}
        </button>
      </h3>
      ${state.statusIn === id && !(id === 'goals' && state.statusGoal) ? state.status : nothing}
    </div>
    <div class="section-body" id="${id}-body" ?hidden=${!open}>${body}</div>
  </section>`;
}

function renderGoal(
  state: CheckInFormState,
  goal: Goal,
  update: GoalUpdate,
  previous: GoalUpdate | undefined,
  i: number,
  on: CheckInFormHandlers,
): TemplateResult {
  const { text: t, locale } = state;
  const percent = Math.round(update.progress * 100);
  let delta: string;
  let trend = 'flat';
  if (!previous) delta = t.changeFirst;
  else {
    const points = percent - Math.round(previous.progress * 100);
    trend = points > 0 ? 'up' : points < 0 ? 'down' : 'flat';
    const formatted = numberFormat(locale).format(Math.abs(points));
    delta = points > 0 ? t.changeUp(formatted) : points < 0 ? t.changeDown(formatted) : t.changeNone;
  }
  const tone = statusTone(goal.status);
  const status = goalStatusLabel(t, goal.status);
  const noteOpen = state.openNotes.has(goal.id);
  const hasNote = !isBlank(update.note);
  return html`<li class="goal" part="goal" data-goal=${goal.id} data-tone=${tone} data-mode=${goal.progressMode}>
    <div class="goal-name">
      <h4 id="goal-${i}-title">${goal.title}</h4>
      <p class="goal-meta">
        ${status ? html`<span class="pm-pill" data-tone=${tone}>${status}</span>` : nothing}
        <span class="delta" part="delta" id="goal-${i}-delta" data-trend=${trend}>${delta}</span>
      </p>
    </div>
    <div class="goal-progress">${goal.progressMode === 'manual'
      ? renderProgressInput(state, goal, percent, i)
      : html`${renderMeter(locale, update.progress, { tone })}
          <span class="source" id="goal-${i}-source">${goal.progressMode === 'children' ? t.fromChildren : t.fromKeyResults}</span>`}
    </div>
    <div class="goal-confidence">
      <input id="goal-${i}-confidence" type="range" min=${CONFIDENCE_MIN} max=${CONFIDENCE_MAX} step="1" data-kind="confidence"
        aria-label=${t.confidenceFor(goal.title)} .value=${live(String(update.confidence))} aria-describedby="confidence-hint" />
      <output for="goal-${i}-confidence" class="confidence-value" aria-hidden="true">${update.confidence}</output>
    </div>
    <div class="goal-more">
      <button class="note-toggle" type="button" data-goal-id=${goal.id} aria-expanded=${noteOpen ? 'true' : 'false'}
        aria-controls="goal-${i}-note-box" @click=${on.onToggleNote}>
        <span aria-hidden="true">${hasNote ? '✎' : '+'}</span> ${t.noteToggle}<span class="visually-hidden"> ${goal.title}</span>
      </button>
    </div>
    ${asksKeyResults(goal) ? state.keyResults(goal, update, i) : nothing}
    <div class="note" id="goal-${i}-note-box" ?hidden=${!noteOpen}>
      <label class="visually-hidden" for="goal-${i}-note">${t.noteFor(goal.title)}</label>
      <textarea id="goal-${i}-note" rows="2" data-kind="note" .value=${live(update.note ?? '')}></textarea>
    </div>
    ${state.statusIn === 'goals' && state.statusGoal === goal.id ? state.status : nothing}
  </li>`;
}

function renderProgressInput({ text: t, errors, badProgress }: CheckInFormState, goal: Goal, percent: number, i: number): TemplateResult {
  const bad = badProgress.get(goal.id);
  const numberId = `goal-${i}-progress-number`;
  const error = errors.get(numberId);
  return html`<div class="progress-input">
      <input id="goal-${i}-progress" type="range" min="0" max="100" step="1" data-kind="progress"
        aria-label=${t.progressFor(goal.title)} .value=${live(String(percent))} aria-describedby="goal-${i}-delta" />
      <span class="number">
        <input id=${numberId} type="number" inputmode="numeric" min="0" max="100" step="1" data-kind="progress-number"
          aria-label=${t.progressNumberFor(goal.title)} .value=${live(bad ?? String(percent))}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy(error && `${numberId}-error`, `goal-${i}-delta`)} />
        <span aria-hidden="true">${t.percent}</span>
      </span>
    </div>
    ${error ? html`<p class="error" part="error-message" id="${numberId}-error">${error}</p>` : nothing}`;
}

/** Wins, blockers, the focus for next period beside last period's focus (and how it went), needs. */
export function renderReflection(state: CheckInFormState, on: CheckInFormHandlers): TemplateResult {
  const { text: t, context, draft, errors } = state;
  const focusError = errors.get('focus');
  const lastFocus = context.previous?.focus;
  return renderSection(state, on, 'reflection', t.reflectionHeading, html`
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
  `);
}

function renderTextArea(field: TextField, label: string, help: string | undefined, value: string, on: CheckInFormHandlers): TemplateResult {
  return html`<div class="field">
    <label for=${field}>${label}</label>
    ${help ? html`<p class="help" id="${field}-help">${help}</p>` : nothing}
    <textarea id=${field} rows="3" data-field=${field} .value=${live(value)} @input=${on.onText}
      aria-describedby=${help ? `${field}-help` : nothing}></textarea>
  </div>`;
}
