import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { numberFormat, type Goal, type GoalUpdate, type KeyResult } from '@pm-widgets/core';
import { keyResultsProgress } from './check-in-draft.js';
import { describedBy, type CheckInFormState } from './check-in-form.js';
export { checkInKeyResultsStyles } from './check-in-key-results.styles.js';

/** A key result's target in its kind; a currency unit that is not an ISO 4217 code is shown as given. */
function formatTarget(locale: string, kr: KeyResult): string {
  if (kr.kind === 'currency' && kr.unit) {
    try {
      return numberFormat(locale, { style: 'currency', currency: kr.unit, maximumFractionDigits: 0 }).format(kr.target);
    } catch {
      // Intl throws a RangeError for a unit such as "W": fall through to the number and the unit.
    }
  }
  return `${numberFormat(locale).format(kr.target)}${kr.kind === 'percent' ? ' %' : kr.unit ? ` ${kr.unit}` : ''}`;
}

/** A key-results goal's key results, each asked for its current value: a number, or done / not done. */
export function renderKeyResults(state: CheckInFormState, goal: Goal, update: GoalUpdate, i: number): TemplateResult {
  const { text: t, locale, errors, badProgress } = state;
  const values = new Map(update.keyResults?.map((kr) => [kr.keyResultId, kr.current]));
  return html`<ul class="key-results" part="key-results">
    ${goal.keyResults.map((kr, j) => {
      const id = `goal-${i}-kr-${j}`;
      const error = errors.get(id);
      const current = values.get(kr.id) ?? kr.current;
      const bad = badProgress.get(`${goal.id}:${kr.id}`);
      const binary = kr.kind === 'boolean' || kr.kind === 'milestone';
      const target = formatTarget(locale, kr);
      return html`<li class="key-result" data-kr-id=${kr.id}>
        <label for=${id} class="kr-title">${kr.title}<span class="visually-hidden"> (${goal.title})</span></label>
        ${binary
          ? html`<span class="kr-value"><input id=${id} type="checkbox" data-kind="key-result" data-kr=${kr.id}
              .checked=${live(current === kr.target)} />
              <span aria-hidden="true">${t.keyResultDone}</span></span>`
          : html`<span class="kr-value"><input id=${id} type="number" inputmode="decimal" step="any" data-kind="key-result" data-kr=${kr.id}
              .value=${live(bad ?? String(current))} aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy(error && `${id}-error`, `${id}-target`)} />
              <span class="kr-target" id="${id}-target">${t.keyResultTarget(target)}</span></span>`}
        ${error ? html`<p class="error" part="error-message" id="${id}-error">${error}</p>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/**
 * A key result's input, typed (numbers) or ticked (done / not done): its goal's values with the new
 * one and the progress they give; undefined when it is not a number.
 */
export function keyResultPatch(goal: Goal, update: GoalUpdate, input: HTMLInputElement): Pick<GoalUpdate, 'keyResults' | 'progress'> | undefined {
  const kr = goal.keyResults.find((k) => k.id === input.dataset['kr']);
  if (!kr) return undefined;
  const raw = input.value.trim();
  const value = input.type === 'checkbox' ? (input.checked ? kr.target : kr.start) : raw === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value)) return undefined;
  const values = new Map((update.keyResults ?? []).map((v) => [v.keyResultId, v.current]));
  values.set(kr.id, value);
  return {
    keyResults: goal.keyResults.map((k) => ({ keyResultId: k.id, current: values.get(k.id) ?? k.current })),
    progress: keyResultsProgress(goal, values),
  };
}
