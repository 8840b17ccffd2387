import { GOAL_LEVELS, GOAL_STATUSES, renderTechnicalDetails, type Goal, type GoalLevel, type GoalStatus } from '@pm-widgets/core';
import { isSelfOrDescendant, type GoalStructure } from '@pm-widgets/core/rules';
import { html, nothing, type TemplateResult } from 'lit';
import type { SaveMessage } from './goal-saver.js';
import { levelText, statusText, type GoalTreeMessages } from './messages.js';
import type { GoalDraft } from './types.js';

/**
 * Editing goals: the inline edit form, the add, move and delete dialogs, the save message, and
 * the small pure steps behind them. The element owns the state and wires the handlers.
 */

/** The dialog open over the tree. */
export type GoalDialog =
  | { kind: 'add'; parentId: string | null }
  | { kind: 'move'; goalId: string; query: string }
  | { kind: 'delete'; goalId: string };

/** The move dialog lists at most this many candidate parents. */
const MOVE_CANDIDATES = 50;

/** The level below `level` (individual stays individual): the default for a new sub-goal. */
export const nextLevel = (level: GoalLevel): GoalLevel =>
  GOAL_LEVELS[Math.min(GOAL_LEVELS.indexOf(level) + 1, GOAL_LEVELS.length - 1)]!;

/** A draft with the goal's own values. */
export function draftOf(goal: Goal): GoalDraft {
  return {
    goalId: goal.id, title: goal.title, status: goal.status, progress: goal.progress,
    keyResults: Object.fromEntries(goal.keyResults.map((kr) => [kr.id, kr.current])),
  };
}

/** The draft after the reader changed the edit form's field `name` to `value`. */
export function editDraft(draft: GoalDraft, name: string, value: string): GoalDraft {
  const next = { ...draft, keyResults: { ...draft.keyResults } };
  if (name === 'title') next.title = value;
  else if (name === 'status') next.status = value as GoalStatus;
  else if (name === 'progress') next.progress = Math.min(1, Math.max(0, Number(value) / 100 || 0));
  else if (name.startsWith('kr:')) {
    const number = Number(value);
    if (Number.isFinite(number) && value !== '') next.keyResults[name.slice(3)] = number;
  }
  return next;
}

export interface NewGoalInput {
  title: string;
  /** The level chosen in the dialog, if any. */
  level: GoalLevel | null;
  parentId: string | null;
  /** The parent goal, when it is in the tree: the new goal takes its owner, cycle and dates. */
  parent: Goal | undefined;
  /** The reader, who owns what they create. */
  viewerId: string | undefined;
}

/** A new goal from the add dialog, not started, measured by hand, not yet saved (version 0). */
export function newGoal({ title, level, parentId, parent, viewerId }: NewGoalInput): Goal {
  return {
    id: globalThis.crypto?.randomUUID?.() ?? `goal-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    parentId,
    title,
    level: level ?? (parent ? nextLevel(parent.level) : 'organization'),
    ...(viewerId ? { ownerId: viewerId } : parent?.ownerId ? { ownerId: parent.ownerId } : {}),
    ...(parent?.cycleId ? { cycleId: parent.cycleId } : {}),
    status: 'not-started',
    progress: 0,
    progressMode: 'manual',
    weight: 1,
    ...(parent?.dueDate ? { dueDate: parent.dueDate } : {}),
    ...(parent?.startDate ? { startDate: parent.startDate } : {}),
    keyResults: [],
    version: 0,
    updatedAt: new Date().toISOString(),
  };
}

// ── the edit form ──────────────────────────────────────────────────────────

export interface GoalEditorState {
  draft: GoalDraft;
  /** The draft holds unsaved changes of the reader's (then Cancel is offered). */
  edited: boolean;
  /** Goals with sub-goals cannot be deleted. */
  hasChildren: boolean;
}

export interface GoalEditorActions {
  onInput: (event: Event) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
  openDialog: (dialog: GoalDialog) => void;
}

/** The inline edit form in the details panel, with the add sub-goal, move and delete buttons. */
export function renderGoalEditor(
  text: GoalTreeMessages,
  goal: Goal,
  { draft, edited, hasChildren }: GoalEditorState,
  actions: GoalEditorActions,
): TemplateResult {
  return html`<form class="edit" part="edit-form" @input=${actions.onInput} @change=${actions.onInput} @submit=${actions.onSubmit}>
      <h3>${text.edit}</h3>
      <label>${text.titleLabel}<input name="title" required maxlength="200" .value=${draft.title} /></label>
      <label>${text.statusLabel}<select name="status">
        ${GOAL_STATUSES.map((status) => html`<option value=${status} ?selected=${draft.status === status}>${statusText(text, status)}</option>`)}
      </select></label>
      ${goal.progressMode === 'manual'
        ? html`<label>${text.progressManualLabel}<input name="progress" type="number" min="0" max="100" step="1"
            .value=${String(Math.round(draft.progress * 100))} /></label>`
        : html`<p class="muted">${text.progressComputed}</p>`}
      ${goal.keyResults.map((kr) => html`<label>${text.krCurrentLabel(kr.title)}<input name=${`kr:${kr.id}`} type="number" step="any"
          .value=${String(draft.keyResults[kr.id] ?? kr.current)} /></label>`)}
      <div class="actions">
        <button class="button primary" type="submit">${text.save}</button>
        ${edited ? html`<button class="button" type="button" @click=${actions.onCancel}>${text.cancel}</button>` : nothing}
      </div>
      <div class="actions">
        <button class="button" type="button" part="add-child" @click=${() => actions.openDialog({ kind: 'add', parentId: goal.id })}>${text.addChild}</button>
        <button class="button" type="button" part="move" @click=${() => actions.openDialog({ kind: 'move', goalId: goal.id, query: '' })}>${text.moveTo}</button>
        <button class="button" type="button" part="delete" ?disabled=${hasChildren} aria-describedby=${hasChildren ? 'delete-note' : nothing}
          @click=${() => actions.openDialog({ kind: 'delete', goalId: goal.id })}>${text.delete}</button>
      </div>
      ${hasChildren ? html`<p class="muted" id="delete-note">${text.deleteHasChildren}</p>` : nothing}
    </form>`;
}

// ── the save message ───────────────────────────────────────────────────────

export interface SaveMessageActions {
  /** Conflict: show the other person's version, keep the edit. */
  onReload: () => void;
  /** Conflict: show the other person's version, drop the edit. */
  onDiscard: () => void;
  onDismiss: () => void;
}

/** Saving and saved as a polite status; failures and conflicts as an alert with what to do. */
export function renderSaveMessage(text: GoalTreeMessages, message: SaveMessage | undefined, actions: SaveMessageActions): TemplateResult {
  if (!message) return html`<div part="message" role="status"></div>`;
  if (message.kind === 'saving' || message.kind === 'saved') {
    return html`<div part="message" role="status" class="muted">${message.text}</div>`;
  }
  return html`<div class="message" part="message" role="alert" data-kind=${message.kind}>
      <p>${message.text}</p>
      ${'failure' in message && message.failure ? renderTechnicalDetails(message.failure.error, message.failure.messages) : nothing}
      ${message.kind === 'conflict'
        ? html`<button class="button primary" type="button" part="reload" @click=${actions.onReload}>${text.reloadKeepEdit}</button>
          <button class="button" type="button" @click=${actions.onDiscard}>${text.discardEdit}</button>`
        : html`<button class="button" type="button" @click=${actions.onDismiss}>${text.dismiss}</button>`}
    </div>`;
}

// ── the dialogs ────────────────────────────────────────────────────────────

export interface GoalDialogActions {
  onAddSubmit: (event: SubmitEvent) => void;
  onMoveSubmit: (event: SubmitEvent) => void;
  onMoveSearch: (event: Event) => void;
  onDeleteConfirm: () => void;
  /** Cancel: closes the dialog. */
  onCancel: () => void;
  /** The dialog closed (Cancel, Escape, or after a submit). */
  onClose: () => void;
}

/** The add, move or delete dialog (a modal `<dialog>` the element opens with `showModal()`). */
export function renderGoalDialog(
  text: GoalTreeMessages,
  dialog: GoalDialog | undefined,
  structure: GoalStructure | undefined,
  actions: GoalDialogActions,
): unknown {
  if (!dialog) return nothing;
  const goalOf = (id: string) => structure?.goalOf(id);
  let body: TemplateResult;
  let label: string;
  if (dialog.kind === 'add') {
    const parent = dialog.parentId ? goalOf(dialog.parentId) : undefined;
    label = parent ? text.addDialogTitle(parent.title) : text.addRootDialogTitle;
    const level = parent ? nextLevel(parent.level) : 'organization';
    body = html`<form @submit=${actions.onAddSubmit}>
        <label>${text.titleLabel}<input name="title" required maxlength="200" autofocus /></label>
        <label>${text.levelLabel}<select name="level">
          ${GOAL_LEVELS.map((l) => html`<option value=${l} ?selected=${l === level}>${levelText(text, l)}</option>`)}
        </select></label>
        <div class="actions">
          <button class="button primary" type="submit">${text.create}</button>
          <button class="button" type="button" @click=${actions.onCancel}>${text.cancel}</button>
        </div>
      </form>`;
  } else if (dialog.kind === 'move') {
    const goal = goalOf(dialog.goalId);
    label = text.moveDialogTitle(goal?.title ?? '');
    body = goal && structure ? renderMoveForm(text, structure, goal, dialog.query, actions) : html``;
  } else {
    const goal = goalOf(dialog.goalId);
    label = text.deleteDialogTitle(goal?.title ?? '');
    body = html`<p>${text.deleteText}</p>
        <div class="actions">
          <button class="button primary" type="button" part="confirm-delete" @click=${actions.onDeleteConfirm}>${text.delete}</button>
          <button class="button" type="button" autofocus @click=${actions.onCancel}>${text.cancel}</button>
        </div>`;
  }
  return html`<dialog part="dialog" aria-labelledby="dialog-title" data-kind=${dialog.kind} @close=${actions.onClose}>
      <h2 id="dialog-title">${label}</h2>
      ${body}
    </dialog>`;
}

/** Goals `goal` may move under: placed, matching the search, and not `goal` or below it. */
export function moveCandidates(structure: GoalStructure, goal: Goal, query: string): { candidates: Goal[]; more: number } {
  const q = query.trim().toLowerCase();
  const candidates: Goal[] = [];
  let more = 0;
  for (const candidate of structure.goals) {
    if (!structure.isPlaced(candidate.id)) continue;
    if (q && !candidate.title.toLowerCase().includes(q)) continue;
    if (isSelfOrDescendant(structure, goal.id, candidate.id)) continue;
    if (candidates.length < MOVE_CANDIDATES) candidates.push(candidate);
    else more++;
  }
  return { candidates, more };
}

function renderMoveForm(
  text: GoalTreeMessages,
  structure: GoalStructure,
  goal: Goal,
  query: string,
  actions: GoalDialogActions,
): TemplateResult {
  const { candidates, more } = moveCandidates(structure, goal, query);
  const searching = query.trim() !== '';
  return html`<form @submit=${actions.onMoveSubmit}>
      <label>${text.moveSearch}<input type="search" autofocus autocomplete="off" .value=${query} @input=${actions.onMoveSearch} /></label>
      <fieldset class="candidates">
        <legend class="visually-hidden">${text.moveSearch}</legend>
        <label><input type="radio" name="parent" value="" ?checked=${goal.parentId === null} required />${text.moveTopLevel}</label>
        ${candidates.map((c) => html`<label><input type="radio" name="parent" value=${c.id} ?checked=${goal.parentId === c.id} />${c.title}
          <span class="muted">${levelText(text, c.level)}</span></label>`)}
        ${candidates.length === 0 && searching ? html`<p class="muted">${text.moveNone}</p>` : nothing}
        ${more ? html`<p class="muted">${text.moveMore(more)}</p>` : nothing}
      </fieldset>
      <div class="actions">
        <button class="button primary" type="submit">${text.moveHere}</button>
        <button class="button" type="button" @click=${actions.onCancel}>${text.cancel}</button>
      </div>
    </form>`;
}
