import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  AdapterError, LazyPart, PmWidgetElement, addPartStyles, checkGiven, checkedValue, cssProps, formatDate, localize, renderAvatar, renderError,
  renderInitial, renderMeter, renderTaskStates, statesStyles,
  type Answer, type Answers, type SurveyAssignment,
} from '@pm-widgets/core';
import { AutosaveController, SubmissionController, isBlank, lazyOutboxFor, outboxScope, renderOutboxNotice } from '@pm-widgets/core/drafts';
import { DEFAULT_THRESHOLD, SMALL_GROUP_RELATIONSHIPS } from '@pm-widgets/core/rules';
import { PmSurveyProgressEvent, PmSurveySubmitEvent } from './events.js';
import { groupName, relationshipText, saveStatusText, surveyMessages, type SurveyMessages } from './messages.js';
import {
  answersToSubmit, buildModel, isPastDue, isQuestionAnswered, progressOf, resumePage, sameAnswers, sanitizeAnswers,
  type PlacedQuestion, type SurveyModel,
} from './survey-model.js';
import type * as SurveyNotices from './survey-notices.js';
import { domId, renderQuestion } from './survey-questions.js';
import { surveyStyles } from './survey-360.styles.js';
import type { SurveyLayout, SurveyProgress } from './types.js';

/**
 * What a first render of an open survey does not show is its own chunk: the thank-you, the
 * submitted and closed states, draft notices, the error summary, a failed submission, surveys that
 * cannot be shown. A rater who answers is on the way to needing it, so the first answer fetches it;
 * a survey that needs it on screen waits for it. Loaded once per page.
 */
export const noticesPart = new LazyPart<typeof SurveyNotices>(() => import('./survey-notices.js'), 'The survey notices');

/** What the device copy holds: the assignment it belongs to and the answers. */
interface SurveyDraftValue {
  assignmentId: string;
  answers: Answers;
}

/**
 * One rater's 360° questionnaire about one person: an introduction with the subject and the
 * rater's relationship in words, a confidentiality notice derived from core's anonymity rule,
 * sections per competency with rating (2–11 points, anchors, N/A), text and choice questions,
 * paged or on one page, progress, autosave and resume (a device copy when offline), validation,
 * and an exactly-once submission.
 *
 * @summary A multi-rater (360°) survey with ratings and N/A, autosave and resume, honest confidentiality and exactly-once submit.
 *
 * @event pm-survey-submit - The backend confirmed the submission. `detail.assignment` is the stored assignment, `detail.answers` what was sent.
 * @event pm-survey-progress - The rater's progress changed. `detail` is `{ answered, required, complete }` (required questions; N/A counts where allowed).
 *
 * @csspart header - The survey title, save status and progress.
 * @csspart status - The autosave status line (a polite live region).
 * @csspart progress - The progress text and bar.
 * @csspart progress-bar - The progress bar's track.
 * @csspart intro - The introduction: subject, relationship, due date, the survey's intro.
 * @csspart subject - The subject's avatar, name and title.
 * @csspart confidentiality - Who will see the rater's answers.
 * @csspart notice - Notices: draft restored, answers dropped, past due, submitted, closed.
 * @csspart error-summary - The list of questions still to answer, shown after a submit attempt.
 * @csspart form - The native form.
 * @csspart section - One section (competency) with its questions.
 * @csspart question - One question (also `unknown` for a kind this version cannot show).
 * @csspart scale - The points of a rating question.
 * @csspart point - One point of a rating scale (also `na` for N/A).
 * @csspart options - The options of a choice question.
 * @csspart option - One option of a choice question.
 * @csspart error-message - A validation message under its question.
 * @csspart nav - Back, Next and Submit.
 * @csspart submit - The submit button.
 * @csspart submit-error - The alert shown when a submission failed.
 * @csspart outbox - "Saved on this device — will be sent when you're back online (n waiting)": a submission waiting in the offline outbox.
 * @csspart outbox-warning - Inside `outbox`: the browser gives no storage, so the tab must stay open until it is sent.
 * @csspart thanks - The thank-you state after submitting.
 * @csspart empty - Shown when the survey has no questions.
 * @csspart initial - What to configure before anything can load.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The load error alert, why a survey cannot be shown, or that a part of it (a notice, the thank-you) could not be fetched.
 * @csspart retry - The Retry button of a load error.
 *
 * @cssproperty --pm-color-accent - Chosen points, the progress bar and the submit button.
 * @cssproperty --pm-color-surface - The background of the widget.
 * @cssproperty --pm-color-surface-raised - The background of the intro, notices and points.
 * @cssproperty --pm-color-border - Borders of fields, points and sections.
 * @cssproperty --pm-color-text - Text colour.
 * @cssproperty --pm-color-text-muted - Help text, anchors, counters and the status line.
 * @cssproperty --pm-color-danger - Validation messages and the error summary.
 * @cssproperty --pm-color-success - The "Saved" status and the thank-you.
 * @cssproperty --pm-color-warning - Offline and retrying status, the past-due note.
 * @cssproperty --pm-radius - Corner radius.
 * @cssproperty --pm-spacing - The base spacing unit.
 * @cssproperty --pm-font-family - The font.
 */
export class PmSurvey360 extends PmWidgetElement {
  static override styles = [PmWidgetElement.styles, statesStyles, surveyStyles];

  // ── controllers and tasks ──────────────────────────────────────────────────────────────
  readonly #autosave = new AutosaveController<SurveyDraftValue>(this, {
    value: () => (this.current && this.current.status === 'open' ? { assignmentId: this.current.id, answers: this.answers } : undefined),
    save: (value) => this.#saveDraft(value),
    storageKey: () => (this.current ? `pm-survey-360:draft:${this.current.id}` : undefined),
    delay: () => this.autosaveDelay,
    retryDelay: () => this.retryDelay,
    // Without an adapter the device copy is the only store: nothing to warn about on leaving.
    hasText: (value) => !!this.api && Object.values(value.answers).some((a) => typeof a === 'string' && !isBlank(a)),
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.api, typeof this.assignment === 'string' ? this.assignment : undefined] as const,
    task: async ([api, id], { signal }) => {
      if (!api || !id) return initialState;
      return api.getAssignment(id, { signal });
    },
    onComplete: (assignment) => this.#adopt(assignment),
  });

  readonly #submission = new SubmissionController<Answers, SurveyAssignment>(this, {
    value: () => (this.model ? answersToSubmit(this.model, this.answers) : undefined),
    send: (answers, idempotencyKey) => this.#send(answers, idempotencyKey),
    retryDelay: () => this.retryDelay,
    // Wait for a draft save in flight, and save nothing more while submitting.
    beforeSubmit: () => this.#autosave.pause(),
    // The key is kept beside the device copy: a reload after a lost answer reuses it.
    keyStore: this.#autosave.keyStore,
    onSubmitted: (assignment) => void this.#submitted(assignment),
    onFailed: (error) => void this.#submitFailed(error),
    // Offline or a transient failure: the answers wait on this device and are sent later, also after a reload.
    outbox: {
      get: () => (this.api ? lazyOutboxFor(this.api, outboxScope(this.adapter ?? this.contextAdapter), { retryDelay: this.retryDelay }) : undefined),
      method: 'submitSurvey',
      args: (answers) => [this.current!.id, answers],
    },
  });

  // ── state ──────────────────────────────────────────────────────────────────────────────
  /** The assignment shown (loaded, or given as an object). */
  @state() private current?: SurveyAssignment;
  @state() private model?: SurveyModel;
  @state() private answers: Answers = {};
  @state() private page = 0;
  /** Question id → validation message, shown after a submit attempt. */
  @state() private errors = new Map<string, string>();
  @state() private restoredAt?: string;
  @state() private dropped = 0;
  /** Set once this rater submitted in this view: the thank-you state. */
  @state() private thanks = false;
  /** Why an `.assignment` object given directly is not valid. */
  @state() private invalidAssignment?: string;
  /** Why the notices' chunk could not be fetched when they were to be shown, until Retry. */
  @state() private noticesError?: unknown;

  #validated = false;
  /** A check that waits for the notices' chunk to word it: the ids the server flagged. */
  #pendingCheck?: readonly unknown[];
  #lastProgress?: SurveyProgress;
  #textCache?: { locale: string; part: unknown; text: SurveyMessages };
  /** The notices' chunk was asked for ahead of need; a failure then is left for the need to retry. */
  #prefetched = false;

  get #text(): SurveyMessages {
    const locale = this.resolvedLocale;
    // A host's own English is merged into a copy, which would miss what the chunk adds to English as it loads.
    const part = noticesPart.module;
    if (this.#textCache?.locale !== locale || this.#textCache.part !== part) this.#textCache = { locale, part, text: localize(surveyMessages, locale) };
    return this.#textCache.text;
  }

  /** True when what the survey shows now comes from the notices' chunk: anything but an open survey's bare form. */
  get #needsNotices(): boolean {
    if (this.invalidAssignment !== undefined) return true;
    const a = this.current;
    const model = this.model;
    if (!a || !model) return false;
    return !!model.problem || this.thanks || a.status !== 'open' || !model.questions.length
      || !!this.restoredAt || !!this.dropped || !!this.errors.size || !!this.#pendingCheck || this.#submission.error !== undefined;
  }

  /** Stable listeners for the chunk's views, so re-renders do not rebind them. */
  readonly #noticeHandlers = {
    onDismissRestored: () => {
      this.restoredAt = undefined;
    },
    onDismissDropped: () => {
      this.dropped = 0;
    },
    onSummaryLink: (event: Event) => void this.#onSummaryLink(event),
  };

  // ── public properties ──────────────────────────────────────────────────────────────────
  /**
   * The assignment: its id (the `assignment` attribute; loaded with `getAssignment`), or the
   * assignment object itself (then no adapter is needed: answers are kept on the device and the
   * events fire; with an adapter, drafts and the submission still go to it).
   */
  @property({ attribute: 'assignment' }) assignment?: string | SurveyAssignment;

  /** `paged`: one section per page with Next and Back. `single`: every section on one page. */
  @property({ reflect: true }) layout: SurveyLayout = 'paged';

  /** Makes every field disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Milliseconds after the last change before the draft is saved to the backend. */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay = 800;

  /** First delay before retrying a failed save or submission; doubles each time. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1000;

  /** Progress of the assignment shown: required questions answered (N/A counts where allowed). */
  get progress(): SurveyProgress {
    return this.model ? progressOf(this.model, this.answers) : { answered: 0, required: 0, complete: true };
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────
  /** A state shown through the notices' chunk renders once its code is there (as a locale waits for its catalogue), so nothing flashes. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (noticesPart.module || this.noticesError !== undefined || !this.#needsNotices) return super.scheduleUpdate();
    return noticesPart.settle((error) => (this.noticesError = error)).then(() => super.scheduleUpdate());
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Answers (typed, or a draft taken at load) lead to a submit: thanks or the error summary.
    if (!noticesPart.module && !this.#prefetched && Object.keys(this.answers).length) {
      this.#prefetched = true;
      noticesPart.load().catch(() => undefined);
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('assignment') && this.assignment !== undefined && typeof this.assignment !== 'string') {
      // Valid data is adopted at once; anything else waits for zod's verdict and message.
      const given = this.assignment;
      const valid = checkedValue('surveyAssignment', given);
      if (valid) {
        this.invalidAssignment = undefined;
        this.#adopt(valid);
      } else {
        void checkGiven('surveyAssignment', given, 'assignment').then((verdict) => {
          if (this.assignment !== given) return;
          if ('data' in verdict) {
            this.invalidAssignment = undefined;
            this.#adopt(verdict.data);
          } else {
            this.invalidAssignment = verdict.problem;
            this.current = undefined;
            this.model = undefined;
          }
        });
      }
    }
    if (this.#pendingCheck && noticesPart.module) this.#check(this.#pendingCheck);
    // Once nothing on screen needs the notices, a failed fetch is forgotten: the next need fetches again.
    if (this.noticesError !== undefined && !this.#needsNotices) this.noticesError = undefined;
  }

  // ── event handlers ─────────────────────────────────────────────────────────────────────
  #onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const placed = this.#placedOf(input);
    if (!placed || input.type === 'text' || input.localName === 'textarea') return;
    const q = placed.question;
    let answer: Answer;
    if (q.kind === 'rating') answer = input.value === 'na' ? null : Number(input.value);
    else if (q.multiple) {
      const chosen = new Set(Array.isArray(this.answers[q.id]) ? (this.answers[q.id] as string[]) : []);
      if (input.checked) chosen.add(input.value);
      else chosen.delete(input.value);
      answer = (q.options ?? []).filter((o) => chosen.has(o));
    } else answer = input.value;
    this.#answer(q.id, answer);
  }

  #onInput(event: Event): void {
    const input = event.target as HTMLTextAreaElement;
    if (input.localName !== 'textarea') return;
    const placed = this.#placedOf(input);
    if (placed) this.#answer(placed.question.id, input.value);
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Submitted, the form may stay on screen a moment while the thank-you's chunk arrives: it sends nothing more.
    if (!this.model || !this.current || this.disabled || this.thanks) return;
    // Enter in a paged survey moves on, like Next; only the last page submits.
    if (this.layout === 'paged' && this.page < this.model.pages.length - 1) {
      await this.#goTo(this.page + 1);
      return;
    }
    if (!this.#submission.canSubmit) return;
    this.#validated = true;
    this.#check();
    // Whether anything stops the submission needs no chunk: only the words for it do.
    const answers = this.answers;
    const first = this.model.questions.find((p) => p.known && p.question.required && !isQuestionAnswered(p, answers[p.question.id]));
    if (first) {
      await this.#focusQuestion(first);
      return;
    }
    await this.#submission.submit();
  }

  async #onBack(): Promise<void> {
    await this.#goTo(this.page - 1);
  }

  async #onNext(): Promise<void> {
    await this.#goTo(this.page + 1);
  }

  async #onSummaryLink(event: Event): Promise<void> {
    event.preventDefault();
    const id = (event.currentTarget as HTMLElement).dataset['target'];
    const placed = id === undefined ? undefined : this.model?.byId.get(id);
    if (placed) await this.#focusQuestion(placed);
  }

  readonly #onRetry = (): void => void this.#submission.submit();

  readonly #onRetryNotices = (): void => {
    this.noticesError = undefined;
    void this.updateComplete.then(() => {
      const notices = noticesPart.module;
      if (notices) this.renderRoot.querySelector<HTMLElement>(notices.landing)?.focus();
    });
  };

  // ── private logic ──────────────────────────────────────────────────────────────────────
  #placedOf(input: Element): PlacedQuestion | undefined {
    const index = Number(input.closest<HTMLElement>('[data-q]')?.dataset['q']);
    return Number.isInteger(index) ? this.model?.questions[index] : undefined;
  }

  #answer(questionId: string, answer: Answer): void {
    if (!this.current || this.current.status !== 'open' || this.thanks) return;
    this.answers = { ...this.answers, [questionId]: answer };
    if (this.#validated) this.#check();
    this.#autosave.change();
    this.#announceProgress();
  }

  #announceProgress(): void {
    const progress = this.progress;
    const last = this.#lastProgress;
    if (last && last.answered === progress.answered && last.required === progress.required) return;
    this.#lastProgress = progress;
    this.dispatchEvent(new PmSurveyProgressEvent(progress));
  }

  /**
   * Words what stops a submission, with the ids the server flagged, as the error summary and the
   * questions' messages. The words are in the notices' chunk: without it the check waits for it
   * (the next update does), so a survey with nothing missing never waits.
   */
  #check(flagged: readonly unknown[] = []): void {
    const model = this.model;
    const notices = noticesPart.module;
    if (!model) return;
    this.#pendingCheck = undefined;
    if (!flagged.length && progressOf(model, this.answers).complete) this.errors = new Map();
    else if (notices) this.errors = notices.checkAnswers(model, this.answers, this.#text, flagged);
    else {
      this.#pendingCheck = flagged;
      this.requestUpdate();
    }
  }

  async #goTo(page: number): Promise<void> {
    if (!this.model) return;
    this.page = Math.max(0, Math.min(page, this.model.pages.length - 1));
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#section-title');
    heading?.focus();
    heading?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Moves to the question's page and focuses its first control (the checked radio, if any). */
  async #focusQuestion(placed: PlacedQuestion): Promise<void> {
    if (this.layout === 'paged') this.page = placed.page;
    await this.updateComplete;
    const id = domId(placed);
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>(`#${id} input:checked`) ??
      root.querySelector<HTMLElement>(`#${id} input, textarea#${id}`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  async #saveDraft(value: SurveyDraftValue): Promise<unknown> {
    const api = this.api;
    if (!api) throw new AdapterError('not-supported', 'No adapter is connected; the draft stays on this device.', { retryable: false });
    return api.saveSurveyDraft(value.assignmentId, value.answers);
  }

  async #send(answers: Answers, idempotencyKey: string): Promise<SurveyAssignment> {
    const current = this.current!;
    const api = this.api;
    if (!api) return { ...current, status: 'submitted', submittedAt: new Date().toISOString() };
    return api.submitSurvey(current.id, answers, { idempotencyKey });
  }

  async #submitted(assignment: SurveyAssignment): Promise<void> {
    const answers = this.model ? answersToSubmit(this.model, this.answers) : {};
    this.#autosave.discard();
    this.thanks = true;
    this.current = assignment;
    this.restoredAt = undefined;
    this.dropped = 0;
    this.errors = new Map();
    this.#pendingCheck = undefined;
    this.dispatchEvent(new PmSurveySubmitEvent(assignment, answers));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#thanks-title')?.focus();
  }

  async #submitFailed(error: unknown): Promise<void> {
    if (AdapterError.is(error) && error.code === 'conflict') {
      // Already submitted (or closed) elsewhere: show what the server says now.
      this.#autosave.reset();
      void this.#loadTask.run();
      return;
    }
    if (AdapterError.is(error) && error.code === 'invalid-request') {
      const ids = (error.details as { questionIds?: unknown } | undefined)?.questionIds;
      if (Array.isArray(ids) && ids.length) {
        this.#validated = true;
        this.#check(ids);
      }
    }
    // The answers are still here and on the device; let autosave carry on.
    this.#autosave.change();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="submit-error"] button')?.focus();
  }

  /** Takes an assignment into the form: the server's draft, a newer device copy, or nothing yet. */
  #adopt(assignment: SurveyAssignment): void {
    this.#autosave.reset();
    this.#submission.forget();
    this.errors = new Map();
    this.#validated = false;
    this.#pendingCheck = undefined;
    this.restoredAt = undefined;
    this.dropped = 0;
    this.thanks = false;
    this.current = assignment;
    const model = buildModel(assignment.survey);
    this.model = model;
    if (assignment.status !== 'open' || model.problem) {
      this.answers = {};
      this.page = 0;
      // Submitted: nothing is left to keep on this device, not even the submission key.
      if (assignment.status === 'submitted') this.#autosave.discard();
      this.#lastProgress = undefined;
      return;
    }
    const server = assignment.draft;
    let source: unknown = server?.answers ?? {};
    let restored = false;
    const device = this.#autosave.readDevice();
    if (device && device.value.assignmentId === assignment.id) {
      const newer = !server || Date.parse(device.savedAt) > Date.parse(server.savedAt);
      const deviceAnswers = sanitizeAnswers(model, device.value.answers).answers;
      const serverAnswers = sanitizeAnswers(model, server?.answers ?? {}).answers;
      if (newer && !sameAnswers(deviceAnswers, serverAnswers)) {
        source = device.value.answers;
        this.restoredAt = device.savedAt;
        restored = true;
      } else if (!newer) {
        this.#autosave.clearDevice();
      }
    }
    const { answers, dropped } = sanitizeAnswers(model, source);
    this.answers = answers;
    this.dropped = dropped;
    this.page = resumePage(model, answers);
    this.#lastProgress = progressOf(model, answers);
    // A restored copy was never confirmed by the server: push it.
    if (restored) this.#autosave.change();
  }

  // ── render ─────────────────────────────────────────────────────────────────────────────
  override render(): unknown {
    const t = this.#text;
    const invalid = this.invalidAssignment;
    if (invalid !== undefined) return this.#withNotices(t, (n) => n.renderUnusable(t, { invalid }));
    if (this.assignment !== undefined && typeof this.assignment !== 'string') {
      return this.current ? this.#renderAssignment(t, this.current) : nothing;
    }
    return renderTaskStates(this.#loadTask, {
      initial: () => renderInitial(this.api ? t.noAssignment : this.coreText.noAdapter),
      complete: () => (this.current ? this.#renderAssignment(t, this.current) : nothing),
      errorTitle: t.loadErrorTitle,
      skeletonLines: 8,
      messages: this.coreText,
    });
  }

  #renderAssignment(t: SurveyMessages, a: SurveyAssignment): unknown {
    const model = this.model!;
    const problem = model.problem;
    if (problem) return this.#withNotices(t, (n) => n.renderUnusable(t, problem));
    const open = a.status === 'open' && !this.thanks;
    return html`
      ${this.#renderHeader(t, a, open)}
      ${this.#renderIntro(t, a)}
      ${open && model.questions.length
        ? this.#renderForm(t, a, model)
        : this.#withNotices(t, (n) => n.renderOutcome(t, this.resolvedLocale, a, this.thanks))}
    `;
  }

  /** A view of the notices' chunk, or while the chunk cannot be fetched an alert with Retry in its place. */
  #withNotices(t: SurveyMessages, view: (notices: typeof SurveyNotices) => unknown): unknown {
    const notices = noticesPart.module;
    if (notices) {
      addPartStyles(this, notices.surveyNoticesStyles);
      return view(notices);
    }
    return this.noticesError === undefined ? nothing : renderError(this.noticesError, this.coreText, this.#onRetryNotices, t.partLoadFailed);
  }

  #renderHeader(t: SurveyMessages, a: SurveyAssignment, open: boolean): TemplateResult {
    const progress = this.progress;
    const showProgress = open && !!this.model?.questions.length;
    return html`<div class="header" part="header">
      <div class="title-row">
        <h2 id="title">${a.survey.title}</h2>
        ${open && this.api
          ? html`<p class="status" part="status" role="status" data-state=${this.#autosave.state}>${saveStatusText(t, this.#autosave.state)}</p>`
          : nothing}
      </div>
      ${showProgress
        ? html`<div class="progress" part="progress">
            <span class="progress-text">${progress.required ? t.progress(progress.answered, progress.required) : t.progressNone}</span>
            ${progress.required
              ? renderMeter(this.resolvedLocale, progress.answered / progress.required, { tone: progress.complete ? 'success' : 'accent' })
              : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  #renderIntro(t: SurveyMessages, a: SurveyAssignment): TemplateResult {
    const subject = a.subject;
    const locale = this.resolvedLocale;
    const pastDue = a.status === 'open' && !this.thanks && isPastDue(a.dueDate);
    // Past the first page of a paged survey the introduction steps back: the notice folds away.
    const compact = this.layout === 'paged' && this.page > 0 && a.status === 'open' && !this.thanks;
    return html`<section class="intro${compact ? ' compact' : ''}" part="intro" aria-label=${t.aboutSubject}>
      <div class="subject" part="subject">
        ${renderAvatar(subject)}
        <div class="who">
          <p class="name">${subject.name}</p>
          ${subject.title ? html`<p class="muted">${subject.title}</p>` : nothing}
        </div>
        ${a.dueDate && !pastDue && a.status === 'open' && !this.thanks
          ? html`<span class="pm-pill due">${t.due(formatDate(locale, a.dueDate, { dateStyle: 'medium' }))}</span>`
          : nothing}
      </div>
      <p class="relation">${relationshipText(t, a.relationship, subject.name)}</p>
      ${pastDue ? html`<p class="notice warning" part="notice" data-kind="past-due">${t.pastDue(formatDate(locale, a.dueDate!))}</p>` : nothing}
      ${a.survey.intro && a.status === 'open' && !this.thanks && !compact ? html`<p class="survey-intro">${a.survey.intro}</p>` : nothing}
      ${this.#renderConfidentiality(t, a, compact)}
    </section>`;
  }

  /** Who sees what, from the same rule core aggregates with (groups and the survey's threshold). */
  #renderConfidentiality(t: SurveyMessages, a: SurveyAssignment, compact = false): TemplateResult {
    const name = a.subject.name;
    const threshold = a.survey.threshold ?? DEFAULT_THRESHOLD;
    const relationship = a.relationship;
    let body: string;
    if (relationship === 'self') body = t.confidentialSelf(name);
    else if (relationship === 'manager') body = t.confidentialManager(name);
    else {
      const small = (SMALL_GROUP_RELATIONSHIPS as readonly string[]).includes(relationship)
        ? (relationship as (typeof SMALL_GROUP_RELATIONSHIPS)[number])
        : 'other';
      const group = groupName(t, small);
      body = threshold > 1 ? t.confidentialGroup(name, group, threshold) : t.confidentialGroupOfOne(name, group);
    }
    return compact
      ? html`<details class="confidentiality" part="confidentiality" data-relationship=${relationship}>
          <summary>${t.confidentialityHeading}</summary>
          <p>${body}</p>
        </details>`
      : html`<div class="confidentiality" part="confidentiality" data-relationship=${relationship}>
          <h3>${t.confidentialityHeading}</h3>
          <p>${body}</p>
        </div>`;
  }

  #renderForm(t: SurveyMessages, a: SurveyAssignment, model: SurveyModel): TemplateResult {
    const paged = this.layout === 'paged';
    const pages = model.pages;
    const page = Math.min(this.page, pages.length - 1);
    const shown = paged ? [pages[page]!] : pages;
    const submitting = this.#submission.pending;
    const queued = this.#submission.queued;
    const submitError = this.#submission.error;
    const last = !paged || page === pages.length - 1;
    const notices = !!this.restoredAt || !!this.dropped || !!this.errors.size || !!this.#pendingCheck;
    return html`
      ${notices
        ? this.#withNotices(t, (n) => n.renderFormNotices({
          text: t, locale: this.resolvedLocale, model, restoredAt: this.restoredAt, dropped: this.dropped, errors: this.errors, ...this.#noticeHandlers,
        }))
        : nothing}
      <form part="form" novalidate aria-labelledby="title" aria-busy=${submitting ? 'true' : 'false'} ${cssProps({ '--points': model.points.length })}
        @submit=${this.#onSubmit} @change=${this.#onChange} @input=${this.#onInput}>
        ${shown.map((p) => this.#renderSection(t, model, p, paged ? page : pages.indexOf(p), paged))}
        <div class="nav" part="nav">
          ${paged && page > 0 ? html`<button class="button" type="button" @click=${this.#onBack}>${t.back}</button>` : nothing}
          <span class="spacer"></span>
          ${last
            ? html`<button class="button primary" part="submit" type="submit" ?disabled=${this.disabled || queued}
                aria-disabled=${submitting ? 'true' : 'false'}>${submitting ? t.submitting : t.submit}</button>`
            : html`<button class="button primary" type="button" @click=${this.#onNext}>${t.next}</button>`}
        </div>
        ${renderOutboxNotice(this.coreText, { queued, waiting: this.#submission.waiting, storageUnavailable: this.#submission.storageUnavailable })}
        ${submitError !== undefined && (noticesPart.module || !notices)
          ? this.#withNotices(t, (n) => n.renderSubmitError(t, this.coreText, submitError, this.#onRetry))
          : nothing}
      </form>
    `;
  }

  #renderSection(t: SurveyMessages, model: SurveyModel, page: SurveyModel['pages'][number], index: number, paged: boolean): TemplateResult {
    const section = page.section;
    const locale = this.resolvedLocale;
    const disabled = this.disabled || this.#submission.pending || this.#submission.queued;
    const titleId = paged ? 'section-title' : `section-${index}-title`;
    return html`<section class="section" part="section" aria-labelledby=${titleId}>
      <div class="section-head">
        ${paged ? html`<p class="page-of">${t.pageOf(index + 1, model.pages.length)}</p>` : nothing}
        <h3 id=${titleId} tabindex="-1">${section.title}</h3>
        ${section.description ? html`<p class="muted">${section.description}</p>` : nothing}
      </div>
      ${page.questions.map((placed) => {
        const answer = this.answers[placed.question.id];
        const error = this.errors.get(placed.question.id);
        return guard([answer, error, disabled, t, placed], () =>
          renderQuestion({ placed, answer, error, disabled, text: t, locale, model }));
      })}
    </section>`;
  }
}
