import type { ReactiveControllerHost } from 'lit';

/**
 * Which goals of a tree are open: every goal down to a depth, except those the reader toggled.
 * A filtered tree opens every match's ancestors, so toggles made while filtering are kept apart
 * (and forgotten when the filter changes) instead of rewriting the reader's unfiltered tree.
 * Every change asks the host to render again.
 */
export class TreeExpansion {
  /** Bumped whenever what is open changes; the visible rows are derived again when it moves. */
  revision = 0;

  /** Goals opened or closed one by one since {@link takeChanges}; `all` after a change to every goal. */
  #changes: Set<string> | 'all' = 'all';

  /** Levels open by default: 0 all closed, Infinity after "Expand all". */
  private depth = 1;
  private readonly toggled = new Map<string, boolean>();
  readonly #filterToggled = new Map<string, boolean>();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the host shows a filtered tree right now. */
    private readonly isFiltering: () => boolean,
  ) {}

  /** The test `flattenGoalTree` asks of each goal with children: is it open? */
  openTest(): (goalId: string, level: number) => boolean {
    if (this.isFiltering()) {
      const toggled = this.#filterToggled;
      return (goalId) => toggled.get(goalId) ?? true;
    }
    const { toggled, depth } = this;
    return (goalId, level) => toggled.get(goalId) ?? level <= depth;
  }

  /** Opens `depth` levels and forgets the reader's toggles (the `expand-depth` attribute). */
  setDepth(depth: number): void {
    this.depth = depth;
    this.toggled.clear();
    this.#changed('all');
  }

  /** Opens or closes goals in the tree on screen (filtered or not). */
  set(goalIds: Iterable<string>, open: boolean): void {
    const toggles = this.isFiltering() ? this.#filterToggled : this.toggled;
    for (const id of goalIds) {
      toggles.set(id, open);
      if (this.#changes !== 'all') this.#changes.add(id);
    }
    this.#changed();
  }

  /**
   * Opens a goal that just got a new child, in the unfiltered tree and, with `filtered`, in the
   * filtered one too, so the new child is in sight whichever tree the reader returns to.
   */
  openForChild(goalId: string, { filtered }: { filtered: boolean }): void {
    this.toggled.set(goalId, true);
    if (filtered) this.#filterToggled.set(goalId, true);
    this.#changed('all');
  }

  expandAll(): void {
    this.depth = Number.POSITIVE_INFINITY;
    this.toggled.clear();
    this.#filterToggled.clear();
    this.#changed('all');
  }

  /** Closes everything; `goalIds` are all the goals, closed in the filtered tree as well. */
  collapseAll(goalIds: Iterable<string>): void {
    this.depth = 0;
    this.toggled.clear();
    for (const id of goalIds) this.#filterToggled.set(id, false);
    this.#changed('all');
  }

  /** A new filter starts with every match's ancestors open again. */
  forgetFilterToggles(): void {
    this.#filterToggled.clear();
    this.#changed('all');
  }

  /**
   * The goals opened or closed one by one since the last call (the rows on screen can follow them
   * one by one), or `all` when every goal may have changed (a depth, expand or collapse all).
   */
  takeChanges(): ReadonlySet<string> | 'all' {
    const changes = this.#changes;
    this.#changes = new Set();
    return changes;
  }

  #changed(all?: 'all'): void {
    if (all || this.#changes === 'all') this.#changes = 'all';
    this.revision++;
    this.host.requestUpdate();
  }
}
