import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the keyboard needs to know of a visible row. */
export interface TreeKeyboardRow {
  goal: { id: string; title: string };
  hasChildren: boolean;
  expanded: boolean;
}

export interface TreeKeyboardOptions<Row extends TreeKeyboardRow> {
  /** The visible rows, top to bottom. */
  rows: () => readonly Row[];
  /** Index of the row of a goal in `rows()`, or -1. */
  indexOf: (goalId: string | undefined) => number;
  /** The goal's parent as displayed (null for a top-level goal). */
  parentIdOf: (goalId: string) => string | null | undefined;
  toggle: (row: Row) => void;
  /** Opens every sibling of the row that has children (`*`). */
  expandSiblings: (row: Row) => void;
  select: (row: Row) => void;
  /** Scrolls row `index` into view and moves focus to it. */
  focusRow: (index: number) => void;
  /** Right-to-left: Left and Right swap. */
  isRtl: () => boolean;
}

/** Typed characters within this many milliseconds of each other make one search. */
const TYPEAHEAD_MS = 600;

/**
 * The keyboard of a WAI-ARIA tree view (APG): Up and Down move, Right opens or goes to the first
 * child, Left closes or goes to the parent, Home and End, Enter selects, `*` opens the siblings,
 * and typing moves to the next goal whose title starts with what was typed. One row at a time is
 * in the tab order (roving tabindex): the active one.
 */
export class TreeKeyboardController<Row extends TreeKeyboardRow> implements ReactiveController {
  #active?: string;
  #typed = { text: '', at: 0 };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TreeKeyboardOptions<Row>,
  ) {
    host.addController(this);
  }

  /** The goal whose row is in the tab order, as last focused or chosen. */
  get activeId(): string | undefined {
    return this.#active;
  }

  set activeId(goalId: string | undefined) {
    if (goalId === this.#active) return;
    this.#active = goalId;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#typed = { text: '', at: 0 };
  }

  /** The goal whose row gets `tabindex="0"`: the active one, or the first row when that is not visible. */
  tabStopId(): string | undefined {
    const id = this.#active;
    return id === undefined || this.options.indexOf(id) < 0 ? this.options.rows()[0]?.goal.id : id;
  }

  /** Focus landed on the tree itself (the active row is scrolled away): bring the row back. */
  handleFocus = (event: FocusEvent) => {
    if (event.target === event.currentTarget && this.options.rows().length) {
      this.options.focusRow(Math.max(0, this.options.indexOf(this.#active)));
    }
  };

  /** A row got focus some other way (click, Tab): it becomes the active one. */
  handleFocusIn = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    const id = row?.dataset['id'];
    if (id) this.activeId = id;
  };

  handleKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { options } = this;
    const rows = options.rows();
    if (!rows.length) return;
    const index = Math.max(0, options.indexOf(this.#active));
    const row = rows[index]!;
    const rtl = options.isRtl();
    let key = event.key;
    if (rtl && key === 'ArrowRight') key = 'ArrowLeft';
    else if (rtl && key === 'ArrowLeft') key = 'ArrowRight';
    switch (key) {
      case 'ArrowDown':
        options.focusRow(Math.min(index + 1, rows.length - 1));
        break;
      case 'ArrowUp':
        options.focusRow(Math.max(index - 1, 0));
        break;
      case 'Home':
        options.focusRow(0);
        break;
      case 'End':
        options.focusRow(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) options.toggle(row);
        else if (row.expanded) options.focusRow(index + 1);
        break;
      case 'ArrowLeft':
        if (row.expanded) options.toggle(row);
        else {
          const parentIndex = options.indexOf(options.parentIdOf(row.goal.id) ?? undefined);
          if (parentIndex >= 0) options.focusRow(parentIndex);
        }
        break;
      case 'Enter':
        options.select(row);
        break;
      case '*':
        options.expandSiblings(row);
        break;
      default:
        if (key.length === 1 && key !== ' ') {
          this.#typeAhead(key, index, rows);
          break;
        }
        return;
    }
    event.preventDefault();
  };

  #typeAhead(char: string, from: number, rows: readonly Row[]): void {
    const now = performance.now();
    const typed = now - this.#typed.at < TYPEAHEAD_MS ? this.#typed.text + char.toLowerCase() : char.toLowerCase();
    this.#typed = { text: typed, at: now };
    // Repeating one letter cycles through the items starting with it.
    const repeated = typed.length > 1 && [...typed].every((c) => c === typed[0]);
    const prefix = repeated ? typed[0]! : typed;
    const start = typed.length === 1 || repeated ? from + 1 : from;
    const n = rows.length;
    for (let step = 0; step < n; step++) {
      const i = (start + step) % n;
      if (rows[i]!.goal.title.toLowerCase().startsWith(prefix)) {
        this.options.focusRow(i);
        return;
      }
    }
  }
}
