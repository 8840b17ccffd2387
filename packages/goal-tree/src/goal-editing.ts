import {
  GOAL_LEVELS, GOAL_STATUSES, KEY_RESULT_KINDS, formatPercent,
  type Alignment, type CoreMessages, type Goal, type GoalLevel, type GoalStatus, type GoalsPort, type KeyResultKind, type Person,
} from '@pm-widgets/core';
import { canEditGoal, isSelfOrDescendant, type GoalStructure } from '@pm-widgets/core/rules';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { applyDraft, validateDraft } from './draft.js';
import type { GoalView } from './goal-facts.js';
import { GoalSaver } from './goal-saver.js';
import type { GoalTreeModel } from './goal-tree-model.js';
import { editingStyles } from './goal-editing.styles.js';
import { addEnglish, kindText, levelText, statusText, type GoalTreeMessages } from './messages.js';
import { editingEnglish } from './messages-editing.js';
import { conflictRows, renderSaveMessage } from './save-message.js';
import type { DraftErrors, DraftField, GoalChangeAction, GoalDraft, KeyResultDraft } from './types.js';

/**
 * Editing goals: the inline edit form, the add, move and delete dialogs, the small pure steps
 * behind them, optimistic saves with their messages and conflicts, and `GoalTreeEditor`, which
 * holds the edit state and wires it all to the element. Its own chunk (with goal-saver.ts,
 * save-message.ts, draft.ts and its styles): the element imports it only once it is `editable`,
 * so a read-only tree never loads it.
 */

export { editingStyles as styles };

addEnglish(editingEnglish);

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
    goalId: goal.id,
    title: goal.title,
    description: goal.description ?? '',
    ownerId: goal.ownerId ?? '',
    status: goal.status,
    progress: goal.progress,
    weight: String(goal.weight),
    startDate: goal.startDate ?? '',
    dueDate: goal.dueDate ?? '',
    alignedTo: (goal.alignedTo ?? []).map((a) => ({ ...a })),
    keyResults: goal.keyResults.map((kr) => ({
      id: kr.id, title: kr.title, kind: kr.kind,
      start: String(kr.start), target: String(kr.target), current: String(kr.current), unit: kr.unit ?? '',
    })),
    touched: new Set(),
  };
}

const touch = (draft: GoalDraft, field: DraftField): ReadonlySet<DraftField> =>
  draft.touched.has(field) ? draft.touched : new Set([...draft.touched, field]);

const DRAFT_TEXT_FIELDS = ['title', 'description', 'ownerId', 'weight', 'startDate', 'dueDate'] as const;
const KR_FIELDS = ['title', 'start', 'target', 'current', 'unit'] as const;

/** Sensible start, target and current for a key result that became `kind`. */
function rekind(kr: KeyResultDraft, kind: KeyResultKind): KeyResultDraft {
  if (kind === 'boolean') return { ...kr, kind, start: '0', target: '1', current: Number(kr.current) >= 1 ? '1' : '0', unit: '' };
  if (kind === 'percent' && kr.kind === 'boolean') return { ...kr, kind, start: '0', target: '100', current: kr.current === '1' ? '100' : '0' };
  if (kind === 'milestone' && kr.kind === 'boolean') return { ...kr, kind, start: '0', target: '3', current: kr.current };
  if (kr.kind === 'boolean') return { ...kr, kind, start: '0', target: '10', current: kr.current };
  return { ...kr, kind, unit: kind === 'currency' ? (kr.unit.length === 3 ? kr.unit : 'EUR') : kind === 'number' ? kr.unit : '' };
}

/** The draft after the reader changed the edit form's field `name` to `value`. */
export function editDraft(draft: GoalDraft, name: string, value: string): GoalDraft {
  const next: GoalDraft = { ...draft };
  if ((DRAFT_TEXT_FIELDS as readonly string[]).includes(name)) {
    next[name as (typeof DRAFT_TEXT_FIELDS)[number]] = value;
    next.touched = touch(draft, name as DraftField);
  } else if (name === 'status') {
    next.status = value as GoalStatus;
    next.touched = touch(draft, 'status');
  } else if (name === 'progress') {
    next.progress = Math.min(1, Math.max(0, Number(value) / 100 || 0));
    next.touched = touch(draft, 'progress');
  } else if (name === 'alignTo') {
    if (value && !draft.alignedTo.some((a) => a.goalId === value && a.keyResultId === undefined)) {
      next.alignedTo = [...draft.alignedTo, { goalId: value }];
      next.touched = touch(draft, 'alignedTo');
    }
  } else if (name.startsWith('kr:')) {
    next.touched = touch(draft, 'keyResults');
    const [, id, field = 'current'] = name.split(':');
    next.keyResults = draft.keyResults.map((kr) => {
      if (kr.id !== id) return kr;
      if (field === 'kind') return rekind(kr, value as KeyResultKind);
      if ((KR_FIELDS as readonly string[]).includes(field)) return { ...kr, [field]: value };
      return kr;
    });
  }
  return next;
}

/** Adds an empty key result (a number from 0 to 10) at the end. */
export function addKeyResult(draft: GoalDraft, title: string): GoalDraft {
  const id = globalThis.crypto?.randomUUID?.() ?? `kr-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    ...draft,
    keyResults: [...draft.keyResults, { id, title, kind: 'number', start: '0', target: '10', current: '0', unit: '' }],
    touched: touch(draft, 'keyResults'),
  };
}

export function removeKeyResult(draft: GoalDraft, id: string): GoalDraft {
  return { ...draft, keyResults: draft.keyResults.filter((kr) => kr.id !== id), touched: touch(draft, 'keyResults') };
}

/** Moves a key result one place up (`-1`) or down (`1`). */
export function moveKeyResult(draft: GoalDraft, id: string, by: -1 | 1): GoalDraft {
  const list = draft.keyResults.slice();
  const from = list.findIndex((kr) => kr.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return draft;
  [list[from], list[to]] = [list[to]!, list[from]!];
  return { ...draft, keyResults: list, touched: touch(draft, 'keyResults') };
}

export function removeAlignment(draft: GoalDraft, index: number): GoalDraft {
  return { ...draft, alignedTo: draft.alignedTo.filter((_, i) => i !== index), touched: touch(draft, 'alignedTo') };
}

/** Goals `goal` may align to: placed, not itself or below it, not already chosen; higher levels first. */
export function alignmentCandidates(structure: GoalStructure, goal: Goal, chosen: readonly Alignment[], limit = 200): Goal[] {
  const taken = new Set(chosen.map((a) => a.goalId));
  const byLevel: Goal[][] = GOAL_LEVELS.map(() => []);
  let count = 0;
  for (const candidate of structure.goals) {
    if (count >= limit * 4) break;
    if (taken.has(candidate.id) || candidate.status === 'archived' || !structure.isPlaced(candidate.id)) continue;
    if (isSelfOrDescendant(structure, goal.id, candidate.id)) continue;
    byLevel[GOAL_LEVELS.indexOf(candidate.level)]!.push(candidate);
    count++;
  }
  return byLevel.flat().slice(0, limit);
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
    createdAt: new Date().toISOString(),
  };
}

// ── the edit form ──────────────────────────────────────────────────────────

export interface GoalEditorState {
  draft: GoalDraft;
  /** The draft holds unsaved changes of the reader's (then Cancel is offered). */
  edited: boolean;
  /** Goals with sub-goals cannot be deleted. */
  hasChildren: boolean;
  /** What is wrong with the draft, shown once the reader tried to save. */
  errors: DraftErrors;
  /** People who can own the goal. */
  people: readonly Person[];
  /** Goals it can align to. */
  candidates: readonly Goal[];
  /** Titles of goals by id (for the alignments chosen). */
  titleOf: (goalId: string) => string | undefined;
  /** Title of a goal's key result (for alignments to a key result). */
  keyResultTitleOf: (goalId: string, keyResultId: string) => string | undefined;
  /** The save status, shown beside the Save button. */
  message: unknown;
}

export interface GoalEditorActions {
  onInput: (event: Event) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
  openDialog: (dialog: GoalDialog) => void;
  onAddKeyResult: () => void;
  onRemoveKeyResult: (id: string) => void;
  onMoveKeyResult: (id: string, by: -1 | 1) => void;
  onRemoveAlignment: (index: number) => void;
}

/** A labelled control with its error message, wired by `aria-describedby`. */
function field(label: string, name: string, errors: DraftErrors, control: (invalid: boolean, describedBy: string | undefined) => TemplateResult, hint?: string): TemplateResult {
  const error = errors[name];
  const id = `error-${name}`;
  const hintId = `hint-${name}`;
  const describedBy = [error ? id : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return html`<label class="pm-field" data-field=${name}><span class="label">${label}</span>
      ${control(Boolean(error), describedBy)}
      ${hint ? html`<span class="hint" id=${hintId}>${hint}</span>` : nothing}
      ${error ? html`<span class="error" id=${id}>${error}</span>` : nothing}
    </label>`;
}

/** The inline edit form in the details panel, in sections, with the add sub-goal, move and delete buttons. */
export function renderGoalEditor(
  text: GoalTreeMessages,
  goal: Goal,
  state: GoalEditorState,
  actions: GoalEditorActions,
): TemplateResult {
  const { draft, edited, hasChildren, errors } = state;
  const errorCount = Object.keys(errors).length;
  const invalid = (bad: boolean) => (bad ? 'true' : nothing);
  const described = (id: string | undefined) => id ?? nothing;
  return html`<form class="edit" part="edit-form" novalidate @input=${actions.onInput} @change=${actions.onInput} @submit=${actions.onSubmit}>
      <h3>${text.edit}</h3>
      <fieldset class="section">
        <legend>${text.editSectionBasics}</legend>
        ${field(text.titleLabel, 'title', errors, (bad, by) => html`<input name="title" required maxlength="200" .value=${draft.title}
          aria-invalid=${invalid(bad)} aria-describedby=${described(by)} />`)}
        ${field(text.descriptionLabel, 'description', errors, () => html`<textarea name="description" rows="3" maxlength="5000" .value=${draft.description}></textarea>`)}
        <div class="field-row">
          ${field(text.ownerLabel, 'ownerId', errors, () => html`<select name="ownerId">
            <option value="" ?selected=${draft.ownerId === ''}>${text.noOwner}</option>
            ${state.people.map((p) => html`<option value=${p.id} ?selected=${draft.ownerId === p.id}>${p.name}</option>`)}
          </select>`)}
          ${field(text.statusLabel, 'status', errors, () => html`<select name="status">
            ${GOAL_STATUSES.map((status) => html`<option value=${status} ?selected=${draft.status === status}>${statusText(text, status)}</option>`)}
          </select>`)}
        </div>
        ${goal.progressMode === 'manual'
          ? field(text.progressManualLabel, 'progress', errors, () => html`<input name="progress" type="number" min="0" max="100" step="1"
              .value=${String(Math.round(draft.progress * 100))} />`)
          : html`<p class="muted">${text.progressComputed}</p>`}
      </fieldset>
      <fieldset class="section">
        <legend>${text.editSectionPlan}</legend>
        <div class="field-row three">
          ${field(text.startLabel, 'startDate', errors, () => html`<input name="startDate" type="date" .value=${draft.startDate} />`)}
          ${field(text.dueLabel, 'dueDate', errors, (bad, by) => html`<input name="dueDate" type="date" .value=${draft.dueDate}
            aria-invalid=${invalid(bad)} aria-describedby=${described(by)} />`)}
          ${field(text.weightLabel, 'weight', errors, (bad, by) => html`<input name="weight" type="number" min="0" max="1000" step="any"
            inputmode="decimal" .value=${draft.weight} aria-invalid=${invalid(bad)} aria-describedby=${described(by)} />`, text.weightHint)}
        </div>
      </fieldset>
      <fieldset class="section krs">
        <legend>${text.keyResults}</legend>
        ${draft.keyResults.length ? nothing : html`<p class="muted">${text.noKeyResults}</p>`}
        ${draft.keyResults.map((kr, i) => renderKeyResultEditor(text, kr, i, draft.keyResults.length, errors, actions))}
        <div><button class="button" type="button" part="add-key-result" @click=${actions.onAddKeyResult}>+ ${text.krAdd}</button></div>
      </fieldset>
      <fieldset class="section">
        <legend>${text.editSectionAlignment}</legend>
        ${draft.alignedTo.length
          ? html`<ul class="plain chips">${draft.alignedTo.map((a, i) => {
              const goalTitle = state.titleOf(a.goalId) ?? a.goalId;
              const krTitle = a.keyResultId ? state.keyResultTitleOf(a.goalId, a.keyResultId) : undefined;
              const title = krTitle ? text.alignedToKeyResult(krTitle, goalTitle) : goalTitle;
              return html`<li class="chip" data-align=${a.goalId}><span>${title}</span>
                <button class="button quiet icon" type="button" aria-label=${text.alignRemove(title)} title=${text.alignRemove(title)}
                  @click=${() => actions.onRemoveAlignment(i)}>✕</button></li>`;
            })}</ul>`
          : html`<p class="muted">${text.alignNone}</p>`}
        ${field(text.alignAdd, 'alignTo', errors, () => html`<select name="alignTo">
          <option value="" selected>${text.alignChoose}</option>
          ${state.candidates.map((c) => html`<option value=${c.id}>${c.title} · ${levelText(text, c.level)}</option>`)}
        </select>`)}
      </fieldset>
      ${errorCount ? html`<p class="form-error" role="alert">${text.errSummary(errorCount)}</p>` : nothing}
      <div class="actions save-row">
        <button class="button primary" type="submit">${text.save}</button>
        ${edited ? html`<button class="button" type="button" @click=${actions.onCancel}>${text.cancel}</button>` : nothing}
        ${state.message}
      </div>
      <div class="actions structure">
        <button class="button" type="button" part="add-child" @click=${() => actions.openDialog({ kind: 'add', parentId: goal.id })}>${text.addChild}</button>
        <button class="button" type="button" part="move" @click=${() => actions.openDialog({ kind: 'move', goalId: goal.id, query: '' })}>${text.moveTo}</button>
        <button class="button" type="button" part="delete" ?disabled=${hasChildren} aria-describedby=${hasChildren ? 'delete-note' : nothing}
          @click=${() => actions.openDialog({ kind: 'delete', goalId: goal.id })}>${text.delete}</button>
      </div>
      ${hasChildren ? html`<p class="muted" id="delete-note">${text.deleteHasChildren}</p>` : nothing}
    </form>`;
}

function renderKeyResultEditor(
  text: GoalTreeMessages,
  kr: KeyResultDraft,
  index: number,
  count: number,
  errors: DraftErrors,
  actions: GoalEditorActions,
): TemplateResult {
  const name = (f: string) => (f === 'current' ? `kr:${kr.id}` : `kr:${kr.id}:${f}`);
  const label = kr.title.trim() || text.krNumber(index + 1);
  const number = (f: 'start' | 'target' | 'current', caption: string) => field(caption, name(f), errors, (bad, describedBy) => html`<input
      name=${name(f)} type="number" step=${kr.kind === 'milestone' ? '1' : 'any'} inputmode="decimal" .value=${kr[f]}
      aria-invalid=${bad ? 'true' : nothing} aria-describedby=${describedBy ?? nothing} />`);
  return html`<fieldset class="kr-edit" data-kr=${kr.id}>
      <legend class="visually-hidden">${text.krNumber(index + 1)}</legend>
      <div class="kr-head">
        ${field(text.krTitleLabel, name('title'), errors, (bad, describedBy) => html`<input name=${name('title')} maxlength="200" .value=${kr.title}
          aria-invalid=${bad ? 'true' : nothing} aria-describedby=${describedBy ?? nothing} />`)}
        <span class="kr-tools">
          <button class="button quiet icon" type="button" ?disabled=${index === 0} aria-label=${text.krMoveUp(label)} title=${text.krMoveUp(label)}
            @click=${() => actions.onMoveKeyResult(kr.id, -1)}>↑</button>
          <button class="button quiet icon" type="button" ?disabled=${index === count - 1} aria-label=${text.krMoveDown(label)} title=${text.krMoveDown(label)}
            @click=${() => actions.onMoveKeyResult(kr.id, 1)}>↓</button>
          <button class="button quiet icon danger" type="button" aria-label=${text.krRemove(label)} title=${text.krRemove(label)}
            @click=${() => actions.onRemoveKeyResult(kr.id)}>✕</button>
        </span>
      </div>
      <div class="field-row kr-values">
        ${field(text.krKindLabel, name('kind'), errors, () => html`<select name=${name('kind')}>
          ${KEY_RESULT_KINDS.map((kind) => html`<option value=${kind} ?selected=${kr.kind === kind}>${kindText(text, kind)}</option>`)}
        </select>`)}
        ${kr.kind === 'boolean'
          ? html`<label class="check"><input type="checkbox" name=${`kr:${kr.id}`} .checked=${kr.current === '1'} />${text.krAchievedLabel}</label>`
          : html`${number('start', text.krStartLabel)}${number('target', text.krTargetLabel)}${number('current', text.krNowLabel)}
            ${kr.kind === 'currency' || kr.kind === 'number'
              ? field(kr.kind === 'currency' ? text.krCurrencyLabel : text.krUnitLabel, name('unit'), errors, (bad, describedBy) => html`<input
                  name=${name('unit')} maxlength="20" .value=${kr.unit} aria-invalid=${bad ? 'true' : nothing} aria-describedby=${describedBy ?? nothing} />`)
              : nothing}`}
      </div>
    </fieldset>`;
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

// ── the editor: edit state and actions, wired to the element ───────────────

/** What the editor needs from the element, read when needed (the element owns goals, rows and selection). */
export interface GoalTreeEditorOptions {
  /** Where saves go; undefined to change only the goals on screen (a host-given `.goals`). */
  port: () => Pick<GoalsPort, 'saveGoal' | 'deleteGoal'> | undefined;
  model: () => GoalTreeModel | undefined;
  /** The goals on screen, in order (an undone save puts a goal back in its place). */
  goals: () => readonly Goal[] | undefined;
  /** Puts a goal into the list on screen (at `at` when it is new), or takes it out (`null`). */
  replace: (id: string, goal: Goal | null, at?: number) => void;
  text: () => GoalTreeMessages;
  coreText: () => CoreMessages;
  locale: () => string;
  selectedId: () => string | undefined;
  /** Editing is offered now (`editable`, and the goals are known to be valid). */
  writable: () => boolean;
  viewerId: () => string | undefined;
  canEdit: () => ((goal: Goal, viewer: Person | undefined) => boolean) | undefined;
  /** Loads the goals again. */
  reload: () => Promise<void>;
  /** Opens a goal so that a new or moved child shows (`filtered`: in a filtered tree too). */
  openForChild: (parentId: string, filtered: boolean) => void;
  /** Brings a saved goal into view; `select` also selects it (a new goal). */
  reveal: (goalId: string, select: boolean) => void;
  /** The row of a goal, or -1. */
  rowIndexOf: (goalId: string) => number;
  /** A goal that was in row `index` is deleted: the selection and the focusable row move on. */
  deleted: (goalId: string, index: number) => void;
}

type EditorHost = ReactiveControllerHost & EventTarget & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The edit state of one tree (the draft of the selected goal, its errors, the open dialog, the
 * saves) and what it renders: the edit form in the details, the dialogs, the save message. Made by
 * the element once the tree is `editable` and this chunk is loaded; kept while the element lives.
 */
export class GoalTreeEditor implements ReactiveController {
  #draft?: GoalDraft;
  /** The reader tried to save a draft with mistakes: show them on the fields. */
  #showErrors = false;
  #dialogState?: GoalDialog;
  readonly #saves: GoalSaver;

  constructor(private readonly host: EditorHost, private readonly options: GoalTreeEditorOptions) {
    host.addController(this);
    this.#saves = new GoalSaver(host, {
      port: options.port,
      indexOf: (id) => options.goals()?.findIndex((g) => g.id === id),
      replace: options.replace,
      text: options.text,
      coreText: options.coreText,
      effect: (action, saved) => this.#saveEffect(action, saved),
    });
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open && this.#dialogState) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    }
  }

  /** Another goal was selected: an unsaved edit of the previous one is dropped. */
  selectionChanged(): void {
    this.#set({ draft: undefined, showErrors: false });
  }

  /** Opens the add dialog for a top-level goal (the toolbar's and the empty state's Add goal). */
  readonly openAddRoot = () => this.#openDialog({ kind: 'add', parentId: null });

  /** Whether the viewer may change `goal` here (writable, then the `canEdit` hook or the default rule). */
  mayEdit(goal: Goal): boolean {
    const { options } = this;
    if (!options.writable()) return false;
    const viewerId = options.viewerId();
    const model = options.model();
    const viewer = viewerId ? model?.people.get(viewerId) ?? { id: viewerId, name: viewerId } : undefined;
    const canEdit = options.canEdit();
    if (canEdit) return canEdit(goal, viewer);
    if (!viewerId || !model) return true;
    return canEditGoal(goal, viewerId, {
      personOf: (id) => model.people.get(id),
      goalOf: (id) => model.structure.goalOf(id),
    });
  }

  /** What goes last in the details of `goal`: the edit form, or a note that the viewer may not edit it. */
  renderInDetails(view: GoalView, goal: Goal): unknown {
    if (this.mayEdit(goal)) return this.#renderEditor(view, goal);
    return this.options.writable() ? html`<p class="muted read-only" part="read-only">${view.text.readOnly}</p>` : nothing;
  }

  /** The save message below the tree, unless it is shown beside the Save button of the goal it is about. */
  renderMessageBelow(): unknown {
    return this.#messageInEditor() ? nothing : this.#renderMessage();
  }

  renderDialog(): unknown {
    return renderGoalDialog(this.options.text(), this.#dialogState, this.options.model()?.structure, {
      onAddSubmit: this.#onAddSubmit,
      onMoveSubmit: this.#onMoveSubmit,
      onMoveSearch: this.#onMoveSearch,
      onDeleteConfirm: this.#onDeleteConfirm,
      onCancel: this.#closeDialog,
      onClose: this.#onDialogClose,
    });
  }

  // ── state ────────────────────────────────────────────────────────────────

  #set(changes: { draft?: GoalDraft | undefined; showErrors?: boolean; dialogState?: GoalDialog | undefined }): void {
    if ('draft' in changes) this.#draft = changes.draft;
    if (changes.showErrors !== undefined) this.#showErrors = changes.showErrors;
    if ('dialogState' in changes) this.#dialogState = changes.dialogState;
    this.host.requestUpdate();
  }

  #currentGoal(id: string | undefined): Goal | undefined {
    return id === undefined ? undefined : this.options.model()?.structure.goalOf(id);
  }

  #draftFor(goal: Goal): GoalDraft {
    return this.#draft?.goalId === goal.id ? this.#draft : draftOf(goal);
  }

  /** The save status goes beside the Save button of the goal it is about, when that form is shown. */
  #messageInEditor(): boolean {
    const goal = this.#currentGoal(this.options.selectedId());
    if (!goal || !this.mayEdit(goal)) return false;
    const message = this.#saves.message;
    return !message || message.goalId === goal.id;
  }

  /** After a save: what it did to the parent's progress (a new sub-goal may move it a lot). */
  #saveEffect(action: GoalChangeAction, saved: Goal): string | undefined {
    if (action !== 'create' || !saved.parentId) return undefined;
    const model = this.options.model();
    const parent = model?.structure.goalOf(saved.parentId);
    if (!model || !parent) return undefined;
    const text = this.options.text();
    const locale = this.options.locale();
    if (parent.progressMode === 'manual') return text.parentNowIgnores(parent.title);
    if (parent.progressMode !== 'children') return undefined;
    const active = model.structure.childrenOf(parent.id).filter((child) => child.status !== 'archived');
    const percent = formatPercent(locale, model.progress.of(parent.id));
    const total = active.reduce((sum, child) => sum + child.weight, 0);
    const equal = active.every((child) => child.weight === saved.weight) || total === 0;
    return equal
      ? text.parentNowEqual(parent.title, percent)
      : text.parentNowWeighted(parent.title, percent, formatPercent(locale, saved.weight / total));
  }

  // ── render ───────────────────────────────────────────────────────────────

  #renderMessage(): TemplateResult {
    const message = this.#saves.message;
    const text = this.options.text();
    const people = this.options.model()?.people;
    const rows = message?.kind === 'conflict' && message.server
      ? conflictRows(text, this.#draft, message.server, (id) => people?.get(id)?.name ?? id)
      : [];
    return renderSaveMessage(text, message, {
      onReload: this.#onReloadKeepEdit,
      onDiscard: this.#onDiscardEdit,
      ...(message?.kind === 'conflict' && message.action === 'update' && this.#draft?.goalId === message.goalId ? { onUseMine: this.#onUseMine } : {}),
      onDismiss: this.#onDismissMessage,
    }, rows);
  }

  #renderEditor(view: GoalView, goal: Goal): TemplateResult {
    const draft = this.#draftFor(goal);
    const { structure, people } = view.model;
    const state = {
      draft,
      edited: this.#draft?.goalId === goal.id,
      hasChildren: structure.hasChildren(goal.id),
      errors: this.#showErrors ? validateDraft(draft, view.text) : {},
      people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, view.locale)),
      candidates: alignmentCandidates(structure, goal, draft.alignedTo),
      titleOf: (id: string) => structure.goalOf(id)?.title,
      keyResultTitleOf: (id: string, krId: string) => structure.goalOf(id)?.keyResults.find((kr) => kr.id === krId)?.title,
      message: this.#messageInEditor() ? this.#renderMessage() : html`<div role="status" class="save-status"></div>`,
    };
    return renderGoalEditor(view.text, goal, state, {
      onInput: this.#onEditInput,
      onSubmit: this.#onEditSubmit,
      onCancel: this.#onEditCancel,
      openDialog: this.#openDialog,
      onAddKeyResult: this.#onAddKeyResult,
      onRemoveKeyResult: this.#onRemoveKeyResult,
      onMoveKeyResult: this.#onMoveKeyResult,
      onRemoveAlignment: this.#onRemoveAlignment,
    });
  }

  // ── the edit form ────────────────────────────────────────────────────────

  #onEditInput = (event: Event) => {
    const goal = this.#currentGoal(this.options.selectedId());
    const field = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (!goal || !field.name) return;
    if (field.name === 'alignTo' && event.type !== 'change') return;
    const value = field instanceof HTMLInputElement && field.type === 'checkbox' ? (field.checked ? '1' : '0') : field.value;
    this.#set({ draft: editDraft(this.#draftFor(goal), field.name, value) });
    if (field.name === 'alignTo') field.value = '';
  };

  /** Applies a structural change (key results, alignment) to the draft of the selected goal. */
  #changeDraft(change: (draft: GoalDraft) => GoalDraft): void {
    const goal = this.#currentGoal(this.options.selectedId());
    if (goal) this.#set({ draft: change(this.#draftFor(goal)) });
  }

  #onAddKeyResult = async () => {
    this.#changeDraft((draft) => addKeyResult(draft, ''));
    await this.host.updateComplete;
    const inputs = this.host.renderRoot.querySelectorAll<HTMLInputElement>('.kr-edit input[name$=":title"]');
    inputs[inputs.length - 1]?.focus();
  };

  #onRemoveKeyResult = (id: string) => this.#changeDraft((draft) => removeKeyResult(draft, id));

  #onMoveKeyResult = async (id: string, by: -1 | 1) => {
    this.#changeDraft((draft) => moveKeyResult(draft, id, by));
    await this.host.updateComplete;
    // Keep focus on the moved key result's button, which moved with it.
    const moved = this.host.renderRoot.querySelector<HTMLElement>(`.kr-edit[data-kr="${CSS.escape(id)}"]`);
    const buttons = moved?.querySelectorAll<HTMLButtonElement>('.kr-tools button');
    const button = buttons?.[by < 0 ? 0 : 1];
    (button && !button.disabled ? button : moved?.querySelector<HTMLElement>('input'))?.focus();
  };

  #onRemoveAlignment = (index: number) => this.#changeDraft((draft) => removeAlignment(draft, index));

  #onEditSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const goal = this.#currentGoal(this.options.selectedId());
    if (!goal || !this.mayEdit(goal)) return;
    const draft = this.#draftFor(goal);
    const errors = validateDraft(draft, this.options.text());
    if (Object.keys(errors).length) {
      this.#set({ showErrors: true });
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('form.edit [aria-invalid="true"]')?.focus();
      return;
    }
    this.#set({ showErrors: false });
    const next = applyDraft(goal, draft);
    if (await this.#saves.save('update', next, goal)) this.#set({ draft: undefined });
  };

  #onEditCancel = () => {
    this.#set({ draft: undefined, showErrors: false });
  };

  // ── the save message ─────────────────────────────────────────────────────

  #onReloadKeepEdit = () => this.#saves.takeServerVersion(() => this.options.reload());

  #onDiscardEdit = async () => {
    this.#set({ draft: undefined });
    await this.#saves.takeServerVersion(() => this.options.reload());
  };

  /** Conflict: the reader's edit, applied to the other person's saved version, saved with its version. */
  #onUseMine = async () => {
    const message = this.#saves.message;
    if (message?.kind !== 'conflict') return;
    const draft = this.#draft;
    await this.#saves.takeServerVersion(() => this.options.reload());
    await this.host.updateComplete;
    const theirs = this.#currentGoal(message.goalId);
    if (!theirs || !draft || draft.goalId !== theirs.id || !this.mayEdit(theirs)) return;
    if (await this.#saves.save('update', applyDraft(theirs, draft), theirs)) this.#set({ draft: undefined });
  };

  #onDismissMessage = () => {
    this.#saves.dismiss();
  };

  // ── the dialogs ──────────────────────────────────────────────────────────

  #openDialog = (dialog: GoalDialog) => {
    this.#set({ dialogState: dialog });
  };

  #closeDialog = () => {
    this.host.renderRoot.querySelector('dialog')?.close();
  };

  #onDialogClose = () => {
    this.#set({ dialogState: undefined });
  };

  #onAddSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const dialog = this.#dialogState;
    if (dialog?.kind !== 'add') return;
    const data = new FormData(event.target as HTMLFormElement);
    const title = String(data.get('title') ?? '').trim();
    if (!title) return;
    const parent = dialog.parentId ? this.#currentGoal(dialog.parentId) : undefined;
    const level = data.get('level') as GoalLevel | null;
    const goal = newGoal({ title, level, parentId: dialog.parentId, parent, viewerId: this.options.viewerId() });
    this.#closeDialog();
    if (parent) this.options.openForChild(parent.id, true);
    if (await this.#saves.save('create', goal, null)) this.options.reveal(goal.id, true);
  };

  #onMoveSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const dialog = this.#dialogState;
    if (dialog?.kind !== 'move') return;
    const goal = this.#currentGoal(dialog.goalId);
    const target = new FormData(event.target as HTMLFormElement).get('parent');
    const structure = this.options.model()?.structure;
    if (!goal || target === null || !structure) return;
    const parentId = target === '' ? null : String(target);
    if (parentId !== null && isSelfOrDescendant(structure, goal.id, parentId)) return;
    this.#closeDialog();
    if (parentId === goal.parentId) return;
    if (parentId) this.options.openForChild(parentId, false);
    if (await this.#saves.save('move', { ...goal, parentId }, goal)) this.options.reveal(goal.id, false);
  };

  #onMoveSearch = (event: Event) => {
    const dialog = this.#dialogState;
    if (dialog?.kind === 'move') this.#set({ dialogState: { ...dialog, query: (event.target as HTMLInputElement).value } });
  };

  #onDeleteConfirm = async () => {
    const dialog = this.#dialogState;
    if (dialog?.kind !== 'delete') return;
    const goal = this.#currentGoal(dialog.goalId);
    this.#closeDialog();
    if (!goal) return;
    const index = this.options.rowIndexOf(goal.id);
    if (await this.#saves.save('delete', null, goal)) this.options.deleted(goal.id, index);
  };
}
