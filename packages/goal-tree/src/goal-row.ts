import { cssProps, formatDate } from '@pm-widgets/core';
import { computePace, type FlatGoalRow, type PaceState } from '@pm-widgets/core/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { renderOwner, renderPace, renderProgress, renderStatus, shortDate, type GoalView } from './goal-facts.js';
import { levelText } from './messages.js';

export interface GoalRowState {
  /** Offset from the top of the list, in CSS pixels. */
  top: number;
  /** In the tab order (roving tabindex). */
  active: boolean;
  selected: boolean;
}

/** Pace states worth a word in a row; the others (no pace judged) stay in the details. */
const ROW_PACES: ReadonlySet<PaceState> = new Set(['ahead', 'on-pace', 'at-risk', 'behind']);

/**
 * One `role="treeitem"` row, absolutely placed in the virtual list, with the ARIA of its place in
 * the tree. Its cells are laid out by container queries on the tree (see the styles): narrow
 * rows show the title (two lines), status, progress and due date; wider ones add the owner and
 * pace, and the widest align them in columns.
 */
export function renderGoalRow(view: GoalView, row: FlatGoalRow, { top, active, selected }: GoalRowState): TemplateResult {
  const { goal } = row;
  const { text, model } = view;
  const progress = model.progress.values[row.position] ?? goal.progress;
  const owner = goal.ownerId ? model.people.get(goal.ownerId) : undefined;
  const pace = computePace(goal, progress, { now: view.now, thresholds: view.paceThresholds, cycleStart: view.cycleStart });
  const orphan = model.structure.orphanIds.has(goal.id);
  const showPace = ROW_PACES.has(pace.state);
  return html`<div class="row" part="row" role="treeitem" data-id=${goal.id}
        aria-level=${row.level} aria-posinset=${row.posinset} aria-setsize=${row.setsize}
        aria-expanded=${row.hasChildren ? String(row.expanded) : nothing}
        aria-selected=${selected ? 'true' : 'false'}
        tabindex=${active ? 0 : -1}
        ${cssProps({ transform: `translateY(${top}px)`, '--_level': String(row.level) })}>
      <span class="toggle ${row.hasChildren ? '' : 'leaf'}" part="toggle" aria-hidden="true">▸</span>
      <span class="title" part="title" title=${goal.title}>${goal.title}</span>
      <span class="sub">
        <span class="level">${levelText(text, goal.level)}</span>
        ${orphan ? html`<span class="badge warn" part="orphan"><span aria-hidden="true">⚠ </span>${text.orphan}</span>` : nothing}
      </span>
      <span class="cell owner-cell">${renderOwner(view, owner)}</span>
      <span class="cell status-cell">${renderStatus(view, goal)}</span>
      <span class="cell progress-cell">${renderProgress(view, progress, goal.status)}</span>
      <span class="cell due-cell"><bdi class=${goal.dueDate ? '' : 'muted'} title=${goal.dueDate ? formatDate(view.locale, goal.dueDate) : nothing}>${goal.dueDate ? text.due(shortDate(view.locale, goal.dueDate, view.now)) : text.noDueDate}</bdi></span>
      ${showPace ? html`<span class="cell pace-cell">${renderPace(view, pace.state)}</span>` : nothing}
    </div>`;
}
