import { html, nothing, type ReactiveController, type ReactiveElement, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  AdapterError, addPartStyles, errorText, renderAvatar,
  type CoreMessages, type FeedbackCatalogue, type FeedbackInput, type FeedbackItem, type FeedbackRequest, type FeedbackRequestInput,
  type Person, type ValidatedAdapter,
} from '@pm-widgets/core';
import { AutosaveController, SubmissionController, lazyOutboxFor, outboxScope, renderOutboxNotice, type LazyOutbox } from '@pm-widgets/core/drafts';
import { renderComposer } from './composer-view.js';
import { composerStyles } from './composer.styles.js';
import { PmFeedbackGiveEvent, PmFeedbackRequestEvent } from './events.js';
import { blankComposerDraft, draftBody, draftHasText, restoreComposerDraft } from './feedback-composer.js';
import { addEnglish, type FeedbackTimelineMessages } from './messages.js';
import { composerEnglish } from './messages-composer.js';
import { SBI_FIELDS, type ComposerDraft, type FeedbackKind, type SbiField, type Visibility } from './types.js';

addEnglish(composerEnglish);

/** What the composer reads from (and asks of) its timeline. */
export interface ComposerTimeline {
  readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  api(): ValidatedAdapter | undefined;
  /** The adapter as configured (for the outbox's scope). */
  adapter(): unknown;
  person(): string | undefined;
  viewerId(): string | undefined;
  isOwnTimeline(): boolean;
  text(): FeedbackTimelineMessages;
  coreText(): CoreMessages;
  personName(): string;
  catalogue(): FeedbackCatalogue | undefined;
  /** The people the viewer may ask, from the requests read. */
  people(): readonly Person[];
  /** The person's manager, when the page says. */
  managerId(): string | null | undefined;
  retryDelay(): number;
  /** Shows an item being sent at the top of the feed (optimistic). */
  insertPending(input: FeedbackInput): void;
  /** The item being sent was stored (`item`) or not (undefined). */
  settlePending(item: FeedbackItem | undefined): void;
  /** A request was answered: it leaves the list. */
  removeRequest(id: string): void;
}

/**
 * Everything a timeline with `composer` adds: the toolbar, the composer (give feedback, or a
 * private note on one's own timeline) with its draft kept on the device, answering requests, and
 * asking others for feedback. Its own chunk with the composer's form (composer-view.ts): created
 * once the element has `composer`, so a timeline that only shows feedback never loads it.
 */
export class TimelineComposer implements ReactiveController {
  draft: ComposerDraft = blankComposerDraft(false);
  open = true;
  #bodyError?: string;
  #giveFailure?: string;
  #status = '';
  #askOpen = false;
  #askTo: readonly string[] = [];
  #askQuestion = '';
  #askError?: string;
  #askStatus = '';
  #draftLoadedFor?: string;

  readonly #autosave: AutosaveController<ComposerDraft>;
  readonly #giving: SubmissionController<FeedbackInput, FeedbackItem>;
  readonly #asking: SubmissionController<FeedbackRequestInput, FeedbackRequest[]>;

  constructor(private readonly t: ComposerTimeline) {
    const host = t.host;
    host.addController(this);
    addPartStyles(host as unknown as ReactiveElement, composerStyles);
    this.#autosave = new AutosaveController<ComposerDraft>(host, {
      value: () => this.draft,
      storageKey: () => (t.person() ? `pm-feedback-timeline:draft:${t.viewerId() ?? '-'}:${t.person()}` : undefined),
      delay: () => 0,
      // The draft is kept on the device; leaving the page loses nothing, so no prompt.
      hasText: () => false,
    });
    this.#giving = new SubmissionController<FeedbackInput, FeedbackItem>(host, {
      send: (input, idempotencyKey) => this.#requireApi().giveFeedback(input, { idempotencyKey }),
      retryDelay: () => t.retryDelay(),
      keyStore: this.#autosave.keyStore,
      onSubmitted: (item) => this.#given(item),
      onFailed: (error) => this.#giveFailed(error),
      // Offline or a transient failure: the feedback waits on this device and is sent later, also after a reload.
      outbox: { get: () => this.#outbox, method: 'giveFeedback', args: (input) => [input] },
    });
    this.#asking = new SubmissionController<FeedbackRequestInput, FeedbackRequest[]>(host, {
      send: (input, idempotencyKey) => this.#requireApi().requestFeedback(input, { idempotencyKey }),
      retryDelay: () => t.retryDelay(),
      onSubmitted: (requests) => this.#asked(requests),
      onFailed: (error) => {
        this.#askError = t.text().askFailed(this.#reason(error));
        host.requestUpdate();
      },
      outbox: { get: () => this.#outbox, method: 'requestFeedback', args: (input) => [input] },
    });
  }

  /** Where a give or ask waits when it cannot be sent now (`@pm-widgets/core/drafts`). */
  get #outbox(): LazyOutbox | undefined {
    const api = this.t.api();
    return api ? lazyOutboxFor(api, outboxScope(this.t.adapter() as Parameters<typeof outboxScope>[0]), { retryDelay: this.t.retryDelay() }) : undefined;
  }

  /** Takes the device's draft for this viewer and person (before each render; once per pair). */
  hostUpdate(): void {
    const t = this.t;
    const key = `${t.viewerId() ?? '-'}:${t.person() ?? ''}`;
    if (this.#draftLoadedFor === key) return;
    this.#draftLoadedFor = key;
    const self = t.isOwnTimeline();
    const stored = this.#autosave.readDevice();
    this.draft = restoreComposerDraft(stored?.value, self) ?? blankComposerDraft(self);
    this.#giving.forget();
    this.#bodyError = undefined;
    this.#giveFailure = undefined;
  }

  // ── event handlers ─────────────────────────────────────────────────────────────────────
  #onInput(event: Event): void {
    const el = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const field = el.dataset['field'];
    if (field === 'kind') this.#editDraft({ kind: el.value as FeedbackKind });
    else if (field === 'visibility') this.#editDraft({ visibility: el.value as Visibility });
    else if (field === 'body') this.#editDraft({ body: el.value });
    else if (field === 'sbi') {
      const key = el.dataset['sbi'] as SbiField;
      if ((SBI_FIELDS as readonly string[]).includes(key)) this.#editDraft({ sbi: { ...this.draft.sbi, [key]: el.value } });
    }
  }

  #onTag(event: Event): void {
    const input = event.target as HTMLInputElement;
    const key = input.dataset['tag'] === 'competency' ? 'competencyIds' : 'values';
    const current = this.draft[key];
    const next = input.checked ? [...current.filter((v) => v !== input.value), input.value] : current.filter((v) => v !== input.value);
    this.#editDraft({ [key]: next });
  }

  async #onGive(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.#giving.canSubmit) return;
    const t = this.t;
    const body = draftBody(this.draft, t.text());
    if (!body) {
      this.#bodyError = t.text().bodyMissing;
      t.host.requestUpdate();
      await t.host.updateComplete;
      t.host.renderRoot.querySelector<HTMLElement>('.composer textarea')?.focus();
      return;
    }
    const self = t.isOwnTimeline() && !this.draft.requestId;
    const toId = this.draft.toId || t.person()!;
    const input: FeedbackInput = {
      kind: self ? 'note' : this.draft.kind,
      toId,
      body,
      competencyIds: this.draft.competencyIds,
      values: this.draft.values,
      visibility: self ? 'private' : this.draft.visibility,
    };
    const viewer = t.viewerId();
    if (viewer) input.fromId = viewer;
    if (this.draft.requestId) {
      input.requestId = this.draft.requestId;
      input.requested = true;
    }
    this.#giveFailure = undefined;
    this.#status = '';
    if (toId === t.person()) t.insertPending(input);
    t.host.requestUpdate();
    await this.#giving.submit(input);
  }

  #discardDraft(): void {
    this.draft = blankComposerDraft(this.t.isOwnTimeline());
    this.#bodyError = undefined;
    this.#giveFailure = undefined;
    this.#autosave.discard();
    this.#giving.forget();
    this.t.host.requestUpdate();
  }

  /** Opens the composer to answer a request addressed to the viewer. */
  answer(request: FeedbackRequest): void {
    const name = request.about?.name ?? request.from?.name ?? request.aboutId;
    this.draft = { ...blankComposerDraft(false), kind: 'coaching', requestId: request.id, question: request.question, toId: request.aboutId, toName: name };
    this.open = true;
    this.#autosave.change();
    const host = this.t.host;
    host.requestUpdate();
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('.composer textarea')?.focus());
  }

  #onAskPerson(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#askTo = input.checked ? [...this.#askTo, input.value] : this.#askTo.filter((id) => id !== input.value);
    this.#askError = undefined;
    this.t.host.requestUpdate();
  }

  async #onAsk(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const t = this.t;
    const viewer = t.viewerId();
    if (!this.#asking.canSubmit || !viewer) return;
    t.host.requestUpdate();
    if (this.#askTo.length === 0) {
      this.#askError = t.text().askNobody;
      return;
    }
    if (!this.#askQuestion.trim()) {
      this.#askError = t.text().askNoQuestion;
      return;
    }
    this.#askError = undefined;
    this.#askStatus = '';
    await this.#asking.submit({ toIds: [...this.#askTo], aboutId: viewer, question: this.#askQuestion.trim() });
  }

  // ── render ─────────────────────────────────────────────────────────────────────────────
  /** The buttons above the feed: give (when the composer is closed) and ask (on one's own timeline). */
  renderToolbar(): TemplateResult | typeof nothing {
    const t = this.t;
    const text = t.text();
    const host = t.host;
    const own = t.isOwnTimeline();
    const canGive = !!t.api() && !!t.person() && !this.open;
    const canAsk = own && !!t.api();
    if (!canGive && !canAsk) return nothing;
    return html`<div class="toolbar" part="toolbar">
      ${canGive
        ? html`<button class="button primary" type="button" @click=${() => {
            this.open = true;
            host.requestUpdate();
          }}>${own ? text.composerOpenSelf : text.composerOpen}</button>`
        : nothing}
      ${canAsk
        ? html`<button class="button" type="button" aria-expanded=${this.#askOpen ? 'true' : 'false'} @click=${() => {
            this.#askOpen = !this.#askOpen;
            host.requestUpdate();
          }}>${text.askOpen}</button>`
        : nothing}
    </div>`;
  }

  /** The composer (when open) and the ask form (when open). */
  render(): unknown {
    const t = this.t;
    return html`${this.open && t.api() && t.person() ? this.#renderComposer() : nothing}${this.#askOpen ? this.#renderAsk() : nothing}`;
  }

  #renderComposer(): TemplateResult {
    const t = this.t;
    const text = t.text();
    const self = t.isOwnTimeline() && !this.draft.requestId;
    const queued = this.#giving.queued;
    return html`${renderComposer({
      text,
      draft: this.draft,
      self,
      toName: this.draft.toName || t.personName(),
      catalogue: t.catalogue(),
      sending: this.#giving.pending || queued,
      bodyError: this.#bodyError,
      failure: this.#giveFailure,
      status: this.#status || (draftHasText(this.draft) ? text.draftKept : ''),
      onInput: (e) => this.#onInput(e),
      onTag: (e) => this.#onTag(e),
      onSubmit: (e) => void this.#onGive(e),
      onDiscard: () => this.#discardDraft(),
      onClose: () => {
        this.open = false;
        t.host.requestUpdate();
      },
    })}${renderOutboxNotice(t.coreText(), { queued, waiting: this.#giving.waiting, storageUnavailable: this.#giving.storageUnavailable })}`;
  }

  #renderAsk(): TemplateResult {
    const t = this.t;
    const text = t.text();
    const people = t.people();
    const viewer = t.viewerId();
    const manager = t.managerId();
    return html`<section class="ask" part="ask" aria-labelledby="ask-h">
      <h2 id="ask-h" class="section-heading">${text.askHeading}</h2>
      <form novalidate @submit=${(e: SubmitEvent) => void this.#onAsk(e)}>
        <fieldset>
          <legend>${text.askWho}</legend>
          ${people.length === 0
            ? html`<p class="hint">${text.askNoPeople}</p>`
            : html`<div class="ask-people">
                ${people.map((p) => html`<label class="check person-option">
                  <input type="checkbox" .value=${p.id} .checked=${this.#askTo.includes(p.id)} @change=${(e: Event) => this.#onAskPerson(e)} />
                  ${renderAvatar(p, { small: true })}<span>${p.name}${p.managerId === viewer
                    ? html` <span class="muted">(${text.askReport})</span>`
                    : p.id === manager ? html` <span class="muted">(${text.askManager})</span>` : nothing}</span>
                </label>`)}
              </div>`}
        </fieldset>
        <div class="pm-field">
          <label class="label" for="ask-question">${text.askQuestion}</label>
          <span class="hint" id="ask-help">${text.askQuestionHelp}</span>
          <textarea id="ask-question" rows="2" maxlength="500" aria-describedby="ask-help" .value=${this.#askQuestion}
            @input=${(e: Event) => {
              this.#askQuestion = (e.target as HTMLTextAreaElement).value;
              t.host.requestUpdate();
            }}></textarea>
        </div>
        ${this.#askError ? html`<p class="give-error" role="alert">${this.#askError}</p>` : nothing}
        <div class="composer-actions">
          <span class="status" role="status">${this.#askStatus}</span>
          <button class="button primary" type="submit" ?disabled=${this.#asking.pending || this.#asking.queued}>
            ${this.#asking.pending ? text.askSending : text.askSend}</button>
        </div>
        ${renderOutboxNotice(t.coreText(), { queued: this.#asking.queued, waiting: this.#asking.waiting, storageUnavailable: this.#asking.storageUnavailable })}
      </form>
    </section>`;
  }

  // ── private ────────────────────────────────────────────────────────────────────────────
  #requireApi(): ValidatedAdapter {
    const api = this.t.api();
    if (!api) throw new AdapterError('not-supported', 'No adapter is configured.', { retryable: false });
    return api;
  }

  #editDraft(patch: Partial<ComposerDraft>): void {
    this.draft = { ...this.draft, ...patch };
    if (this.#bodyError && draftBody(this.draft, this.t.text())) this.#bodyError = undefined;
    this.#status = '';
    this.#autosave.change();
    this.t.host.requestUpdate();
  }

  #given(item: FeedbackItem): void {
    const t = this.t;
    t.settlePending(item);
    const text = t.text();
    const name = this.draft.toName || t.personName();
    const answered = this.draft.requestId;
    if (answered) t.removeRequest(answered);
    this.#status = t.isOwnTimeline() && !answered ? text.noteSaved : text.given(name);
    this.draft = blankComposerDraft(t.isOwnTimeline());
    this.#autosave.discard();
    t.host.requestUpdate();
    t.host.dispatchEvent(new PmFeedbackGiveEvent(item));
  }

  #giveFailed(error: unknown): void {
    const t = this.t;
    t.settlePending(undefined);
    this.#giveFailure = t.text().giveFailed(this.#reason(error));
    t.host.requestUpdate();
    void t.host.updateComplete.then(() => t.host.renderRoot.querySelector<HTMLElement>('.composer textarea')?.focus());
  }

  #asked(requests: FeedbackRequest[]): void {
    const t = this.t;
    this.#askStatus = t.text().askSent(requests.length);
    this.#askTo = [];
    this.#askQuestion = '';
    t.host.requestUpdate();
    t.host.dispatchEvent(new PmFeedbackRequestEvent(requests));
  }

  #reason(error: unknown): string {
    const core = this.t.coreText();
    return AdapterError.is(error) ? errorText(core, error.code) : core.errorUnavailable;
  }
}
