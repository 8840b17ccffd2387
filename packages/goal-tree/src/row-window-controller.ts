import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows `first` (inclusive) to `last` (exclusive) of a long list: the ones in the DOM. */
export interface RowWindow {
  first: number;
  last: number;
}

export interface RowWindowOptions {
  /** The scrolling element (absent while the host shows no list). */
  viewport: () => HTMLElement | null | undefined;
  /** Any rendered row, to measure the row height from. */
  anyRow: () => Element | null | undefined;
  /** Row height assumed until a row is measured. */
  rowHeight: number;
  /** Viewport height assumed until the viewport is measured. */
  fallbackHeight: number;
  /** Rows rendered above and below the visible ones. */
  overscan: number;
  /** The row to keep in sight when rows change height (the focused one), or -1. */
  anchor?: () => number;
}

/**
 * Windowing for a list of fixed-height rows: which rows to render for the scroll position,
 * and scrolling a row into view. One ResizeObserver follows the viewport and a rendered row,
 * so a host that changes the row height (`--pm-goal-tree-row-height`) or the tree height gets
 * rows in the right places. Measurements arrive after layout, never during an update, and ask
 * for a new render only when the rows on screen would change: the first render assumes a
 * generous viewport, so a shorter one costs nothing.
 *
 * Scrolling from code never reads the layout: the scroll position and viewport height are the
 * ones followed from scroll events and the observer, the rows of the new position are rendered,
 * and the viewport is scrolled after that render. So a reveal or a key press lays out the rows
 * once, not the old rows (forced by a read) and then the new ones.
 *
 * After a jump (a reveal, new rows from a filter or an expansion) only the rows in sight are
 * rendered; the overscan follows 100 ms later, once the reader has seen the result, so the frame
 * of the interaction builds and lays out half the rows.
 */
export class RowWindowController implements ReactiveController {
  /** Height of one row in CSS pixels, as measured from a rendered row. */
  rowHeight: number;

  private scrollTop = 0;
  #viewportHeight = 0;
  #rendered: RowWindow = { first: 0, last: 0 };
  /** A scroll position set from code, applied to the viewport after the next render. */
  #pendingScroll?: number;
  /** Set while a jump's overscan waits to be rendered. */
  #fillTimer?: ReturnType<typeof setTimeout>;
  #count = 0;
  #observer?: ResizeObserver;
  #observedViewport?: HTMLElement;
  #observedRow?: Element;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RowWindowOptions,
  ) {
    this.rowHeight = options.rowHeight;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observe();
  }

  hostUpdated(): void {
    this.#observe();
    const top = this.#pendingScroll;
    if (top === undefined) return;
    this.#pendingScroll = undefined;
    const viewport = this.options.viewport();
    if (viewport) viewport.scrollTop = top;
  }

  hostDisconnected(): void {
    clearTimeout(this.#fillTimer);
    this.#fillTimer = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observedViewport = undefined;
    this.#observedRow = undefined;
  }

  /** The rows to render out of `count`, for the current scroll position. Call from `render()`. */
  window(count: number): RowWindow {
    this.#count = count;
    if (this.#pendingScroll !== undefined) {
      // As far as the list allows, so the browser does not clamp it to rows not rendered.
      this.scrollTop = this.#pendingScroll = Math.max(0, Math.round(Math.min(this.#pendingScroll, count * this.rowHeight - this.#height())));
    }
    this.#rendered = this.#windowAt(this.#viewportHeight);
    return this.#rendered;
  }

  /** The rows change wholesale (a jump): the next renders show only the rows in sight, then the overscan. */
  jumped(): void {
    clearTimeout(this.#fillTimer);
    this.#fillTimer = setTimeout(() => {
      this.#fillTimer = undefined;
      this.host.requestUpdate();
    }, 100);
  }

  handleScroll = (event: Event) => {
    this.#setScrollTop((event.currentTarget as HTMLElement).scrollTop);
  };

  /** Scrolls the least distance that shows row `index` whole. */
  scrollIntoView(index: number): void {
    const { rowHeight } = this;
    const top = index * rowHeight;
    const from = this.#pendingScroll ?? this.scrollTop;
    if (top < from) this.#scrollTo(top);
    else if (top + rowHeight > from + this.#height()) this.#scrollTo(top + rowHeight - this.#height());
  }

  /** Scrolls row `index` to the middle of the viewport (as near as the list allows). */
  scrollToCenter(index: number): void {
    this.#scrollTo(index * this.rowHeight - (this.#height() - this.rowHeight) / 2);
  }

  scrollToTop(): void {
    this.#scrollTo(0);
  }

  /** Renders the rows at `top` and then scrolls the viewport there. */
  #scrollTo(top: number): void {
    if (!this.options.viewport()) return;
    top = Math.max(0, Math.round(top));
    if (Math.abs(top - (this.#pendingScroll ?? this.scrollTop)) > this.#height()) this.jumped();
    this.#pendingScroll = top;
    this.scrollTop = this.#pendingScroll;
    this.host.requestUpdate();
  }

  /** The viewport's height as last observed (read once if it has not been observed yet). */
  #height(): number {
    return this.#viewportHeight || this.options.viewport()?.clientHeight || this.options.fallbackHeight;
  }

  #windowAt(viewportHeight: number): RowWindow {
    const { rowHeight, scrollTop } = this;
    const height = viewportHeight || this.options.fallbackHeight;
    const overscan = this.#fillTimer === undefined ? this.options.overscan : 0;
    return {
      first: Math.max(0, Math.floor(scrollTop / rowHeight) - overscan),
      last: Math.min(this.#count, Math.ceil((scrollTop + height) / rowHeight) + overscan),
    };
  }

  /** Follows the viewport's scroll position; renders again only when other rows are to show. */
  #setScrollTop(top: number): void {
    if (top === this.scrollTop) return;
    this.scrollTop = top;
    const needed = this.#windowAt(this.#viewportHeight);
    if (needed.first !== this.#rendered.first || needed.last !== this.#rendered.last) this.host.requestUpdate();
  }

  /**
   * Before rows change height: the anchor row (the focused one), when in sight, stays in sight at
   * about the same place, so it stays in the DOM and keeps focus; otherwise the row at the top stays.
   */
  #keepInView(next: number): void {
    const { rowHeight: old, scrollTop } = this;
    const view = this.#height();
    const anchor = this.options.anchor?.() ?? -1;
    let top = (scrollTop / old) * next;
    if (anchor >= 0 && anchor * old + old > scrollTop && anchor * old < scrollTop + view) {
      top = anchor * next - Math.max(0, Math.min(anchor * old - scrollTop, view - next));
    }
    top = Math.max(0, Math.round(top));
    if (top !== scrollTop) this.#pendingScroll = this.scrollTop = top;
  }

  /** Follows the current viewport and one connected row (rows come and go as the list scrolls). */
  #observe(): void {
    const viewport = this.options.viewport() ?? undefined;
    if (viewport !== this.#observedViewport) {
      if (this.#observedViewport) this.#observer?.unobserve(this.#observedViewport);
      this.#observedViewport = viewport;
      if (viewport) this.#ensureObserver().observe(viewport);
    }
    if (!this.#observedRow?.isConnected) {
      if (this.#observedRow) this.#observer?.unobserve(this.#observedRow);
      const row = this.options.anyRow() ?? undefined;
      this.#observedRow = row;
      if (row) this.#ensureObserver().observe(row);
    }
  }

  #ensureObserver(): ResizeObserver {
    this.#observer ??= new ResizeObserver((entries) => this.#onResize(entries));
    return this.#observer;
  }

  #onResize(entries: readonly ResizeObserverEntry[]): void {
    let rerender = false;
    for (const entry of entries) {
      if (entry.target === this.#observedViewport) {
        const height = this.#observedViewport.clientHeight;
        if (height === this.#viewportHeight) continue;
        this.#viewportHeight = height;
        // Render again only if rows that are now visible are missing; spare rows below are harmless.
        const needed = this.#windowAt(height);
        if (needed.first < this.#rendered.first || needed.last > this.#rendered.last) rerender = true;
      } else if (entry.target === this.#observedRow) {
        // Rows have a fixed height (`contain: strict`), so any row measures them all.
        const height = entry.borderBoxSize[0]?.blockSize ?? 0;
        if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) {
          this.#keepInView(height);
          this.rowHeight = height;
          rerender = true;
        }
      }
    }
    if (!rerender) return;
    // Scrolling to keep a row in sight replaces the rows, and so the observed one: in the next
    // frame, not within this round of observations (which would end it with a loop error).
    if (this.#pendingScroll !== undefined) requestAnimationFrame(() => this.host.requestUpdate());
    else this.host.requestUpdate();
  }
}
