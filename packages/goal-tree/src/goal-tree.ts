import { initialState, Task, TaskStatus } from '@lit/task';
import {
  AdapterError, errorText, formatDate, formatPercent, GOAL_LEVELS, GOAL_STATUSES, numberFormat, PmWidgetElement,
  renderInitial, renderTaskStates, statesStyles,
  type Goal, type GoalInput, type GoalLevel, type GoalList, type KeyResult, type Person,
} from '@pm-widgets/core';
import {
  analyzeGoalStructure, computePace, explainProgress, flattenGoalTree, isDecreasing, isSelfOrDescendant,
  keyResultProgress, rollUpForest, withAncestors,
  type FlatGoalRow, type ForestProgress, type GoalStructure, type PaceThresholds, type ProgressExplanation,
} from '@pm-widgets/core/rules';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { PmGoalChangeEvent, PmGoalSelectEvent } from './events.js';
import { goalTreeStyles } from './goal-tree.styles.js';
import { goalTreeText, levelText, paceText, statusText, type GoalTreeMessages } from './messages.js';
import { applyDraft, STATUS_ICONS, type GoalChangeAction, type GoalDraft } from './types.js';

interface TreeModel {
  goals: readonly Goal[];
  structure: GoalStructure;
  progress: ForestProgress;
  people: Map<string, Person>;
  /** Lower-cased title and owner name per placed goal, built on the first filter. */
  search?: { id: string; text: string }[];
}

type SaveMessage =
  | { kind: 'saving' | 'saved' | 'error'; text: string }
  | { kind: 'conflict'; text: string; goalId: string; server?: Goal };

type DialogState =
  | { kind: 'add'; parentId: string | null }
  | { kind: 'move'; goalId: string; query: string; target?: string }
  | { kind: 'delete'; goalId: string };

const OVERSCAN = 6;
const FALLBACK_VIEWPORT = 640;
const TYPEAHEAD_MS = 600;
const FILTER_DEBOUNCE_MS = 120;
const MOVE_CANDIDATES = 50;

/** Only http(s) URLs reach an `src`, whatever a `.people` property holds. */
function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const initials = (name: string) =>
  name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0]!.toUpperCase()).join('');

const nextLevel = (level: GoalLevel): GoalLevel =>
  GOAL_LEVELS[Math.min(GOAL_LEVELS.indexOf(level) + 1, GOAL_LEVELS.length - 1)]!;

/**
 * Cascading goals and key results: organisation → department → team → individual, with
 * rolled-up progress, pace, alignment and editing, virtualised to 100,000 goals.
 *
 * @summary A WAI-ARIA tree of goals with key results, progress roll-up, pace and editing.
 *
 * @event pm-goal-select - A reader selected a goal (click or Enter). `event.goal` is the goal.
 * @event pm-goal-change - A save completed. `event.goal`, `event.action` (`create | update | move | delete`), `event.previous`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The filter box and expand/collapse buttons.
 * @csspart filter - The filter input.
 * @csspart filter-status - The live count of matches.
 * @csspart expand-all - The Expand all button.
 * @csspart collapse-all - The Collapse all button.
 * @csspart add-goal - The Add goal button (editable).
 * @csspart notice - A warning about the data (orphans, duplicate ids).
 * @csspart structure-error - The alert naming goals in a parent-link cycle.
 * @csspart tree - The scrolling `role="tree"` viewport.
 * @csspart row - Each `role="treeitem"` row.
 * @csspart toggle - The expand/collapse chevron of a row.
 * @csspart title - A row's title.
 * @csspart progress-bar - A progress bar.
 * @csspart details - The panel with the selected goal's details.
 * @csspart why - The "Why 42%?" disclosure.
 * @csspart edit-form - The inline edit form (editable).
 * @csspart message - Save progress, failure and conflict messages.
 * @csspart dialog - The add, move and delete dialogs.
 * @csspart empty - The empty state.
 * @csspart initial - What to configure (no adapter and no goals).
 * @csspart skeleton - The loading state.
 * @csspart error - The load error alert.
 * @csspart retry - The Retry button of a load error.
 *
 * @cssproperty --pm-goal-tree-height - Height of the scrolling tree (default 28rem).
 * @cssproperty --pm-goal-tree-row-height - Height of each row (default 3.5rem).
 * @cssproperty --pm-goal-tree-indent - Indent per level (default 1.25rem).
 * @cssproperty --pm-color-accent - Progress bars, selection, links.
 * @cssproperty --pm-color-text - Text colour; see core for all `--pm-*` tokens.
 */
export class PmGoalTree extends PmWidgetElement {
  static override styles = [PmWidgetElement.styles, statesStyles, goalTreeStyles];

  private readonly goalsTask = new Task(this, {
    task: async ([api, ownerId, rootId, cycleId, hasGoals], { signal }) => {
      if (!api || hasGoals) return initialState;
      const query = {
        ...(ownerId ? { ownerId } : {}),
        ...(rootId ? { rootId } : {}),
        ...(cycleId ? { cycleId } : {}),
      };
      return api.listGoals(query, { signal });
    },
    args: () => [this.api, this.owner, this.root, this.cycle, this.goals !== undefined] as const,
  });

  @query('.viewport') private viewport?: HTMLElement;
  @query('dialog') private dialog?: HTMLDialogElement;

  /** The goals on screen: the loaded or given list plus the edits saved (or being saved) here. */
  @state() private working?: { goals: readonly Goal[]; people: readonly Person[] };
  @state() private activeId?: string;
  @state() private selectedId?: string;
  @state() private filter = '';
  @state() private scrollPos = 0;
  @state() private viewportHeight = 0;
  @state() private rowHeight = 56;
  @state() private openDepth = 1;
  @state() private expandRevision = 0;
  @state() private draft?: GoalDraft;
  @state() private message?: SaveMessage;
  @state() private dialogState?: DialogState;
  @state() private brokenAvatars = new Set<string>();

  /** Goals of this owner (`listGoals({ ownerId })`). */
  @property() owner?: string;
  /** Only this goal and what lies below it (`listGoals({ rootId })`). */
  @property() root?: string;
  /** Only goals of this review cycle (`listGoals({ cycleId })`). */
  @property() cycle?: string;
  /** Levels open at first render: 0 all closed, 1 top-level goals open, and so on. */
  @property({ type: Number, attribute: 'expand-depth' }) expandDepth = 1;
  /** Lets the reader add, edit, move and delete goals. */
  @property({ type: Boolean, reflect: true }) editable = false;
  /** Accessible name of the tree. */
  @property() label?: string;
  /** Goals to show without an adapter. Takes precedence over loading. */
  @property({ attribute: false }) goals?: Goal[];
  /** Owners of `.goals`, for names and avatars. */
  @property({ attribute: false }) people?: Person[];
  /** "Today" for pace; defaults to the current time. */
  @property({ attribute: false }) now?: Date;
  /** Pace thresholds (fractions of 1): `{ ahead, atRisk, behind }`. */
  @property({ attribute: false }) paceThresholds?: Partial<PaceThresholds>;

  private source?: readonly Goal[];
  private model?: TreeModel;
  private rows: FlatGoalRow[] = [];
  private rowsKey: unknown[] = [];
  private overrides = new Map<string, boolean>();
  private filterOverrides = new Map<string, boolean>();
  private matchCount = 0;
  private filterTimer?: ReturnType<typeof setTimeout>;
  private typeahead = { text: '', at: 0 };
  private resizeObserver?: ResizeObserver;
  private rowMeasured = false;

  private get text(): GoalTreeMessages {
    return goalTreeText(this.resolvedLocale);
  }

  // ── lifecycle ────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    clearTimeout(this.filterTimer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('expandDepth')) {
      this.openDepth = Math.max(0, Number.isFinite(this.expandDepth) ? this.expandDepth : 1);
      this.overrides.clear();
    }
    const given = this.goals;
    const loaded = this.goalsTask.status === TaskStatus.COMPLETE || this.goalsTask.status === TaskStatus.PENDING
      ? (this.goalsTask.value as GoalList | undefined)
      : undefined;
    const next = given ?? loaded?.goals;
    if (next && next !== this.source) {
      this.source = next;
      this.working = { goals: next, people: given ? this.people ?? [] : loaded?.people ?? [] };
    } else if (given && changed.has('people')) {
      this.working = { goals: this.working?.goals ?? given, people: this.people ?? [] };
    }
    if (this.working) this.ensureRows();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const viewport = this.viewport;
    if (viewport && !this.resizeObserver) {
      this.resizeObserver = new ResizeObserver(() => {
        const vp = this.viewport;
        if (vp && vp.clientHeight !== this.viewportHeight) this.viewportHeight = vp.clientHeight;
      });
      this.resizeObserver.observe(viewport);
      this.viewportHeight = viewport.clientHeight;
    } else if (!viewport && this.resizeObserver) {
      this.resizeObserver.disconnect();
      this.resizeObserver = undefined;
    }
    if (!this.rowMeasured) {
      const row = this.renderRoot.querySelector<HTMLElement>('[role="treeitem"]');
      if (row) {
        this.rowMeasured = true;
        const height = row.getBoundingClientRect().height;
        if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) this.rowHeight = height;
      }
    }
    const dialog = this.dialog;
    if (dialog && !dialog.open && this.dialogState) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    }
  }

  // ── derived state ────────────────────────────────────────────────────────

  private getModel(): TreeModel | undefined {
    const working = this.working;
    if (!working) return undefined;
    if (this.model?.goals !== working.goals || this.model.people.size !== working.people.length) {
      // One owner's goals or a subtree: parents outside the answer are expected, not missing.
      const structure = analyzeGoalStructure(working.goals, { partial: Boolean(this.owner || this.root) && !this.goals });
      const people = new Map<string, Person>();
      for (const person of working.people) people.set(person.id, person);
      this.model = { goals: working.goals, structure, progress: rollUpForest(structure), people };
    }
    return this.model;
  }

  private ensureRows(): void {
    const model = this.getModel();
    if (!model) return;
    const key = [model, this.openDepth, this.expandRevision, this.filter];
    if (key.every((part, i) => part === this.rowsKey[i])) return;
    this.rowsKey = key;
    const query = this.filter.trim().toLowerCase();
    if (!query) {
      this.rows = flattenGoalTree(model.structure, {
        isExpanded: (id, level) => this.overrides.get(id) ?? level <= this.openDepth,
      });
      return;
    }
    model.search ??= model.structure.order.map((goal) => {
      const id = goal.id;
      const owner = goal.ownerId ? model.people.get(goal.ownerId)?.name ?? '' : '';
      return { id, text: `${goal.title}\u0000${owner}`.toLowerCase() };
    });
    const matches: string[] = [];
    for (const entry of model.search) if (entry.text.includes(query)) matches.push(entry.id);
    this.matchCount = matches.length;
    this.rows = flattenGoalTree(model.structure, {
      visible: withAncestors(model.structure, matches),
      isExpanded: (id) => this.filterOverrides.get(id) ?? true,
    });
  }

  private indexOf(id: string | undefined): number {
    if (id === undefined) return -1;
    return this.rows.findIndex((row) => row.goal.id === id);
  }

  private progressOf(goal: Goal): number {
    return this.model ? this.model.progress.of(goal.id) : goal.progress;
  }

  // ── event handlers ───────────────────────────────────────────────────────

  private onScroll = (event: Event) => {
    this.scrollPos = (event.currentTarget as HTMLElement).scrollTop;
  };

  private onFilterInput = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.filterTimer);
    this.filterTimer = setTimeout(() => {
      this.filterOverrides.clear();
      this.filter = value;
      if (this.viewport) this.viewport.scrollTop = 0;
      this.scrollPos = 0;
    }, FILTER_DEBOUNCE_MS);
  };

  private onTreeFocus = (event: FocusEvent) => {
    // Focus landed on the viewport itself (the active row is scrolled away): bring the row back.
    if (event.target === this.viewport && this.rows.length) {
      const index = Math.max(0, this.indexOf(this.activeId));
      void this.focusRow(index);
    }
  };

  private onTreeFocusIn = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (row?.dataset['id'] && row.dataset['id'] !== this.activeId) this.activeId = row.dataset['id'];
  };

  private onRowClick = (event: MouseEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const id = row?.dataset['id'];
    if (!id) return;
    const index = this.indexOf(id);
    if (index < 0) return;
    if ((event.target as HTMLElement).closest('.toggle')) {
      this.toggle(this.rows[index]!);
      this.activeId = id;
      row.focus({ preventScroll: true });
      return;
    }
    this.activeId = id;
    this.select(this.rows[index]!.goal);
  };

  private onTreeKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (!this.rows.length) return;
    let index = this.indexOf(this.activeId);
    if (index < 0) index = 0;
    const row = this.rows[index]!;
    const rtl = this.getAttribute('dir') === 'rtl';
    let key = event.key;
    if (rtl && key === 'ArrowRight') key = 'ArrowLeft';
    else if (rtl && key === 'ArrowLeft') key = 'ArrowRight';
    switch (key) {
      case 'ArrowDown':
        void this.focusRow(Math.min(index + 1, this.rows.length - 1));
        break;
      case 'ArrowUp':
        void this.focusRow(Math.max(index - 1, 0));
        break;
      case 'Home':
        void this.focusRow(0);
        break;
      case 'End':
        void this.focusRow(this.rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) this.toggle(row);
        else if (row.expanded) void this.focusRow(index + 1);
        break;
      case 'ArrowLeft':
        if (row.expanded) this.toggle(row);
        else {
          const parentId = this.model?.structure.parentIdOf(row.goal.id);
          const parentIndex = this.indexOf(parentId ?? undefined);
          if (parentIndex >= 0) void this.focusRow(parentIndex);
        }
        break;
      case 'Enter':
        this.select(row.goal);
        break;
      case '*':
        this.expandSiblings(row);
        break;
      default:
        if (key.length === 1 && key !== ' ') {
          this.typeAhead(key, index);
          break;
        }
        return;
    }
    event.preventDefault();
  };

  private typeAhead(char: string, from: number): void {
    const now = performance.now();
    const typed = now - this.typeahead.at < TYPEAHEAD_MS ? this.typeahead.text + char.toLowerCase() : char.toLowerCase();
    this.typeahead = { text: typed, at: now };
    // Repeating one letter cycles through the items starting with it.
    const repeated = typed.length > 1 && [...typed].every((c) => c === typed[0]);
    const prefix = repeated ? typed[0]! : typed;
    const start = typed.length === 1 || repeated ? from + 1 : from;
    const n = this.rows.length;
    for (let step = 0; step < n; step++) {
      const i = (start + step) % n;
      if (this.rows[i]!.goal.title.toLowerCase().startsWith(prefix)) {
        void this.focusRow(i);
        return;
      }
    }
  }

  private toggle(row: FlatGoalRow): void {
    if (!row.hasChildren) return;
    const overrides = this.filter.trim() ? this.filterOverrides : this.overrides;
    overrides.set(row.goal.id, !row.expanded);
    // Collapsing around the focused goal moves focus to the collapsed one.
    if (row.expanded && this.activeId && this.activeId !== row.goal.id) {
      let id = this.model?.structure.parentIdOf(this.activeId);
      while (id) {
        if (id === row.goal.id) {
          this.activeId = row.goal.id;
          void this.focusRow(-1, row.goal.id);
          break;
        }
        id = this.model?.structure.parentIdOf(id);
      }
    }
    this.expandRevision++;
  }

  private expandSiblings(row: FlatGoalRow): void {
    const structure = this.model?.structure;
    if (!structure) return;
    const parentId = structure.parentIdOf(row.goal.id);
    const siblings = parentId ? structure.childrenOf(parentId) : structure.roots;
    const overrides = this.filter.trim() ? this.filterOverrides : this.overrides;
    for (const sibling of siblings) if (structure.hasChildren(sibling.id)) overrides.set(sibling.id, true);
    this.expandRevision++;
  }

  private select(goal: Goal): void {
    if (this.selectedId !== goal.id) this.draft = undefined;
    this.selectedId = goal.id;
    this.dispatchEvent(new PmGoalSelectEvent(goal));
  }

  /** Scrolls row `index` (or the row of `id`) into the window, renders it, and focuses it. */
  private async focusRow(index: number, id?: string): Promise<void> {
    await this.updateComplete; // rows may change with a toggle in the same turn
    if (id !== undefined) index = this.indexOf(id);
    const row = this.rows[index];
    const viewport = this.viewport;
    if (!row || !viewport) return;
    this.activeId = row.goal.id;
    const top = index * this.rowHeight;
    const height = viewport.clientHeight || FALLBACK_VIEWPORT;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + this.rowHeight > viewport.scrollTop + height) viewport.scrollTop = top + this.rowHeight - height;
    this.scrollPos = viewport.scrollTop;
    await this.updateComplete;
    this.rowElement(row.goal.id)?.focus({ preventScroll: true });
  }

  private rowElement(id: string): HTMLElement | undefined {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"]')) {
      if (el.dataset['id'] === id) return el;
    }
    return undefined;
  }

  private onAvatarError = (event: Event) => {
    const id = (event.target as HTMLElement).dataset['person'];
    if (id) this.brokenAvatars = new Set(this.brokenAvatars).add(id);
  };

  // ── public methods ───────────────────────────────────────────────────────

  /** Opens every goal. */
  expandAll(): void {
    this.openDepth = Number.POSITIVE_INFINITY;
    this.overrides.clear();
    this.filterOverrides.clear();
    this.expandRevision++;
  }

  /** Closes every goal. */
  collapseAll(): void {
    this.openDepth = 0;
    this.overrides.clear();
    for (const goal of this.model?.structure.goals ?? []) this.filterOverrides.set(goal.id, false);
    this.expandRevision++;
    if (this.activeId) {
      let id: string | null | undefined = this.activeId;
      let top = id;
      while (id) {
        top = id;
        id = this.model?.structure.parentIdOf(id);
      }
      this.activeId = top;
    }
  }

  /** Opens the ancestors of a goal, scrolls to it and makes it the focusable row. */
  async reveal(goalId: string, { focus = false }: { focus?: boolean } = {}): Promise<void> {
    const structure = this.model?.structure;
    if (!structure?.isPlaced(goalId)) return;
    const overrides = this.filter.trim() ? this.filterOverrides : this.overrides;
    let id = structure.parentIdOf(goalId);
    while (id) {
      overrides.set(id, true);
      id = structure.parentIdOf(id);
    }
    this.expandRevision++;
    await this.updateComplete;
    const index = this.indexOf(goalId);
    if (index < 0) return;
    this.activeId = goalId;
    if (focus) await this.focusRow(index);
    else if (this.viewport) {
      this.viewport.scrollTop = Math.max(0, index * this.rowHeight - (this.viewport.clientHeight - this.rowHeight) / 2);
      this.scrollPos = this.viewport.scrollTop;
    }
  }

  /** Loads the goals again from the adapter. */
  async reload(): Promise<void> {
    await this.goalsTask.run();
  }

  // ── saving ───────────────────────────────────────────────────────────────

  private replaceLocal(id: string, goal: Goal | null, at?: number): void {
    if (!this.working) return;
    const goals = this.working.goals.slice();
    const index = goals.findIndex((g) => g.id === id);
    if (goal === null) {
      if (index >= 0) goals.splice(index, 1);
    } else if (index >= 0) goals[index] = goal;
    else goals.splice(at ?? goals.length, 0, goal);
    this.working = { ...this.working, goals };
    this.ensureRows();
  }

  /**
   * Applies a change at once, then saves it. On failure the change is undone and a message says
   * why; on a version conflict the draft is kept so the reader can reload and save again.
   */
  private async persist(action: GoalChangeAction, next: Goal | null, previous: Goal | null): Promise<boolean> {
    const id = (next ?? previous)!.id;
    const at = previous ? this.working?.goals.findIndex((g) => g.id === id) : undefined;
    this.replaceLocal(id, next, at);
    const text = this.text;
    this.message = { kind: 'saving', text: text.saving };
    const api = this.goals === undefined ? this.api : undefined;
    try {
      let saved: Goal;
      if (action === 'delete') {
        if (api) await api.deleteGoal(id, { version: previous!.version });
        saved = previous!;
      } else if (api) {
        const input: GoalInput = { ...next! };
        if (action === 'create') {
          delete input.version;
          delete input.updatedAt;
        }
        saved = await api.saveGoal(input);
        this.replaceLocal(id, saved);
      } else {
        saved = next!;
      }
      this.message = { kind: 'saved', text: text.saved };
      this.dispatchEvent(new PmGoalChangeEvent(saved, action, previous ?? undefined));
      return true;
    } catch (error) {
      // Undo exactly this change.
      this.replaceLocal(id, previous, at);
      if (AdapterError.is(error) && error.code === 'conflict') {
        const details = error.details as Partial<Goal> | undefined;
        const server = details && details.id === id && typeof details.version === 'number' ? (details as Goal) : undefined;
        this.message = { kind: 'conflict', text: text.conflict, goalId: id, ...(server ? { server } : {}) };
      } else {
        const reason = AdapterError.is(error) ? errorText(this.coreText, error.code) : this.coreText.errorUnavailable;
        this.message = { kind: 'error', text: text.saveFailed(reason) };
      }
      return false;
    }
  }

  private currentGoal(id: string | undefined): Goal | undefined {
    return id === undefined ? undefined : this.model?.structure.goalOf(id);
  }

  private draftFor(goal: Goal): GoalDraft {
    if (this.draft?.goalId === goal.id) return this.draft;
    return {
      goalId: goal.id, title: goal.title, status: goal.status, progress: goal.progress,
      keyResults: Object.fromEntries(goal.keyResults.map((kr) => [kr.id, kr.current])),
    };
  }

  private onEditInput = (event: Event) => {
    const goal = this.currentGoal(this.selectedId);
    if (!goal) return;
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    const draft = { ...this.draftFor(goal), keyResults: { ...this.draftFor(goal).keyResults } };
    const name = field.name;
    if (name === 'title') draft.title = field.value;
    else if (name === 'status') draft.status = field.value as Goal['status'];
    else if (name === 'progress') draft.progress = Math.min(1, Math.max(0, Number(field.value) / 100 || 0));
    else if (name.startsWith('kr:')) {
      const value = Number(field.value);
      if (Number.isFinite(value) && field.value !== '') draft.keyResults[name.slice(3)] = value;
    }
    this.draft = draft;
  };

  private onEditSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const goal = this.currentGoal(this.selectedId);
    const form = event.target as HTMLFormElement;
    if (!goal || !form.reportValidity()) return;
    const draft = this.draftFor(goal);
    const next = applyDraft(goal, { ...draft, title: draft.title.trim() || goal.title });
    if (await this.persist('update', next, goal)) this.draft = undefined;
  };

  private onEditCancel = () => {
    this.draft = undefined;
  };

  private onReloadKeepEdit = async () => {
    const message = this.message;
    if (message?.kind !== 'conflict') return;
    if (message.server) this.replaceLocal(message.goalId, message.server);
    else await this.reload();
    this.message = undefined;
  };

  private onDiscardEdit = async () => {
    this.draft = undefined;
    await this.onReloadKeepEdit();
  };

  private openDialog(state: DialogState): void {
    this.dialogState = state;
  }

  private closeDialog = () => {
    this.dialog?.close();
  };

  private onDialogClose = () => {
    this.dialogState = undefined;
  };

  private onAddSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const state = this.dialogState;
    if (state?.kind !== 'add') return;
    const data = new FormData(event.target as HTMLFormElement);
    const title = String(data.get('title') ?? '').trim();
    if (!title) return;
    const parent = state.parentId ? this.currentGoal(state.parentId) : undefined;
    const goal: Goal = {
      id: globalThis.crypto?.randomUUID?.() ?? `goal-${Date.now()}-${Math.random().toString(36).slice(2)}`,
      parentId: state.parentId,
      title,
      level: (data.get('level') as GoalLevel) ?? (parent ? nextLevel(parent.level) : 'organization'),
      ...(this.viewerId ? { ownerId: this.viewerId } : parent?.ownerId ? { ownerId: parent.ownerId } : {}),
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
    this.closeDialog();
    if (parent) {
      this.overrides.set(parent.id, true);
      this.filterOverrides.set(parent.id, true);
      this.expandRevision++;
    }
    if (await this.persist('create', goal, null)) {
      this.selectedId = goal.id;
      void this.reveal(goal.id);
    }
  };

  private onMoveSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const state = this.dialogState;
    if (state?.kind !== 'move') return;
    const goal = this.currentGoal(state.goalId);
    const target = new FormData(event.target as HTMLFormElement).get('parent');
    if (!goal || target === null || !this.model) return;
    const parentId = target === '' ? null : String(target);
    if (parentId !== null && isSelfOrDescendant(this.model.structure, goal.id, parentId)) return;
    this.closeDialog();
    if (parentId === goal.parentId) return;
    if (parentId) this.overrides.set(parentId, true);
    if (await this.persist('move', { ...goal, parentId }, goal)) void this.reveal(goal.id);
  };

  private onMoveSearch = (event: Event) => {
    const state = this.dialogState;
    if (state?.kind === 'move') this.dialogState = { ...state, query: (event.target as HTMLInputElement).value };
  };

  private onDeleteConfirm = async () => {
    const state = this.dialogState;
    if (state?.kind !== 'delete') return;
    const goal = this.currentGoal(state.goalId);
    this.closeDialog();
    if (!goal) return;
    const index = this.indexOf(goal.id);
    if (await this.persist('delete', null, goal)) {
      if (this.selectedId === goal.id) this.selectedId = undefined;
      const next = this.rows[Math.min(index, this.rows.length - 1)];
      this.activeId = next?.goal.id;
    }
  };

  // ── render ───────────────────────────────────────────────────────────────

  override render() {
    if (this.goals !== undefined) return this.renderContent();
    if (!this.api) return renderInitial(this.coreText.noAdapter);
    return renderTaskStates(this.goalsTask as unknown as Task<readonly unknown[], GoalList>, {
      initial: () => renderInitial(this.coreText.noAdapter),
      complete: () => this.renderContent(),
      isEmpty: (value) => value.goals.length === 0,
      empty: () => this.renderEmpty(),
      skeletonLines: 6,
      errorTitle: this.text.errorTitle,
      messages: this.coreText,
    });
  }

  private renderEmpty(): TemplateResult {
    const text = this.text;
    return html`<div class="state" part="empty">
      <h2>${text.emptyTitle}</h2>
      <p>${text.emptyText}</p>
      ${this.editable ? html`<button class="button" part="add-goal" type="button" @click=${() => this.openDialog({ kind: 'add', parentId: null })}>${text.addRoot}</button>` : nothing}
    </div>${this.renderDialog()}`;
  }

  private renderContent(): unknown {
    const model = this.getModel();
    if (!model) return nothing;
    if (model.goals.length === 0) return this.renderEmpty();
    const text = this.text;
    const filtering = this.filter.trim() !== '';
    return html`<div class="base" part="base">
      <div class="toolbar" part="toolbar">
        <label class="filter">${text.filterLabel}
          <input part="filter" type="search" .value=${this.filter} placeholder=${text.filterPlaceholder}
            autocomplete="off" @input=${this.onFilterInput} />
        </label>
        <button class="button" part="expand-all" type="button" @click=${() => this.expandAll()}>${text.expandAll}</button>
        <button class="button" part="collapse-all" type="button" @click=${() => this.collapseAll()}>${text.collapseAll}</button>
        ${this.editable ? html`<button class="button" part="add-goal" type="button"
          @click=${() => this.openDialog({ kind: 'add', parentId: null })}>${text.addRoot}</button>` : nothing}
      </div>
      <div class="count" part="filter-status" role="status">${filtering ? (this.matchCount ? text.matchCount(this.matchCount) : text.noMatches) : ''}</div>
      ${this.renderProblems(model)}
      <div class="panes">
        ${this.renderTree()}
        ${this.renderDetails(model)}
      </div>
      ${this.renderMessage()}
    </div>${this.renderDialog()}`;
  }

  private renderProblems(model: TreeModel): unknown {
    const text = this.text;
    const { structure } = model;
    const duplicates = structure.problems.flatMap((p) => (p.kind === 'duplicate-id' ? [p.goalId] : []));
    const cycles = structure.problems.flatMap((p) => (p.kind === 'cycle' ? [p.goalIds] : []));
    return html`
      ${cycles.length ? html`<div class="state" part="error structure-error" role="alert">
        <h2>${text.cycleTitle}</h2>
        ${cycles.slice(0, 5).map((ids) => html`<p>${text.cycleText(
          [...ids, ids[0]!].map((id) => structure.goalOf(id)?.title ?? id).join(' → '),
        )}</p>`)}
      </div>` : nothing}
      ${structure.orphanIds.size ? html`<p class="notice" part="notice" data-problem="orphans">${text.orphanNotice(structure.orphanIds.size)}</p>` : nothing}
      ${duplicates.length ? html`<p class="notice" part="notice" data-problem="duplicates">${text.duplicateNotice(duplicates.slice(0, 5).join(', '))}</p>` : nothing}
    `;
  }

  private renderTree(): TemplateResult {
    const rows = this.rows;
    const rowHeight = this.rowHeight;
    const height = this.viewportHeight || FALLBACK_VIEWPORT;
    const first = Math.max(0, Math.floor(this.scrollPos / rowHeight) - OVERSCAN);
    const last = Math.min(rows.length, Math.ceil((this.scrollPos + height) / rowHeight) + OVERSCAN);
    const windowed = rows.slice(first, last);
    let activeId = this.activeId;
    if (activeId === undefined || this.indexOf(activeId) < 0) activeId = rows[0]?.goal.id;
    const activeRendered = windowed.some((row) => row.goal.id === activeId);
    return html`<div class="viewport" part="tree" role="tree" aria-label=${this.label ?? this.text.treeLabel}
        tabindex=${activeRendered ? -1 : 0}
        @scroll=${this.onScroll} @keydown=${this.onTreeKeyDown} @focus=${this.onTreeFocus}
        @focusin=${this.onTreeFocusIn} @click=${this.onRowClick}>
      <div class="spacer" role="none" style="height:${rows.length * rowHeight}px">
        ${repeat(windowed, (row) => row.goal.id, (row, i) => this.renderRow(row, first + i, row.goal.id === activeId))}
      </div>
    </div>`;
  }

  private renderRow(row: FlatGoalRow, index: number, active: boolean): TemplateResult {
    const { goal } = row;
    const text = this.text;
    const model = this.model!;
    const progress = model.progress.values[row.position] ?? goal.progress;
    const owner = goal.ownerId ? model.people.get(goal.ownerId) : undefined;
    const pace = computePace(goal, progress, { now: this.now ?? new Date(), thresholds: this.paceThresholds ?? {} });
    const orphan = model.structure.orphanIds.has(goal.id);
    return html`<div class="row" part="row" role="treeitem" data-id=${goal.id}
        aria-level=${row.level} aria-posinset=${row.posinset} aria-setsize=${row.setsize}
        aria-expanded=${row.hasChildren ? String(row.expanded) : nothing}
        aria-selected=${this.selectedId === goal.id ? 'true' : 'false'}
        tabindex=${active ? 0 : -1}
        style=${styleMap({ transform: `translateY(${index * this.rowHeight}px)`, '--_level': String(row.level) })}>
      <span class="toggle ${row.hasChildren ? '' : 'leaf'}" part="toggle" aria-hidden="true">▸</span>
      <span class="line">
        <span class="title" part="title">${goal.title}</span>
        <span class="badge">${levelText(text, goal.level)}</span>
        ${orphan ? html`<span class="badge warn" part="orphan"><span aria-hidden="true">⚠ </span>${text.orphan}</span>` : nothing}
      </span>
      <span class="line meta">
        ${this.renderOwner(owner)}
        ${this.renderStatus(goal)}
        ${this.renderProgress(progress)}
        <bdi>${goal.dueDate ? text.due(formatDate(this.resolvedLocale, goal.dueDate)) : text.noDueDate}</bdi>
        ${pace.state === 'no-dates' ? nothing : html`<span class="pace" data-pace=${pace.state}><span class="icon" aria-hidden="true">${PACE_ICONS[pace.state]}</span>${paceText(text, pace.state)}</span>`}
      </span>
    </div>`;
  }

  private renderOwner(owner: Person | undefined): TemplateResult {
    if (!owner) return html`<span class="owner">${this.text.noOwner}</span>`;
    const src = this.brokenAvatars.has(owner.id) ? undefined : safeHttpUrl(owner.avatarUrl);
    return html`<span class="owner">
      ${src
        ? html`<img class="avatar" src=${src} alt="" loading="lazy" data-person=${owner.id} @error=${this.onAvatarError} />`
        : html`<span class="avatar" aria-hidden="true">${initials(owner.name)}</span>`}
      <span>${owner.name}</span>
    </span>`;
  }

  private renderStatus(goal: Goal): TemplateResult {
    return html`<span class="status" data-status=${goal.status}><span class="icon" aria-hidden="true">${STATUS_ICONS[goal.status]}</span>${statusText(this.text, goal.status)}</span>`;
  }

  private renderProgress(progress: number): TemplateResult {
    const percent = formatPercent(this.resolvedLocale, progress);
    return html`<span class="progress"><span class="bar" part="progress-bar" aria-hidden="true"><span style="width:${(progress * 100).toFixed(1)}%"></span></span>${percent}</span>`;
  }

  private renderDetails(model: TreeModel): TemplateResult {
    const text = this.text;
    const goal = this.currentGoal(this.selectedId);
    if (!goal) {
      return html`<section class="details" part="details" aria-label=${text.detailsLabel}><p class="muted">${text.selectPrompt}</p></section>`;
    }
    const { structure } = model;
    const locale = this.resolvedLocale;
    const progress = this.progressOf(goal);
    const pace = computePace(goal, progress, { now: this.now ?? new Date(), thresholds: this.paceThresholds ?? {} });
    const owner = goal.ownerId ? model.people.get(goal.ownerId) : undefined;
    const explanation = explainProgress(goal, structure.childrenOf(goal.id), (g) => this.progressOf(g));
    const headingId = 'details-heading';
    return html`<section class="details" part="details" aria-labelledby=${headingId}>
      <h2 id=${headingId}>${goal.title}</h2>
      ${goal.description ? html`<p>${goal.description}</p>` : nothing}
      <dl class="facts">
        <dt>${text.levelLabel}</dt><dd>${levelText(text, goal.level)}</dd>
        <dt>${text.ownerLabel}</dt><dd>${this.renderOwner(owner)}</dd>
        <dt>${text.statusLabel}</dt><dd>${this.renderStatus(goal)}</dd>
        <dt>${text.progressLabel}</dt><dd>${this.renderProgress(progress)}</dd>
        <dt>${text.dueLabel}</dt><dd>${goal.dueDate ? formatDate(locale, goal.dueDate) : text.noDueDate}</dd>
        <dt>${text.paceLabel}</dt><dd>
          <span class="pace" data-pace=${pace.state}><span class="icon" aria-hidden="true">${PACE_ICONS[pace.state]}</span>${paceText(text, pace.state)}</span>
          ${pace.expected !== undefined ? html`<span class="muted">${text.expectedByToday(formatPercent(locale, pace.expected))}</span>` : nothing}
          ${pace.overdue ? html`<span class="badge warn">${text.overdue}</span>` : nothing}
        </dd>
      </dl>
      ${this.renderWhy(explanation)}
      <div>
        <h3>${text.keyResults}</h3>
        ${goal.keyResults.length
          ? html`<ul class="plain">${goal.keyResults.map((kr) => this.renderKeyResult(kr))}</ul>`
          : html`<p class="muted">${text.noKeyResults}</p>`}
      </div>
      ${goal.alignedTo?.length ? this.renderAlignment(goal, model) : nothing}
      ${this.editable ? this.renderEditor(goal, structure) : nothing}
    </section>`;
  }

  private renderWhy(explanation: ProgressExplanation): TemplateResult {
    const text = this.text;
    const locale = this.resolvedLocale;
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

  private formatKrValue(kr: KeyResult, value: number): string {
    const locale = this.resolvedLocale;
    if (kr.kind === 'currency' && kr.unit) {
      try {
        return numberFormat(locale, { style: 'currency', currency: kr.unit, maximumFractionDigits: 0 }).format(value);
      } catch {
        // Not an ISO 4217 code: show the number and the unit as given.
      }
    }
    if (kr.kind === 'percent') return numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
    const number = numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    return kr.unit && kr.kind !== 'currency' ? `${number} ${kr.unit}` : kr.unit ? `${number} ${kr.unit}` : number;
  }

  private renderKeyResult(kr: KeyResult): TemplateResult {
    const text = this.text;
    const progress = keyResultProgress(kr);
    let value: string;
    if (kr.kind === 'boolean') value = kr.current >= kr.target ? text.booleanDone : text.booleanNotDone;
    else if (kr.kind === 'milestone') value = text.milestones(this.formatKrValue(kr, kr.current), this.formatKrValue(kr, kr.target));
    else value = text.krOf(this.formatKrValue(kr, kr.current), this.formatKrValue(kr, kr.target));
    return html`<li class="kr" data-kr=${kr.id}>
      <span><strong>${kr.title}</strong></span>
      <span class="muted">${value}${isDecreasing(kr) ? html` · ${text.krFrom(this.formatKrValue(kr, kr.start))} · ${text.krDecreasing}` : nothing}</span>
      ${this.renderProgress(progress)}
    </li>`;
  }

  private renderAlignment(goal: Goal, model: TreeModel): TemplateResult {
    const text = this.text;
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
            ? html`<button class="link" type="button" @click=${() => { this.selectedId = target.id; void this.reveal(target.id, { focus: true }); }}>${label}</button>`
            : html`<span>${label}</span>`}
          ${owner ? html`<span class="muted">${text.alignedOwner(owner)}</span>` : nothing}
        </li>`;
      })}</ul>
    </div>`;
  }

  private renderEditor(goal: Goal, structure: GoalStructure): TemplateResult {
    const text = this.text;
    const draft = this.draftFor(goal);
    const hasChildren = structure.hasChildren(goal.id);
    return html`<form class="edit" part="edit-form" @input=${this.onEditInput} @change=${this.onEditInput} @submit=${this.onEditSubmit}>
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
        ${this.draft?.goalId === goal.id ? html`<button class="button" type="button" @click=${this.onEditCancel}>${text.cancel}</button>` : nothing}
      </div>
      <div class="actions">
        <button class="button" type="button" part="add-child" @click=${() => this.openDialog({ kind: 'add', parentId: goal.id })}>${text.addChild}</button>
        <button class="button" type="button" part="move" @click=${() => this.openDialog({ kind: 'move', goalId: goal.id, query: '' })}>${text.moveTo}</button>
        <button class="button" type="button" part="delete" ?disabled=${hasChildren} aria-describedby=${hasChildren ? 'delete-note' : nothing}
          @click=${() => this.openDialog({ kind: 'delete', goalId: goal.id })}>${text.delete}</button>
      </div>
      ${hasChildren ? html`<p class="muted" id="delete-note">${text.deleteHasChildren}</p>` : nothing}
    </form>`;
  }

  private renderMessage(): unknown {
    const message = this.message;
    const text = this.text;
    if (!message) return html`<div part="message" role="status"></div>`;
    if (message.kind === 'saving' || message.kind === 'saved') {
      return html`<div part="message" role="status" class="muted">${message.text}</div>`;
    }
    return html`<div class="message" part="message" role="alert" data-kind=${message.kind}>
      <p>${message.text}</p>
      ${message.kind === 'conflict'
        ? html`<button class="button primary" type="button" part="reload" @click=${this.onReloadKeepEdit}>${text.reloadKeepEdit}</button>
          <button class="button" type="button" @click=${this.onDiscardEdit}>${text.discardEdit}</button>`
        : html`<button class="button" type="button" @click=${() => { this.message = undefined; }}>${text.dismiss}</button>`}
    </div>`;
  }

  private renderDialog(): unknown {
    const state = this.dialogState;
    if (!state) return nothing;
    const text = this.text;
    let body: TemplateResult;
    let label: string;
    if (state.kind === 'add') {
      const parent = state.parentId ? this.currentGoal(state.parentId) : undefined;
      label = parent ? text.addDialogTitle(parent.title) : text.addRootDialogTitle;
      const level = parent ? nextLevel(parent.level) : 'organization';
      body = html`<form @submit=${this.onAddSubmit}>
        <label>${text.titleLabel}<input name="title" required maxlength="200" autofocus /></label>
        <label>${text.levelLabel}<select name="level">
          ${GOAL_LEVELS.map((l) => html`<option value=${l} ?selected=${l === level}>${levelText(text, l)}</option>`)}
        </select></label>
        <div class="actions">
          <button class="button primary" type="submit">${text.create}</button>
          <button class="button" type="button" @click=${this.closeDialog}>${text.cancel}</button>
        </div>
      </form>`;
    } else if (state.kind === 'move') {
      const goal = this.currentGoal(state.goalId);
      label = text.moveDialogTitle(goal?.title ?? '');
      body = goal ? this.renderMoveForm(goal, state.query) : html``;
    } else {
      const goal = this.currentGoal(state.goalId);
      label = text.deleteDialogTitle(goal?.title ?? '');
      body = html`<p>${text.deleteText}</p>
        <div class="actions">
          <button class="button primary" type="button" part="confirm-delete" @click=${this.onDeleteConfirm}>${text.delete}</button>
          <button class="button" type="button" autofocus @click=${this.closeDialog}>${text.cancel}</button>
        </div>`;
    }
    return html`<dialog part="dialog" aria-labelledby="dialog-title" data-kind=${state.kind} @close=${this.onDialogClose}>
      <h2 id="dialog-title">${label}</h2>
      ${body}
    </dialog>`;
  }

  private renderMoveForm(goal: Goal, queryText: string): TemplateResult {
    const text = this.text;
    const structure = this.model!.structure;
    const q = queryText.trim().toLowerCase();
    const candidates: Goal[] = [];
    let more = 0;
    for (const candidate of structure.goals) {
      if (!structure.isPlaced(candidate.id)) continue;
      if (q && !candidate.title.toLowerCase().includes(q)) continue;
      if (isSelfOrDescendant(structure, goal.id, candidate.id)) continue;
      if (candidates.length < MOVE_CANDIDATES) candidates.push(candidate);
      else more++;
    }
    return html`<form @submit=${this.onMoveSubmit}>
      <label>${text.moveSearch}<input type="search" autofocus autocomplete="off" .value=${queryText} @input=${this.onMoveSearch} /></label>
      <fieldset class="candidates">
        <legend class="visually-hidden">${text.moveSearch}</legend>
        <label><input type="radio" name="parent" value="" ?checked=${goal.parentId === null} required />${text.moveTopLevel}</label>
        ${candidates.map((c) => html`<label><input type="radio" name="parent" value=${c.id} ?checked=${goal.parentId === c.id} />${c.title}
          <span class="muted">${levelText(text, c.level)}</span></label>`)}
        ${candidates.length === 0 && q ? html`<p class="muted">${text.moveNone}</p>` : nothing}
        ${more ? html`<p class="muted">${text.moveMore(more)}</p>` : nothing}
      </fieldset>
      <div class="actions">
        <button class="button primary" type="submit">${text.moveHere}</button>
        <button class="button" type="button" @click=${this.closeDialog}>${text.cancel}</button>
      </div>
    </form>`;
  }
}

const PACE_ICONS = {
  done: '✓',
  ahead: '↑',
  'on-pace': '→',
  'at-risk': '↘',
  behind: '↓',
  'no-dates': '·',
  'not-started': '…',
} as const;
