import type { ReactiveControllerHost } from 'lit';
import { AdapterError, type CheckIn, type CheckInDraft, type ValidatedAdapter } from '@pm-widgets/core';
import { SubmissionController as CoreSubmission, type KeyStore, type LazyOutbox } from '@pm-widgets/core/drafts';

export interface SubmissionOptions {
  /** The adapter to write through, read when a write starts. */
  api: () => ValidatedAdapter | undefined;
  /** The draft to submit, read after `beforeSubmit` settles (so an id a save in flight assigned is included). */
  draft: () => CheckInDraft | undefined;
  /** First delay before retrying a failed write; doubles per attempt. */
  retryDelay: () => number;
  /** Runs before the first attempt, e.g. waiting for an autosave in flight. */
  beforeSubmit?: () => Promise<void>;
  /** Where the submission's idempotency key is kept across reloads (the autosave's device copy). */
  keyStore?: KeyStore;
  onSubmitted: (checkIn: CheckIn) => void;
  /** Called once the automatic retries are used up, with the last error. */
  onSubmitFailed: (error: unknown) => void;
  onReplied: (checkIn: CheckIn) => void;
  onReplyFailed: (error: unknown) => void;
  /** Where a submission or reply waits when offline (sent later, also after a reload). */
  outbox?: () => LazyOutbox | undefined;
  /** A write went into the outbox. */
  onQueued?: () => void;
}

const submissionOf = (draft: CheckInDraft) => {
  const { updatedAt: _stale, ...rest } = draft;
  return { ...rest, status: 'submitted' as const };
};

const noAdapter = () => new AdapterError('not-supported', 'No adapter is connected.', { retryable: false });

/**
 * The check-in's two writes — submitting the draft and the manager's reply — each through core's
 * exactly-once `SubmissionController` (`@pm-widgets/core/drafts`): one idempotency key per series of
 * attempts, retries with backoff, no double send.
 */
export class SubmissionController {
  readonly #submitWrite: CoreSubmission<CheckInDraft, CheckIn>;
  readonly #replyWrite: CoreSubmission<{ checkInId: string; body: string }, CheckIn>;

  constructor(host: ReactiveControllerHost, options: SubmissionOptions) {
    this.#submitWrite = new CoreSubmission(host, {
      value: options.draft,
      retryDelay: options.retryDelay,
      ...(options.beforeSubmit ? { beforeSubmit: options.beforeSubmit } : {}),
      ...(options.keyStore ? { keyStore: options.keyStore } : {}),
      send: (draft, idempotencyKey) => {
        const api = options.api();
        if (!api) return Promise.reject(noAdapter());
        return api.submitCheckIn(submissionOf(draft), { idempotencyKey });
      },
      ...(options.outbox ? { outbox: { get: options.outbox, method: 'submitCheckIn', args: (draft: CheckInDraft) => [submissionOf(draft)] } } : {}),
      ...(options.onQueued ? { onQueued: options.onQueued } : {}),
      onSubmitted: options.onSubmitted,
      onFailed: options.onSubmitFailed,
    });
    this.#replyWrite = new CoreSubmission(host, {
      retryDelay: options.retryDelay,
      send: (reply, idempotencyKey) => {
        const api = options.api();
        if (!api) return Promise.reject(noAdapter());
        return api.replyToCheckIn(reply, { idempotencyKey });
      },
      ...(options.outbox ? { outbox: { get: options.outbox, method: 'replyToCheckIn', args: (reply: { checkInId: string; body: string }) => [reply] } } : {}),
      ...(options.onQueued ? { onQueued: options.onQueued } : {}),
      onSubmitted: options.onReplied,
      onFailed: options.onReplyFailed,
    });
  }

  get submitting(): boolean {
    return this.#submitWrite.pending;
  }

  get canSubmit(): boolean {
    return this.#submitWrite.canSubmit;
  }

  /** The submission waits in the outbox. */
  get submitQueued(): boolean {
    return this.#submitWrite.queued;
  }

  /** The reply waits in the outbox. */
  get replyQueued(): boolean {
    return this.#replyWrite.queued;
  }

  /** Writes waiting in the outbox for this backend, and whether they survive closing the tab. */
  get outboxState(): { waiting: number; storageUnavailable: boolean } {
    return { waiting: this.#submitWrite.waiting, storageUnavailable: this.#submitWrite.storageUnavailable };
  }

  get submitError(): unknown {
    return this.#submitWrite.error;
  }

  get replying(): boolean {
    return this.#replyWrite.pending;
  }

  get replyFailed(): boolean {
    return this.#replyWrite.failed;
  }

  /** Why the last reply failed, once its retries are used up; undefined otherwise. */
  get replyError(): unknown {
    return this.#replyWrite.error;
  }

  submit(): Promise<void> {
    return this.#submitWrite.submit();
  }

  reply(checkInId: string, body: string): void {
    if (this.replying || this.replyQueued) return;
    void this.#replyWrite.submit({ checkInId, body });
  }

  forgetSubmission(): void {
    this.#submitWrite.forget();
  }

  forgetReply(): void {
    this.#replyWrite.forget();
  }
}
