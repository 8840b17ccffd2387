import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { AdapterError, type CheckIn, type CheckInDraft, type ValidatedAdapter } from '@pm-widgets/core';

/** Automatic retries of a submission or reply after a retryable error. */
const MAX_RETRIES = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface SubmissionOptions {
  /** The adapter to write through, read when a write starts. */
  api: () => ValidatedAdapter | undefined;
  /** The draft to submit, read after `beforeSubmit` settles (so an id a save in flight assigned is included). */
  draft: () => CheckInDraft | undefined;
  /** First delay before retrying a failed write; doubles per attempt. */
  retryDelay: () => number;
  /** Runs before the first attempt, e.g. waiting for an autosave in flight. */
  beforeSubmit?: () => Promise<void>;
  onSubmitted: (checkIn: CheckIn) => void;
  /** Called once the automatic retries are used up, with the last error. */
  onSubmitFailed: (error: unknown) => void;
  onReplied: (checkIn: CheckIn) => void;
  onReplyFailed: (error: unknown) => void;
}

/**
 * The check-in's writes: submitting the draft and the manager's reply. Each is a manual Task, so
 * its pending and error states render like every other. One idempotency key
 * (`crypto.randomUUID()`) serves a whole series of attempts — the automatic retries with backoff
 * and a manual "try again" — so a retry after a lost answer is never stored twice. A double click
 * cannot send twice.
 *
 * It needs no lifecycle hooks of its own: its two Tasks are the reactive controllers, registered
 * with the host, and they ask the host to render when a write starts, succeeds or fails.
 */
export class SubmissionController {
  private readonly options: SubmissionOptions;
  private submitKey: string | undefined;
  private replyKey: string | undefined;
  /** Set between the submit click and the task starting, so a double click cannot send twice. */
  private submitStarting = false;

  private readonly submitTask: Task<[CheckInDraft | undefined, string], CheckIn>;
  private readonly replyTask: Task<[string, string, string], CheckIn>;

  constructor(host: ReactiveControllerHost, options: SubmissionOptions) {
    this.options = options;
    this.submitTask = new Task(host, {
      autoRun: false,
      args: (): [CheckInDraft | undefined, string] => [undefined, ''],
      task: async ([draft, idempotencyKey]) => {
        const api = this.options.api();
        if (!api || !draft) return initialState;
        const { updatedAt: _stale, ...rest } = draft;
        return this.withRetries(() => api.submitCheckIn({ ...rest, status: 'submitted' }, { idempotencyKey }));
      },
      onComplete: (checkIn) => {
        this.submitKey = undefined;
        this.options.onSubmitted(checkIn);
      },
      onError: (error) => this.options.onSubmitFailed(error),
    });
    this.replyTask = new Task(host, {
      autoRun: false,
      args: (): [string, string, string] => ['', '', ''],
      task: async ([checkInId, body, idempotencyKey]) => {
        const api = this.options.api();
        if (!api || !checkInId) return initialState;
        return this.withRetries(() => api.replyToCheckIn({ checkInId, body }, { idempotencyKey }));
      },
      onComplete: (checkIn) => {
        this.replyKey = undefined;
        this.options.onReplied(checkIn);
      },
      onError: (error) => this.options.onReplyFailed(error),
    });
  }

  /** True while a submission is being sent (including its automatic retries). */
  get submitting(): boolean {
    return this.submitTask.status === TaskStatus.PENDING;
  }

  /** False while a submission is starting or being sent. */
  get canSubmit(): boolean {
    return !this.submitStarting && !this.submitting;
  }

  /** Why the last submission failed, once its retries are used up; undefined otherwise. */
  get submitError(): unknown {
    return this.submitTask.status === TaskStatus.ERROR ? this.submitTask.error : undefined;
  }

  /** True while a reply is being sent (including its automatic retries). */
  get replying(): boolean {
    return this.replyTask.status === TaskStatus.PENDING;
  }

  /** True when the last reply failed, once its retries are used up. */
  get replyFailed(): boolean {
    return this.replyTask.status === TaskStatus.ERROR;
  }

  /** Why the last reply failed, once its retries are used up; undefined otherwise. */
  get replyError(): unknown {
    return this.replyTask.status === TaskStatus.ERROR ? this.replyTask.error : undefined;
  }

  /** Submits the current draft; does nothing while a submission is starting or in flight. */
  async submit(): Promise<void> {
    if (!this.canSubmit) return;
    // One key for this series of attempts: a retry after a lost answer is recognised, never stored twice.
    this.submitKey ??= crypto.randomUUID();
    this.submitStarting = true;
    try {
      await this.options.beforeSubmit?.();
      void this.submitTask.run([this.options.draft(), this.submitKey]);
    } finally {
      this.submitStarting = false;
    }
  }

  /** Sends the manager's reply; does nothing while one is in flight. */
  reply(checkInId: string, body: string): void {
    if (this.replying) return;
    this.replyKey ??= crypto.randomUUID();
    void this.replyTask.run([checkInId, body, this.replyKey]);
  }

  /** A new check-in was loaded: the next submission is a new series with a new key. */
  forgetSubmission(): void {
    this.submitKey = undefined;
  }

  /** Another check-in was loaded: a reply key belongs to the check-in it was made for. */
  forgetReply(): void {
    this.replyKey = undefined;
  }

  private async withRetries<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (!AdapterError.is(error) || !error.retryable || attempt >= MAX_RETRIES) throw error;
        await sleep(this.options.retryDelay() * 2 ** attempt);
      }
    }
  }
}
