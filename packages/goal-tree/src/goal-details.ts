import { formatDate, formatPercent, numberFormat, type Goal, type KeyResult } from '@pm-widgets/core';
import {
  computePace, explainProgress, isDecreasing, keyResultProgress, type Pace, type ProgressExplanation,
} from '@pm-widgets/core/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { renderOwner, renderPace, renderProgress, renderStatus, type GoalView } from './goal-facts.js';
import { addEnglish, levelText } from './messages.js';
import { detailsEnglish } from './messages-details.js';

export { detailsStyles as styles } from './goal-details.styles.js';

addEnglish(detailsEnglish);

export interface GoalDetailsSlots {
  /** Shown last, e.g. the edit form. */
  editor: unknown;
  /** The reader followed an alignment to a goal in the tree. */
  onShowGoal: (goalId: string) => void;
}

/**
 * The panel beside the tree: the selected goal's facts, pace, "Why 42%?", key results and
 * alignment, or a prompt to select a goal. Its own chunk, fetched when a reader first selects a
 * goal (the first render shows rows and the prompt only); the element shows the prompt, the
 * loading state and a failed load itself.
 */
export function renderGoalDetails(view: GoalView, goal: Goal, slots: GoalDetailsSlots): TemplateResult {
  const { text, locale, model } = view;
  const progressOf = (g: Goal) => model.progress.of(g.id);
  const progress = progressOf(goal);
  const pace = computePace(goal, progress, { now: view.now, thresholds: view.paceThresholds, cycleStart: view.cycleStart });
  const owner = goal.ownerId ? model.people.get(goal.ownerId) : undefined;
  const explanation = explainProgress(goal, model.structure.childrenOf(goal.id), progressOf);
  const headingId = 'details-heading';
  return html`<section class="details" part="details" aria-labelledby=${headingId}>
      <h2 id=${headingId} tabindex="-1">${goal.title}</h2>
      ${goal.description ? html`<p>${goal.description}</p>` : nothing}
      <dl class="facts">
        <dt>${text.levelLabel}</dt><dd>${levelText(text, goal.level)}</dd>
        <dt>${text.ownerLabel}</dt><dd>${renderOwner(view, owner)}</dd>
        <dt>${text.statusLabel}</dt><dd>${renderStatus(view, goal)}</dd>
        <dt>${text.progressLabel}</dt><dd>${renderProgress(view, progress, goal.status)}</dd>
        ${goal.startDate ? html`<dt>${text.startLabel}</dt><dd>${formatDate(locale, goal.startDate)}</dd>` : nothing}
        <dt>${text.dueLabel}</dt><dd>${goal.dueDate ? formatDate(locale, goal.dueDate) : text.noDueDate}</dd>
        <dt>${text.paceLabel}</dt><dd class="pace-facts">
          ${renderPace(view, pace.state)}
          ${pace.expected !== undefined && pace.state !== 'not-started' ? html`<span class="muted">${text.expectedByToday(formatPercent(locale, pace.expected))}</span>` : nothing}
          ${pace.overdue ? html`<span class="badge warn">${text.overdue}</span>` : nothing}
          <span class="muted explain" data-pace-explain>${paceExplanation(view, goal, pace)}</span>
        </dd>
      </dl>
      ${renderWhy(view, explanation)}
      <div>
        <h3>${text.keyResults}</h3>
        ${goal.keyResults.length
          ? html`<ul class="plain">${goal.keyResults.map((kr) => renderKeyResult(view, kr))}</ul>`
          : html`<p class="muted">${text.noKeyResults}</p>`}
      </div>
      ${goal.alignedTo?.length ? renderAlignment(view, goal, slots.onShowGoal) : nothing}
      ${slots.editor}
    </section>`;
}

/** One sentence on what the pace is measured from, or why there is none. */
function paceExplanation(view: GoalView, goal: Goal, pace: Pace): string {
  const { text, locale } = view;
  const date = (iso: string) => formatDate(locale, iso);
  switch (pace.state) {
    case 'archived':
      return text.paceNotJudgedArchived;
    case 'done':
      return text.paceNotJudgedDone;
    case 'no-dates':
      return goal.dueDate ? text.paceNoStart : text.paceNoDue;
    case 'not-started':
      return text.paceStartsOn(date(pace.start!));
    default:
      if (!pace.start) return '';
      if (pace.startSource === 'created') return text.paceFromCreated(date(pace.start));
      if (pace.startSource === 'cycle') return text.paceFromCycle(date(pace.start));
      return text.paceFromStart(date(pace.start));
  }
}

/** "Why 42%?": where the number comes from, item by item, with weights, shares and exclusions. */
function renderWhy(view: GoalView, explanation: ProgressExplanation): TemplateResult {
  const { text, locale } = view;
  const sourceKey = `explain_${explanation.source.replace(/-/g, '_')}` as 'explain_stored';
  return html`<details class="why" part="why">
      <summary>${text.why(formatPercent(locale, explanation.value))}</summary>
      <p>${text[sourceKey]}</p>
      ${explanation.items.length ? html`<table>
        <thead><tr>
          <th scope="col">${text.explainItem}</th>
          <th scope="col" class="num">${text.explainProgress}</th>
          <th scope="col" class="num">${text.explainWeight}</th>
          <th scope="col" class="num">${text.explainShare}</th>
        </tr></thead>
        <tbody>${explanation.items.map((item) => html`<tr class=${item.excluded ? 'excluded' : ''}>
          <td>${item.title}${item.decreasing ? html` <span class="muted">(${text.krDecreasing})</span>` : nothing}
            ${item.excluded ? html`<div class="muted reason">${item.excluded === 'archived' ? text.excluded_archived : text.excluded_zero_weight}</div>` : nothing}</td>
          <td class="num">${formatPercent(locale, item.progress)}</td>
          <td class="num">${numberFormat(locale).format(item.weight)}</td>
          <td class="num">${formatPercent(locale, item.share)}</td>
        </tr>`)}</tbody>
      </table>` : nothing}
    </details>`;
}

/** A key result value in its kind: currency (ISO 4217 unit), percent, or a number with its unit. */
export function formatKeyResultValue(locale: string, kr: KeyResult, value: number): string {
  if (kr.kind === 'currency' && kr.unit) {
    try {
      return numberFormat(locale, { style: 'currency', currency: kr.unit, maximumFractionDigits: 0 }).format(value);
    } catch {
      // Not an ISO 4217 code: show the number and the unit as given.
    }
  }
  if (kr.kind === 'percent') return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  const number = numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return kr.unit ? `${number} ${kr.unit}` : number;
}

function renderKeyResult(view: GoalView, kr: KeyResult): TemplateResult {
  const { text, locale } = view;
  const format = (value: number) => formatKeyResultValue(locale, kr, value);
  let value: string;
  if (kr.kind === 'boolean') value = kr.current >= kr.target ? text.booleanDone : text.booleanNotDone;
  else if (kr.kind === 'milestone') value = text.milestones(format(kr.current), format(kr.target));
  else value = text.krOf(format(kr.current), format(kr.target));
  return html`<li class="kr" data-kr=${kr.id}>
      <span><strong>${kr.title}</strong></span>
      <span class="muted">${value}${isDecreasing(kr) ? html` · ${text.krFrom(format(kr.start))} · ${text.krDecreasing}` : nothing}</span>
      ${renderProgress(view, keyResultProgress(kr), undefined)}
    </li>`;
}

/** The goals and key results this goal supports; those in the tree are links to them. */
function renderAlignment(view: GoalView, goal: Goal, onShowGoal: (goalId: string) => void): TemplateResult {
  const { text, model } = view;
  return html`<div>
      <h3>${text.alignedTo}</h3>
      <ul class="plain">${goal.alignedTo!.map((alignment) => {
        const target = model.structure.goalOf(alignment.goalId);
        if (!target) return html`<li class="muted">${text.notInView(alignment.goalId)}</li>`;
        const kr = alignment.keyResultId ? target.keyResults.find((k) => k.id === alignment.keyResultId) : undefined;
        const owner = target.ownerId ? model.people.get(target.ownerId)?.name : undefined;
        const canReveal = model.structure.isPlaced(target.id);
        const label = kr ? text.alignedToKeyResult(kr.title, target.title) : target.title;
        return html`<li>
          ${canReveal
            ? html`<button class="link" type="button" @click=${() => onShowGoal(target.id)}>${label}</button>`
            : html`<span>${label}</span>`}
          ${owner ? html`<span class="muted">${text.alignedOwner(owner)}</span>` : nothing}
        </li>`;
      })}</ul>
    </div>`;
}
