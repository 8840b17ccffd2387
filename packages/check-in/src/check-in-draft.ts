import {
  checkedValue,
  type CheckIn, type CheckInContext, type CheckInDraft, type Goal, type GoalUpdate, type Question,
} from '@pm-widgets/core';
import { isAnswered, isBlank } from '@pm-widgets/core/drafts';
import { keyResultsRollUp } from '@pm-widgets/core/rules';
import type { CheckInMessages } from './messages.js';
import { INACTIVE_GOAL_STATUSES } from './types.js';

/** Confidence a goal starts with when there is no earlier answer. */
const DEFAULT_CONFIDENCE = 5;

export { isAnswered, isBlank } from '@pm-widgets/core/drafts';

/** A check-in as the form edits it: the draft fields only, nothing the server owns. */
export function toDraft(checkIn: CheckIn): CheckInDraft {
  const { id, personId, period, mood, goalUpdates, wins, blockers, focus, focusReview, needs, answers, updatedAt } = checkIn;
  return { id, personId, period, status: 'draft', mood, goalUpdates, wins, blockers, focus, focusReview, needs, answers, updatedAt };
}

/** Goals still worked on, so asked about in a check-in. */
export function activeGoals(context: CheckInContext): Goal[] {
  return context.goals.filter((g) => !(INACTIVE_GOAL_STATUSES as readonly string[]).includes(g.status));
}

/** One update per active goal: its current progress (and key-result values) and last period's confidence. */
export function defaultGoalUpdates(context: CheckInContext): GoalUpdate[] {
  const previous = new Map(context.previous?.goalUpdates.map((u) => [u.goalId, u]));
  return activeGoals(context).map((g) => settleGoalUpdate({
    goalId: g.id,
    progress: g.progress,
    confidence: previous.get(g.id)?.confidence ?? DEFAULT_CONFIDENCE,
  }, g));
}

/** The progress a key-results goal would have with these reported values. */
export function keyResultsProgress(goal: Goal, values: ReadonlyMap<string, number>): number {
  return keyResultsRollUp({ progress: goal.progress, keyResults: goal.keyResults.map((kr) => (values.has(kr.id) ? { ...kr, current: values.get(kr.id)! } : kr)) });
}

/**
 * Makes an update fit its goal's progress mode, following changes made to the goal elsewhere
 * (`before` is the goal as the update was last aligned with; an edit in the goal tree, say):
 * - children: the goal's computed progress, read-only;
 * - key results: one value per key result — the person's where they changed it, else the goal's
 *   current value — and the progress those give;
 * - manual: the person's progress, or the goal's new progress when they had not changed it.
 */
export function settleGoalUpdate(update: GoalUpdate, goal: Goal, before?: Goal): GoalUpdate {
  if (goal.progressMode === 'children') {
    const { keyResults: _none, ...rest } = update;
    return rest.progress === goal.progress ? rest : { ...rest, progress: goal.progress };
  }
  if (goal.progressMode === 'key-results') {
    const mine = new Map(update.keyResults?.map((kr) => [kr.keyResultId, kr.current]));
    const old = new Map(before?.keyResults.map((kr) => [kr.id, kr.current]));
    const values = new Map(goal.keyResults.map((kr) => {
      const own = mine.get(kr.id);
      const untouched = own === undefined || (old.has(kr.id) && own === old.get(kr.id));
      return [kr.id, untouched ? kr.current : own];
    }));
    return {
      ...update,
      keyResults: goal.keyResults.map((kr) => ({ keyResultId: kr.id, current: values.get(kr.id)! })),
      progress: keyResultsProgress(goal, values),
    };
  }
  const { keyResults: _none, ...rest } = update;
  if (before && before.progress !== goal.progress && update.progress === before.progress) return { ...rest, progress: goal.progress };
  return update.keyResults ? rest : update;
}

/** A draft with nothing written yet. */
export function blankDraft(context: CheckInContext, personId: string, period: string): CheckInDraft {
  return {
    personId,
    period,
    status: 'draft',
    goalUpdates: defaultGoalUpdates(context),
    wins: '',
    blockers: '',
    focus: '',
    focusReview: '',
    needs: '',
    answers: {},
  };
}

/**
 * One goal update per active goal, in the context's order: the draft's own where it has one, a
 * default otherwise. Updates on goals that no longer exist (or are done) are left out and counted.
 */
export function alignGoalUpdates(
  draft: CheckInDraft,
  context: CheckInContext,
  before?: CheckInContext,
): { draft: CheckInDraft; staleGoals: number } {
  const active = activeGoals(context);
  const ids = new Set(active.map((g) => g.id));
  const staleGoals = draft.goalUpdates.filter((u) => !ids.has(u.goalId)).length;
  const own = new Map(draft.goalUpdates.map((u) => [u.goalId, u]));
  const defaults = new Map(defaultGoalUpdates(context).map((u) => [u.goalId, u]));
  const previously = new Map(before?.goals.map((g) => [g.id, g]));
  const goalUpdates = active.map((g) => {
    const update = own.get(g.id);
    return update ? settleGoalUpdate(update, g, previously.get(g.id)) : defaults.get(g.id)!;
  });
  return { draft: { ...draft, goalUpdates }, staleGoals };
}

/** True when the draft holds typed text worth a "leave page?" prompt. */
export function draftHasText(draft: CheckInDraft): boolean {
  return [draft.wins, draft.blockers, draft.focus, draft.focusReview, draft.needs].some((t) => !isBlank(t)) ||
    draft.goalUpdates.some((u) => !isBlank(u.note)) ||
    Object.values(draft.answers).some((a) => typeof a === 'string' && !isBlank(a));
}

/** True when two drafts say the same thing (ignoring ids, timestamps and key order). */
export function sameDraftContent(a: CheckInDraft, b: CheckInDraft): boolean {
  const content = (d: CheckInDraft) => JSON.stringify([
    d.mood ?? null,
    d.goalUpdates.map((u) => [u.goalId, u.progress, u.confidence, u.note ?? '', u.keyResults?.map((kr) => [kr.keyResultId, kr.current]) ?? []]),
    d.wins, d.blockers, d.focus, d.focusReview ?? '', d.needs ?? '',
    Object.entries(d.answers).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
  ]);
  return content(a) === content(b);
}

/** A progress percentage typed or slid by the person: a whole number 0–100, or undefined. */
export function parseProgressPercent(raw: string): number | undefined {
  const text = raw.trim();
  const percent = Number(text);
  return text !== '' && Number.isInteger(percent) && percent >= 0 && percent <= 100 ? percent : undefined;
}

/**
 * Field id → message for everything that stops a submission. `badProgress` holds the goals whose
 * progress number is not a whole number 0–100.
 */
export function validateDraft(
  draft: CheckInDraft,
  questions: readonly Question[],
  badProgress: ReadonlyMap<string, string>,
  text: CheckInMessages,
): Map<string, string> {
  const errors = new Map<string, string>();
  draft.goalUpdates.forEach((u, i) => {
    if (badProgress.has(u.goalId)) errors.set(`goal-${i}-progress-number`, text.progressInvalid);
    u.keyResults?.forEach((kr, j) => {
      if (badProgress.has(`${u.goalId}:${kr.keyResultId}`)) errors.set(`goal-${i}-kr-${j}`, text.keyResultInvalid);
    });
  });
  if (isBlank(draft.focus)) errors.set('focus', text.focusMissing);
  questions.forEach((q, i) => {
    if (q.required && !isAnswered(draft.answers[q.id]) && !(q.allowNA && draft.answers[q.id] === null)) {
      errors.set(`q-${i}`, text.answerMissing);
    }
  });
  return errors;
}

/** The draft inside form state the browser hands back (history navigation, autocomplete), if it is one. */
export function parseFormState(state: unknown): CheckInDraft | undefined {
  if (typeof state !== 'string' || state === '') return undefined;
  try {
    // Written by this widget: the generated check suffices (zod is not loaded for it).
    return checkedValue('checkInDraft', JSON.parse(state));
  } catch {
    return undefined;
  }
}

/**
 * Whether a draft the browser restored belongs to this person and week and is not older than the
 * copy the server holds (`serverUpdatedAt`; undefined when the server has none).
 */
export function formStateApplies(state: CheckInDraft, personId: string, period: string, serverUpdatedAt: string | undefined): boolean {
  if (state.personId !== personId || state.period !== period) return false;
  if (serverUpdatedAt === undefined) return true;
  return state.updatedAt !== undefined && Date.parse(state.updatedAt) >= Date.parse(serverUpdatedAt);
}
