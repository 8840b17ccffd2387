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
}

/**
 * Windowing for a list of fixed-height rows: which rows to render for the scroll position,
 * and scrolling a row into view. One ResizeObserver follows the viewport and a rendered row,
 * so a host that changes the row height (`--pm-goal-tree-row-height`) or the tree height gets
 * rows in the right places. Measurements arrive after layout, never during an update, and ask
 * for a new render only when the rows on screen would change: the first render assumes a
 * generous viewport, so a shorter one costs nothing.
 */
export class RowWindowController implements ReactiveController {
  /** Height of one row in CSS pixels, as measured from a rendered row. */
  rowHeight: number;

  private scrollTop = 0;
  private viewportHeight = 0;
  private rendered: RowWindow = { first: 0, last: 0 };
  private count = 0;
  private observer?: ResizeObserver;
  private observedViewport?: HTMLElement;
  private observedRow?: Element;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RowWindowOptions,
  ) {
    this.rowHeight = options.rowHeight;
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observedViewport = undefined;
    this.observedRow = undefined;
  }

  /** The rows to render out of `count`, for the current scroll position. Call from `render()`. */
  window(count: number): RowWindow {
    this.count = count;
    this.rendered = this.windowAt(this.viewportHeight);
    return this.rendered;
  }

  handleScroll = (event: Event) => {
    this.setScrollTop((event.currentTarget as HTMLElement).scrollTop);
  };

  /** Scrolls the least distance that shows row `index` whole. */
  scrollIntoView(index: number): void {
    const viewport = this.options.viewport();
    if (!viewport) return;
    const { rowHeight } = this;
    const top = index * rowHeight;
    const height = viewport.clientHeight || this.options.fallbackHeight;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + rowHeight > viewport.scrollTop + height) viewport.scrollTop = top + rowHeight - height;
    this.setScrollTop(viewport.scrollTop);
  }

  /** Scrolls row `index` to the middle of the viewport (as near as the list allows). */
  scrollToCenter(index: number): void {
    const viewport = this.options.viewport();
    if (!viewport) return;
    viewport.scrollTop = Math.max(0, index * this.rowHeight - (viewport.clientHeight - this.rowHeight) / 2);
    this.setScrollTop(viewport.scrollTop);
  }

  scrollToTop(): void {
    const viewport = this.options.viewport();
    if (viewport) viewport.scrollTop = 0;
    this.setScrollTop(0);
  }

  private windowAt(viewportHeight: number): RowWindow {
    const { rowHeight, scrollTop } = this;
    const height = viewportHeight || this.options.fallbackHeight;
    return {
      first: Math.max(0, Math.floor(scrollTop / rowHeight) - this.options.overscan),
      last: Math.min(this.count, Math.ceil((scrollTop + height) / rowHeight) + this.options.overscan),
    };
  }

  private setScrollTop(top: number): void {
    if (top === this.scrollTop) return;
    this.scrollTop = top;
    this.host.requestUpdate();
  }

  /** Follows the current viewport and one connected row (rows come and go as the list scrolls). */
  private observe(): void {
    const viewport = this.options.viewport() ?? undefined;
    if (viewport !== this.observedViewport) {
      if (this.observedViewport) this.observer?.unobserve(this.observedViewport);
      this.observedViewport = viewport;
      if (viewport) this.ensureObserver().observe(viewport);
    }
    if (!this.observedRow?.isConnected) {
      if (this.observedRow) this.observer?.unobserve(this.observedRow);
      const row = this.options.anyRow() ?? undefined;
      this.observedRow = row;
      if (row) this.ensureObserver().observe(row);
    }
  }

  private ensureObserver(): ResizeObserver {
    this.observer ??= new ResizeObserver((entries) => this.onResize(entries));
    return this.observer;
  }

  private onResize(entries: readonly ResizeObserverEntry[]): void {
    let rerender = false;
    for (const entry of entries) {
      if (entry.target === this.observedViewport) {
        const height = this.observedViewport.clientHeight;
        if (height === this.viewportHeight) continue;
        this.viewportHeight = height;
        // Render again only if rows that are now visible are missing; spare rows below are harmless.
        const needed = this.windowAt(height);
        if (needed.first < this.rendered.first || needed.last > this.rendered.last) rerender = true;
      } else if (entry.target === this.observedRow) {
        // Rows have a fixed height (`contain: strict`), so any row measures them all.
        const height = entry.borderBoxSize[0]?.blockSize ?? 0;
        if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) {
          this.rowHeight = height;
          rerender = true;
        }
      }
    }
    if (rerender) this.host.requestUpdate();
  }
}
