import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  AdapterError, LazyPart, PmWidgetElement, QuerySubscription, addPartStyles, developerMessage, errorText, formatDate, isoWeekOf, localize,
  mondayOfIsoWeek, renderError, renderInitial, renderSkeleton, renderTaskStates, renderTechnicalDetails, statesStyles, warnWriteFailed,
  type CheckIn, type CheckInContext, type CheckInDraft, type Goal, type GoalUpdate,
} from '@pm-widgets/core';
import { AutosaveController, lazyOutboxFor, outboxScope, renderOutboxNotice } from '@pm-widgets/core/drafts';
import {
  alignGoalUpdates, blankDraft, draftHasText, formStateApplies, isBlank, parseFormState,
  parseProgressPercent, sameDraftContent, toDraft, validateDraft,
} from './check-in-draft.js';
import {
  asksKeyResults, renderGoals, renderMood, renderReflection, renderSection, type CheckInFormHandlers, type CheckInFormState, type FormSection,
} from './check-in-form.js';
import type * as KeyResultsChunk from './check-in-key-results.js';
import type * as QuestionsChunk from './check-in-questions.js';
import type { ReplyBoxState } from './check-in-summary.js';
import { checkInStyles } from './check-in.styles.js';
import { PmCheckInReplyEvent, PmCheckInSaveEvent, PmCheckInSubmitEvent } from './events.js';
import { checkInMessages, saveStatusText, weekLabel, type CheckInMessages } from './messages.js';
import { SubmissionController } from './submission-controller.js';
import type { Mood, TextField } from './types.js';

/**
 * The read-only view of a submitted check-in (and the manager's reply box) is its own chunk,
 * fetched once a check-in on screen is submitted: a person filling in this week's check-in never
 * loads it. Loaded once per page.
 */
export const summaryView = new LazyPart(() => import('./check-in-summary.js'), 'The check-in summary');

/**
 * The custom questions' fields: many organisations ask none, so their code is its own chunk,
 * fetched as soon as a check-in with questions has loaded. The form waits for it a moment at most
 * (PART_WAIT_MS): a slow or failed fetch never holds up the rest of the check-in.
 */
export const questionsPart = new LazyPart<typeof QuestionsChunk>(() => import('./check-in-questions.js'), 'The check-in questions');

/**
 * The key results' inputs under a key-results goal, and what a value typed there does: fetched as
 * soon as a check-in asking for key results has loaded; most goals are plain percentages.
 */
export const keyResultsPart = new LazyPart<typeof KeyResultsChunk>(() => import('./check-in-key-results.js'), 'The key results');

/**
 * How long a form just loaded waits for its questions' and key results' code before it shows
 * without them (placeholders until it comes): a chunk's fetch on a slow connection, and no longer.
 */
const PART_WAIT_MS = 1000;

const warned = new Set<string>();
/** A developer-facing note, once per page: what the widget does without an optional field. */
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.info(message);
}

/**
 * The recurring (weekly) check-in: mood, progress and confidence per goal, wins, blockers, the
 * one focus for next period and how last period's went, what the person needs from their manager,
 * custom questions. Drafts autosave (and survive being offline or a crash); submission is
 * idempotent and retried; the manager replies on the submitted check-in. Takes part in an outer
 * `<form>` like a native field.
 *
 * @summary A weekly check-in with goal updates, one focus, autosave and the manager's reply.
 *
 * @event pm-check-in-submit - The check-in was submitted and stored. `detail.checkIn` is the stored check-in.
 * @event pm-check-in-save - A draft the person typed was saved by the backend. `detail.checkIn` is the stored draft.
 * @event pm-check-in-reply - The manager's reply was saved. `detail.checkIn` carries it in `managerReply`.
 *
 * @csspart header - The title, period and save status.
 * @csspart status - The autosave status line (a polite live region).
 * @csspart notice - Notices: draft restored, goals that no longer exist, not submitted yet.
 * @csspart form - The native form.
 * @csspart section - Each section of the form (mood, goals, reflection, questions); goals, reflection and questions fold away.
 * @csspart mood - The mood radio group.
 * @csspart mood-option - One mood choice.
 * @csspart goals - The list of goal updates.
 * @csspart goal - One goal's row: title and status, progress, confidence and the note.
 * @csspart key-results - A key-results goal's key results, each asked for its current value.
 * @csspart technical-details - The developer's message under a failed save, submission or reply.
 * @csspart delta - The change in progress since the last check-in.
 * @csspart focus - The focus field, beside last period's focus.
 * @csspart last-focus - Last period's focus and the "how did it go?" field.
 * @csspart question - One custom question.
 * @csspart error-message - A validation message under its field.
 * @csspart submit - The submit button.
 * @csspart submit-error - The alert shown when a submission failed.
 * @csspart outbox - "Saved on this device — will be sent when you're back online (n waiting)": a submission waiting in the offline outbox.
 * @csspart outbox-warning - Inside `outbox`: the browser gives no storage, so the tab must stay open until it is sent.
 * @csspart summary - The read-only view of a submitted check-in.
 * @csspart reply - The manager's reply, or the manager's reply box.
 * @csspart empty - Shown in the goals section when the person has no active goals.
 * @csspart initial - What to configure before anything can load.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The load error alert.
 * @csspart retry - The Retry button of the load error.
 *
 * @cssproperty --pm-color-accent - Selected mood, sliders and the submit button.
 * @cssproperty --pm-color-surface - The background of the widget.
 * @cssproperty --pm-color-surface-raised - The background of sections and the reply.
 * @cssproperty --pm-color-border - Borders of fields and sections.
 * @cssproperty --pm-color-text - Text colour.
 * @cssproperty --pm-color-text-muted - Help text, deltas and the status line.
 * @cssproperty --pm-color-danger - Validation messages and invalid fields.
 * @cssproperty --pm-color-success - The "Saved" status and progress gains.
 * @cssproperty --pm-color-warning - The offline and retrying status.
 * @cssproperty --pm-radius - Corner radius.
 * @cssproperty --pm-spacing - The base spacing unit.
 * @cssproperty --pm-font-family - The font.
 */
export class PmCheckIn extends PmWidgetElement {
  static formAssociated = true;
  static override styles = [PmWidgetElement.styles, statesStyles, checkInStyles];

  // ── controllers and tasks ──────────────────────────────────────────────────────────────
  readonly #internals: ElementInternals;

  readonly #autosave = new AutosaveController<CheckInDraft>(this, {
    value: () => this.draft,
    save: (draft) => this.#saveDraft(draft),
    storageKey: () => (this.person && this.#periodIsValid ? `pm-check-in:draft:${this.person}:${this.#currentPeriod}` : undefined),
    delay: () => this.autosaveDelay,
    retryDelay: () => this.retryDelay,
    onSaved: (result) => this.dispatchEvent(new PmCheckInSaveEvent(result as CheckIn)),
    hasText: draftHasText,
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.api, this.person, this.#periodIsValid ? this.#currentPeriod : undefined] as const,
    task: async ([api, person, period], { signal }) => {
      if (!api || !person || !period) return initialState;
      return api.getCheckIn({ personId: person, period }, { signal });
    },
    onComplete: (context) => this.#adopt(context),
  });

  /** What other widgets write through the shared cache (a goal edited in the tree) reaches this check-in. */
  readonly #contextFeed = new QuerySubscription(this, 'getCheckIn', {
    cache: () => this.cache,
    query: () => (this.person && this.#periodIsValid ? { personId: this.person, period: this.#currentPeriod } : undefined),
    onChange: (context) => this.#refresh(context),
  });

  readonly #submission = new SubmissionController(this, {
    api: () => this.api,
    draft: () => this.draft,
    retryDelay: () => this.retryDelay,
    // Wait for a save in flight (it may assign the id) and save nothing more while submitting.
    beforeSubmit: () => this.#autosave.pause(),
    // The key is kept beside the device copy, so a reload after a lost answer reuses it.
    keyStore: this.#autosave.keyStore,
    onSubmitted: (checkIn) => void this.#submitted(checkIn),
    onSubmitFailed: (error) => {
      warnWriteFailed('pm-check-in', 'Submitting the check-in', error);
      void this.#submitFailed();
    },
    // Offline or a transient failure: the write waits on this device and is sent later, also after a reload.
    outbox: () => (this.api ? lazyOutboxFor(this.api, outboxScope(this.adapter ?? this.contextAdapter), { retryDelay: this.retryDelay }) : undefined),
    onReplied: (checkIn) => this.#replied(checkIn),
    onReplyFailed: (error) => {
      warnWriteFailed('pm-check-in', 'Sending the reply', error);
      void this.#focusAfterUpdate('#reply');
    },
  });

  /** What the form sections call back, created once so listeners stay the same between renders. */
  readonly #formHandlers: CheckInFormHandlers = {
    onMood: (event) => this.#onMood(event),
    onText: (event) => this.#onText(event),
    onGoalInput: (event) => this.#onGoalInput(event),
    onAnswer: (event) => this.#onAnswer(event),
    onToggleSection: (event) => this.#onToggleSection(event),
    onToggleNote: (event) => this.#onToggleNote(event),
  };

  readonly #replyHandlers: Pick<ReplyBoxState, 'onInput' | 'onSubmit'> = {
    onInput: (event) => this.#onReplyInput(event),
    onSubmit: (event) => void this.#onReply(event),
  };

  // ── queried nodes ──────────────────────────────────────────────────────────────────────
  @query('#focus') private focusField?: HTMLTextAreaElement | null;

  // ── state ──────────────────────────────────────────────────────────────────────────────
  /** What the person is editing. Undefined until loaded, and once submitted. */
  @state() private draft?: CheckInDraft;
  /** The loaded check-in once it is submitted (read-only view). */
  @state() private checkIn?: CheckIn;
  @state() private context?: CheckInContext;
  /** Field id → validation message, shown after a submit attempt. */
  @state() private errors = new Map<string, string>();
  /** Raw text of progress number inputs that are not a whole number 0–100, by goal id. */
  @state() private badProgress = new Map<string, string>();
  @state() private staleGoals = 0;
  @state() private restoredAt?: string;
  @state() private formDisabled = false;
  @state() private replyText = '';
  @state() private replyError?: string;
  @state() private collapsed = new Set<FormSection>();
  @state() private openNotes = new Set<string>();
  /** Where the person last typed: the save status shows beside it. */
  @state() private lastEdited?: FormSection;
  @state() private lastEditedGoal?: string;
  /** Why the last draft save failed, until one succeeds. */
  @state() private saveError?: unknown;
  /** Why the submitted check-in's view could not be loaded (offline), until Retry. */
  @state() private summaryError?: unknown;
  /** Why a part of the form (questions, key results) could not be loaded, until a Retry loads it. */
  @state() private partErrors = new Map<LazyPart<unknown>, unknown>();

  /** The parts of the form this element is fetching, so each is asked for once. */
  readonly #fetching = new Map<LazyPart<unknown>, Promise<unknown>>();
  /** What the first render of a loaded form waits for (see `scheduleUpdate`). */
  #partsWait?: Promise<unknown>;

  #validated = false;
  /** A draft the browser restored (form state) before the check-in loaded; taken into the next load. */
  #restoredFormState: CheckInDraft | undefined;

  get #currentPeriod(): string {
    return this.period ?? isoWeekOf(new Date());
  }

  get #periodIsValid(): boolean {
    try {
      mondayOfIsoWeek(this.#currentPeriod);
      return true;
    } catch {
      return false;
    }
  }

  get #text(): CheckInMessages {
    return localize(checkInMessages, this.resolvedLocale);
  }

  get #isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** True when the viewer is the person's manager (and not the person). */
  get #isManager(): boolean {
    const manager = this.context?.person?.managerId;
    return !!this.viewerId && !!manager && this.viewerId === manager && this.viewerId !== this.person;
  }

  // ── public properties ──────────────────────────────────────────────────────────────────
  /** The id of the person whose check-in this is. */
  @property({ reflect: true }) person?: string;

  /** The ISO week, e.g. `2026-W47`. Defaults to the current week. */
  @property({ reflect: true }) period?: string;

  /** The field name under which an outer form submits the check-in (as JSON). */
  @property({ reflect: true }) name = '';

  /** When set, an outer form is invalid (valueMissing) until the focus is written. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Makes every field read-only-disabled; also follows an outer disabled `<fieldset>`. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Milliseconds after the last change before the draft is saved to the backend. */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay = 800;

  /** First delay before retrying a failed save, submission or reply; doubles each time. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1000;

  /** The check-in as JSON (the draft being edited, or the submitted check-in); empty before loading. */
  get value(): string {
    const current = this.checkIn ?? this.draft;
    return current ? JSON.stringify(current) : '';
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────
  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  /**
   * A submitted check-in renders once its view's code is there (as a locale waits for its catalogue).
   * A form just loaded waits a moment for its questions' and key results' code, so they usually
   * paint with it; past that moment, their placeholders show until it comes.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const parts = this.#partsWait;
    this.#partsWait = undefined;
    if (parts) return parts.then(() => this.scheduleUpdate());
    if (!this.checkIn || summaryView.module || this.summaryError !== undefined) return super.scheduleUpdate();
    return summaryView.settle((error) => (this.summaryError = error)).then(() => super.scheduleUpdate());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Also for a context that changed since (a question added): those parts show when they come.
    this.#fetchParts();
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.checkIn && !summaryView.module && this.summaryError === undefined) {
      summaryView.load().then(() => this.requestUpdate(), (error: unknown) => { this.summaryError = error; });
    }
    if (changed.has('draft' as keyof PmCheckIn) || changed.has('checkIn' as keyof PmCheckIn) || changed.has('required')) {
      this.#syncFormValue();
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** An outer form's reset clears what the person wrote (and saves the cleared draft). */
  formResetCallback(): void {
    if (!this.draft || !this.context) return;
    this.draft = { ...blankDraft(this.context, this.person!, this.#currentPeriod), id: this.draft.id };
    this.badProgress = new Map();
    this.errors = new Map();
    this.#validated = false;
    this.#autosave.change();
  }

  /**
   * The browser gives back the form state it kept (`restore`: history navigation; `autocomplete`):
   * the draft as it was. It is taken when it is for this person and week and not older than the
   * server's copy; before the check-in has loaded, it waits for the load. Taken drafts are saved.
   */
  formStateRestoreCallback(state: string | File | FormData | null, _reason: 'restore' | 'autocomplete'): void {
    const restored = parseFormState(state);
    if (!restored) return;
    if (!this.context) this.#restoredFormState = restored;
    else if (this.draft) this.#takeFormState(restored);
  }

  // ── event handlers ─────────────────────────────────────────────────────────────────────
  #onMood(event: Event): void {
    const value = Number((event.target as HTMLInputElement).value) as Mood;
    this.#edit({ mood: value });
  }

  #onText(event: Event): void {
    const field = event.target as HTMLTextAreaElement;
    this.#edit({ [field.dataset['field'] as TextField]: field.value });
  }

  #onGoalInput(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const goalId = input.closest<HTMLElement>('[data-goal]')?.dataset['goal'];
    const kind = input.dataset['kind'];
    const update = this.draft?.goalUpdates.find((u) => u.goalId === goalId);
    if (!goalId || !kind || !update) return;
    if (kind === 'note') {
      this.#editGoal(goalId, { note: input.value });
    } else if (kind === 'confidence') {
      this.#editGoal(goalId, { confidence: Number(input.value) });
    } else {
      // A progress figure or a key result's value: taken when it is a number; else kept as typed, and marked.
      const keyResult = kind === 'key-result';
      const key = keyResult ? `${goalId}:${input.dataset['kr']}` : goalId;
      const goal = this.context?.goals.find((g) => g.id === goalId);
      const percent = parseProgressPercent(input.value);
      const patch = keyResult
        ? goal && keyResultsPart.module?.keyResultPatch(goal, update, input as HTMLInputElement)
        : percent === undefined ? undefined : { progress: percent / 100 };
      const bad = new Map(this.badProgress);
      if (patch) bad.delete(key);
      else if (kind !== 'progress') bad.set(key, input.value);
      this.badProgress = bad;
      if (patch) this.#editGoal(goalId, patch);
      else if (this.#validated) this.errors = this.#validate();
    }
  }

  #onAnswer(event: Event): void {
    const answers = this.draft && this.context && questionsPart.module?.answersAfterInput(this.context.questions, this.draft.answers, event.target as HTMLInputElement);
    if (answers) this.#edit({ answers });
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.draft || !this.#submission.canSubmit || this.#isDisabled) return;
    this.#validated = true;
    this.errors = this.#validate();
    if (this.errors.size > 0) {
      this.collapsed = new Set();
      await this.updateComplete;
      this.#focusFirstInvalid();
      return;
    }
    await this.#submission.submit();
  }

  #onToggleSection(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset['section'] as FormSection;
    const next = new Set(this.collapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.collapsed = next;
  }

  #onToggleNote(event: Event): void {
    const button = event.currentTarget as HTMLElement;
    const id = button.dataset['goalId']!;
    const next = new Set(this.openNotes);
    const open = next.has(id);
    if (open) next.delete(id);
    else next.add(id);
    this.openNotes = next;
    if (!open) void this.#focusAfterUpdate(`#${button.getAttribute('aria-controls')} textarea`);
  }

  #onReplyInput(event: Event): void {
    this.replyText = (event.target as HTMLTextAreaElement).value;
    if (this.replyError && !isBlank(this.replyText)) this.replyError = undefined;
  }

  async #onReply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.checkIn || this.#submission.replying) return;
    if (isBlank(this.replyText)) {
      this.replyError = this.#text.replyMissing;
      await this.#focusAfterUpdate('#reply');
      return;
    }
    this.#submission.reply(this.checkIn.id, this.replyText.trim());
  }

  #dismissRestored(): void {
    this.restoredAt = undefined;
  }

  // ── private logic ──────────────────────────────────────────────────────────────────────
  #edit(patch: Partial<CheckInDraft>): void {
    if (!this.draft) return;
    this.lastEdited = ('goalUpdates' in patch ? 'goals' : 'answers' in patch ? 'questions' : 'mood' in patch ? undefined : 'reflection');
    this.draft = { ...this.draft, ...patch };
    if (this.#validated) this.errors = this.#validate();
    this.#autosave.change();
  }

  #editGoal(goalId: string, patch: Partial<GoalUpdate>): void {
    if (!this.draft) return;
    this.lastEditedGoal = goalId;
    this.#edit({ goalUpdates: this.draft.goalUpdates.map((u) => (u.goalId === goalId ? { ...u, ...patch } : u)) });
  }

  async #saveDraft(draft: CheckInDraft): Promise<CheckIn> {
    const api = this.api;
    if (!api) throw new AdapterError('not-supported', 'No adapter is connected.', { retryable: false });
    const { updatedAt: _stale, ...rest } = draft;
    let saved: CheckIn;
    try {
      saved = await api.saveCheckInDraft(rest);
    } catch (error) {
      // Retries make a new error each time: tell the developer once per different message.
      if (developerMessage(error) !== developerMessage(this.saveError)) warnWriteFailed('pm-check-in', 'Saving the draft', error);
      this.saveError = error;
      throw error;
    }
    this.saveError = undefined;
    // Keep what was typed since; take only what the server owns.
    if (this.draft && this.draft.period === saved.period && this.draft.personId === saved.personId) {
      this.draft = { ...this.draft, id: saved.id, updatedAt: saved.updatedAt };
    }
    return saved;
  }

  async #submitted(checkIn: CheckIn): Promise<void> {
    this.#autosave.discard();
    this.checkIn = checkIn;
    this.draft = undefined;
    this.restoredAt = undefined;
    this.dispatchEvent(new PmCheckInSubmitEvent(checkIn));
    await this.#focusAfterUpdate('#summary-title');
  }

  async #submitFailed(): Promise<void> {
    // The draft is still on the device; let autosave carry on.
    this.#autosave.change();
    await this.#focusAfterUpdate('[part~="submit"]');
  }

  #replied(checkIn: CheckIn): void {
    this.replyText = '';
    this.checkIn = checkIn;
    this.dispatchEvent(new PmCheckInReplyEvent(checkIn));
  }

  /**
   * Starts fetching the parts of the form this check-in shows (a manager sees no form until it is
   * submitted); what is still on its way, each settling when it is here or has failed.
   */
  #fetchParts(): Promise<unknown>[] {
    const draft = this.draft;
    if (!draft || this.#isManager) return [];
    return [
      this.context?.questions.length ? this.#fetchPart(questionsPart) : undefined,
      this.#keyResultsRow(draft) >= 0 ? this.#fetchPart(keyResultsPart) : undefined,
    ].filter((p) => !!p);
  }

  /** Fetches a part of the form once; the form renders it when it is here, or shows why not. */
  #fetchPart(part: LazyPart<unknown>): Promise<unknown> | undefined {
    if (part.module || this.partErrors.has(part)) return undefined;
    let fetching = this.#fetching.get(part);
    if (!fetching) {
      fetching = part.load().then(
        () => this.requestUpdate(),
        (error: unknown) => this.#partFailed(part, error),
      ).finally(() => this.#fetching.delete(part));
      this.#fetching.set(part, fetching);
    }
    return fetching;
  }

  #partFailed(part: LazyPart<unknown>, error: unknown): void {
    this.partErrors = new Map(this.partErrors).set(part, error);
  }

  /**
   * Retry after a part of the form could not be loaded. The alert stays until the fetch settles (a
   * second failure keeps the focus on Retry); once the part is here, focus moves from Retry to its
   * first field, unless the person has gone elsewhere meanwhile.
   */
  async #retryPart(part: LazyPart<unknown>, firstField: string): Promise<void> {
    const retry = this.shadowRoot!.activeElement;
    try {
      await part.load();
    } catch (error) {
      this.#partFailed(part, error);
      return;
    }
    const errors = new Map(this.partErrors);
    errors.delete(part);
    this.partErrors = errors;
    const focus = this.shadowRoot!.activeElement;
    const moveFocus = !!retry?.matches('[part~="retry"]') && (focus === retry || focus === null);
    await this.updateComplete;
    if (moveFocus) this.renderRoot.querySelector<HTMLElement>(firstField)?.focus();
  }

  #retrySummary(): void {
    this.summaryError = undefined;
    void this.#focusAfterUpdate('#summary-title');
  }

  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Takes a freshly loaded context into the form: server draft, newer device draft or form state, or a blank one. */
  #adopt(context: CheckInContext): void {
    this.#autosave.reset();
    this.#submission.forgetSubmission();
    const identity = (c: CheckInContext | undefined) => c?.checkIn?.id ?? `${c?.person?.id}:${c?.checkIn?.period}`;
    if (this.context && identity(this.context) !== identity(context)) {
      // A reply half-written (or failed) for one person's check-in must not go to another's.
      this.#submission.forgetReply();
      this.replyText = '';
      this.replyError = undefined;
    }
    this.errors = new Map();
    this.badProgress = new Map();
    this.#validated = false;
    this.restoredAt = undefined;
    this.staleGoals = 0;
    this.lastEdited = undefined;
    this.lastEditedGoal = undefined;
    this.saveError = undefined;
    const formState = this.#restoredFormState;
    this.#restoredFormState = undefined;
    this.context = context;
    const server = context.checkIn;
    if (server?.status === 'submitted') {
      this.checkIn = server;
      this.draft = undefined;
      if (!this.#isManager) this.#autosave.clearDevice();
      return;
    }
    this.checkIn = undefined;
    const person = this.person!;
    const period = this.#currentPeriod;
    let base = server ? toDraft(server) : blankDraft(context, person, period);
    const device = this.#isManager ? undefined : this.#autosave.readDevice();
    let restored = false;
    if (device) {
      const sameWeek = device.value.personId === person && device.value.period === period;
      // Without the backend's updatedAt there is no telling which copy is newer: the server's wins.
      if (server && server.updatedAt === undefined) warnOnce('pm-check-in: the backend sent the check-in without updatedAt, so a newer draft kept on this device cannot be recognised; the backend\'s copy is shown.');
      const newer = !server || (server.updatedAt !== undefined && Date.parse(device.savedAt) > Date.parse(server.updatedAt));
      if (sameWeek && newer) {
        base = { ...blankDraft(context, person, period), ...device.value, id: server?.id ?? device.value.id, status: 'draft' };
        this.restoredAt = device.savedAt;
        restored = true;
      } else {
        this.#autosave.clearDevice();
      }
    }
    // A newer device copy wins; otherwise what the browser kept in the form, when the server has nothing newer.
    if (formState && !restored && !this.#isManager && formStateApplies(formState, person, period, server?.updatedAt)) {
      const candidate: CheckInDraft = { ...blankDraft(context, person, period), ...formState, id: server?.id ?? formState.id, status: 'draft' };
      if (!sameDraftContent(alignGoalUpdates(candidate, context).draft, alignGoalUpdates(base, context).draft)) {
        base = candidate;
        restored = true;
      }
    }
    const aligned = alignGoalUpdates(base, context);
    this.staleGoals = aligned.staleGoals;
    this.draft = aligned.draft;
    this.openNotes = new Set(aligned.draft.goalUpdates.filter((u) => !isBlank(u.note)).map((u) => u.goalId));
    const parts = this.#fetchParts();
    if (parts.length) this.#partsWait = Promise.race([Promise.all(parts), new Promise((resolve) => setTimeout(resolve, PART_WAIT_MS))]);
    // A restored draft was never confirmed by the server: push it.
    if (restored) this.#autosave.change();
  }

  /**
   * A newer copy of this check-in's context from the shared cache (a goal edited in the tree, a
   * submission's goal progress, a reply): the goals and the stored check-in are taken; what the person
   * typed is kept, and goal figures they had not changed follow the goals.
   */
  #refresh(context: CheckInContext): void {
    const before = this.context;
    if (!before || this.#loadTask.status !== TaskStatus.COMPLETE) return;
    const server = context.checkIn;
    if (server?.status === 'submitted' && !this.checkIn && !this.#submission.submitting) {
      // Submitted elsewhere (another tab or widget): show what was stored.
      this.#adopt(context);
      return;
    }
    this.context = context;
    if (this.checkIn && server?.id === this.checkIn.id) this.checkIn = server;
    if (this.draft) {
      const aligned = alignGoalUpdates(this.draft, context, before);
      if (!sameDraftContent(aligned.draft, this.draft)) {
        this.draft = aligned.draft;
        if (this.#validated) this.errors = this.#validate();
      }
    }
  }

  /** Form state restored into a loaded form (e.g. autocomplete): taken when it is not older than the draft. */
  #takeFormState(restored: CheckInDraft): void {
    const draft = this.draft;
    if (!draft || !this.context || this.#isManager) return;
    if (!formStateApplies(restored, draft.personId, draft.period, draft.updatedAt)) return;
    const next = alignGoalUpdates({ ...restored, id: draft.id ?? restored.id, updatedAt: draft.updatedAt, status: 'draft' }, this.context);
    if (sameDraftContent(next.draft, draft)) return;
    this.draft = next.draft;
    this.staleGoals = next.staleGoals;
    this.badProgress = new Map();
    if (this.#validated) this.errors = this.#validate();
    this.#autosave.change();
  }

  #validate(): Map<string, string> {
    return this.draft ? validateDraft(this.draft, this.context?.questions ?? [], this.badProgress, this.#text) : new Map();
  }

  #focusFirstInvalid(): void {
    // A required question whose fields could not be loaded: its Retry is where the person can act.
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], #questions-body [part~="retry"]');
    first?.focus();
  }

  #syncFormValue(): void {
    const value = this.value;
    // The state is what the browser gives back on history navigation: the draft, never a submitted check-in.
    this.#internals.setFormValue(value || null, this.checkIn ? null : value || null);
    const missing = this.required && !this.checkIn && isBlank(this.draft?.focus);
    if (missing) {
      this.#internals.setValidity({ valueMissing: true }, this.#text.focusMissing, this.focusField ?? undefined);
    } else {
      this.#internals.setValidity({});
    }
  }

  // ── public methods ─────────────────────────────────────────────────────────────────────
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  // ── render ─────────────────────────────────────────────────────────────────────────────
  override render(): unknown {
    const t = this.#text;
    if (!this.#periodIsValid) {
      return html`<div class="state" part="error" role="alert">
        <h2>${t.badPeriodTitle}</h2>
        <p>${t.badPeriod(this.#currentPeriod)}</p>
      </div>`;
    }
    return renderTaskStates(this.#loadTask, {
      initial: () => renderInitial(this.api ? t.noPerson : this.coreText.noAdapter),
      complete: () => this.#renderLoaded(t),
      errorTitle: t.loadErrorTitle,
      skeletonLines: 8,
      messages: this.coreText,
    });
  }

  #renderLoaded(t: CheckInMessages): unknown {
    const context = this.context;
    if (!context) return nothing;
    const name = context.person?.name ?? t.someone;
    if (this.checkIn) {
      const view = summaryView.module;
      if (!view) {
        return this.summaryError === undefined
          ? renderSkeleton(8, this.coreText)
          : renderError(this.summaryError, this.coreText, () => this.#retrySummary(), t.loadErrorTitle);
      }
      addPartStyles(this, view.checkInSummaryStyles);
      return html`${view.renderSummary({
        text: t,
        locale: this.resolvedLocale,
        context,
        checkIn: this.checkIn,
        isManager: this.#isManager,
        reply: {
          value: this.replyText,
          error: this.replyError,
          sending: this.#submission.replying,
          failed: this.#submission.replyFailed,
          failure: this.#submission.replyError,
          coreText: this.coreText,
          disabled: this.#isDisabled || this.#submission.replyQueued,
          ...this.#replyHandlers,
        },
      })}${renderOutboxNotice(this.coreText, { queued: this.#submission.replyQueued, ...this.#submission.outboxState })}`;
    }
    if (this.#isManager) {
      return html`${this.#renderHeader(t, t.theirCheckIn(name), false)}
        <p class="notice" part="notice">${t.notSubmittedYet(name)}</p>`;
    }
    return this.#renderForm(t, context);
  }

  #renderHeader(t: CheckInMessages, title: string, withStatus: boolean): TemplateResult {
    return html`<header part="header">
      <div>
        <h2 id="title">${title}</h2>
        <p class="period" id="period">${weekLabel(t, this.resolvedLocale, this.#currentPeriod)}</p>
      </div>
      ${withStatus && !this.lastEdited ? this.#renderStatus(t) : nothing}
    </header>`;
  }

  /** The autosave status (one polite live region), beside the section last edited. */
  #renderStatus(t: CheckInMessages): TemplateResult {
    const state = this.#autosave.state;
    const failing = this.saveError !== undefined && (state === 'failed' || state === 'retrying' || state === 'offline');
    return html`<div class="status-box">
      <p class="status" part="status" role="status" data-state=${state}>${saveStatusText(t, state)}</p>
      ${failing ? renderTechnicalDetails(this.saveError, this.coreText) : nothing}
    </div>`;
  }

  /** The index of the first goal row that asks for key results, or -1. */
  #keyResultsRow(draft: CheckInDraft): number {
    return draft.goalUpdates.findIndex((u) => asksKeyResults(this.context?.goals.find((g) => g.id === u.goalId)));
  }

  /**
   * A key-results goal's key results once their code is here. Until then a placeholder as tall as
   * a line per key result; if the code could not be loaded, one alert with Retry, in the first of
   * these goals (the goal's progress is still shown from its stored key results).
   */
  #renderKeyResults(form: CheckInFormState, goal: Goal, update: GoalUpdate, i: number): unknown {
    const chunk = keyResultsPart.module;
    if (chunk) {
      addPartStyles(this, chunk.checkInKeyResultsStyles);
      return chunk.renderKeyResults(form, goal, update, i);
    }
    const error = this.partErrors.get(keyResultsPart);
    if (error === undefined) {
      return html`<div class="key-results skeleton" part="skeleton" aria-hidden="true">${goal.keyResults.map(() => html`<div class="skeleton-line"></div>`)}</div>`;
    }
    return i === this.#keyResultsRow(form.draft)
      ? html`<div class="key-results">${renderError(error, this.coreText, () => void this.#retryPart(keyResultsPart, '[part~="key-results"] input'), form.text.keyResultsLoadFailed)}</div>`
      : nothing;
  }

  /** The questions once their code is here; until then a placeholder, or why it could not be loaded, with Retry. */
  #renderQuestions(form: CheckInFormState, on: CheckInFormHandlers): unknown {
    const chunk = questionsPart.module;
    if (chunk) {
      addPartStyles(this, chunk.checkInQuestionsStyles);
      return chunk.renderQuestions(form, on);
    }
    const error = this.partErrors.get(questionsPart);
    return error === undefined
      ? renderSkeleton(form.context.questions.length, this.coreText)
      : renderError(error, this.coreText, () => void this.#retryPart(questionsPart, '#questions-body [data-question]'), form.text.questionsLoadFailed);
  }

  #renderForm(t: CheckInMessages, context: CheckInContext): TemplateResult {
    const form: CheckInFormState = {
      text: t, locale: this.resolvedLocale, context, draft: this.draft!, errors: this.errors, badProgress: this.badProgress,
      collapsed: this.collapsed, openNotes: this.openNotes, statusIn: this.lastEdited, statusGoal: this.lastEditedGoal,
      status: this.#renderStatus(t),
      keyResults: (goal, update, i) => this.#renderKeyResults(form, goal, update, i),
    };
    const on = this.#formHandlers;
    const submitting = this.#submission.submitting;
    const queued = this.#submission.submitQueued;
    const submitError = this.#submission.submitError;
    return html`
      ${this.#renderHeader(t, t.title, true)}
      ${this.restoredAt
        ? html`<div class="notice" part="notice">
            <p>${t.restored(formatDate(this.resolvedLocale, this.restoredAt, { dateStyle: undefined, timeStyle: 'short' }))}</p>
            <button class="button" type="button" @click=${this.#dismissRestored}>${t.dismiss}</button>
          </div>`
        : nothing}
      ${this.staleGoals ? html`<p class="notice" part="notice">${t.staleGoals(this.staleGoals)}</p>` : nothing}
      <form part="form" novalidate aria-labelledby="title period" @submit=${this.#onSubmit} aria-busy=${submitting ? 'true' : 'false'}>
        <fieldset class="frame" ?disabled=${this.#isDisabled || queued}>
          ${renderMood(form, on)}
          ${renderGoals(form, on)}
          ${renderReflection(form, on)}
          ${context.questions.length
            ? renderSection(form, on, 'questions', t.questionsHeading, this.#renderQuestions(form, on), context.questions.length)
            : nothing}
          <div class="actions">
            <button class="button primary" part="submit" type="submit" ?disabled=${queued} aria-disabled=${submitting ? 'true' : 'false'}>
              ${submitting ? t.submitting : t.submit}
            </button>
            ${this.errors.size ? html`<p class="error-count">${t.errorSummary(this.errors.size)}</p>` : nothing}
          </div>
          ${renderOutboxNotice(this.coreText, { queued, ...this.#submission.outboxState })}
          ${submitError !== undefined
            ? html`<div class="submit-error" part="submit-error" role="alert">
                <p>${t.submitFailed}</p>
                ${AdapterError.is(submitError) ? html`<p>${errorText(this.coreText, submitError.code)}</p>` : nothing}
                ${renderTechnicalDetails(submitError, this.coreText)}
              </div>`
            : nothing}
        </fieldset>
      </form>
    `;
  }
}
