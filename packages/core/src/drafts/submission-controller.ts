import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { AdapterError } from '../errors.js';
import type { KeyStore } from './autosave-controller.js';

/** Automatic retries of a submission after a retryable error, before it is reported as failed. */
export const MAX_SUBMIT_RETRIES = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A fresh idempotency key. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; an intranet page over plain http still deserves unique keys.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface SubmissionOptions<V, R> {
  /**
   * Sends one attempt. Every attempt of one submission gets the same `idempotencyKey`. Rejects
   * with an AdapterError on failure; retryable ones are retried with backoff.
   */
  send: (value: V, idempotencyKey: string) => Promise<R>;
  /** The value to submit when `submit()` is called without one, read after `beforeSubmit` settles. */
  value?: () => V | undefined;
  /** First delay before retrying a failed attempt; doubles per attempt. */
  retryDelay: () => number;
  /** Automatic retries after the first attempt (default `MAX_SUBMIT_RETRIES`). */
  maxRetries?: number;
  /** Runs before the first attempt, e.g. waiting for an autosave in flight (`autosave.pause()`). */
  beforeSubmit?: () => Promise<void>;
  /**
   * Where the key is kept between attempts and reloads (e.g. `autosave.keyStore`). Without one the
   * key lives in memory until the submission is confirmed or `forget()` is called.
   */
  keyStore?: KeyStore;
  /** The backend confirmed: the key is forgotten, the next submission gets a new one. */
  onSubmitted: (result: R) => void;
  /** The automatic retries are used up (the key is kept for a manual retry). */
  onFailed?: (error: unknown) => void;
}

/**
 * Exactly-once writes: a manual `@lit/task` Task (so its pending and error states render like every
 * other) that sends a value with ONE idempotency key per submission — across the automatic retries
 * with backoff, a manual "try again", and (with a `keyStore`) a reload — so a retry after a lost
 * answer is never stored twice. A double click cannot send twice.
 */
export class SubmissionController<V, R> {
  private readonly options: SubmissionOptions<V, R>;
  private key: string | undefined;
  /** Set between the submit call and the task starting, so a double click cannot send twice. */
  private starting = false;
  private readonly task: Task<[V | undefined, string], R>;

  constructor(host: ReactiveControllerHost, options: SubmissionOptions<V, R>) {
    this.options = options;
    this.task = new Task(host, {
      autoRun: false,
      args: (): [V | undefined, string] => [undefined, ''],
      task: async ([value, idempotencyKey]) => {
        if (value === undefined) return initialState;
        return this.withRetries(() => this.options.send(value, idempotencyKey));
      },
      onComplete: (result) => {
        this.key = undefined;
        this.options.keyStore?.clear();
        this.options.onSubmitted(result);
      },
      onError: (error) => this.options.onFailed?.(error),
    });
  }

  /** True while a submission is being sent (including its automatic retries). */
  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** False while a submission is starting or being sent. */
  get canSubmit(): boolean {
    return !this.starting && !this.pending;
  }

  /** Why the last submission failed, once its retries are used up; undefined otherwise. */
  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  /** True when the last submission failed, once its retries are used up. */
  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  /** The key the next (or current) attempt uses, if one was made. */
  get idempotencyKey(): string | undefined {
    return this.key ?? this.options.keyStore?.read();
  }

  /**
   * Submits `value` (or `options.value()`); does nothing while a submission is starting or in
   * flight. Resolves once the attempt has started, not when it settles.
   */
  async submit(value?: V): Promise<void> {
    if (!this.canSubmit) return;
    this.starting = true;
    try {
      // One key for this series of attempts: a retry after a lost answer is recognised, never stored twice.
      this.key ??= this.options.keyStore?.read() ?? newIdempotencyKey();
      this.options.keyStore?.write(this.key);
      await this.options.beforeSubmit?.();
      void this.task.run([value ?? this.options.value?.(), this.key]);
    } finally {
      this.starting = false;
    }
  }

  /**
   * Another item was loaded: the in-memory key belongs to the one it was made for. (A stored key
   * stays with its item's device copy and is read again by the next `submit()` for that item.)
   */
  forget(): void {
    this.key = undefined;
  }

  private async withRetries<T>(call: () => Promise<T>): Promise<T> {
    const max = this.options.maxRetries ?? MAX_SUBMIT_RETRIES;
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (!AdapterError.is(error) || !error.retryable || attempt >= max) throw error;
        await sleep(this.options.retryDelay() * 2 ** attempt);
      }
    }
  }
}
