import type { ReactiveControllerHost } from 'lit';
import type { FeedbackPage, FeedbackQuery, ValidatedAdapter } from '@pm-widgets/core';
import type { FeedEntry } from './types.js';

/** Pages in a row with nothing new (all malformed or empty) before paging stops. */
const MAX_EMPTY_PAGES = 5;

export type PagerStatus = 'idle' | 'loading' | 'error' | 'done' | 'repeated';

/**
 * The pages after the first: appends each next page to the items already shown, one request at a
 * time, and stops at the end — or when a backend's cursor never ends (a cursor it already gave,
 * or a page with nothing new). A failed page leaves everything shown and waits for `retry()`.
 * The first page is the timeline's read Task; `reset()` starts over from it.
 */
export class FeedPager {
  items: FeedEntry[] = [];
  status: PagerStatus = 'idle';
  error: unknown;
  total: number | undefined;
  /** Items the validating wrapper left out, over all pages. */
  dropped = 0;
  /** Bumped on every change of `items`, so the host can tell when to rebuild rows. */
  version = 0;

  #nextCursor: string | null = null;
  /** Pages in a row that brought nothing new (e.g. every item malformed). */
  #emptyPages = 0;
  readonly #seenCursors = new Set<string>();
  readonly #seenIds = new Set<string>();
  #query: FeedbackQuery | undefined;
  #api: ValidatedAdapter | undefined;
  #controller: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly pageSize: () => number) {}

  get hasMore(): boolean {
    return this.status === 'idle' && this.#nextCursor !== null;
  }

  reset(api: ValidatedAdapter | undefined, query: FeedbackQuery | undefined, first: FeedbackPage | undefined): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#api = api;
    this.#query = query;
    this.items = [];
    this.#seenIds.clear();
    this.#seenCursors.clear();
    this.dropped = 0;
    this.error = undefined;
    this.total = first?.total;
    this.#nextCursor = null;
    this.#emptyPages = 0;
    this.status = 'idle';
    if (first) this.#take(first, undefined);
    this.version++;
  }

  /** Loads the next page if there is one and nothing is loading. */
  loadMore(): void {
    if (!this.hasMore || !this.#api || !this.#query) return;
    const cursor = this.#nextCursor!;
    const api = this.#api;
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'loading';
    this.host.requestUpdate();
    api.listFeedback({ ...this.#query, cursor, limit: this.pageSize() }, { signal: controller.signal }).then(
      (page) => {
        if (controller.signal.aborted) return;
        this.status = 'idle';
        this.#take(page, cursor);
        this.version++;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.status = 'error';
        this.error = error;
        this.host.requestUpdate();
      },
    );
  }

  /** After a failed page: try the same page again. */
  retry(): void {
    if (this.status !== 'error') return;
    this.status = 'idle';
    this.error = undefined;
    this.loadMore();
  }

  abort(): void {
    this.#controller?.abort();
  }

  #take(page: FeedbackPage, cursor: string | undefined): void {
    if (cursor !== undefined) this.#seenCursors.add(cursor);
    this.dropped += page.dropped ?? 0;
    if (page.total !== undefined) this.total = page.total;
    let added = 0;
    for (const item of page.items) {
      if (this.#seenIds.has(item.id)) continue;
      this.#seenIds.add(item.id);
      this.items.push(item);
      added++;
    }
    this.#emptyPages = added === 0 ? this.#emptyPages + 1 : 0;
    const next = page.nextCursor;
    if (next === null) {
      this.#nextCursor = null;
      this.status = 'done';
    } else if (this.#seenCursors.has(next) || next === cursor || (added === 0 && page.items.length > 0 && cursor !== undefined)
      || this.#emptyPages >= MAX_EMPTY_PAGES) {
      // A cursor that never ends: a cursor already used, the same items again, or page after page
      // with nothing to show. Stop instead of looping.
      this.#nextCursor = null;
      this.status = 'repeated';
    } else {
      this.#nextCursor = next;
    }
  }
}
