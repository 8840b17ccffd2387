import { initialState, Task, TaskStatus } from '@lit/task';
import {
  PmWidgetElement, QuerySubscription, cssProps, goalListCheck, renderError, renderInitial, renderSkeleton, renderTaskStates, statesStyles,
  type Goal, type GoalList, type GoalQuery, type Person,
} from '@pm-widgets/core';
import { flattenGoalTree, type FlatGoalRow, type PaceThresholds } from '@pm-widgets/core/rules';
import { html, nothing, supportsAdoptingStyleSheets, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { PmGoalSelectEvent } from './events.js';
import type { GoalTreeEditor } from './goal-editing.js';
import type { GoalView } from './goal-facts.js';
import { renderGoalRow } from './goal-row.js';
import type * as GoalSearchCode from './goal-search.js';
import { buildGoalTreeModel, toggledRows, withPeople, type GoalSearch, type GoalTreeModel } from './goal-tree-model.js';
import { goalTreeStyles } from './goal-tree.styles.js';
import { goalTreeText, type GoalTreeMessages } from './messages.js';
import { RowWindowController } from './row-window-controller.js';
import { TreeExpansion } from './tree-expansion.js';
import { TreeKeyboardController } from './tree-keyboard-controller.js';

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
 * A part of the tree fetched on demand, once per page: its code and any styles it brings. The
 * reader's Retry after a failed fetch fetches again.
 */
class Chunk<T> {
  module?: T;
  #pending?: Promise<T>;
  #failed?: unknown;
  #attempts = 0;
  constructor(private readonly fetch: () => Promise<T>) {}

  load(): Promise<T> {
    return (this.#pending ??= (this.#failed === undefined ? this.fetch() : this.#fetchAgain(this.#failed)).then(
      (module) => (this.module = module),
      (error: unknown) => {
        this.#pending = undefined;
        this.#failed = error;
        throw error;
      },
    ));
  }

  /**
   * Browsers keep a failed module fetch for the page's life (the same import fails again at once;
   * whatwg/html#6768), so a retry imports the module's URL, which the error names, with a query.
   * Only the failed module was never run, so no second copy of it exists. Where the error names no
   * URL, the same import is tried.
   */
  #fetchAgain(error: unknown): Promise<T> {
    const url = /\bhttps?:\/\/[^\s'"()<>]+/.exec(error instanceof Error ? error.message : '')?.[0]?.replace(/[.,;:]+$/, '');
    if (!url) return this.fetch();
    const next = new URL(url);
    next.searchParams.set('retry', String(++this.#attempts));
    return import(/* @vite-ignore */ next.href) as Promise<T>;
  }
}

/**
 * Editing (the edit form, the add/move/delete dialogs, saves and their messages): fetched once a
 * tree is `editable`, before it renders (as a locale waits for its catalogue); a read-only tree
 * never loads it.
 */
const editing = new Chunk(() => import('./goal-editing.js'));
/**
 * The details of a selected goal: fetched when a reader first selects one, or earlier when they
 * point at or focus the tree. The first render shows rows and the details' prompt only.
 */
const details = new Chunk(() => import('./goal-details.js'));
/**
 * Filtering: fetched when the reader points at or focuses the tree or its filter, so it is here
 * before they have typed; a tree nobody filters never loads it.
 */
const search = new Chunk<typeof GoalSearchCode>(() => import('./goal-search.js'));

/** Adds a chunk's styles to a shadow root, after the element's own (as lit adopts those). */
function adoptStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet && root instanceof ShadowRoot) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // Without constructable style sheets lit renders <style> elements: one more, before the content
  // (lit clears what follows its content when a state changes), with lit's nonce if the page set one.
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.insertBefore(style, [...root.childNodes].find((node) => !(node instanceof HTMLStyleElement)) ?? null);
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
 * @csspart editing-error - Editable, but the editing code could not be fetched: the alert, with Retry.
 * @csspart search-error - A filter was typed but the search code could not be fetched: the alert, with Retry.
 * @csspart notice - A warning about the data (orphans, duplicate ids).
 * @csspart structure-error - The alert naming goals in a parent-link cycle, with Retry when the goals came from the adapter.
 * @csspart tree - The scrolling `role="tree"` viewport.
 * @csspart row - Each `role="treeitem"` row.
 * @csspart toggle - The expand/collapse chevron of a row.
 * @csspart title - A row's title.
 * @csspart progress-bar - A progress bar.
 * @csspart details - The panel with the selected goal's details (`aria-busy` while their code is fetched, on first selection).
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

  readonly #goalsTask = new Task(this, {
    task: async ([api, ownerId, rootId, cycleId, hasGoals], { signal }) => {
      if (!api || hasGoals) return initialState;
      return api.listGoals(goalQuery(ownerId, rootId, cycleId), { signal });
    },
    args: () => [this.api, this.owner, this.root, this.cycle, this.goals !== undefined] as const,
    onComplete: () => (this.liveList = undefined),
  });

  /** Writes made anywhere through the shared cache (another widget, another tree) reach this tree. */
  readonly #goalsFeed = new QuerySubscription(this, 'listGoals', {
    cache: () => (this.goals === undefined ? this.cache : undefined),
    query: () => goalQuery(this.owner, this.root, this.cycle),
    onChange: (list) => (this.liveList = list),
  });

  readonly #expansion = new TreeExpansion(this, () => this.#shownFilter !== '');

  readonly #keyboard = new TreeKeyboardController<FlatGoalRow>(this, {
    rows: () => this.rows,
    indexOf: (id) => this.#indexOf(id),
    parentIdOf: (id) => this.#model?.structure.parentIdOf(id),
    toggle: (row) => this.#toggle(row),
    expandSiblings: (row) => this.#expandSiblings(row),
    select: (row) => this.#select(row.goal),
    focusRow: (index) => void this.#focusRow(index),
    isRtl: () => this.getAttribute('dir') === 'rtl',
  });

  readonly #rowWindow = new RowWindowController(this, {
    viewport: () => this.viewport,
    anyRow: () => this.viewport?.querySelector('[role="treeitem"]'),
    rowHeight: 56, // 3.5rem at 16px, until a row is measured
    fallbackHeight: 640,
    overscan: 6,
    anchor: () => this.#indexOf(this.#keyboard.activeId),
  });

  /** Edit state and saves: made once the tree is `editable` and the editing chunk is here (see `willUpdate`). */
  #editor?: GoalTreeEditor;

  // ── queried nodes ────────────────────────────────────────────────────────

  @query('.viewport') private viewport?: HTMLElement;

  // ── state ────────────────────────────────────────────────────────────────

  /** The goals on screen: the loaded or given list plus the edits saved (or being saved) here. */
  @state() private working?: { goals: readonly Goal[]; people: readonly Person[] };
  @state() private selectedId?: string;
  @state() private filter = '';
  /** A chunk this tree needs could not be fetched (offline, a failed deploy): shown with Retry. */
  @state() private editingError?: unknown;
  @state() private detailsError?: unknown;
  @state() private searchError?: unknown;
  /** The details chunk on its way (`updateComplete` waits for it). */
  #detailsLoad?: Promise<void>;
  /** The search chunk on its way (`updateComplete` waits for it when there is a filter). */
  #searchLoad?: Promise<void>;
  /** The reader pointed at or focused the goals (the details' code is fetched then). */
  #intent = false;
  /** The chunks whose styles this tree's shadow root has. */
  readonly #adopted = new Set<CSSResult>();
  @state() private brokenAvatars = new Set<string>();
  /** A newer copy of the loaded list from the shared cache, until the next load. */
  @state() private liveList?: GoalList;
  /** A large loaded list whose goals are still being checked (see `goalListCheck`): shown read-only until then. */
  @state() private checking?: GoalList;
  /** The check of a large list found a goal that is not valid: the load failed after all. */
  @state() private checkError?: unknown;
  /** The loaded list whose check is followed. */
  #followed?: GoalList;

  // Derived in `willUpdate` and kept until what they come from changes.
  #source?: readonly Goal[];
  #model?: GoalTreeModel;
  // `rows` and `searching` stay TS-private, not #private: the scale tests read them.
  private rows: FlatGoalRow[] = [];
  #rowsKey: unknown[] = [];
  #matchCount = 0;
  /** The filter (trimmed) of the rows on screen; a large tree shows the previous rows until a search completes. */
  #shownFilter = '';
  /** A search of a large tree in progress, in slices. */
  private searching?: { model: GoalTreeModel; search: GoalSearch; done: Promise<void> };

  #filterTimer?: ReturnType<typeof setTimeout>;

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

  get #text(): GoalTreeMessages {
    return goalTreeText(this.resolvedLocale);
  }

  // ── lifecycle ────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#filterTimer);
  }

  /**
   * An editable tree renders once the editing code is there (as a locale waits for its catalogue).
   * If it cannot be fetched, the tree renders read-only with the error and Retry.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.editable && !editing.module && this.editingError === undefined
      ? editing.load().then(() => undefined, (error: unknown) => {
        console.error('pm-goal-tree: the editing code failed to load', error);
        this.editingError = error;
      })
      : undefined;
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('expandDepth')) {
      this.#expansion.setDepth(Math.max(0, Number.isFinite(this.expandDepth) ? this.expandDepth : 1));
    }
    const given = this.goals;
    const loaded = this.#goalsTask.status === TaskStatus.COMPLETE || this.#goalsTask.status === TaskStatus.PENDING
      ? this.liveList ?? (this.#goalsTask.value as GoalList | undefined)
      : undefined;
    const next = given ?? loaded?.goals;
    if (next && next !== this.#source) {
      this.#source = next;
      this.working = { goals: next, people: given ? this.people ?? [] : loaded?.people ?? [] };
    } else if (given && changed.has('people')) {
      this.working = { goals: this.working?.goals ?? given, people: this.people ?? [] };
    }
    // Every answer is a new list (a reload too), so a failed check is forgotten when the next one comes.
    const answer = given ? undefined : loaded;
    if (answer !== this.#followed) {
      this.#followed = answer;
      this.#followCheck(answer);
    }
    if (this.working) this.#ensureRows();
    if (this.editable && !this.#editor && editing.module) this.#editor = this.#makeEditor(editing.module.GoalTreeEditor);
    if (this.selectedId !== undefined && !details.module && this.detailsError === undefined) this.#loadDetails();
    for (const chunk of [editing.module, details.module]) {
      if (chunk && !this.#adopted.has(chunk.styles)) {
        this.#adopted.add(chunk.styles);
        adoptStyles(this.renderRoot, chunk.styles);
      }
    }
  }

  /** Fetches the search chunk (once per page); filters when it is here, or shows why not. */
  #loadSearch = (): void => {
    if (search.module || this.#searchLoad) return;
    this.#searchLoad = search.load().then(
      () => undefined,
      (error: unknown) => {
        console.error('pm-goal-tree: the search code failed to load', error);
        if (this.filter.trim()) this.searchError = error;
      },
    ).finally(() => {
      this.#searchLoad = undefined;
      this.requestUpdate();
    });
  };

  /** Fetches the details chunk (once per page); renders when it is here, or shows why not. */
  #loadDetails = (): void => {
    if (details.module || this.#detailsLoad) return;
    const load = details.load().then(
      () => undefined,
      (error: unknown) => {
        console.error('pm-goal-tree: the details code failed to load', error);
        if (this.selectedId !== undefined) this.detailsError = error;
      },
    ).finally(() => {
      this.#detailsLoad = undefined;
      this.requestUpdate();
    });
    this.#detailsLoad = load;
  };

  #makeEditor(Editor: typeof GoalTreeEditor): GoalTreeEditor {
    return new Editor(this, {
      port: () => (this.goals === undefined ? this.api : undefined),
      model: () => this.#model,
      goals: () => this.working?.goals,
      replace: (id, goal, at) => this.#replaceLocal(id, goal, at),
      text: () => this.#text,
      coreText: () => this.coreText,
      locale: () => this.resolvedLocale,
      selectedId: () => this.selectedId,
      writable: () => this.#writable,
      viewerId: () => this.viewerId,
      canEdit: () => this.canEdit,
      reload: () => this.reload(),
      openForChild: (parentId, filtered) => this.#expansion.openForChild(parentId, { filtered }),
      reveal: (goalId, select) => {
        if (select) this.selectedId = goalId;
        void this.reveal(goalId);
      },
      rowIndexOf: (goalId) => this.#indexOf(goalId),
      deleted: (goalId, index) => {
        if (this.selectedId === goalId) this.selectedId = undefined;
        const next = this.rows[Math.min(index, this.rows.length - 1)];
        this.#keyboard.activeId = next?.goal.id;
      },
    });
  }

  /** Follows the staged check of a large loaded list: read-only until it passes, the error state if it fails. */
  #followCheck(list: GoalList | undefined): void {
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
  get #writable(): boolean {
    return this.editable && this.checking === undefined;
  }

  #getModel(): GoalTreeModel | undefined {
    const working = this.working;
    if (!working) return undefined;
    if (this.#model?.goals !== working.goals) {
      // One owner's goals or a subtree: parents outside the answer are expected, not missing.
      const partial = Boolean(this.owner || this.root) && !this.goals;
      this.#model = buildGoalTreeModel(working.goals, working.people, { partial });
    } else if (this.#model.personList !== working.people) {
      this.#model = withPeople(this.#model, working.people);
    }
    return this.#model;
  }

  #ensureRows(): void {
    const model = this.#getModel();
    if (!model) return;
    let shown = this.filter.trim();
    const finder = search.module;
    const query = shown.toLowerCase();
    if (query && !finder) {
      // The rows on screen stay until the search code is here (then this runs again).
      if (this.searchError === undefined) this.#loadSearch();
      shown = this.#shownFilter;
    } else if (finder && query && model.lastSearch?.query !== query && model.structure.order.length > SEARCH_AT_ONCE) {
      // Not a slice in this update: the frame that applies the filter stays short.
      if (this.searching?.model !== model || this.searching.search.query !== query) this.#searchInSlices(finder, model, finder.startSearch(shown, model));
      // The rows on screen stay until the search is complete (then this runs again), and follow
      // expanding and collapsing meanwhile, when their own search is at hand.
      shown = this.#shownFilter;
      const shownQuery = shown.toLowerCase();
      if (shownQuery && model.lastSearch?.query !== shownQuery) return;
    } else {
      this.searching = undefined;
    }
    const key = [model, this.#expansion.revision, shown];
    if (key.every((part, i) => part === this.#rowsKey[i])) return;
    const changes = this.#expansion.takeChanges();
    // A filter or an expansion replaces the rows on screen: those in sight are rendered first.
    if (this.#rowsKey.length && (this.#rowsKey[1] !== key[1] || this.#rowsKey[2] !== key[2])) this.#rowWindow.jumped();
    const sameTree = this.#rowsKey[0] === model && this.#rowsKey[2] === shown;
    this.#rowsKey = key;
    this.#shownFilter = shown;
    const isOpen = this.#expansion.openTest();
    const toggled = sameTree && changes !== 'all' ? toggledRows(model, shown, this.rows, changes, isOpen) : undefined;
    if (toggled) {
      this.rows = toggled;
      return;
    }
    const { rows, matchCount } = shown && finder
      ? finder.visibleRows(model, shown, isOpen)
      : { rows: flattenGoalTree(model.structure, { isExpanded: isOpen }), matchCount: 0 };
    this.rows = rows;
    this.#matchCount = matchCount;
  }

  /** Searches a large tree a slice at a time, so typing and scrolling stay smooth; renders when complete. */
  #searchInSlices(finder: typeof GoalSearchCode, model: GoalTreeModel, search: GoalSearch): void {
    const job = { model, search, done: Promise.resolve() };
    this.searching = job;
    job.done = (async () => {
      do {
        await nextTask();
        if (this.searching !== job) return;
      } while (!finder.continueSearch(model, search, performance.now() + SEARCH_SLICE_MS));
      // The rows and their render in a task of their own, not at the end of the last slice.
      await nextTask();
      if (this.searching === job) this.requestUpdate();
    })();
  }

  /** Also waits for a search in progress and the render of its rows, and for the details of a selected goal on their way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await this.#rowsRendered();
    while (this.#detailsLoad && this.selectedId !== undefined) {
      await this.#detailsLoad;
      complete = await this.#rowsRendered();
    }
    return complete;
  }

  /** The rows are rendered and current (a search in progress too); what the keyboard waits for, never a chunk. */
  async #rowsRendered(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#searchLoad && this.filter.trim()) {
      await this.#searchLoad;
      complete = await super.getUpdateComplete();
    }
    for (let job = this.searching; job; job = this.searching === job ? undefined : this.searching) {
      await job.done;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #indexOf(id: string | undefined): number {
    if (id === undefined) return -1;
    return this.rows.findIndex((row) => row.goal.id === id);
  }

  #currentGoal(id: string | undefined): Goal | undefined {
    return id === undefined ? undefined : this.#model?.structure.goalOf(id);
  }

  /** Puts a goal into the list on screen (at `at` when new), or takes it out (`null`). */
  #replaceLocal(id: string, goal: Goal | null, at?: number): void {
    if (!this.working) return;
    const goals = this.working.goals.slice();
    const index = goals.findIndex((g) => g.id === id);
    if (goal === null) {
      if (index >= 0) goals.splice(index, 1);
    } else if (index >= 0) goals[index] = goal;
    else goals.splice(at ?? goals.length, 0, goal);
    this.working = { ...this.working, goals };
    this.#ensureRows();
  }

  // ── event handlers ───────────────────────────────────────────────────────

  #onFilterInput = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#filterTimer);
    this.#filterTimer = setTimeout(() => {
      this.#expansion.forgetFilterToggles();
      this.filter = value;
      this.#rowWindow.scrollToTop();
    }, FILTER_DEBOUNCE_MS);
  };

  #onRowClick = (event: MouseEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const id = row?.dataset['id'];
    if (!id) return;
    const index = this.#indexOf(id);
    if (index < 0) return;
    if ((event.target as HTMLElement).closest('.toggle')) {
      this.#toggle(this.rows[index]!);
      this.#keyboard.activeId = id;
      row.focus({ preventScroll: true });
      return;
    }
    this.#keyboard.activeId = id;
    this.#select(this.rows[index]!.goal);
  };

  #onAvatarError = (event: Event) => {
    const id = (event.target as HTMLElement).dataset['person'];
    if (id) this.brokenAvatars = new Set(this.brokenAvatars).add(id);
  };

  /** An alignment link: select the aligned goal and bring it into view. */
  #onShowGoal = (goalId: string) => {
    this.selectedId = goalId;
    void this.reveal(goalId, { focus: true });
  };

  /** The reader points at or focuses the goals: fetch the details' code now, before a goal is selected. */
  #onIntent = () => {
    if (this.#intent) return;
    this.#intent = true;
    this.#loadDetails();
    this.#loadSearch();
  };

  /** Retry after the editing chunk failed to load; on success, focus moves to Add goal. */
  #onRetryEditing = async () => {
    const hadFocus = this.renderRoot.querySelector('[part~="editing-error"]')?.contains(this.shadowRoot?.activeElement ?? null);
    this.editingError = undefined;
    await this.updateComplete;
    if (hadFocus) this.renderRoot.querySelector<HTMLElement>('[part~="add-goal"]')?.focus();
  };

  /** Retry after the search chunk failed to load; on success, the filter applies and focus returns to it. */
  #onRetrySearch = async () => {
    const hadFocus = this.renderRoot.querySelector('[part~="search-error"]')?.contains(this.shadowRoot?.activeElement ?? null);
    this.searchError = undefined;
    await this.updateComplete;
    if (hadFocus) this.renderRoot.querySelector<HTMLElement>('[part~="filter"]')?.focus();
  };

  /** Retry after the details chunk failed to load; on success, focus moves to the details' heading. */
  #onRetryDetails = async () => {
    const hadFocus = this.renderRoot.querySelector('[part~="details"]')?.contains(this.shadowRoot?.activeElement ?? null);
    this.detailsError = undefined;
    await this.updateComplete;
    if (hadFocus) this.renderRoot.querySelector<HTMLElement>('[part~="details"] h2')?.focus();
  };

  // ── tree actions (keyboard and pointer) ─────────────────────────────────

  #toggle(row: FlatGoalRow): void {
    if (!row.hasChildren) return;
    this.#expansion.set([row.goal.id], !row.expanded);
    // Collapsing around the focused goal moves focus to the collapsed one.
    const activeId = this.#keyboard.activeId;
    if (row.expanded && activeId && activeId !== row.goal.id) {
      let id = this.#model?.structure.parentIdOf(activeId);
      while (id) {
        if (id === row.goal.id) {
          this.#keyboard.activeId = row.goal.id;
          void this.#focusRow(-1, row.goal.id);
          break;
        }
        id = this.#model?.structure.parentIdOf(id);
      }
    }
  }

  #expandSiblings(row: FlatGoalRow): void {
    const structure = this.#model?.structure;
    if (!structure) return;
    const parentId = structure.parentIdOf(row.goal.id);
    const siblings = parentId ? structure.childrenOf(parentId) : structure.roots;
    this.#expansion.set(siblings.filter((sibling) => structure.hasChildren(sibling.id)).map((sibling) => sibling.id), true);
  }

  #select(goal: Goal): void {
    if (this.selectedId !== goal.id) this.#editor?.selectionChanged();
    this.selectedId = goal.id;
    this.dispatchEvent(new PmGoalSelectEvent(goal));
  }

  /** Scrolls row `index` (or the row of `id`) into the window, renders it, and focuses it. */
  async #focusRow(index: number, id?: string): Promise<void> {
    await this.#rowsRendered(); // rows may change with a toggle in the same turn
    if (id !== undefined) index = this.#indexOf(id);
    const row = this.rows[index];
    if (!row || !this.viewport) return;
    this.#keyboard.activeId = row.goal.id;
    this.#rowWindow.scrollIntoView(index);
    await this.#rowsRendered();
    this.#rowElement(row.goal.id)?.focus({ preventScroll: true });
  }

  #rowElement(id: string): HTMLElement | undefined {
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"]')) {
      if (el.dataset['id'] === id) return el;
    }
    return undefined;
  }

  // ── public methods ───────────────────────────────────────────────────────

  /** Opens every goal. */
  expandAll(): void {
    this.#expansion.expandAll();
  }

  /** Closes every goal. */
  collapseAll(): void {
    this.#expansion.collapseAll((this.#model?.structure.goals ?? []).map((goal) => goal.id));
    const activeId = this.#keyboard.activeId;
    if (activeId) {
      // The focusable row becomes the top-level goal above the one that had it.
      let id: string | null | undefined = activeId;
      let top = id;
      while (id) {
        top = id;
        id = this.#model?.structure.parentIdOf(id);
      }
      this.#keyboard.activeId = top;
    }
  }

  /** Opens the ancestors of a goal, scrolls to it and makes it the focusable row. */
  async reveal(goalId: string, { focus = false }: { focus?: boolean } = {}): Promise<void> {
    const structure = this.#model?.structure;
    if (!structure?.isPlaced(goalId)) return;
    const ancestors: string[] = [];
    for (let id = structure.parentIdOf(goalId); id; id = structure.parentIdOf(id)) ancestors.push(id);
    this.#expansion.set(ancestors, true);
    // The rows are derived now, so the tree renders once, already at the goal (not at the old
    // scroll position first); a large filtered tree may still be searching: then after its render.
    this.#ensureRows();
    const index = this.#indexOf(goalId);
    if (index >= 0 && !focus) this.#rowWindow.scrollToCenter(index);
    // The rows, not the details pane's chunk (a reveal never waits for it).
    await this.#rowsRendered();
    const at = this.#indexOf(goalId);
    if (at < 0) return;
    this.#keyboard.activeId = goalId;
    if (focus) await this.#focusRow(at);
    else if (at !== index) this.#rowWindow.scrollToCenter(at);
  }

  /** Loads the goals again from the adapter. */
  async reload(): Promise<void> {
    this.cache?.invalidate('listGoals');
    await this.#goalsTask.run();
  }

  // ── render ───────────────────────────────────────────────────────────────

  override render() {
    if (this.goals !== undefined) return this.#renderContent();
    if (!this.api) return renderInitial(this.coreText.noAdapter);
    if (this.checkError !== undefined) return renderError(this.checkError, this.coreText, () => void this.reload(), this.#text.errorTitle);
    return renderTaskStates(this.#goalsTask as unknown as Task<readonly unknown[], GoalList>, {
      initial: () => renderInitial(this.coreText.noAdapter),
      complete: () => this.#renderContent(),
      isEmpty: (value) => value.goals.length === 0,
      empty: () => this.#renderEmpty(),
      skeletonLines: 6,
      errorTitle: this.#text.errorTitle,
      messages: this.coreText,
    });
  }

  #renderEmpty(): TemplateResult {
    const text = this.#text;
    return html`<div class="state" part="empty">
      <h2>${text.emptyTitle}</h2>
      <p>${text.emptyText}</p>
      ${this.#renderAddGoal()}
      ${this.#renderEditingError()}
    </div>${this.#editor?.renderDialog() ?? nothing}`;
  }

  #renderContent(): unknown {
    const model = this.#getModel();
    if (!model) return nothing;
    if (model.goals.length === 0) return this.#renderEmpty();
    const text = this.#text;
    const view: GoalView = {
      text,
      locale: this.resolvedLocale,
      model,
      now: this.now ?? new Date(),
      paceThresholds: this.paceThresholds ?? {},
      brokenAvatars: this.brokenAvatars,
      onAvatarError: this.#onAvatarError,
      cycleStart: this.cycleStart,
    };
    const filtering = this.#shownFilter !== '';
    return html`<div class="base" part="base">
      <div class="toolbar" part="toolbar">
        <label class="filter">${text.filterLabel}
          <input part="filter" type="search" .value=${this.filter} placeholder=${text.filterPlaceholder}
            autocomplete="off" @input=${this.#onFilterInput} @focus=${this.#loadSearch} @pointerenter=${this.#loadSearch} />
        </label>
        <button class="button" part="expand-all" type="button" @click=${() => this.expandAll()}>${text.expandAll}</button>
        <button class="button" part="collapse-all" type="button" @click=${() => this.collapseAll()}>${text.collapseAll}</button>
        ${this.#renderAddGoal()}
      </div>
      <div class="count" part="filter-status" role="status">${filtering ? (this.#matchCount ? text.matchCount(this.#matchCount) : text.noMatches) : ''}</div>
      ${this.searchError !== undefined && this.filter.trim()
        ? html`<div part="search-error">${renderError(this.searchError, this.coreText, this.#onRetrySearch, text.searchLoadFailed)}</div>`
        : nothing}
      ${this.#renderEditingError()}
      ${this.#renderProblems(model)}
      <div class="panes" @pointerover=${this.#onIntent} @focusin=${this.#onIntent}>
        ${this.#renderTree(view)}
        ${this.#renderDetails(view)}
      </div>
      ${this.#editor ? this.#editor.renderMessageBelow() : html`<div part="message" role="status"></div>`}
    </div>${this.#editor?.renderDialog() ?? nothing}`;
  }

  /** Add goal, once the editing chunk is here (a button that does nothing is never shown). */
  #renderAddGoal(): unknown {
    const editor = this.#editor;
    return this.#writable && editor
      ? html`<button class="button" part="add-goal" type="button" @click=${editor.openAddRoot}>${this.#text.addRoot}</button>`
      : nothing;
  }

  /** An editable tree whose editing chunk could not be fetched: why, and Retry (the tree stays readable). */
  #renderEditingError(): unknown {
    if (!this.editable || this.#editor || this.editingError === undefined) return nothing;
    return html`<div part="editing-error">${renderError(this.editingError, this.coreText, this.#onRetryEditing, this.#text.editingLoadFailed)}</div>`;
  }

  #renderProblems(model: GoalTreeModel): unknown {
    const text = this.#text;
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

  #renderTree(view: GoalView): TemplateResult {
    const rows = this.rows;
    const { first, last } = this.#rowWindow.window(rows.length);
    const { rowHeight } = this.#rowWindow;
    const windowed = rows.slice(first, last);
    const activeId = this.#keyboard.tabStopId();
    const activeRendered = windowed.some((row) => row.goal.id === activeId);
    const selectedId = this.selectedId;
    return html`<div class="viewport" part="tree" role="tree" aria-label=${this.label ?? view.text.treeLabel}
        tabindex=${activeRendered ? -1 : 0}
        @scroll=${this.#rowWindow.handleScroll} @keydown=${this.#keyboard.handleKeyDown} @focus=${this.#keyboard.handleFocus}
        @focusin=${this.#keyboard.handleFocusIn} @click=${this.#onRowClick}>
      <div class="spacer" role="none" ${cssProps({ height: `${rows.length * rowHeight}px` })}>
        ${repeat(windowed, (row) => row.goal.id, (row, i) => renderGoalRow(view, row, {
          top: (first + i) * rowHeight,
          active: row.goal.id === activeId,
          selected: row.goal.id === selectedId,
        }))}
      </div>
    </div>`;
  }

  #renderDetails(view: GoalView): TemplateResult {
    const goal = this.#currentGoal(this.selectedId);
    const text = view.text;
    if (!goal) {
      return html`<section class="details empty" part="details" aria-label=${text.detailsLabel}><p class="muted">${text.selectPrompt}</p></section>`;
    }
    const chunk = details.module;
    if (chunk) {
      return chunk.renderGoalDetails(view, goal, {
        editor: this.#editor?.renderInDetails(view, goal) ?? nothing,
        onShowGoal: this.#onShowGoal,
      });
    }
    // The details' code is on its way (the heading now, the rest as a skeleton), or could not be fetched.
    const failed = this.detailsError !== undefined;
    return html`<section class="details" part="details" aria-labelledby="details-heading" aria-busy=${failed ? nothing : 'true'}>
      <h2 id="details-heading" tabindex="-1">${goal.title}</h2>
      ${failed ? renderError(this.detailsError, this.coreText, this.#onRetryDetails, text.detailsLoadFailed) : renderSkeleton(6, this.coreText)}
    </section>`;
  }
}
