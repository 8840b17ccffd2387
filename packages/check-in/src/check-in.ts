import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  AdapterError, PmWidgetElement, dateFormat, errorText, formatDate, isoWeekOf, localize, mondayOfIsoWeek,
  numberFormat, renderInitial, renderTaskStates, statesStyles,
  type Answer, type CheckIn, type CheckInContext, type CheckInDraft, type Goal, type GoalUpdate, type Question,
} from '@pm-widgets/core';
import { AutosaveController } from './autosave-controller.js';
import { checkInStyles } from './check-in.styles.js';
import { PmCheckInReplyEvent, PmCheckInSaveEvent, PmCheckInSubmitEvent } from './events.js';
import { checkInMessages, type CheckInMessages } from './messages.js';
import {
  CONFIDENCE_MAX, CONFIDENCE_MIN, INACTIVE_GOAL_STATUSES, MOODS, RATING_SCALE, type Mood, type SaveState,
} from './types.js';

/** Confidence a goal starts with when there is no earlier answer. */
const DEFAULT_CONFIDENCE = 5;
/** Automatic retries of a submission or reply after a retryable error. */
const MAX_RETRIES = 3;

type TextKey = 'wins' | 'blockers' | 'focus' | 'focusReview' | 'needs';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const isBlank = (value: string | undefined) => !value || value.trim() === '';
const answered = (answer: Answer | undefined) =>
  answer !== undefined && answer !== '' && !(Array.isArray(answer) && answer.length === 0) &&
  !(typeof answer === 'string' && answer.trim() === '');

/** A check-in as the form edits it: the draft fields only, nothing the server owns. */
function toDraft(checkIn: CheckIn): CheckInDraft {
  const { id, personId, period, mood, goalUpdates, wins, blockers, focus, focusReview, needs, answers, updatedAt } = checkIn;
  return { id, personId, period, status: 'draft', mood, goalUpdates, wins, blockers, focus, focusReview, needs, answers, updatedAt };
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
 * @csspart section - Each section of the form (mood, goals, reflection, questions).
 * @csspart mood - The mood radio group.
 * @csspart mood-option - One mood choice.
 * @csspart goals - The list of goal updates.
 * @csspart goal - One goal's progress, confidence and note.
 * @csspart delta - The change in progress since the last check-in.
 * @csspart focus - The focus field, beside last period's focus.
 * @csspart last-focus - Last period's focus and the "how did it go?" field.
 * @csspart question - One custom question.
 * @csspart error-message - A validation message under its field.
 * @csspart submit - The submit button.
 * @csspart submit-error - The alert shown when a submission failed.
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
  private readonly internals: ElementInternals;

  private readonly autosave = new AutosaveController<CheckInDraft>(this, {
    value: () => this.draft,
    save: (draft) => this.saveDraft(draft),
    storageKey: () => (this.person && this.periodIsValid ? `pm-check-in:draft:${this.person}:${this.currentPeriod}` : undefined),
    delay: () => this.autosaveDelay,
    retryDelay: () => this.retryDelay,
    onSaved: (result) => this.dispatchEvent(new PmCheckInSaveEvent(result as CheckIn)),
    hasText: (draft) =>
      [draft.wins, draft.blockers, draft.focus, draft.focusReview, draft.needs].some((t) => !isBlank(t)) ||
      draft.goalUpdates.some((u) => !isBlank(u.note)) ||
      Object.values(draft.answers).some((a) => typeof a === 'string' && !isBlank(a)),
  });

  private readonly loadTask = new Task(this, {
    args: () => [this.api, this.person, this.periodIsValid ? this.currentPeriod : undefined] as const,
    task: async ([api, person, period], { signal }) => {
      if (!api || !person || !period) return initialState;
      return api.getCheckIn({ personId: person, period }, { signal });
    },
    onComplete: (context) => this.adopt(context),
  });

  private readonly submitTask = new Task(this, {
    autoRun: false,
    args: (): [CheckInDraft | undefined, string] => [undefined, ''],
    task: async ([draft, idempotencyKey]) => {
      const api = this.api;
      if (!api || !draft) return initialState;
      const { updatedAt: _stale, ...rest } = draft;
      return this.withRetries(() => api.submitCheckIn({ ...rest, status: 'submitted' }, { idempotencyKey }));
    },
    onComplete: (checkIn) => void this.submitted$(checkIn),
    onError: () => void this.focusAfterFailure('submit'),
  });

  private readonly replyTask = new Task(this, {
    autoRun: false,
    args: (): [string, string, string] => ['', '', ''],
    task: async ([checkInId, body, idempotencyKey]) => {
      const api = this.api;
      if (!api || !checkInId) return initialState;
      return this.withRetries(() => api.replyToCheckIn({ checkInId, body }, { idempotencyKey }));
    },
    onComplete: (checkIn) => {
      this.replyKey = undefined;
      this.replyText = '';
      this.checkIn = checkIn;
      this.dispatchEvent(new PmCheckInReplyEvent(checkIn));
    },
    onError: () => void this.focusAfterFailure('reply'),
  });

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

  private submitKey: string | undefined;
  private replyKey: string | undefined;
  private validated = false;
  /** Set between the submit click and the task starting, so a double click cannot send twice. */
  private submitStarting = false;

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

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  // ── form-associated API ────────────────────────────────────────────────────────────────
  /** The check-in as JSON (the draft being edited, or the submitted check-in); empty before loading. */
  get value(): string {
    const current = this.checkIn ?? this.draft;
    return current ? JSON.stringify(current) : '';
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** An outer form's reset clears what the person wrote (and saves the cleared draft). */
  formResetCallback(): void {
    if (!this.draft || !this.context) return;
    this.draft = { ...this.blankDraft(this.context), id: this.draft.id };
    this.badProgress = new Map();
    this.errors = new Map();
    this.validated = false;
    this.autosave.change();
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────
  private get currentPeriod(): string {
    return this.period ?? isoWeekOf(new Date());
  }

  private get periodIsValid(): boolean {
    try {
      mondayOfIsoWeek(this.currentPeriod);
      return true;
    } catch {
      return false;
    }
  }

  private get text(): CheckInMessages {
    return localize(checkInMessages, this.resolvedLocale);
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** True when the viewer is the person's manager (and not the person). */
  private get isManager(): boolean {
    const manager = this.context?.person?.managerId;
    return !!this.viewerId && !!manager && this.viewerId === manager && this.viewerId !== this.person;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('draft' as keyof PmCheckIn) || changed.has('checkIn' as keyof PmCheckIn) || changed.has('required')) {
      this.syncFormValue();
    }
  }

  // ── event handlers ─────────────────────────────────────────────────────────────────────
  private onMood(event: Event): void {
    const value = Number((event.target as HTMLInputElement).value) as Mood;
    this.edit({ mood: value });
  }

  private onText(event: Event): void {
    const field = event.target as HTMLTextAreaElement;
    this.edit({ [field.dataset['field'] as TextKey]: field.value });
  }

  private onGoalInput(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const goalId = input.closest<HTMLElement>('[data-goal]')?.dataset['goal'];
    const kind = input.dataset['kind'];
    if (!goalId || !kind || !this.draft) return;
    if (kind === 'note') {
      this.editGoal(goalId, { note: input.value });
    } else if (kind === 'confidence') {
      this.editGoal(goalId, { confidence: Number(input.value) });
    } else {
      const raw = input.value.trim();
      const percent = Number(raw);
      const valid = raw !== '' && Number.isInteger(percent) && percent >= 0 && percent <= 100;
      const bad = new Map(this.badProgress);
      if (valid) bad.delete(goalId);
      else if (kind === 'progress-number') bad.set(goalId, input.value);
      this.badProgress = bad;
      if (valid) this.editGoal(goalId, { progress: percent / 100 });
      else if (this.validated) this.errors = this.validate();
    }
  }

  private onAnswer(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLTextAreaElement;
    const id = input.dataset['question'];
    const question = this.context?.questions.find((q) => q.id === id);
    if (!question || !this.draft) return;
    let answer: Answer;
    if (question.kind === 'text') answer = input.value;
    else if (question.kind === 'rating') answer = input.value === 'na' ? null : Number(input.value);
    else if (question.multiple) {
      const current = this.draft.answers[question.id];
      const chosen = new Set(Array.isArray(current) ? current : []);
      if ((input as HTMLInputElement).checked) chosen.add(input.value);
      else chosen.delete(input.value);
      answer = (question.options ?? []).filter((o) => chosen.has(o));
    } else answer = input.value;
    this.edit({ answers: { ...this.draft.answers, [question.id]: answer } });
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.draft || this.submitStarting || this.submitTask.status === TaskStatus.PENDING || this.isDisabled) return;
    this.validated = true;
    this.errors = this.validate();
    if (this.errors.size > 0) {
      await this.updateComplete;
      this.focusFirstInvalid();
      return;
    }
    // One key for this series of attempts: a retry after a lost answer is recognised, never stored twice.
    this.submitKey ??= crypto.randomUUID();
    this.submitStarting = true;
    try {
      await this.autosave.pause();
      void this.submitTask.run([this.draft, this.submitKey]);
    } finally {
      this.submitStarting = false;
    }
  }

  private onReplyInput(event: Event): void {
    this.replyText = (event.target as HTMLTextAreaElement).value;
    if (this.replyError && !isBlank(this.replyText)) this.replyError = undefined;
  }

  private async onReply(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.checkIn || this.replyTask.status === TaskStatus.PENDING) return;
    if (isBlank(this.replyText)) {
      this.replyError = this.text.replyMissing;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#reply')?.focus();
      return;
    }
    this.replyKey ??= crypto.randomUUID();
    void this.replyTask.run([this.checkIn.id, this.replyText.trim(), this.replyKey]);
  }

  private dismissRestored(): void {
    this.restoredAt = undefined;
  }

  // ── private logic ──────────────────────────────────────────────────────────────────────
  private edit(patch: Partial<CheckInDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...patch };
    if (this.validated) this.errors = this.validate();
    this.autosave.change();
  }

  private editGoal(goalId: string, patch: Partial<GoalUpdate>): void {
    if (!this.draft) return;
    this.edit({ goalUpdates: this.draft.goalUpdates.map((u) => (u.goalId === goalId ? { ...u, ...patch } : u)) });
  }

  private async saveDraft(draft: CheckInDraft): Promise<CheckIn> {
    const api = this.api;
    if (!api) throw new AdapterError('not-supported', 'No adapter is connected.', { retryable: false });
    const { updatedAt: _stale, ...rest } = draft;
    const saved = await api.saveCheckInDraft(rest);
    // Keep what was typed since; take only what the server owns.
    if (this.draft && this.draft.period === saved.period && this.draft.personId === saved.personId) {
      this.draft = { ...this.draft, id: saved.id, updatedAt: saved.updatedAt };
    }
    return saved;
  }

  private async withRetries<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (!AdapterError.is(error) || !error.retryable || attempt >= MAX_RETRIES) throw error;
        await sleep(this.retryDelay * 2 ** attempt);
      }
    }
  }

  private async submitted$(checkIn: CheckIn | typeof initialState): Promise<void> {
    if (checkIn === initialState) return;
    this.submitKey = undefined;
    this.autosave.discard();
    this.checkIn = checkIn;
    this.draft = undefined;
    this.restoredAt = undefined;
    this.dispatchEvent(new PmCheckInSubmitEvent(checkIn));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#summary-title')?.focus();
  }

  private async focusAfterFailure(which: 'submit' | 'reply'): Promise<void> {
    if (which === 'submit') {
      // The draft is still on the device; let autosave carry on.
      this.autosave.change();
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(which === 'submit' ? '[part~="submit"]' : '#reply')?.focus();
  }

  /** Takes a freshly loaded context into the form: server draft, newer device draft, or a blank one. */
  private adopt(context: CheckInContext | typeof initialState): void {
    this.autosave.reset();
    this.errors = new Map();
    this.badProgress = new Map();
    this.validated = false;
    this.restoredAt = undefined;
    this.staleGoals = 0;
    this.submitKey = undefined;
    if (context === initialState) {
      this.context = undefined;
      this.draft = undefined;
      this.checkIn = undefined;
      return;
    }
    this.context = context;
    const server = context.checkIn;
    if (server?.status === 'submitted') {
      this.checkIn = server;
      this.draft = undefined;
      if (!this.isManager) this.autosave.clearDevice();
      return;
    }
    this.checkIn = undefined;
    let base = server ? toDraft(server) : this.blankDraft(context);
    const device = this.isManager ? undefined : this.autosave.readDevice();
    let restored = false;
    if (device) {
      const sameWeek = device.value.personId === this.person && device.value.period === this.currentPeriod;
      const newer = !server || Date.parse(device.savedAt) > Date.parse(server.updatedAt);
      if (sameWeek && newer) {
        base = { ...this.blankDraft(context), ...device.value, id: server?.id ?? device.value.id, status: 'draft' };
        this.restoredAt = device.savedAt;
        restored = true;
      } else {
        this.autosave.clearDevice();
      }
    }
    const active = this.activeGoals(context);
    const ids = new Set(active.map((g) => g.id));
    this.staleGoals = base.goalUpdates.filter((u) => !ids.has(u.goalId)).length;
    const own = new Map(base.goalUpdates.map((u) => [u.goalId, u]));
    const defaults = new Map(this.defaultGoalUpdates(context).map((u) => [u.goalId, u]));
    base.goalUpdates = active.map((g) => own.get(g.id) ?? defaults.get(g.id)!);
    this.draft = base;
    // A restored draft was never confirmed by the server: push it.
    if (restored) this.autosave.change();
  }

  private activeGoals(context: CheckInContext): Goal[] {
    return context.goals.filter((g) => !(INACTIVE_GOAL_STATUSES as readonly string[]).includes(g.status));
  }

  private defaultGoalUpdates(context: CheckInContext): GoalUpdate[] {
    const previous = new Map(context.previous?.goalUpdates.map((u) => [u.goalId, u]));
    return this.activeGoals(context).map((g) => ({
      goalId: g.id,
      progress: g.progress,
      confidence: previous.get(g.id)?.confidence ?? DEFAULT_CONFIDENCE,
    }));
  }

  private blankDraft(context: CheckInContext): CheckInDraft {
    return {
      personId: this.person!,
      period: this.currentPeriod,
      status: 'draft',
      goalUpdates: this.defaultGoalUpdates(context),
      wins: '',
      blockers: '',
      focus: '',
      focusReview: '',
      needs: '',
      answers: {},
    };
  }

  /** Field id → message for everything that stops a submission. */
  private validate(): Map<string, string> {
    const errors = new Map<string, string>();
    const draft = this.draft;
    if (!draft) return errors;
    draft.goalUpdates.forEach((u, i) => {
      if (this.badProgress.has(u.goalId)) errors.set(`goal-${i}-progress-number`, this.text.progressInvalid);
    });
    if (isBlank(draft.focus)) errors.set('focus', this.text.focusMissing);
    this.context?.questions.forEach((q, i) => {
      if (q.required && !answered(draft.answers[q.id]) && !(q.allowNA && draft.answers[q.id] === null)) {
        errors.set(`q-${i}`, this.text.answerMissing);
      }
    });
    return errors;
  }

  private focusFirstInvalid(): void {
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }

  private syncFormValue(): void {
    const value = this.value;
    this.internals.setFormValue(value || null);
    const missing = this.required && !this.checkIn && isBlank(this.draft?.focus);
    if (missing) {
      this.internals.setValidity({ valueMissing: true }, this.text.focusMissing, this.focusField ?? undefined);
    } else {
      this.internals.setValidity({});
    }
  }

  private periodLabel(period: string): string {
    const monday = mondayOfIsoWeek(period);
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    const range = dateFormat(this.resolvedLocale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).formatRange(monday, sunday);
    const [year, week] = period.split('-W').map(Number) as [number, number];
    return this.text.weekLabel(week, year, range);
  }

  private moodLabel(mood: number): string {
    const t = this.text;
    return [t.mood1, t.mood2, t.mood3, t.mood4, t.mood5][mood - 1] ?? String(mood);
  }

  private statusText(state: SaveState): string {
    const t = this.text;
    switch (state) {
      case 'idle': return '';
      case 'saving': return t.statusSaving;
      case 'saved': return t.statusSaved;
      case 'offline': return t.statusOffline;
      case 'retrying': return t.statusRetrying;
      case 'failed': return t.statusFailed;
    }
  }

  private describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
    const list = ids.filter(Boolean).join(' ');
    return list || nothing;
  }

  // ── render ─────────────────────────────────────────────────────────────────────────────
  override render(): unknown {
    const t = this.text;
    if (!this.periodIsValid) {
      return html`<div class="state" part="error" role="alert">
        <h2>${t.badPeriodTitle}</h2>
        <p>${t.badPeriod(this.currentPeriod)}</p>
      </div>`;
    }
    return renderTaskStates(this.loadTask, {
      initial: () => renderInitial(this.api ? t.noPerson : this.coreText.noAdapter),
      complete: () => this.renderLoaded(),
      errorTitle: t.loadErrorTitle,
      skeletonLines: 8,
      messages: this.coreText,
    });
  }

  private renderLoaded(): unknown {
    const context = this.context;
    if (!context) return nothing;
    const name = context.person?.name ?? this.text.someone;
    if (this.checkIn) return this.renderSummary(context, this.checkIn);
    if (this.isManager) {
      return html`${this.renderHeader(this.text.theirCheckIn(name), false)}
        <p class="notice" part="notice">${this.text.notSubmittedYet(name)}</p>`;
    }
    return this.renderForm(context);
  }

  private renderHeader(title: string, withStatus: boolean): TemplateResult {
    return html`<header part="header">
      <div>
        <h2 id="title">${title}</h2>
        <p class="period">${this.periodLabel(this.currentPeriod)}</p>
      </div>
      ${withStatus
        ? html`<p class="status" part="status" role="status" data-state=${this.autosave.state}>${this.statusText(this.autosave.state)}</p>`
        : nothing}
    </header>`;
  }

  private renderForm(context: CheckInContext): TemplateResult {
    const t = this.text;
    const draft = this.draft!;
    const submitting = this.submitTask.status === TaskStatus.PENDING;
    const submitError = this.submitTask.status === TaskStatus.ERROR ? this.submitTask.error : undefined;
    return html`
      ${this.renderHeader(t.title, true)}
      ${this.restoredAt
        ? html`<div class="notice" part="notice">
            <p>${t.restored(formatDate(this.resolvedLocale, this.restoredAt, { dateStyle: undefined, timeStyle: 'short' }))}</p>
            <button class="button" type="button" @click=${this.dismissRestored}>${t.dismiss}</button>
          </div>`
        : nothing}
      ${this.staleGoals ? html`<p class="notice" part="notice">${t.staleGoals(this.staleGoals)}</p>` : nothing}
      <form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmit} aria-busy=${submitting ? 'true' : 'false'}>
        <fieldset class="frame" ?disabled=${this.isDisabled}>
          ${this.renderMood(draft)}
          ${this.renderGoals(context, draft)}
          ${this.renderReflection(context, draft)}
          ${context.questions.length ? this.renderQuestions(context.questions, draft) : nothing}
          <div class="actions">
            <button class="button primary" part="submit" type="submit" aria-disabled=${submitting ? 'true' : 'false'}>
              ${submitting ? t.submitting : t.submit}
            </button>
            ${this.errors.size ? html`<p class="error-count">${t.errorSummary(this.errors.size)}</p>` : nothing}
          </div>
          ${submitError !== undefined
            ? html`<div class="submit-error" part="submit-error" role="alert">
                <p>${t.submitFailed}</p>
                ${AdapterError.is(submitError) ? html`<p>${errorText(this.coreText, submitError.code)}</p>` : nothing}
              </div>`
            : nothing}
        </fieldset>
      </form>
    `;
  }

  private renderMood(draft: CheckInDraft): TemplateResult {
    return html`<div class="section" part="section">
      <fieldset class="mood" part="mood" role="radiogroup" aria-labelledby="mood-legend">
        <legend id="mood-legend">${this.text.moodLegend}</legend>
        <div class="chips">
          ${MOODS.map((mood) => html`<label class="chip" part="mood-option">
            <input type="radio" name="mood" .value=${String(mood)} .checked=${live(draft.mood === mood)} @change=${this.onMood} />
            <span class="chip-face"><span class="chip-number" aria-hidden="true">${mood}</span> ${this.moodLabel(mood)}</span>
          </label>`)}
        </div>
      </fieldset>
    </div>`;
  }

  private renderGoals(context: CheckInContext, draft: CheckInDraft): TemplateResult {
    const t = this.text;
    const goals = new Map(context.goals.map((g) => [g.id, g]));
    const previous = new Map(context.previous?.goalUpdates.map((u) => [u.goalId, u]));
    return html`<section class="section" part="section" aria-labelledby="goals-title">
      <h3 id="goals-title">${t.goalsHeading}</h3>
      ${draft.goalUpdates.length ? html`<p class="help goals-help" id="confidence-hint">${t.confidence}: ${t.confidenceHint}</p>` : nothing}
      ${draft.goalUpdates.length === 0
        ? html`<p class="empty" part="empty">${t.goalsEmpty}</p>`
        : html`<ol class="goals" part="goals" @input=${this.onGoalInput}>
            ${draft.goalUpdates.map((u, i) => this.renderGoal(goals.get(u.goalId)!, u, previous.get(u.goalId), i))}
          </ol>`}
    </section>`;
  }

  private renderGoal(goal: Goal, update: GoalUpdate, previous: GoalUpdate | undefined, i: number): TemplateResult {
    const t = this.text;
    const locale = this.resolvedLocale;
    const percent = Math.round(update.progress * 100);
    const bad = this.badProgress.get(goal.id);
    const numberId = `goal-${i}-progress-number`;
    const error = this.errors.get(numberId);
    let delta: string;
    let trend = 'flat';
    if (!previous) delta = t.changeFirst;
    else {
      const points = percent - Math.round(previous.progress * 100);
      trend = points > 0 ? 'up' : points < 0 ? 'down' : 'flat';
      const formatted = numberFormat(locale).format(Math.abs(points));
      delta = points > 0 ? t.changeUp(formatted) : points < 0 ? t.changeDown(formatted) : t.changeNone;
    }
    return html`<li class="goal" part="goal" data-goal=${goal.id}>
      <h4 id="goal-${i}-title">${goal.title}</h4>
      <div class="goal-grid">
        <div class="row">
          <label for="goal-${i}-progress">${t.progress}<span class="visually-hidden"> ${goal.title}</span></label>
          <input id="goal-${i}-progress" type="range" min="0" max="100" step="1" data-kind="progress"
            .value=${live(String(percent))} aria-describedby="goal-${i}-delta" />
          <span class="number">
            <input id=${numberId} type="number" inputmode="numeric" min="0" max="100" step="1" data-kind="progress-number"
              aria-label=${t.progressNumberFor(goal.title)} .value=${live(bad ?? String(percent))}
              aria-invalid=${error ? 'true' : 'false'} aria-describedby=${this.describedBy(error && `${numberId}-error`, `goal-${i}-delta`)} />
            <span aria-hidden="true">${t.percent}</span>
          </span>
          <span class="delta" part="delta" id="goal-${i}-delta" data-trend=${trend}>${delta}</span>
        </div>
        ${error ? html`<p class="error" part="error-message" id="${numberId}-error">${error}</p>` : nothing}
        <div class="row">
          <label for="goal-${i}-confidence">${t.confidence}<span class="visually-hidden"> ${goal.title}</span></label>
          <input id="goal-${i}-confidence" type="range" min=${CONFIDENCE_MIN} max=${CONFIDENCE_MAX} step="1" data-kind="confidence"
            .value=${live(String(update.confidence))} aria-describedby="confidence-hint" />
          <output for="goal-${i}-confidence" class="confidence-value">${update.confidence}</output>
        </div>
        <div class="note">
          <label for="goal-${i}-note">${t.note}<span class="visually-hidden"> ${goal.title}</span></label>
          <textarea id="goal-${i}-note" rows="1" data-kind="note" .value=${live(update.note ?? '')}></textarea>
        </div>
      </div>
    </li>`;
  }

  private renderReflection(context: CheckInContext, draft: CheckInDraft): TemplateResult {
    const t = this.text;
    const focusError = this.errors.get('focus');
    const lastFocus = context.previous?.focus;
    return html`<section class="section" part="section" aria-labelledby="reflection-title">
      <h3 id="reflection-title" class="visually-hidden">${t.wins}, ${t.blockers}, ${t.focus}</h3>
      ${this.renderTextArea('wins', t.wins, t.winsHelp, draft.wins)}
      ${this.renderTextArea('blockers', t.blockers, t.blockersHelp, draft.blockers)}
      <div class="focus-pair">
        <div class="last-focus" part="last-focus">
          <h4>${t.lastFocus}</h4>
          ${isBlank(lastFocus)
            ? html`<p class="muted">${t.noLastFocus}</p>`
            : html`<blockquote>${lastFocus}</blockquote>
                ${this.renderTextArea('focusReview', t.focusReview, undefined, draft.focusReview ?? '')}`}
        </div>
        <div class="field" part="focus">
          <label for="focus">${t.focus} <span class="required">(${t.required})</span></label>
          <p class="help" id="focus-help">${t.focusHelp}</p>
          <textarea id="focus" rows="3" required data-field="focus" .value=${live(draft.focus)} @input=${this.onText}
            aria-invalid=${focusError ? 'true' : 'false'}
            aria-describedby=${this.describedBy('focus-help', focusError && 'focus-error')}></textarea>
          ${focusError ? html`<p class="error" part="error-message" id="focus-error">${focusError}</p>` : nothing}
        </div>
      </div>
      ${this.renderTextArea('needs', t.needs, undefined, draft.needs ?? '')}
    </section>`;
  }

  private renderTextArea(field: TextKey, label: string, help: string | undefined, value: string): TemplateResult {
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${help ? html`<p class="help" id="${field}-help">${help}</p>` : nothing}
      <textarea id=${field} rows="3" data-field=${field} .value=${live(value)} @input=${this.onText}
        aria-describedby=${help ? `${field}-help` : nothing}></textarea>
    </div>`;
  }

  private renderQuestions(questions: Question[], draft: CheckInDraft): TemplateResult {
    return html`<section class="section" part="section" aria-labelledby="questions-title">
      <h3 id="questions-title">${this.text.questionsHeading}</h3>
      ${questions.map((q, i) => this.renderQuestion(q, i, draft.answers[q.id]))}
    </section>`;
  }

  private renderQuestion(q: Question, i: number, answer: Answer | undefined): TemplateResult {
    const t = this.text;
    const id = `q-${i}`;
    const error = this.errors.get(id);
    const invalid = error ? 'true' : 'false';
    const describedBy = this.describedBy(q.help && `${id}-help`, error && `${id}-error`);
    const label = html`${q.text}${q.required ? html` <span class="required">(${t.required})</span>` : nothing}`;
    const help = q.help ? html`<p class="help" id="${id}-help">${q.help}</p>` : nothing;
    const message = error ? html`<p class="error" part="error-message" id="${id}-error">${error}</p>` : nothing;
    if (q.kind === 'text') {
      return html`<div class="field" part="question">
        <label for=${id}>${label}</label>${help}
        <textarea id=${id} rows="2" data-question=${q.id} ?required=${q.required} .value=${live(typeof answer === 'string' ? answer : '')}
          @input=${this.onAnswer} aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>
        ${message}
      </div>`;
    }
    const multiple = q.kind === 'choice' && !!q.multiple;
    const options: { value: string; label: string; checked: boolean }[] =
      q.kind === 'rating'
        ? [
            ...RATING_SCALE.map((n) => ({ value: String(n), label: String(n), checked: answer === n })),
            ...(q.allowNA ? [{ value: 'na', label: t.notApplicable, checked: answer === null }] : []),
          ]
        : (q.options ?? []).map((o) => ({
            value: o,
            label: o,
            checked: Array.isArray(answer) ? answer.includes(o) : answer === o,
          }));
    return html`<fieldset class="field question" part="question" role=${multiple ? 'group' : 'radiogroup'}
      aria-labelledby="${id}-legend" aria-required=${!multiple && q.required ? 'true' : nothing} aria-describedby=${describedBy}>
      <legend id="${id}-legend">${label}</legend>${help}
      <div class="chips">
        ${options.map((o, n) => html`<label class="chip">
          <input type=${multiple ? 'checkbox' : 'radio'} name=${id} id=${n === 0 ? id : nothing} .value=${o.value}
            .checked=${live(o.checked)} data-question=${q.id} @change=${this.onAnswer} aria-invalid=${invalid} />
          <span class="chip-face">${o.label}</span>
        </label>`)}
      </div>
      ${message}
    </fieldset>`;
  }

  private renderSummary(context: CheckInContext, checkIn: CheckIn): TemplateResult {
    const t = this.text;
    const locale = this.resolvedLocale;
    const goals = new Map(context.goals.map((g) => [g.id, g]));
    const name = context.person?.name ?? t.someone;
    const textOrNone = (value: string | undefined) =>
      isBlank(value) ? html`<p class="muted">${t.nothingWritten}</p>` : html`<p class="prose">${value}</p>`;
    const answerText = (q: Question, a: Answer | undefined) =>
      a === undefined || a === '' || (Array.isArray(a) && !a.length) ? t.nothingWritten
        : a === null ? t.notApplicable
        : Array.isArray(a) ? a.join(', ')
        : String(a);
    return html`<article class="summary" part="summary" aria-labelledby="summary-title">
      <header part="header">
        <div>
          <h2 id="summary-title" tabindex="-1">${this.isManager ? t.theirCheckIn(name) : t.submittedHeading}</h2>
          <p class="period">${this.periodLabel(checkIn.period)}${checkIn.submittedAt
            ? html` · ${t.submittedOn(formatDate(locale, checkIn.submittedAt))}` : nothing}</p>
        </div>
      </header>
      <dl>
        <div class="pair"><dt>${t.moodLegend}</dt><dd>${checkIn.mood ? t.moodValue(this.moodLabel(checkIn.mood), checkIn.mood) : t.nothingWritten}</dd></div>
      </dl>
      ${checkIn.goalUpdates.length
        ? html`<h3>${t.goalsHeading}</h3>
          <ul class="goal-summary">
            ${checkIn.goalUpdates.map((u) => html`<li>
              <span class="goal-title">${goals.get(u.goalId)?.title ?? t.goalGone}</span>
              <span class="goal-figures">${numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(u.progress)},
                ${t.confidenceValue(u.confidence)}</span>
              ${isBlank(u.note) ? nothing : html`<p class="prose">${u.note}</p>`}
            </li>`)}
          </ul>`
        : nothing}
      <h3>${t.wins}</h3>${textOrNone(checkIn.wins)}
      <h3>${t.blockers}</h3>${textOrNone(checkIn.blockers)}
      ${isBlank(context.previous?.focus)
        ? nothing
        : html`<h3>${t.lastFocus}</h3><blockquote>${context.previous!.focus}</blockquote>
          <h4>${t.focusReview}</h4>${textOrNone(checkIn.focusReview)}`}
      <h3>${t.focus}</h3>${textOrNone(checkIn.focus)}
      <h3>${t.needs}</h3>${textOrNone(checkIn.needs)}
      ${context.questions.length
        ? html`<h3>${t.questionsHeading}</h3>
          <dl>${context.questions.map((q) => html`<div class="pair"><dt>${q.text}</dt><dd>${answerText(q, checkIn.answers[q.id])}</dd></div>`)}</dl>`
        : nothing}
      ${this.renderReply(checkIn)}
    </article>`;
  }

  private renderReply(checkIn: CheckIn): unknown {
    const t = this.text;
    if (checkIn.managerReply) {
      return html`<section class="reply" part="reply" aria-labelledby="reply-title">
        <h3 id="reply-title">${t.replyHeading}</h3>
        <p class="prose">${checkIn.managerReply.body}</p>
        <p class="muted">${formatDate(this.resolvedLocale, checkIn.managerReply.createdAt)}</p>
      </section>`;
    }
    if (!this.isManager) return nothing;
    const sending = this.replyTask.status === TaskStatus.PENDING;
    const failed = this.replyTask.status === TaskStatus.ERROR;
    return html`<form class="reply" part="reply" novalidate @submit=${this.onReply} aria-labelledby="reply-label">
      <fieldset class="frame" ?disabled=${this.isDisabled}>
        <label id="reply-label" for="reply">${t.replyLabel}</label>
        <textarea id="reply" rows="4" required .value=${live(this.replyText)} @input=${this.onReplyInput}
          aria-invalid=${this.replyError ? 'true' : 'false'} aria-describedby=${this.replyError ? 'reply-error' : nothing}></textarea>
        ${this.replyError ? html`<p class="error" part="error-message" id="reply-error">${this.replyError}</p>` : nothing}
        <div class="actions">
          <button class="button primary" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${sending ? t.replySending : t.replySend}</button>
        </div>
        ${failed ? html`<p class="submit-error" role="alert">${t.replyFailed}</p>` : nothing}
      </fieldset>
    </form>`;
  }
}
