import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  AdapterError, LazyPart, PmWidgetElement, cssProps, errorText, localize, renderAvatar, renderError, renderInitial, renderTaskStates, statesStyles,
  type FeedbackCatalogue, type FeedbackInput, type FeedbackItem, type FeedbackPage, type FeedbackQuery,
  type FeedbackRequest, type Person,
} from '@pm-widgets/core';
import { FeedPager } from './feed-pager.js';
import { FeedWindowController } from './feed-window-controller.js';
import type * as ComposerChunk from './composer-controller.js';
import { kindIcon, relativeTime, renderEntry, type EntryContext } from './feedback-entry.js';
import { feedbackTimelineStyles } from './feedback-timeline.styles.js';
import { PmFeedbackSelectEvent } from './events.js';
import { feedbackTimelineMessages, kindLabel, type FeedbackTimelineMessages } from './messages.js';
import { FEEDBACK_KINDS, type FeedEntry, type FeedbackKind } from './types.js';

/** Rows: an item index (≥ 0) or a month heading (−1 − month index). */
interface RowModel {
  rows: Int32Array;
  count: number;
  /** Row index of each item. */
  itemRow: Int32Array;
  months: { key: string; label: string }[];
  /** Items turned into rows so far (pages append). */
  built: number;
  /** Month code (year × 12 + month − 1) of the last row built. */
  lastMonth: number;
  /** Items per kind, counted while building rows for unfiltered given items. */
  counts: Record<string, number>;
}

/**
 * The composer (give feedback, answer requests, ask for feedback: its controller, form, draft and
 * sending) is its own chunk, fetched once a timeline has `composer`; a timeline that only shows
 * feedback never loads it. Loaded once per page.
 */
export const composerPart = new LazyPart<typeof ComposerChunk>(() => import('./composer-controller.js'), 'The feedback composer');

const MONTH_ROW_HEIGHT = 40;
/** Given items whose rows are built for the first render; the rest follow in slices. */
const FIRST_SLICE = 2_000;
const ROW_SLICE = 20_000;
const ITEM_ROW_HEIGHT = 150;
const ITEM_ROW_HEIGHT_NARROW = 210;
const STICKY_HEIGHT = 36;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * The month of an ISO date-time in the reader's time zone, as year × 12 + month − 1 (−1 when it is
 * not a date). Read from the characters, which is cheap for 100,000 items; a time zone moves a
 * date by at most a day, so only the first and last days of a month need a real date.
 */
function monthCodeOf(iso: unknown): number {
  if (typeof iso !== 'string' || iso.length < 10) return -1;
  const day = digit(iso, 8) * 10 + digit(iso, 9);
  if (day > 1 && day < 28) {
    const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
    const month = digit(iso, 5) * 10 + digit(iso, 6);
    if (year >= 0 && month >= 1 && month <= 12) return year * 12 + month - 1;
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? -1 : d.getFullYear() * 12 + d.getMonth();
}

/**
 * Praise, constructive feedback, coaching, recognition and 1:1 notes for one person over time:
 * an APG feed grouped by month, filtered by kind and date, paged as the reader nears the end and
 * virtualised so 100,000 items scroll smoothly. With `composer`, the viewer gives feedback (the
 * Situation–Behaviour–Impact structure for the hard conversations) or, on their own timeline,
 * writes private notes, answers requests addressed to them and asks others for feedback.
 *
 * @summary A feedback history with filters, a composer and requests, that scales to 100,000 items.
 *
 * @event pm-feedback-select - The reader selected an item (click or Enter). `detail.item` is the item.
 * @event pm-feedback-give - Feedback the viewer wrote was stored. `detail.item` is the stored item.
 * @event pm-feedback-request - The viewer's request for feedback was stored. `detail.requests` has one per person asked.
 *
 * @csspart toolbar - The buttons above the feed (give, ask).
 * @csspart filters - The kind and date filters.
 * @csspart kind-filter - One kind filter button (with its count).
 * @csspart feed - The scrolling feed (`role="feed"`).
 * @csspart month - A month heading in the feed (and the sticky one).
 * @csspart item - One feedback item (`article`).
 * @csspart kind - The kind of an item, icon and word.
 * @csspart giver - Who gave it ("Private note" for one's own).
 * @csspart visibility - Who can see an item.
 * @csspart requested - The "Requested" badge.
 * @csspart question - The question a requested item answers.
 * @csspart body - The item's text.
 * @csspart show-more - The "Show more" button of a long item.
 * @csspart tags - Competency and value tags of an item.
 * @csspart tag - One tag.
 * @csspart footer - The row after the feed: loading more, Retry, end of feed.
 * @csspart notice - Notices, e.g. items that could not be shown.
 * @csspart composer - The composer.
 * @csspart kinds - The composer's kind choice.
 * @csspart sbi - The four Situation–Behaviour–Impact fields.
 * @csspart sbi-guidance - The short guidance above them.
 * @csspart tag-picker - The composer's tag choice.
 * @csspart give - The composer's submit button.
 * @csspart give-error - Why the feedback was not sent.
 * @csspart outbox - "Saved on this device — will be sent when you're back online (n waiting)": feedback (or a request) waiting in the offline outbox.
 * @csspart outbox-warning - Inside `outbox`: the browser gives no storage, so the tab must stay open until it is sent.
 * @csspart status - The composer's status line.
 * @csspart error-message - A validation message.
 * @csspart requests - Open requests addressed to the viewer.
 * @csspart ask - The "ask for feedback" form.
 * @csspart empty - The empty state.
 * @csspart initial - What to configure before anything can load.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The load error alert.
 * @csspart retry - The Retry button of the load error.
 *
 * @cssproperty --pm-feedback-timeline-height - The most the feed grows before it scrolls (default 36rem).
 * @cssproperty --pm-color-accent - Focus, the primary button, selected filters.
 * @cssproperty --pm-color-surface - The background.
 * @cssproperty --pm-color-surface-raised - Items and the composer.
 * @cssproperty --pm-color-border - Borders.
 * @cssproperty --pm-color-text - Text.
 * @cssproperty --pm-color-text-muted - Times, help text.
 * @cssproperty --pm-color-success - Praise and recognition.
 * @cssproperty --pm-color-warning - Constructive feedback.
 * @cssproperty --pm-color-danger - Errors.
 * @cssproperty --pm-radius - Corner radius.
 * @cssproperty --pm-spacing - The base spacing unit.
 * @cssproperty --pm-font-family - The font.
 */
export class PmFeedbackTimeline extends PmWidgetElement {
  static override styles = [PmWidgetElement.styles, statesStyles, feedbackTimelineStyles];

  // ── controllers and tasks ──────────────────────────────────────────────────────────────
  readonly #pager = new FeedPager(this, () => this.pageSize);

  readonly #win = new FeedWindowController(this, {
    viewport: () => this.viewport,
    overscan: 600,
    fallbackHeight: 900,
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.api, this.items ? undefined : this.person, this.#kindsKey, this.from, this.to] as const,
    task: async ([api, person, kindsKey, from, to], { signal }) => {
      if (!api || !person) return initialState;
      const query = this.#queryFor(person, kindsKey, from, to);
      const page = await api.listFeedback({ ...query, counts: true, limit: this.pageSize }, { signal });
      return { query, page };
    },
    onComplete: (result) => this.#adopt(result as { query: FeedbackQuery; page: FeedbackPage }),
  });

  readonly #requestsTask = new Task(this, {
    args: () => [this.api, this.#isOwnTimeline ? this.viewerId : undefined] as const,
    task: async ([api, viewer], { signal }) => {
      if (!api || !viewer) return initialState;
      return api.listFeedbackRequests({ personId: viewer }, { signal });
    },
    onComplete: (list) => {
      this.requests = list?.requests ?? [];
    },
  });

  /** The composer's controller (its own chunk), once the element has `composer` and the chunk is here. */
  #composerCtl?: ComposerChunk.TimelineComposer;

  // ── queried nodes ──────────────────────────────────────────────────────────────────────
  @query('.feed') private viewport?: HTMLElement | null;

  // ── state ──────────────────────────────────────────────────────────────────────────────
  @state() private filterKinds: readonly FeedbackKind[] = [];
  @state() private from = '';
  @state() private to = '';
  @state() private expanded = new Set<string>();
  @state() private activeIndex = 0;
  @state() private announcement = '';
  /** Items written here, shown at once (optimistic) before the list is loaded again. */
  @state() private added: FeedEntry[] = [];
  @state() private requests: FeedbackRequest[] = [];
  /** Why the composer's code could not be fetched, until Retry. */
  @state() private composerError?: unknown;

  #page?: FeedbackPage;
  #model?: RowModel;
  #modelSource?: readonly FeedEntry[];
  #modelAdded?: readonly FeedEntry[];
  #source: readonly FeedEntry[] = [];
  #localCounts?: { items: readonly FeedbackItem[]; from: string; to: string; counts: Record<string, number> };
  /** The item at the top before a filter changed, to come back to. */
  #placeId?: string;
  #filterChanged = false;
  #now = Date.now();

  // ── public properties ──────────────────────────────────────────────────────────────────
  /** The id of the person whose feedback this is. */
  @property({ reflect: true }) person?: string;

  /**
   * Items to show instead of loading them (newest first). Not validated, for speed; filters apply
   * to them locally.
   */
  @property({ attribute: false }) items?: readonly FeedbackItem[];

  /** The competency and value tags to name (with `.items`; loaded pages bring their own). */
  @property({ attribute: false }) catalogue?: FeedbackCatalogue;

  /** Shows the composer: give feedback to the person (a private note on one's own timeline). */
  @property({ type: Boolean, reflect: true }) composer = false;

  /**
   * The kinds shown, comma-separated (e.g. `praise,recognition`); empty for all. The reader's
   * filter buttons change what is shown without changing this attribute.
   */
  @property() kinds = '';

  /** Items per page when loading. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** First delay before retrying a failed give; doubles each time. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1000;

  // ── derived ────────────────────────────────────────────────────────────────────────────
  get #text(): FeedbackTimelineMessages {
    return localize(feedbackTimelineMessages, this.resolvedLocale);
  }

  get #kindsKey(): string {
    return [...this.filterKinds].sort().join(',');
  }

  get #isOwnTimeline(): boolean {
    return !!this.viewerId && this.viewerId === this.person;
  }

  get #tagCatalogue(): FeedbackCatalogue | undefined {
    return this.#page?.catalogue ?? this.catalogue;
  }

  get #personName(): string {
    return this.#page?.person?.name ?? this.person ?? '';
  }

  get #setSize(): number {
    if (this.items) return this.#source.length + this.#visibleAdded.length;
    const { status, total } = this.#pager;
    if (status === 'done' || status === 'repeated') return this.#entryCount;
    return total !== undefined ? total + this.#visibleAdded.length : -1;
  }

  get #visibleAdded(): readonly FeedEntry[] {
    return this.added.filter((item) => this.#passesFilters(item));
  }

  get #entryCount(): number {
    return (this.#model?.built ?? 0);
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────
  /**
   * A timeline with `composer` renders once the composer's code is there (as a locale waits for its
   * catalogue). When it cannot be fetched (offline), the feed renders with an alert and Retry instead.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.composer || composerPart.module || this.composerError !== undefined) return super.scheduleUpdate();
    return composerPart.settle((error) => (this.composerError = error)).then(() => super.scheduleUpdate());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('kinds')) {
      const wanted = this.kinds.split(',').map((k) => k.trim());
      this.filterKinds = FEEDBACK_KINDS.filter((k) => wanted.includes(k));
    }
    const chunk = composerPart.module;
    if (this.composer && chunk) this.#composerCtl ??= new chunk.TimelineComposer(this.#composerTimeline());
    this.#source = this.items ? this.#filterLocal(this.items) : this.#pager.items;
    this.#syncModel();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#maybeLoadMore();
    if (this.#placeId !== undefined && (this.items || this.#loadTask.status === TaskStatus.COMPLETE)) this.#restorePlace();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pager.abort();
    clearTimeout(this.#rowTimer);
    this.#rowTimer = undefined;
  }

  // ── event handlers ─────────────────────────────────────────────────────────────────────
  #onKindFilter(event: Event): void {
    const kind = (event.currentTarget as HTMLElement).dataset['kind'] as FeedbackKind | undefined;
    this.#rememberPlace();
    if (!kind) this.filterKinds = [];
    else this.filterKinds = this.filterKinds.includes(kind) ? this.filterKinds.filter((k) => k !== kind) : [...this.filterKinds, kind];
  }

  #onDate(event: Event): void {
    const input = event.target as HTMLInputElement;
    const value = /^\d{4}-\d{2}-\d{2}$/.test(input.value) ? input.value : '';
    this.#rememberPlace();
    if (input.dataset['field'] === 'from') this.from = value;
    else this.to = value;
  }

  #clearFilters(): void {
    this.#rememberPlace();
    this.filterKinds = [];
    this.from = '';
    this.to = '';
  }

  #onToggle(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset['id'];
    if (!id) return;
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
  }

  #onFeedFocus(event: FocusEvent): void {
    const article = (event.target as HTMLElement).closest?.('article');
    if (article) this.activeIndex = Number(article.dataset['index']);
  }

  #onFeedClick(event: MouseEvent): void {
    const target = event.target as HTMLElement;
    if (target.closest('button, a, input, select, textarea')) return;
    const article = target.closest('article');
    if (article) this.#select(Number(article.dataset['index']));
  }

  #onFeedKey(event: KeyboardEvent): void {
    const article = (event.target as HTMLElement).closest?.('article');
    const index = article ? Number(article.dataset['index']) : this.activeIndex;
    const ctrl = event.ctrlKey || event.metaKey;
    if (event.key === 'PageDown' && !ctrl) {
      event.preventDefault();
      void this.#focusItem(Math.min(index + 1, this.#totalEntries - 1));
    } else if (event.key === 'PageUp' && !ctrl) {
      event.preventDefault();
      void this.#focusItem(Math.max(index - 1, 0));
    } else if (event.key === 'End' && ctrl) {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('#after-feed')?.focus();
    } else if (event.key === 'Home' && ctrl) {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('#before-feed')?.focus();
    } else if (event.key === 'Enter' && event.target === article) {
      event.preventDefault();
      this.#select(index);
    }
  }

  // ── public methods ─────────────────────────────────────────────────────────────────────
  /** Scrolls item `index` (0-based, in the current filter) to the top and focuses it. */
  async scrollToItem(index: number): Promise<void> {
    await this.#focusItem(index, 'start');
  }

  // ── render ─────────────────────────────────────────────────────────────────────────────
  override render(): unknown {
    const text = this.#text;
    if (!this.items && !this.person) return renderInitial(text.noPerson);
    return html`
      ${this.composer ? this.#composerCtl?.renderToolbar() ?? this.#renderComposerError() : nothing}
      ${this.#renderRequests()}
      ${this.composer ? this.#composerCtl?.render() : nothing}
      ${this.#renderFilters()}
      <span class="visually-hidden" role="status" aria-live="polite">${this.announcement}</span>
      ${this.items
        ? this.#renderFeed()
        : renderTaskStates(this.#loadTask, {
            initial: () => renderInitial(text.noPerson),
            complete: () => this.#renderFeed(),
            messages: this.coreText,
            errorTitle: text.loadErrorTitle,
            skeletonLines: 5,
          })}
    `;
  }

  #renderComposerError(): TemplateResult | typeof nothing {
    if (this.composerError === undefined) return nothing;
    return renderError(this.composerError, this.coreText, () => {
      this.composerError = undefined;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="composer"] textarea, [part~="toolbar"] button')?.focus());
    });
  }

  #renderRequests(): TemplateResult | typeof nothing {
    if (!this.#isOwnTimeline) return nothing;
    const text = this.#text;
    // The requests come from a second read: when it fails, say so with Retry instead of showing
    // none. An adapter without `listFeedbackRequests` simply has no requests (as before).
    const failed = this.#requestsTask.status === TaskStatus.ERROR ? this.#requestsTask.error : undefined;
    if (failed !== undefined && !(AdapterError.is(failed) && failed.code === 'not-supported')) {
      return html`<section class="requests" part="requests" aria-labelledby="requests-h">
        <h2 id="requests-h" class="section-heading">${text.requestsHeading}</h2>
        ${renderError(this.#requestsTask.error, this.coreText, () => void this.#requestsTask.run(), this.coreText.errorTitle)}
      </section>`;
    }
    if (this.requests.length === 0) return nothing;
    return html`<section class="requests" part="requests" aria-labelledby="requests-h">
      <h2 id="requests-h" class="section-heading">${text.requestsHeading}</h2>
      <ul>
        ${this.requests.map((r) => html`<li class="request">
          ${r.from ? renderAvatar(r.from) : html`<span class="pm-avatar" aria-hidden="true">?</span>`}
          <div class="request-text">
            <p class="request-from">${text.requestFrom(r.from?.name ?? text.anonymous)}
              <span class="muted">· ${relativeTime(this.resolvedLocale, Date.parse(r.createdAt), this.#now)}</span></p>
            <p class="request-question">${r.question}</p>
          </div>
          ${this.composer && this.#composerCtl
            ? html`<button class="button" type="button" @click=${() => this.#composerCtl?.answer(r)}
                aria-label="${text.answer}: ${r.from?.name ?? ''}">${text.answer}</button>`
            : nothing}
        </li>`)}
      </ul>
    </section>`;
  }

  #renderFilters(): TemplateResult {
    const text = this.#text;
    const counts = this.#counts();
    const none = this.filterKinds.length === 0;
    return html`<div class="filters" part="filters" role="group" aria-label=${text.filtersLabel}>
      <div class="kind-filters" role="group" aria-label=${text.kindFilterLabel}>
        <button id="before-feed" class="chip" part="kind-filter" type="button" aria-pressed=${none ? 'true' : 'false'} @click=${this.#onKindFilter}>
          ${text.allKinds}
        </button>
        ${FEEDBACK_KINDS.map((kind) => html`<button class="chip" part="kind-filter" type="button" data-kind=${kind}
            aria-pressed=${this.filterKinds.includes(kind) ? 'true' : 'false'} @click=${this.#onKindFilter}>
            ${kindIcon(kind)}<span>${kindLabel(text, kind)}</span>${counts ? html`<span class="count">${counts[kind] ?? 0}</span>` : nothing}
          </button>`)}
      </div>
      <div class="dates">
        <label>${text.from} <input type="date" data-field="from" .value=${this.from} max=${this.to || nothing} @change=${this.#onDate} /></label>
        <label>${text.to} <input type="date" data-field="to" .value=${this.to} min=${this.from || nothing} @change=${this.#onDate} /></label>
      </div>
      ${this.from && this.to && this.from > this.to ? html`<p class="field-error" role="alert">${text.badRange}</p>` : nothing}
    </div>`;
  }

  #renderFeed(): TemplateResult {
    const text = this.#text;
    const model = this.#model;
    const dropped = this.items ? 0 : this.#pager.dropped;
    const droppedNotice = dropped ? html`<p class="notice" part="notice" role="note">${text.dropped(dropped)}</p>` : nothing;
    if (!model || model.count === 0) {
      const filtered = this.filterKinds.length > 0 || !!this.from || !!this.to;
      const loadingMore = !this.items && (this.#pager.status === 'loading' || this.#pager.hasMore);
      if (!loadingMore) {
        return html`${droppedNotice}<div class="state empty" part="empty">
          <p>${filtered ? text.emptyFiltered : text.empty}</p>
          ${filtered ? html`<button class="button" type="button" @click=${this.#clearFilters}>${text.clearFilters}</button>` : nothing}
        </div>${this.#renderFooter()}`;
      }
    }
    if (this.#win.needsMoreRows) this.#buildRows(this.#totalEntries);
    const win = this.#win.window();
    const setSize = this.#setSize;
    const ctx: EntryContext = {
      text,
      locale: this.resolvedLocale,
      now: this.#now,
      personId: this.person,
      catalogue: this.#tagCatalogue,
      competencyNames: new Map((this.#tagCatalogue?.competencies ?? []).map((c) => [c.id, c.name])),
      setSize,
      activeIndex: this.activeIndex,
      expanded: this.expanded,
      onToggle: (e) => this.#onToggle(e),
    };
    const indices: number[] = [];
    for (let r = win.first; r < win.last; r++) indices.push(r);
    const busy = !this.items && (this.#pager.status === 'loading' || this.#loadTask.status === TaskStatus.PENDING);
    return html`${droppedNotice}
      <div
        class="feed"
        part="feed"
        role="feed"
        aria-label=${this.#personName ? text.feedLabel(this.#personName) : text.feedLabelAnonymous}
        aria-busy=${busy ? 'true' : 'false'}
        @scroll=${this.#win.handleScroll}
        @keydown=${this.#onFeedKey}
        @click=${this.#onFeedClick}
        @focusin=${this.#onFeedFocus}
      >
        <div class="sticky-month" part="month" aria-hidden="true">${this.#monthAtTop()}</div>
        <div class="spacer" ${cssProps({ height: `${win.spacer}px` })}>
          <div class="window" ${cssProps({ transform: `translateY(${win.offset}px)` })}>
            ${repeat(indices, (r) => this.#rowKey(r), (r) => this.#renderRow(r, ctx))}
          </div>
        </div>
      </div>
      ${this.#renderFooter()}`;
  }

  #renderRow(row: number, ctx: EntryContext): TemplateResult {
    const model = this.#model!;
    const value = model.rows[row]!;
    if (value < 0) {
      const month = model.months[-1 - value]!;
      return html`<div class="month" part="month" data-row=${row} aria-hidden="true">${month.label}</div>`;
    }
    return html`<div class="row" data-row=${row}>${renderEntry(this.#entryAt(value), value, ctx)}</div>`;
  }

  #renderFooter(): TemplateResult {
    const text = this.#text;
    let content: unknown = nothing;
    if (!this.items) {
      const { status } = this.#pager;
      if (status === 'loading') content = html`<span class="spinner" aria-hidden="true"></span>${text.loadingMore}`;
      else if (status === 'error') {
        const error = this.#pager.error;
        content = html`<span class="footer-error">${text.loadMoreFailed} ${AdapterError.is(error) ? errorText(this.coreText, error.code) : ''}</span>
          <button class="button" type="button" part="retry-page" @click=${() => this.#pager.retry()}>${text.retry}</button>`;
      } else if (status === 'repeated') content = text.cursorRepeated;
      else if (status === 'done' && this.#entryCount > 0) content = text.endOfFeed;
    } else if (this.#entryCount > 0) content = text.endOfFeed;
    return html`<div id="after-feed" class="footer" part="footer" tabindex="-1" role="status">${content}</div>`;
  }

  // ── private ────────────────────────────────────────────────────────────────────────────
  #queryFor(person: string, kindsKey: string, from: string, to: string): FeedbackQuery {
    const query: FeedbackQuery = { personId: person };
    if (kindsKey) query.kinds = kindsKey.split(',') as FeedbackKind[];
    if (from) query.from = from;
    if (to) query.to = to;
    return query;
  }

  #adopt(result: { query: FeedbackQuery; page: FeedbackPage } | undefined): void {
    if (!result) return;
    this.#page = result.page.catalogue || result.page.person ? result.page : { ...result.page, catalogue: this.#page?.catalogue, person: this.#page?.person };
    this.#now = Date.now();
    this.added = this.added.filter((a) => a.pending);
    this.#pager.reset(this.api, result.query, result.page);
    if (this.#filterChanged) {
      this.#filterChanged = false;
      const total = this.#pager.total;
      this.announcement = total !== undefined ? this.#text.resultCount(total) : this.#text.resultCountUnknown;
    }
  }

  #passesFilters(item: FeedbackItem): boolean {
    if (this.filterKinds.length && !(this.filterKinds as readonly string[]).includes(item.kind)) return false;
    const day = typeof item.createdAt === 'string' ? item.createdAt.slice(0, 10) : '';
    if (this.from && day < this.from) return false;
    if (this.to && day > this.to) return false;
    return true;
  }

  #filterLocal(items: readonly FeedbackItem[]): readonly FeedbackItem[] {
    if (!this.filterKinds.length && !this.from && !this.to) return items;
    const key = `${this.#kindsKey}|${this.from}|${this.to}`;
    if (this.#localFilter?.items === items && this.#localFilter.key === key) return this.#localFilter.result;
    const result = items.filter((item) => this.#passesFilters(item));
    this.#localFilter = { items, key, result };
    return result;
  }

  #localFilter?: { items: readonly FeedbackItem[]; key: string; result: readonly FeedbackItem[] };

  #counts(): Record<string, number> | undefined {
    if (!this.items) return this.#page?.counts;
    const cached = this.#localCounts;
    if (cached && cached.items === this.items && cached.from === this.from && cached.to === this.to) return cached.counts;
    // Unfiltered, the counts come from building the rows (see extendModel): shown once that is done.
    if (!this.from && !this.to && this.filterKinds.length === 0) return undefined;
    const counts: Record<string, number> = {};
    for (const item of this.items) {
      const day = typeof item.createdAt === 'string' ? item.createdAt.slice(0, 10) : '';
      if ((this.from && day < this.from) || (this.to && day > this.to)) continue;
      counts[item.kind] = (counts[item.kind] ?? 0) + 1;
    }
    this.#localCounts = { items: this.items, from: this.from, to: this.to, counts };
    return counts;
  }

  #entryAt(index: number): FeedEntry {
    const added = this.#modelAdded ?? [];
    return index < added.length ? added[index]! : this.#source[index - added.length]!;
  }

  #rowKey(row: number): string {
    const value = this.#model!.rows[row]!;
    return value < 0 ? `m:${this.#model!.months[-1 - value]!.key}` : `i:${this.#entryAt(value).id}`;
  }

  /** Keeps the rows in step with the items: rebuilt when the list changes, extended when a page is appended. */
  #syncModel(): void {
    const added = this.#visibleAdded;
    const sameAdded = this.#modelAdded !== undefined && this.#modelAdded.length === added.length
      && this.#modelAdded.every((a, i) => a === added[i]);
    const total = added.length + this.#source.length;
    if (this.#model && this.#modelSource === this.#source && sameAdded && this.#model.built <= total) {
      // Loaded pages are small: their rows are built at once. Given items are built in slices.
      if (!this.items && this.#model.built < total) this.#buildRows(total);
      else if (this.#model.built < total) this.#scheduleRows();
      return;
    }
    const firstBuild = !this.#model;
    this.#modelSource = this.#source;
    this.#modelAdded = added;
    this.#model = {
      rows: new Int32Array(Math.max(16, Math.ceil(Math.min(total, FIRST_SLICE) * 1.05) + 16)),
      count: 0, itemRow: new Int32Array(Math.max(16, Math.min(total, FIRST_SLICE))),
      months: [], built: 0, lastMonth: -2, counts: {},
    };
    this.#extendModel(this.items ? Math.min(total, FIRST_SLICE) : total);
    this.#win.setTail(this.#tailHeight());
    this.#win.setRows(this.#model.count, (r) => this.#estimate(r), (r) => this.#rowKey(r));
    if (firstBuild) this.#win.scrollToTop();
    if (this.#model.built < total) this.#scheduleRows();
  }

  get #totalEntries(): number {
    return (this.#modelAdded?.length ?? 0) + this.#source.length;
  }

  /** Estimated height of the items whose rows are not built yet. */
  #tailHeight(): number {
    const rest = this.#totalEntries - (this.#model?.built ?? 0);
    return rest > 0 ? rest * this.#estimate(-1) : 0;
  }

  /** Builds rows up to item `upTo`; a view at the end of the list stays at the end. */
  #buildRows(upTo: number): void {
    const model = this.#model;
    if (!model || model.built >= upTo) return;
    const atEnd = this.#win.atEnd && model.built > 0;
    this.#extendModel(upTo);
    this.#win.setTail(this.#tailHeight());
    this.#win.appendRows(model.count, (r) => this.#estimate(r), (r) => this.#rowKey(r));
    if (atEnd && model.built === this.#totalEntries) this.#win.stickToEnd();
  }

  /**
   * Given items beyond the first slice get their rows in later slices (a few milliseconds each),
   * so the first screen of 100,000 items costs what the first 2,000 cost. A jump past the built
   * rows builds the rest at once (see `renderFeed`).
   */
  #scheduleRows(): void {
    if (this.#rowTimer !== undefined) return;
    this.#rowTimer = setTimeout(() => {
      this.#rowTimer = undefined;
      const model = this.#model;
      if (!model || !this.isConnected) return;
      const total = this.#totalEntries;
      this.#buildRows(Math.min(total, model.built + ROW_SLICE));
      this.requestUpdate();
      if (model.built < total) this.#scheduleRows();
    }, 0);
  }

  #rowTimer: ReturnType<typeof setTimeout> | undefined;

  #extendModel(total: number): void {
    const model = this.#model!;
    if (model.itemRow.length < total) {
      const grown = new Int32Array(Math.max(total, model.itemRow.length * 2));
      grown.set(model.itemRow);
      model.itemRow = grown;
    }
    const added = this.#modelAdded ?? [];
    const source = this.#source;
    // With no filter, the kind counts of given items come from this same pass over the items.
    const counting = !!this.items && source === this.items && added.length === 0;
    const counts = model.counts;
    let monthFormat: Intl.DateTimeFormat | undefined;
    for (let i = model.built; i < total; i++) {
      const item = i < added.length ? added[i]! : source[i - added.length]!;
      const code = monthCodeOf(item.createdAt);
      if (code !== model.lastMonth) {
        model.lastMonth = code;
        monthFormat ??= new Intl.DateTimeFormat(this.resolvedLocale, { month: 'long', year: 'numeric' });
        const label = code >= 0 ? monthFormat.format(new Date(Math.floor(code / 12), code % 12, 15)) : '';
        model.months.push({ key: `${code}#${model.months.length}`, label });
        this.#pushRow(-model.months.length);
      }
      model.itemRow[i] = model.count;
      this.#pushRow(i);
      if (counting) {
        const kind = item.kind;
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
    }
    model.built = total;
    if (counting && total === this.#totalEntries) this.#localCounts = { items: this.items!, from: '', to: '', counts };
  }

  #pushRow(value: number): void {
    const model = this.#model!;
    if (model.count >= model.rows.length) {
      const grown = new Int32Array(model.rows.length * 2);
      grown.set(model.rows);
      model.rows = grown;
    }
    model.rows[model.count++] = value;
  }

  /**
   * A row's height before it is measured: one figure per row type, so 100,000 rows cost a fill
   * rather than 100,000 text measurements; rows are measured as they come into view, and the
   * reader's place is kept when a measurement differs.
   */
  #estimate(row: number): number {
    if (row >= 0 && this.#model!.rows[row]! < 0) return MONTH_ROW_HEIGHT;
    return (this.#win.width || 640) < 420 ? ITEM_ROW_HEIGHT_NARROW : ITEM_ROW_HEIGHT;
  }

  #monthAtTop(): string {
    const model = this.#model;
    if (!model || model.count === 0) return '';
    for (let r = this.#win.topRow; r >= 0; r--) {
      const value = model.rows[r]!;
      if (value < 0) return model.months[-1 - value]!.label;
    }
    return '';
  }

  #maybeLoadMore(): void {
    if (this.items || !this.#pager.hasMore || !this.#model) return;
    const win = this.#win.current;
    if (win.last >= this.#model.count - 8) this.#pager.loadMore();
  }

  async #focusItem(index: number, align: 'start' | 'nearest' = 'nearest'): Promise<void> {
    const model = this.#model;
    if (!model || index < 0 || index >= this.#totalEntries) return;
    if (index >= model.built) this.#buildRows(this.#totalEntries);
    this.activeIndex = index;
    const row = model.itemRow[index]!;
    if (!this.#win.isInView(row) || align === 'start') this.#win.scrollToRow(row, align, STICKY_HEIGHT);
    for (let attempt = 0; attempt < 4; attempt++) {
      await this.updateComplete;
      const el = this.renderRoot.querySelector<HTMLElement>(`article[data-index="${index}"]`);
      if (el) {
        el.focus({ preventScroll: true });
        return;
      }
      await new Promise(requestAnimationFrame);
    }
  }

  #select(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= (this.#model?.built ?? 0)) return;
    const item = this.#entryAt(index);
    if (item.pending) return;
    this.activeIndex = index;
    this.dispatchEvent(new PmFeedbackSelectEvent(item));
  }

  #rememberPlace(): void {
    this.#filterChanged = true;
    const model = this.#model;
    if (!model || model.count === 0) return;
    for (let r = this.#win.topRow; r < model.count; r++) {
      const value = model.rows[r]!;
      if (value >= 0) {
        this.#placeId = this.#entryAt(value).id;
        return;
      }
    }
  }

  #restorePlace(): void {
    const id = this.#placeId;
    this.#placeId = undefined;
    const model = this.#model;
    if (this.items && this.#filterChanged) {
      this.#filterChanged = false;
      this.announcement = this.#text.resultCount(this.#source.length);
    }
    if (!model) return;
    for (let i = 0; i < model.built; i++) {
      if (this.#entryAt(i).id === id) {
        this.#win.scrollToRow(model.itemRow[i]!, 'start', STICKY_HEIGHT);
        return;
      }
    }
    this.#win.scrollToTop();
  }

  #pendingId?: string;

  #insertPending(input: FeedbackInput): void {
    const id = `pending-${Date.now().toString(36)}`;
    this.#pendingId = id;
    const from = this.viewerId ? { id: this.viewerId, name: this.#page?.person?.id === this.viewerId ? this.#page.person.name : this.viewerId } : undefined;
    const entry: FeedEntry = {
      id, kind: input.kind, toId: input.toId, body: input.body, competencyIds: input.competencyIds ?? [], values: input.values ?? [],
      visibility: input.visibility, requested: !!input.requestId, createdAt: new Date().toISOString(), pending: true,
    };
    if (from) entry.from = from;
    this.added = [entry, ...this.added];
    this.#win.scrollToTop();
  }

  /** The item being sent was stored (`item`, shown in its place) or not (taken out). */
  #settlePending(item: FeedbackItem | undefined): void {
    const pendingId = this.#pendingId;
    this.#pendingId = undefined;
    if (!pendingId) return;
    this.added = item
      ? item.toId === this.person ? this.added.map((a) => (a.id === pendingId ? item : a)) : this.added
      : this.added.filter((a) => a.id !== pendingId);
  }

  /** What the composer (its own chunk) reads from and asks of this timeline. */
  #composerTimeline(): ComposerChunk.ComposerTimeline {
    return {
      host: this,
      api: () => this.api,
      adapter: () => this.adapter ?? this.contextAdapter,
      person: () => this.person,
      viewerId: () => this.viewerId,
      isOwnTimeline: () => this.#isOwnTimeline,
      text: () => this.#text,
      coreText: () => this.coreText,
      personName: () => this.#personName,
      catalogue: () => this.#tagCatalogue,
      people: () => (this.#requestsTask.value?.people ?? []) as Person[],
      managerId: () => this.#page?.person?.managerId,
      retryDelay: () => this.retryDelay,
      insertPending: (input) => this.#insertPending(input),
      settlePending: (item) => this.#settlePending(item),
      removeRequest: (id) => {
        this.requests = this.requests.filter((r) => r.id !== id);
      },
    };
  }
}
