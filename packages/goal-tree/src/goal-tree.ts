import { initialState, Task, TaskStatus } from '@lit/task';
import {
  PmWidgetElement, QuerySubscription, cssProps, formatPercent, goalListCheck, renderError, renderInitial, renderTaskStates, statesStyles,
  type Goal, type GoalLevel, type GoalList, type GoalQuery, type Person,
} from '@pm-widgets/core';
import { canEditGoal, isSelfOrDescendant, type FlatGoalRow, type PaceThresholds } from '@pm-widgets/core/rules';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { PmGoalSelectEvent } from './events.js';
import { renderGoalDetails } from './goal-details.js';
import type * as GoalEditing from './goal-editing.js';
import type { GoalDialog } from './goal-editing.js';
import type { GoalView } from './goal-facts.js';
import { renderGoalRow } from './goal-row.js';
import { GoalSaver } from './goal-saver.js';
import {
  buildGoalTreeModel, continueSearch, startSearch, toggledRows, visibleRows, withPeople, type GoalSearch, type GoalTreeModel,
} from './goal-tree-model.js';
import { goalTreeStyles } from './goal-tree.styles.js';
import { goalTreeText, type GoalTreeMessages } from './messages.js';
import { RowWindowController } from './row-window-controller.js';
import { conflictRows, renderSaveMessage } from './save-message.js';
import { TreeExpansion } from './tree-expansion.js';
import { TreeKeyboardController } from './tree-keyboard-controller.js';
import { applyDraft, validateDraft, type GoalChangeAction, type GoalDraft } from './types.js';

const FILTER_DEBOUNCE_MS = 120;
/** Trees up to this size are searched in one go; larger ones in slices between frames. */
const SEARCH_AT_ONCE = 10_000;
/**
 * Longest slice of a search before the page gets to paint and handle input: short enough that two
 * slices and a frame's rendering fit in one frame on a slow machine.
 */
const SEARCH_SLICE_MS = 5;

/**
 * Lets the browser paint and handle input, then goes on. A task of ordinary priority
 * (`scheduler.postTask` where there is one): `scheduler.yield()` continuations run ahead of
 * rendering, so a search yielding that way was one long frame however short its slices.
 */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void) => Promise<void> } }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => {}) : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Editing (the edit form, the add/move/delete dialogs, the draft steps) is its own chunk, fetched
 * once a tree is `editable`; a read-only tree never loads it. Loaded once per page.
 */
let editing: typeof GoalEditing | undefined;
let editingLoad: Promise<unknown> | undefined;
function loadEditing(): Promise<unknown> | undefined {
  if (editing) return undefined;
  editingLoad ??= import('./goal-editing.js').then(
    (module) => { editing = module; },
    (error: unknown) => {
      // Offline or a failed deploy: the tree still renders, read-only; the next update tries again.
      editingLoad = undefined;
      console.error('pm-goal-tree: the editing code failed to load', error);
    },
  );
  return editingLoad;
}

const goalQuery = (ownerId?: string, rootId?: string, cycleId?: string): GoalQuery => ({
  ...(ownerId ? { ownerId } : {}),
  ...(rootId ? { rootId } : {}),
  ...(cycleId ? { cycleId } : {}),
});

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
 * @csspart structure-error - The alert naming goals in a parent-link cycle, with Retry when the goals came from the adapter.
 * @csspart tree - The scrolling `role="tree"` viewport.
 * @csspart row - Each `role="treeitem"` row.
 * @csspart toggle - The expand/collapse chevron of a row.
 * @csspart title - A row's title.
 * @csspart progress-bar - A progress bar.
 * @csspart details - The panel with the selected goal's details.
 * @csspart why - The "Why 42%?" disclosure.
 * @csspart edit-form - The inline edit form (editable, and the viewer may edit the goal).
 * @csspart add-key-result - The Add key result button of the edit form.
 * @csspart read-only - The note shown instead of the edit form when the viewer may not edit the goal.
 * @csspart message - Save progress, failure and conflict messages.
 * @csspart conflict - In a conflict message: the reader's values beside the stored ones (cells `data-side="mine"` / `"theirs"`).
 * @csspart use-mine - In a conflict message: saves the reader's edit on top of the stored version.
 * @csspart use-theirs - In a conflict message: shows the stored version and drops the edit.
 * @csspart reload - In a conflict message: shows the stored version and keeps the edit in the form.
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

  // ── controllers and tasks ────────────────────────────────────────────────

  private readonly goalsTask = new Task(this, {
    task: async ([api, ownerId, rootId, cycleId, hasGoals], { signal }) => {
      if (!api || hasGoals) return initialState;
      return api.listGoals(goalQuery(ownerId, rootId, cycleId), { signal });
    },
    args: () => [this.api, this.owner, this.root, this.cycle, this.goals !== undefined] as const,
    onComplete: () => (this.liveList = undefined),
  });

  /** Writes made anywhere through the shared cache (another widget, another tree) reach this tree. */
  private readonly goalsFeed = new QuerySubscription(this, 'listGoals', {
    cache: () => (this.goals === undefined ? this.cache : undefined),
    query: () => goalQuery(this.owner, this.root, this.cycle),
    onChange: (list) => (this.liveList = list),
  });

  private readonly expansion = new TreeExpansion(this, () => this.shownFilter !== '');

  private readonly keyboard = new TreeKeyboardController<FlatGoalRow>(this, {
    rows: () => this.rows,
    indexOf: (id) => this.indexOf(id),
    parentIdOf: (id) => this.model?.structure.parentIdOf(id),
    toggle: (row) => this.toggle(row),
    expandSiblings: (row) => this.expandSiblings(row),
    select: (row) => this.select(row.goal),
    focusRow: (index) => void this.focusRow(index),
    isRtl: () => this.getAttribute('dir') === 'rtl',
  });

  private readonly rowWindow = new RowWindowController(this, {
    viewport: () => this.viewport,
    anyRow: () => this.viewport?.querySelector('[role="treeitem"]'),
    rowHeight: 56, // 3.5rem at 16px, until a row is measured
    fallbackHeight: 640,
    overscan: 6,
    anchor: () => this.indexOf(this.keyboard.activeId),
  });

  private readonly saves = new GoalSaver(this, {
    port: () => (this.goals === undefined ? this.api : undefined),
    indexOf: (id) => this.working?.goals.findIndex((g) => g.id === id),
    replace: (id, goal, at) => this.replaceLocal(id, goal, at),
    text: () => this.text,
    coreText: () => this.coreText,
    effect: (action, saved) => this.saveEffect(action, saved),
  });

  // ── queried nodes ────────────────────────────────────────────────────────

  @query('.viewport') private viewport?: HTMLElement;
  @query('dialog') private dialog?: HTMLDialogElement;

  // ── state ────────────────────────────────────────────────────────────────

  /** The goals on screen: the loaded or given list plus the edits saved (or being saved) here. */
  @state() private working?: { goals: readonly Goal[]; people: readonly Person[] };
  @state() private selectedId?: string;
  @state() private filter = '';
  @state() private draft?: GoalDraft;
  /** The reader tried to save a draft with mistakes: show them on the fields. */
  @state() private showErrors = false;
  @state() private dialogState?: GoalDialog;
  @state() private brokenAvatars = new Set<string>();
  /** A newer copy of the loaded list from the shared cache, until the next load. */
  @state() private liveList?: GoalList;
  /** A large loaded list whose goals are still being checked (see `goalListCheck`): shown read-only until then. */
  @state() private checking?: GoalList;
  /** The check of a large list found a goal that is not valid: the load failed after all. */
  @state() private checkError?: unknown;
  /** The loaded list whose check is followed. */
  private followed?: GoalList;

  // Derived in `willUpdate` and kept until what they come from changes.
  private source?: readonly Goal[];
  private model?: GoalTreeModel;
  private rows: FlatGoalRow[] = [];
  private rowsKey: unknown[] = [];
  private matchCount = 0;
  /** The filter (trimmed) of the rows on screen; a large tree shows the previous rows until a search completes. */
  private shownFilter = '';
  /** A search of a large tree in progress, in slices. */
  private searching?: { model: GoalTreeModel; search: GoalSearch; done: Promise<void> };

  private filterTimer?: ReturnType<typeof setTimeout>;

  // ── public properties ────────────────────────────────────────────────────

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
  /** First day of the review cycle (ISO date): pace measures from it for goals with neither a start date nor a creation time. */
  @property({ attribute: 'cycle-start' }) cycleStart?: string;
  /**
   * Who may edit which goal: `(goal, viewer) => boolean`, called for each goal shown with edit
   * controls (only when `editable`). Defaults to the goal's owner and the owner's managers
   * (following `managerId`), with the viewer from `<pm-provider viewer>`; without a viewer every
   * goal is editable here and the backend decides. The UI hides what the hook forbids; the
   * backend must still check (the memory adapter does, see `actAs`).
   */
  @property({ attribute: false }) canEdit?: (goal: Goal, viewer: Person | undefined) => boolean;

  private get text(): GoalTreeMessages {
    return goalTreeText(this.resolvedLocale);
  }

  // ── lifecycle ────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.filterTimer);
  }

  /** An editable tree renders once the editing code is there (as a locale waits for its catalogue). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.editable ? loadEditing() : undefined;
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('expandDepth')) {
      this.expansion.setDepth(Math.max(0, Number.isFinite(this.expandDepth) ? this.expandDepth : 1));
    }
    const given = this.goals;
    const loaded = this.goalsTask.status === TaskStatus.COMPLETE || this.goalsTask.status === TaskStatus.PENDING
      ? this.liveList ?? (this.goalsTask.value as GoalList | undefined)
      : undefined;
    const next = given ?? loaded?.goals;
    if (next && next !== this.source) {
      this.source = next;
      this.working = { goals: next, people: given ? this.people ?? [] : loaded?.people ?? [] };
    } else if (given && changed.has('people')) {
      this.working = { goals: this.working?.goals ?? given, people: this.people ?? [] };
    }
    // Every answer is a new list (a reload too), so a failed check is forgotten when the next one comes.
    const answer = given ? undefined : loaded;
    if (answer !== this.followed) {
      this.followed = answer;
      this.followCheck(answer);
    }
    if (this.working) this.ensureRows();
  }

  /** Follows the staged check of a large loaded list: read-only until it passes, the error state if it fails. */
  private followCheck(list: GoalList | undefined): void {
    this.checkError = undefined;
    const check = list && goalListCheck(list);
    this.checking = check ? list : undefined;
    check?.then(
      (checked) => {
        if (this.checking !== list) return;
        this.checking = undefined;
        // zod accepted a goal only by leaving out what it does not know: show (and edit) its copy.
        if (checked !== list) this.liveList = checked;
      },
      (error: unknown) => {
        if (this.checking !== list) return;
        this.checking = undefined;
        this.checkError = error;
      },
    );
  }

  /** Editing is offered when `editable`, and only on goals known to be valid. */
  private get writable(): boolean {
    return this.editable && this.checking === undefined;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialog;
    if (dialog && !dialog.open && this.dialogState) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    }
  }

  private getModel(): GoalTreeModel | undefined {
    const working = this.working;
    if (!working) return undefined;
    if (this.model?.goals !== working.goals) {
      // One owner's goals or a subtree: parents outside the answer are expected, not missing.
      const partial = Boolean(this.owner || this.root) && !this.goals;
      this.model = buildGoalTreeModel(working.goals, working.people, { partial });
    } else if (this.model.personList !== working.people) {
      this.model = withPeople(this.model, working.people);
    }
    return this.model;
  }

  private ensureRows(): void {
    const model = this.getModel();
    if (!model) return;
    let shown = this.filter.trim();
    const search = startSearch(shown, model);
    const { query } = search;
    if (query && model.lastSearch?.query !== query && model.structure.order.length > SEARCH_AT_ONCE) {
      // Not a slice in this update: the frame that applies the filter stays short.
      if (this.searching?.model !== model || this.searching.search.query !== query) this.searchInSlices(model, search);
      // The rows on screen stay until the search is complete (then this runs again), and follow
      // expanding and collapsing meanwhile, when their own search is at hand.
      shown = this.shownFilter;
      const shownQuery = startSearch(shown).query;
      if (shownQuery && model.lastSearch?.query !== shownQuery) return;
    } else {
      this.searching = undefined;
    }
    const key = [model, this.expansion.revision, shown];
    if (key.every((part, i) => part === this.rowsKey[i])) return;
    const changes = this.expansion.takeChanges();
    // A filter or an expansion replaces the rows on screen: those in sight are rendered first.
    if (this.rowsKey.length && (this.rowsKey[1] !== key[1] || this.rowsKey[2] !== key[2])) this.rowWindow.jumped();
    const sameTree = this.rowsKey[0] === model && this.rowsKey[2] === shown;
    this.rowsKey = key;
    this.shownFilter = shown;
    const isOpen = this.expansion.openTest();
    const toggled = sameTree && changes !== 'all' ? toggledRows(model, shown, this.rows, changes, isOpen) : undefined;
    if (toggled) {
      this.rows = toggled;
      return;
    }
    const { rows, matchCount } = visibleRows(model, shown, isOpen);
    this.rows = rows;
    this.matchCount = matchCount;
  }

  /** Searches a large tree a slice at a time, so typing and scrolling stay smooth; renders when complete. */
  private searchInSlices(model: GoalTreeModel, search: GoalSearch): void {
    const job = { model, search, done: Promise.resolve() };
    this.searching = job;
    job.done = (async () => {
      do {
        await nextTask();
        if (this.searching !== job) return;
      } while (!continueSearch(model, search, performance.now() + SEARCH_SLICE_MS));
      // The rows and their render in a task of their own, not at the end of the last slice.
      await nextTask();
      if (this.searching === job) this.requestUpdate();
    })();
  }

  /** Also waits for a search in progress and the render of its rows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let job = this.searching; job; job = this.searching === job ? undefined : this.searching) {
      await job.done;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private indexOf(id: string | undefined): number {
    if (id === undefined) return -1;
    return this.rows.findIndex((row) => row.goal.id === id);
  }

  private currentGoal(id: string | undefined): Goal | undefined {
    return id === undefined ? undefined : this.model?.structure.goalOf(id);
  }

  /** Whether the viewer may change `goal` here (`editable`, then the `canEdit` hook or the default rule). */
  private mayEdit(goal: Goal): boolean {
    if (!this.writable) return false;
    const viewerId = this.viewerId;
    const model = this.model;
    const viewer = viewerId ? model?.people.get(viewerId) ?? { id: viewerId, name: viewerId } : undefined;
    if (this.canEdit) return this.canEdit(goal, viewer);
    if (!viewerId || !model) return true;
    return canEditGoal(goal, viewerId, {
      personOf: (id) => model.people.get(id),
      goalOf: (id) => model.structure.goalOf(id),
    });
  }

  /** After a save: what it did to the parent's progress (a new sub-goal may move it a lot). */
  private saveEffect(action: GoalChangeAction, saved: Goal): string | undefined {
    if (action !== 'create' || !saved.parentId) return undefined;
    const model = this.getModel();
    const parent = model?.structure.goalOf(saved.parentId);
    if (!model || !parent) return undefined;
    const text = this.text;
    if (parent.progressMode === 'manual') return text.parentNowIgnores(parent.title);
    if (parent.progressMode !== 'children') return undefined;
    const active = model.structure.childrenOf(parent.id).filter((child) => child.status !== 'archived');
    const percent = formatPercent(this.resolvedLocale, model.progress.of(parent.id));
    const total = active.reduce((sum, child) => sum + child.weight, 0);
    const equal = active.every((child) => child.weight === saved.weight) || total === 0;
    return equal
      ? text.parentNowEqual(parent.title, percent)
      : text.parentNowWeighted(parent.title, percent, formatPercent(this.resolvedLocale, saved.weight / total));
  }

  private draftFor(goal: Goal): GoalDraft {
    return this.draft?.goalId === goal.id ? this.draft : editing!.draftOf(goal);
  }

  /** Puts a goal into the list on screen (at `at` when new), or takes it out (`null`). */
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

  // ── event handlers ───────────────────────────────────────────────────────

  private onFilterInput = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.filterTimer);
    this.filterTimer = setTimeout(() => {
      this.expansion.forgetFilterToggles();
      this.filter = value;
      this.rowWindow.scrollToTop();
    }, FILTER_DEBOUNCE_MS);
  };

  private onRowClick = (event: MouseEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const id = row?.dataset['id'];
    if (!id) return;
    const index = this.indexOf(id);
    if (index < 0) return;
    if ((event.target as HTMLElement).closest('.toggle')) {
      this.toggle(this.rows[index]!);
      this.keyboard.activeId = id;
      row.focus({ preventScroll: true });
      return;
    }
    this.keyboard.activeId = id;
    this.select(this.rows[index]!.goal);
  };

  private onAvatarError = (event: Event) => {
    const id = (event.target as HTMLElement).dataset['person'];
    if (id) this.brokenAvatars = new Set(this.brokenAvatars).add(id);
  };

  /** An alignment link: select the aligned goal and bring it into view. */
  private onShowGoal = (goalId: string) => {
    this.selectedId = goalId;
    void this.reveal(goalId, { focus: true });
  };

  private onEditInput = (event: Event) => {
    const goal = this.currentGoal(this.selectedId);
    const field = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (!goal || !field.name) return;
    if (field.name === 'alignTo' && event.type !== 'change') return;
    const value = field instanceof HTMLInputElement && field.type === 'checkbox' ? (field.checked ? '1' : '0') : field.value;
    this.draft = editing!.editDraft(this.draftFor(goal), field.name, value);
    if (field.name === 'alignTo') field.value = '';
  };

  /** Applies a structural change (key results, alignment) to the draft of the selected goal. */
  private changeDraft(change: (draft: GoalDraft) => GoalDraft): void {
    const goal = this.currentGoal(this.selectedId);
    if (goal) this.draft = change(this.draftFor(goal));
  }

  private onAddKeyResult = async () => {
    this.changeDraft((draft) => editing!.addKeyResult(draft, ''));
    await this.updateComplete;
    const inputs = this.renderRoot.querySelectorAll<HTMLInputElement>('.kr-edit input[name$=":title"]');
    inputs[inputs.length - 1]?.focus();
  };

  private onRemoveKeyResult = (id: string) => this.changeDraft((draft) => editing!.removeKeyResult(draft, id));

  private onMoveKeyResult = async (id: string, by: -1 | 1) => {
    this.changeDraft((draft) => editing!.moveKeyResult(draft, id, by));
    await this.updateComplete;
    // Keep focus on the moved key result's button, which moved with it.
    const moved = this.renderRoot.querySelector<HTMLElement>(`.kr-edit[data-kr="${CSS.escape(id)}"]`);
    const buttons = moved?.querySelectorAll<HTMLButtonElement>('.kr-tools button');
    const button = buttons?.[by < 0 ? 0 : 1];
    (button && !button.disabled ? button : moved?.querySelector<HTMLElement>('input'))?.focus();
  };

  private onRemoveAlignment = (index: number) => this.changeDraft((draft) => editing!.removeAlignment(draft, index));

  private onEditSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const goal = this.currentGoal(this.selectedId);
    if (!goal || !this.mayEdit(goal)) return;
    const draft = this.draftFor(goal);
    const errors = validateDraft(draft, this.text);
    if (Object.keys(errors).length) {
      this.showErrors = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('form.edit [aria-invalid="true"]')?.focus();
      return;
    }
    this.showErrors = false;
    const next = applyDraft(goal, draft);
    if (await this.saves.save('update', next, goal)) this.draft = undefined;
  };

  private onEditCancel = () => {
    this.draft = undefined;
    this.showErrors = false;
  };

  private onReloadKeepEdit = () => this.saves.takeServerVersion(() => this.reload());

  private onDiscardEdit = async () => {
    this.draft = undefined;
    await this.saves.takeServerVersion(() => this.reload());
  };

  /** Conflict: the reader's edit, applied to the other person's saved version, saved with its version. */
  private onUseMine = async () => {
    const message = this.saves.message;
    if (message?.kind !== 'conflict') return;
    const draft = this.draft;
    await this.saves.takeServerVersion(() => this.reload());
    await this.updateComplete;
    const theirs = this.currentGoal(message.goalId);
    if (!theirs || !draft || draft.goalId !== theirs.id || !this.mayEdit(theirs)) return;
    if (await this.saves.save('update', applyDraft(theirs, draft), theirs)) this.draft = undefined;
  };

  private onDismissMessage = () => {
    this.saves.dismiss();
  };

  private openDialog = (dialog: GoalDialog) => {
    this.dialogState = dialog;
  };

  private closeDialog = () => {
    this.dialog?.close();
  };

  private onDialogClose = () => {
    this.dialogState = undefined;
  };

  private onAddSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const dialog = this.dialogState;
    if (dialog?.kind !== 'add') return;
    const data = new FormData(event.target as HTMLFormElement);
    const title = String(data.get('title') ?? '').trim();
    if (!title) return;
    const parent = dialog.parentId ? this.currentGoal(dialog.parentId) : undefined;
    const level = data.get('level') as GoalLevel | null;
    const goal = editing!.newGoal({ title, level, parentId: dialog.parentId, parent, viewerId: this.viewerId });
    this.closeDialog();
    if (parent) this.expansion.openForChild(parent.id, { filtered: true });
    if (await this.saves.save('create', goal, null)) {
      this.selectedId = goal.id;
      void this.reveal(goal.id);
    }
  };

  private onMoveSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const dialog = this.dialogState;
    if (dialog?.kind !== 'move') return;
    const goal = this.currentGoal(dialog.goalId);
    const target = new FormData(event.target as HTMLFormElement).get('parent');
    if (!goal || target === null || !this.model) return;
    const parentId = target === '' ? null : String(target);
    if (parentId !== null && isSelfOrDescendant(this.model.structure, goal.id, parentId)) return;
    this.closeDialog();
    if (parentId === goal.parentId) return;
    if (parentId) this.expansion.openForChild(parentId, { filtered: false });
    if (await this.saves.save('move', { ...goal, parentId }, goal)) void this.reveal(goal.id);
  };

  private onMoveSearch = (event: Event) => {
    const dialog = this.dialogState;
    if (dialog?.kind === 'move') this.dialogState = { ...dialog, query: (event.target as HTMLInputElement).value };
  };

  private onDeleteConfirm = async () => {
    const dialog = this.dialogState;
    if (dialog?.kind !== 'delete') return;
    const goal = this.currentGoal(dialog.goalId);
    this.closeDialog();
    if (!goal) return;
    const index = this.indexOf(goal.id);
    if (await this.saves.save('delete', null, goal)) {
      if (this.selectedId === goal.id) this.selectedId = undefined;
      const next = this.rows[Math.min(index, this.rows.length - 1)];
      this.keyboard.activeId = next?.goal.id;
    }
  };

  // ── tree actions (keyboard and pointer) ─────────────────────────────────

  private toggle(row: FlatGoalRow): void {
    if (!row.hasChildren) return;
    this.expansion.set([row.goal.id], !row.expanded);
    // Collapsing around the focused goal moves focus to the collapsed one.
    const activeId = this.keyboard.activeId;
    if (row.expanded && activeId && activeId !== row.goal.id) {
      let id = this.model?.structure.parentIdOf(activeId);
      while (id) {
        if (id === row.goal.id) {
          this.keyboard.activeId = row.goal.id;
          void this.focusRow(-1, row.goal.id);
          break;
        }
        id = this.model?.structure.parentIdOf(id);
      }
    }
  }

  private expandSiblings(row: FlatGoalRow): void {
    const structure = this.model?.structure;
    if (!structure) return;
    const parentId = structure.parentIdOf(row.goal.id);
    const siblings = parentId ? structure.childrenOf(parentId) : structure.roots;
    this.expansion.set(siblings.filter((sibling) => structure.hasChildren(sibling.id)).map((sibling) => sibling.id), true);
  }

  private select(goal: Goal): void {
    if (this.selectedId !== goal.id) {
      this.draft = undefined;
      this.showErrors = false;
    }
    this.selectedId = goal.id;
    this.dispatchEvent(new PmGoalSelectEvent(goal));
  }

  /** Scrolls row `index` (or the row of `id`) into the window, renders it, and focuses it. */
  private async focusRow(index: number, id?: string): Promise<void> {
    await this.updateComplete; // rows may change with a toggle in the same turn
    if (id !== undefined) index = this.indexOf(id);
    const row = this.rows[index];
    if (!row || !this.viewport) return;
    this.keyboard.activeId = row.goal.id;
    this.rowWindow.scrollIntoView(index);
    await this.updateComplete;
    this.rowElement(row.goal.id)?.focus({ preventScroll: true });
  }

  private rowElement(id: string): HTMLElement | undefined {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"]')) {
      if (el.dataset['id'] === id) return el;
    }
    return undefined;
  }

  // ── public methods ───────────────────────────────────────────────────────

  /** Opens every goal. */
  expandAll(): void {
    this.expansion.expandAll();
  }

  /** Closes every goal. */
  collapseAll(): void {
    this.expansion.collapseAll((this.model?.structure.goals ?? []).map((goal) => goal.id));
    const activeId = this.keyboard.activeId;
    if (activeId) {
      // The focusable row becomes the top-level goal above the one that had it.
      let id: string | null | undefined = activeId;
      let top = id;
      while (id) {
        top = id;
        id = this.model?.structure.parentIdOf(id);
      }
      this.keyboard.activeId = top;
    }
  }

  /** Opens the ancestors of a goal, scrolls to it and makes it the focusable row. */
  async reveal(goalId: string, { focus = false }: { focus?: boolean } = {}): Promise<void> {
    const structure = this.model?.structure;
    if (!structure?.isPlaced(goalId)) return;
    const ancestors: string[] = [];
    for (let id = structure.parentIdOf(goalId); id; id = structure.parentIdOf(id)) ancestors.push(id);
    this.expansion.set(ancestors, true);
    // The rows are derived now, so the tree renders once, already at the goal (not at the old
    // scroll position first); a large filtered tree may still be searching: then after its render.
    this.ensureRows();
    const index = this.indexOf(goalId);
    if (index >= 0 && !focus) this.rowWindow.scrollToCenter(index);
    await this.updateComplete;
    const at = this.indexOf(goalId);
    if (at < 0) return;
    this.keyboard.activeId = goalId;
    if (focus) await this.focusRow(at);
    else if (at !== index) this.rowWindow.scrollToCenter(at);
  }

  /** Loads the goals again from the adapter. */
  async reload(): Promise<void> {
    this.cache?.invalidate('listGoals');
    await this.goalsTask.run();
  }

  // ── render ───────────────────────────────────────────────────────────────

  override render() {
    if (this.goals !== undefined) return this.renderContent();
    if (!this.api) return renderInitial(this.coreText.noAdapter);
    if (this.checkError !== undefined) return renderError(this.checkError, this.coreText, () => void this.reload(), this.text.errorTitle);
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
      ${this.writable ? html`<button class="button" part="add-goal" type="button" @click=${() => this.openDialog({ kind: 'add', parentId: null })}>${text.addRoot}</button>` : nothing}
    </div>${this.renderDialog()}`;
  }

  private renderContent(): unknown {
    const model = this.getModel();
    if (!model) return nothing;
    if (model.goals.length === 0) return this.renderEmpty();
    const text = this.text;
    const view: GoalView = {
      text,
      locale: this.resolvedLocale,
      model,
      now: this.now ?? new Date(),
      paceThresholds: this.paceThresholds ?? {},
      brokenAvatars: this.brokenAvatars,
      onAvatarError: this.onAvatarError,
      cycleStart: this.cycleStart,
    };
    const filtering = this.shownFilter !== '';
    return html`<div class="base" part="base">
      <div class="toolbar" part="toolbar">
        <label class="filter">${text.filterLabel}
          <input part="filter" type="search" .value=${this.filter} placeholder=${text.filterPlaceholder}
            autocomplete="off" @input=${this.onFilterInput} />
        </label>
        <button class="button" part="expand-all" type="button" @click=${() => this.expandAll()}>${text.expandAll}</button>
        <button class="button" part="collapse-all" type="button" @click=${() => this.collapseAll()}>${text.collapseAll}</button>
        ${this.writable ? html`<button class="button" part="add-goal" type="button"
          @click=${() => this.openDialog({ kind: 'add', parentId: null })}>${text.addRoot}</button>` : nothing}
      </div>
      <div class="count" part="filter-status" role="status">${filtering ? (this.matchCount ? text.matchCount(this.matchCount) : text.noMatches) : ''}</div>
      ${this.renderProblems(model)}
      <div class="panes">
        ${this.renderTree(view)}
        ${this.renderDetails(view)}
      </div>
      ${this.messageInEditor() ? nothing : this.renderMessage()}
    </div>${this.renderDialog()}`;
  }

  /** The save status goes beside the Save button of the goal it is about, when that form is shown. */
  private messageInEditor(): boolean {
    const goal = this.currentGoal(this.selectedId);
    if (!goal || !this.mayEdit(goal)) return false;
    const message = this.saves.message;
    return !message || message.goalId === goal.id;
  }

  private renderMessage(): TemplateResult {
    const message = this.saves.message;
    const people = this.model?.people;
    const rows = message?.kind === 'conflict' && message.server
      ? conflictRows(this.text, this.draft, message.server, (id) => people?.get(id)?.name ?? id)
      : [];
    return renderSaveMessage(this.text, message, {
      onReload: this.onReloadKeepEdit,
      onDiscard: this.onDiscardEdit,
      ...(message?.kind === 'conflict' && message.action === 'update' && this.draft?.goalId === message.goalId ? { onUseMine: this.onUseMine } : {}),
      onDismiss: this.onDismissMessage,
    }, rows);
  }

  private renderProblems(model: GoalTreeModel): unknown {
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
        ${this.goals === undefined && this.api
          ? html`<button class="button" part="retry" type="button" @click=${() => void this.reload()}>${this.coreText.retry}</button>`
          : nothing}
      </div>` : nothing}
      ${structure.orphanIds.size ? html`<p class="notice" part="notice" data-problem="orphans">${text.orphanNotice(structure.orphanIds.size)}</p>` : nothing}
      ${duplicates.length ? html`<p class="notice" part="notice" data-problem="duplicates">${text.duplicateNotice(duplicates.slice(0, 5).join(', '))}</p>` : nothing}
    `;
  }

  private renderTree(view: GoalView): TemplateResult {
    const rows = this.rows;
    const { first, last } = this.rowWindow.window(rows.length);
    const { rowHeight } = this.rowWindow;
    const windowed = rows.slice(first, last);
    const activeId = this.keyboard.tabStopId();
    const activeRendered = windowed.some((row) => row.goal.id === activeId);
    const selectedId = this.selectedId;
    return html`<div class="viewport" part="tree" role="tree" aria-label=${this.label ?? view.text.treeLabel}
        tabindex=${activeRendered ? -1 : 0}
        @scroll=${this.rowWindow.handleScroll} @keydown=${this.keyboard.handleKeyDown} @focus=${this.keyboard.handleFocus}
        @focusin=${this.keyboard.handleFocusIn} @click=${this.onRowClick}>
      <div class="spacer" role="none" ${cssProps({ height: `${rows.length * rowHeight}px` })}>
        ${repeat(windowed, (row) => row.goal.id, (row, i) => renderGoalRow(view, row, {
          top: (first + i) * rowHeight,
          active: row.goal.id === activeId,
          selected: row.goal.id === selectedId,
        }))}
      </div>
    </div>`;
  }

  private renderDetails(view: GoalView): TemplateResult {
    const goal = this.currentGoal(this.selectedId);
    let editor: unknown = nothing;
    if (goal && this.mayEdit(goal) && editing) editor = this.renderEditor(view, goal, editing);
    else if (goal && this.writable) editor = html`<p class="muted read-only" part="read-only">${view.text.readOnly}</p>`;
    return renderGoalDetails(view, goal, {
      editor,
      onShowGoal: this.onShowGoal,
    });
  }

  private renderEditor(view: GoalView, goal: Goal, { alignmentCandidates, renderGoalEditor }: typeof GoalEditing): TemplateResult {
    const draft = this.draftFor(goal);
    const { structure, people } = view.model;
    const state = {
      draft,
      edited: this.draft?.goalId === goal.id,
      hasChildren: structure.hasChildren(goal.id),
      errors: this.showErrors ? validateDraft(draft, view.text) : {},
      people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, this.resolvedLocale)),
      candidates: alignmentCandidates(structure, goal, draft.alignedTo),
      titleOf: (id: string) => structure.goalOf(id)?.title,
      keyResultTitleOf: (id: string, krId: string) => structure.goalOf(id)?.keyResults.find((kr) => kr.id === krId)?.title,
      message: this.messageInEditor() ? this.renderMessage() : html`<div role="status" class="save-status"></div>`,
    };
    return renderGoalEditor(view.text, goal, state, {
      onInput: this.onEditInput,
      onSubmit: this.onEditSubmit,
      onCancel: this.onEditCancel,
      openDialog: this.openDialog,
      onAddKeyResult: this.onAddKeyResult,
      onRemoveKeyResult: this.onRemoveKeyResult,
      onMoveKeyResult: this.onMoveKeyResult,
      onRemoveAlignment: this.onRemoveAlignment,
    });
  }

  private renderDialog(): unknown {
    return editing?.renderGoalDialog(this.text, this.dialogState, this.model?.structure, {
      onAddSubmit: this.onAddSubmit,
      onMoveSubmit: this.onMoveSubmit,
      onMoveSearch: this.onMoveSearch,
      onDeleteConfirm: this.onDeleteConfirm,
      onCancel: this.closeDialog,
      onClose: this.onDialogClose,
    }) ?? nothing;
  }
}
