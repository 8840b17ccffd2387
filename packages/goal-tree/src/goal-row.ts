import { formatDate } from '@pm-widgets/core';
import { computePace, type FlatGoalRow } from '@pm-widgets/core/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { renderOwner, renderPace, renderProgress, renderStatus, type GoalView } from './goal-facts.js';
import { levelText } from './messages.js';

export interface GoalRowState {
  /** Offset from the top of the list, in CSS pixels. */
  top: number;
  /** In the tab order (roving tabindex). */
  active: boolean;
  selected: boolean;
}

/** One `role="treeitem"` row, absolutely placed in the virtual list, with the ARIA of its place in the tree. */
export function renderGoalRow(view: GoalView, row: FlatGoalRow, { top, active, selected }: GoalRowState): TemplateResult {
  const { goal } = row;
  const { text, model } = view;
  const progress = model.progress.values[row.position] ?? goal.progress;
  const owner = goal.ownerId ? model.people.get(goal.ownerId) : undefined;
  const pace = computePace(goal, progress, { now: view.now, thresholds: view.paceThresholds });
  const orphan = model.structure.orphanIds.has(goal.id);
  return html`<div class="row" part="row" role="treeitem" data-id=${goal.id}
        aria-level=${row.level} aria-posinset=${row.posinset} aria-setsize=${row.setsize}
        aria-expanded=${row.hasChildren ? String(row.expanded) : nothing}
        aria-selected=${selected ? 'true' : 'false'}
        tabindex=${active ? 0 : -1}
        style=${styleMap({ transform: `translateY(${top}px)`, '--_level': String(row.level) })}>
      <span class="toggle ${row.hasChildren ? '' : 'leaf'}" part="toggle" aria-hidden="true">▸</span>
      <span class="line">
        <span class="title" part="title">${goal.title}</span>
        <span class="badge">${levelText(text, goal.level)}</span>
        ${orphan ? html`<span class="badge warn" part="orphan"><span aria-hidden="true">⚠ </span>${text.orphan}</span>` : nothing}
      </span>
      <span class="line meta">
        ${renderOwner(view, owner)}
        ${renderStatus(view, goal)}
        ${renderProgress(view, progress)}
        <bdi>${goal.dueDate ? text.due(formatDate(view.locale, goal.dueDate)) : text.noDueDate}</bdi>
        ${pace.state === 'no-dates' ? nothing : renderPace(view, pace.state)}
      </span>
    </div>`;
}
