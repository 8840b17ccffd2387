import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Browsers cap how tall a box can be (Firefox about 17.9 million px, Chromium about 33.5 million).
 * Lists taller than this scroll a spacer of this height, mapped proportionally onto the list, so
 * the very last row stays reachable at any length.
 */
export const MAX_SCROLL_HEIGHT = 8_000_000;

/** What to render: rows `first` (inclusive) to `last` (exclusive), the first one at `offset` px. */
export interface FeedWindow {
  first: number;
  last: number;
  /** Where the first rendered row starts, in the spacer's coordinates. */
  offset: number;
  /** The height of the scrolled spacer. */
  spacer: number;
}

export interface FeedWindowOptions {
  /** The scrolling element (absent while the host shows no list). */
  viewport: () => HTMLElement | null | undefined;
  /** Pixels rendered beyond the visible area, above and below. */
  overscan: number;
  /** Viewport height assumed until the viewport is measured. */
  fallbackHeight: number;
}

/**
 * Windowing for a long list of rows of different heights (collapsed and expanded bodies, month
 * headings). Rows start at an estimated height and are measured once rendered; a prefix sum of
 * the heights finds the rows for a scroll position by binary search. The controller keeps its own
 * position in the list (`top`), so loading more rows, measuring rows above the reader, or scaling
 * past `MAX_SCROLL_HEIGHT` never moves what the reader is looking at. Only the rows in view (plus
 * `overscan`) are in the DOM, so memory stays bounded however many rows there are.
 */
export class FeedWindowController implements ReactiveController {
  private heights = new Float64Array(0);
  private prefix = new Float64Array(1);
  #count = 0;
  /** First row whose prefix sum is stale. */
  #staleFrom = 0;
  /** Measured heights by row key, so a re-filtered list keeps what was measured. */
  readonly #measured = new Map<string, number>();
  #keyOf: (index: number) => string | undefined = () => undefined;
  /** Position in the list, in list pixels (not scroll pixels once scaled). */
  #top = 0;
  /** The scrollTop this controller set last, to tell its own scroll events from the reader's. */
  #lastSetScrollTop = -1;
  #viewportHeight = 0;
  #viewportWidth = 0;
  #observer?: ResizeObserver;
  #observed?: HTMLElement;
  #rendered: FeedWindow = { first: 0, last: 0, offset: 0, spacer: 0 };
  /** Estimated height of rows the host has not built yet (they follow the last row). */
  #tail = 0;
  /** After the reader's scroll jumped: the overscan is filled in once they stop (see `window()`). */
  #fillTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FeedWindowOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observe();
  }

  hostDisconnected(): void {
    clearTimeout(this.#fillTimer);
    this.#fillTimer = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = undefined;
  }

  hostUpdated(): void {
    this.#observe();
    this.#measure();
  }

  /** The width rows are laid out in (for estimates); 0 until measured. */
  get width(): number {
    return this.#viewportWidth;
  }

  /**
   * A new list of rows: heights start at `estimate(i)` (or what row key `keyOf(i)` measured
   * before). Keeps the reader at `keepTop` list pixels (default: where they were).
   */
  setRows(count: number, estimate: (index: number) => number, keyOf: (index: number) => string | undefined): void {
    this.#count = count;
    this.#keyOf = keyOf;
    this.heights = new Float64Array(count);
    const remembered = this.#measured.size > 0;
    for (let i = 0; i < count; i++) {
      const known = remembered ? this.#measured.get(keyOf(i) ?? '') : undefined;
      this.heights[i] = known ?? estimate(i);
    }
    this.prefix = new Float64Array(count + 1);
    this.#staleFrom = 0;
    this.#top = Math.min(this.#top, this.#maxTop());
  }

  /** Rows were added at the end (a page loaded): earlier rows keep their heights. */
  appendRows(count: number, estimate: (index: number) => number, keyOf: (index: number) => string | undefined): void {
    if (count < this.#count) return this.setRows(count, estimate, keyOf);
    const heights = new Float64Array(count);
    heights.set(this.heights);
    for (let i = this.#count; i < count; i++) heights[i] = this.#measured.get(keyOf(i) ?? '') ?? estimate(i);
    const prefix = new Float64Array(count + 1);
    prefix.set(this.prefix.subarray(0, Math.min(this.#staleFrom, this.#count) + 1));
    this.#staleFrom = Math.min(this.#staleFrom, this.#count);
    this.heights = heights;
    this.prefix = prefix;
    this.#count = count;
    this.#keyOf = keyOf;
  }

  /**
   * Rows the host has not built yet, as an estimated height after the last row: the scrollbar shows
   * the whole list while the host builds rows in slices (see `needsMoreRows`).
   */
  setTail(height: number): void {
    this.#tail = Math.max(0, height);
  }

  /** True when the view reaches into the rows not built yet: the host must build them now. */
  get needsMoreRows(): boolean {
    if (this.#tail <= 0) return false;
    this.#refreshPrefix();
    return this.#top + (this.#viewportHeight || this.options.fallbackHeight) + this.options.overscan > this.prefix[this.#count]!;
  }

  /** True when the view is at the end of the list. */
  get atEnd(): boolean {
    return this.#top >= this.#maxTop() - 1;
  }

  /** Keeps the view at the end (after rows were added below an end-of-list view). */
  stickToEnd(): void {
    this.#setTop(this.#maxTop());
  }

  get #total(): number {
    return this.prefix[this.#count]! + this.#tail;
  }

  /** The window rendered last (what `window()` answered). */
  get current(): FeedWindow {
    return this.#rendered;
  }

  /**
   * The rows to render for the current position. Call from `render()`. After the reader scrolled
   * more than a screen at once (a fast scroll, a dragged scrollbar), only the visible rows are
   * rendered: rows above and below would be replaced by the next jump unseen, and building them
   * doubled the work of every frame of a fast scroll. The overscan follows once the reader has
   * not jumped for 100 ms. Jumps made by code (`scrollToRow`) render the overscan as before.
   */
  window(): FeedWindow {
    this.#refreshPrefix();
    const total = this.#total;
    const height = this.#viewportHeight || this.options.fallbackHeight;
    const overscan = this.#fillTimer === undefined ? this.options.overscan : 0;
    const first = Math.max(0, this.#rowAt(this.#top - overscan));
    let last = this.#rowAt(this.#top + height + overscan) + 1;
    last = Math.min(this.#count, Math.max(last, first));
    const spacer = Math.min(total, MAX_SCROLL_HEIGHT);
    const physical = this.#toPhysical(this.#top);
    this.#rendered = { first, last, offset: physical + (this.prefix[first]! - this.#top), spacer };
    return this.#rendered;
  }

  handleScroll = (event: Event): void => {
    const viewport = event.currentTarget as HTMLElement;
    const scrollTop = viewport.scrollTop;
    if (Math.abs(scrollTop - this.#lastSetScrollTop) < 1) return;
    this.#lastSetScrollTop = -1;
    const top = this.#fromPhysical(scrollTop, viewport);
    if (top === this.#top) return;
    if (Math.abs(top - this.#top) > (this.#viewportHeight || this.options.fallbackHeight)) {
      clearTimeout(this.#fillTimer);
      this.#fillTimer = setTimeout(() => {
        this.#fillTimer = undefined;
        this.host.requestUpdate();
      }, 100);
    }
    this.#top = top;
    this.host.requestUpdate();
  };

  /** Scrolls so row `index` is in view: at the top (`start`) or by the least distance (`nearest`). */
  scrollToRow(index: number, align: 'start' | 'nearest' = 'nearest', margin = 0): void {
    this.#refreshPrefix();
    const i = Math.max(0, Math.min(index, this.#count - 1));
    const start = this.prefix[i]!;
    const end = this.prefix[i + 1]!;
    const height = this.#viewportHeight || this.options.fallbackHeight;
    let top = this.#top;
    if (align === 'start' || start - margin < top) top = start - margin;
    else if (end > top + height) top = Math.min(start - margin, end - height);
    this.#setTop(top);
  }

  scrollToTop(): void {
    this.#setTop(0);
  }

  /** Is row `index` wholly (or, for rows taller than the viewport, at least partly) in view? */
  isInView(index: number): boolean {
    this.#refreshPrefix();
    const height = this.#viewportHeight || this.options.fallbackHeight;
    return this.prefix[index]! >= this.#top - 1 && this.prefix[index + 1]! <= this.#top + height + 1;
  }

  /** The row at the top of the view. */
  get topRow(): number {
    this.#refreshPrefix();
    return this.#rowAt(this.#top);
  }

  #setTop(top: number): void {
    clearTimeout(this.#fillTimer);
    this.#fillTimer = undefined;
    const clamped = Math.max(0, Math.min(top, this.#maxTop()));
    this.#top = clamped;
    this.#applyScroll();
    this.host.requestUpdate();
  }

  #applyScroll(): void {
    const viewport = this.options.viewport();
    if (!viewport) return;
    const physical = Math.round(this.#toPhysical(this.#top));
    if (viewport.scrollTop !== physical) {
      viewport.scrollTop = physical;
      this.#lastSetScrollTop = viewport.scrollTop;
    }
  }

  #maxTop(): number {
    this.#refreshPrefix();
    return Math.max(0, this.#total - (this.#viewportHeight || this.options.fallbackHeight));
  }

  #toPhysical(top: number): number {
    this.#refreshPrefix();
    const total = this.#total;
    if (total <= MAX_SCROLL_HEIGHT) return top;
    const height = this.#viewportHeight || this.options.fallbackHeight;
    return (top * (MAX_SCROLL_HEIGHT - height)) / Math.max(1, total - height);
  }

  #fromPhysical(scrollTop: number, viewport: HTMLElement): number {
    this.#refreshPrefix();
    const total = this.#total;
    if (total <= MAX_SCROLL_HEIGHT) return scrollTop;
    const height = viewport.clientHeight || this.options.fallbackHeight;
    const maxScroll = MAX_SCROLL_HEIGHT - height;
    // The last scroll pixel is the end of the list exactly, whatever the rounding.
    if (scrollTop >= maxScroll - 1) return total - height;
    return (scrollTop * (total - height)) / Math.max(1, maxScroll);
  }

  /** The row containing list pixel `y` (binary search over the prefix sums). */
  #rowAt(y: number): number {
    if (this.#count === 0) return 0;
    let lo = 0;
    let hi = this.#count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.prefix[mid]! <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  #refreshPrefix(): void {
    if (this.#staleFrom >= this.#count + 1) return;
    const { prefix, heights } = this;
    for (let i = this.#staleFrom; i < this.#count; i++) prefix[i + 1] = prefix[i]! + heights[i]!;
    this.#staleFrom = this.#count + 1;
  }

  /** Measures the rendered rows; keeps the row at the top of the view where it was. */
  #measure(): void {
    const viewport = this.options.viewport();
    if (!viewport || this.#count === 0) return;
    this.#refreshPrefix();
    // The reader may have scrolled since the last scroll event: start from where they are.
    const scrollTop = viewport.scrollTop;
    if (Math.abs(scrollTop - this.#toPhysical(this.#top)) >= 1 && Math.abs(scrollTop - this.#lastSetScrollTop) >= 1) {
      this.#top = this.#fromPhysical(scrollTop, viewport);
      this.host.requestUpdate();
    }
    const anchor = this.#rowAt(this.#top);
    const anchorOffset = this.#top - this.prefix[anchor]!;
    let changedFrom = Infinity;
    for (const el of viewport.querySelectorAll<HTMLElement>('[data-row]')) {
      const index = Number(el.dataset['row']);
      if (!(index < this.#count)) continue;
      const height = el.offsetHeight;
      if (height <= 0) continue;
      const key = this.#keyOf(index);
      if (key !== undefined) this.#measured.set(key, height);
      if (Math.abs(height - this.heights[index]!) > 0.5) {
        this.heights[index] = height;
        changedFrom = Math.min(changedFrom, index);
      }
    }
    if (changedFrom === Infinity) return;
    this.#staleFrom = Math.min(this.#staleFrom, changedFrom);
    this.#refreshPrefix();
    this.#top = Math.max(0, Math.min(this.prefix[anchor]! + anchorOffset, this.#maxTop()));
    this.#applyScroll();
    // Rows came out another height than estimated: render again so the window covers the view.
    // This settles: the next measurement finds the same heights.
    this.host.requestUpdate();
  }

  #observe(): void {
    const viewport = this.options.viewport() ?? undefined;
    if (viewport === this.#observed) return;
    if (this.#observed) this.#observer?.unobserve(this.#observed);
    this.#observed = viewport;
    if (!viewport) return;
    this.#observer ??= new ResizeObserver(() => this.#onResize());
    this.#observer.observe(viewport);
    if (viewport.scrollTop !== Math.round(this.#toPhysical(this.#top))) this.#applyScroll();
  }

  #onResize(): void {
    const viewport = this.#observed;
    if (!viewport) return;
    const height = viewport.clientHeight;
    const width = viewport.clientWidth;
    if (height === this.#viewportHeight && width === this.#viewportWidth) return;
    if (width !== this.#viewportWidth && this.#viewportWidth !== 0) this.#measured.clear();
    this.#viewportHeight = height;
    this.#viewportWidth = width;
    this.host.requestUpdate();
  }
}
