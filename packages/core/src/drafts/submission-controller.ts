import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../errors.js';
import type { KeyStore } from './autosave-controller.js';
import { isOffline, isQueueable, type LazyOutbox, type OutboxEvent, type OutboxMethod } from './outbox-lazy.js';
import type { Outbox } from './outbox.js';

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
  /**
   * Offline and transient failures wait in this outbox (see `lazyOutboxFor`) instead of failing:
   * the write is sent later with the same key, also after the tab was closed. Rejections still
   * fail. The outbox code is fetched when a write must wait, when the host starts and something
   * waits for its backend, and ahead of need on the host's first `input` event while online (a
   * write failing offline could not fetch it then). If it cannot be fetched at all, the write fails
   * as it would without an outbox.
   */
  outbox?: {
    /** The outbox handle for the current adapter; undefined while there is none. */
    get: () => LazyOutbox | undefined;
    /** The port method `send` calls… */
    method: OutboxMethod;
    /** …and its arguments for `value` (without the options). */
    args: (value: V) => unknown[];
  };
  /** The write is waiting in the outbox (or, on a later page load, found waiting there). */
  onQueued?: () => void;
}

/** What the task resolves to when the write went into the outbox instead. */
const QUEUED: unique symbol = Symbol('queued');

/**
 * Exactly-once writes: a manual `@lit/task` Task (so its pending and error states render like every
 * other) that sends a value with ONE idempotency key per submission — across the automatic retries
 * with backoff, a manual "try again", and (with a `keyStore`) a reload — so a retry after a lost
 * answer is never stored twice. A double click cannot send twice.
 */
export class SubmissionController<V, R> implements ReactiveController {
  readonly #options: SubmissionOptions<V, R>;
  readonly #host: ReactiveControllerHost;
  #key: string | undefined;
  /** Set between the submit call and the task starting, so a double click cannot send twice. */
  #starting = false;
  readonly #task: Task<[V | undefined, string], R | typeof QUEUED>;
  #handle: LazyOutbox | undefined;
  #box: Outbox | undefined;
  #unsubscribe: (() => void) | undefined;
  /** The idempotency key of this controller's write waiting in the outbox. */
  #queuedKey: string | undefined;
  /** The outbox sent the waiting write and the backend rejected it. */
  #rejection: { error: unknown } | undefined;

  constructor(host: ReactiveControllerHost, options: SubmissionOptions<V, R>) {
    this.#options = options;
    this.#host = host;
    this.#task = new Task(host, {
      autoRun: false,
      args: (): [V | undefined, string] => [undefined, ''],
      task: async ([value, idempotencyKey]) => {
        if (value === undefined) return initialState;
        try {
          return await this.#withRetries(() => this.#options.send(value, idempotencyKey));
        } catch (error) {
          const handle = this.#options.outbox?.get();
          if (!handle || !isQueueable(error)) throw error;
          let box: Outbox;
          try {
            box = await handle.load();
          } catch {
            // The outbox code could not be fetched (offline before anything was typed here): the
            // write fails as it would without an outbox; the text stays in the device copy.
            throw error;
          }
          await box.add(this.#options.outbox!.method, this.#options.outbox!.args(value), idempotencyKey);
          // Followed from now on; onComplete reports this write as queued.
          this.#follow(box, false);
          return QUEUED;
        }
      },
      onComplete: (result) => {
        if (result === QUEUED) {
          this.#queuedKey = this.#key;
          this.#host.requestUpdate();
          this.#options.onQueued?.();
          return;
        }
        this.#confirmed(result);
      },
      onError: (error) => this.#options.onFailed?.(error),
    });
    if (options.outbox) host.addController(this);
  }

  hostConnected(): void {
    this.#handle = undefined;
    this.#box = undefined;
    (this.#host as Partial<EventTarget>).addEventListener?.('input', this.#onInput);
  }

  hostDisconnected(): void {
    (this.#host as Partial<EventTarget>).removeEventListener?.('input', this.#onInput);
    this.#follow(undefined);
    this.#handle = undefined;
  }

  /**
   * Follows the current adapter's outbox: started when something waits for its backend (a write
   * left waiting by an earlier page shows as waiting and is sent), or once a write went into it.
   */
  hostUpdate(): void {
    const handle = this.#options.outbox?.get();
    if (handle !== this.#handle) {
      this.#handle = handle;
      this.#follow(undefined);
      if (handle && !handle.loaded) {
        void handle.resume().then((box) => {
          if (box && handle === this.#handle) this.#follow(box);
        });
      }
    }
    if (handle?.loaded) this.#follow(handle.loaded);
  }

  /** Listens to `box` (and to no other); `found`: report this controller's write if it is found waiting there. */
  #follow(box: Outbox | undefined, found = true): void {
    if (box === this.#box) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#box = box;
    if (!box) return;
    this.#unsubscribe = box.subscribe(this.#onOutbox);
    void box.ready.then(() => {
      if (box !== this.#box) return;
      this.#host.requestUpdate();
      // A write an earlier page left waiting (its key kept beside the device copy).
      if (found && this.queued) this.#options.onQueued?.();
    });
  }

  /**
   * The person is writing: fetch the outbox code now, while the browser is online (once fetched,
   * this costs a resolved promise; a fetch that failed is tried again on the next input).
   */
  readonly #onInput = (): void => {
    this.#options.outbox?.get()?.prefetch();
  };

  /** The key of this controller's write that may be waiting: queued on this page, or kept from an earlier one. */
  get #waitingKey(): string | undefined {
    return this.#queuedKey ?? this.#options.keyStore?.read();
  }

  /** True while this controller's write waits in the outbox to be sent. */
  get queued(): boolean {
    const key = this.#waitingKey;
    return key !== undefined && !!this.#box?.has(key);
  }

  /** How many writes wait in the outbox of the current adapter (this one's and others'). */
  get waiting(): number {
    return this.#box?.size ?? 0;
  }

  /** True when the browser gives no storage: the waiting write is lost if the tab closes (warn the user). */
  get storageUnavailable(): boolean {
    return !!this.#box?.storageUnavailable;
  }

  readonly #onOutbox = (event: OutboxEvent): void => {
    if (event.type === 'change') {
      this.#host.requestUpdate();
      return;
    }
    if (event.entry.key !== this.#waitingKey) return;
    this.#queuedKey = undefined;
    if (event.type === 'sent') {
      this.#confirmed(event.result as R);
    } else {
      this.#rejection = { error: event.error };
      this.#host.requestUpdate();
      this.#options.onFailed?.(event.error);
    }
  };

  #confirmed(result: R): void {
    this.#key = undefined;
    this.#rejection = undefined;
    this.#options.keyStore?.clear();
    this.#options.onSubmitted(result);
  }

  /** True while a submission is being sent (including its automatic retries). */
  get pending(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** False while a submission is starting, being sent, or waiting in the outbox. */
  get canSubmit(): boolean {
    return !this.#starting && !this.pending && !this.queued;
  }

  /** Why the last submission failed (retries used up, or rejected when the outbox sent it); undefined otherwise. */
  get error(): unknown {
    if (this.#rejection) return this.#rejection.error;
    return this.#task.status === TaskStatus.ERROR ? this.#task.error : undefined;
  }

  /** True when the last submission failed, once its retries are used up. */
  get failed(): boolean {
    return !!this.#rejection || this.#task.status === TaskStatus.ERROR;
  }

  /** The key the next (or current) attempt uses, if one was made. */
  get idempotencyKey(): string | undefined {
    return this.#key ?? this.#options.keyStore?.read();
  }

  /**
   * Submits `value` (or `options.value()`); does nothing while a submission is starting or in
   * flight. Resolves once the attempt has started, not when it settles.
   */
  async submit(value?: V): Promise<void> {
    if (!this.canSubmit) return;
    this.#starting = true;
    this.#rejection = undefined;
    try {
      // One key for this series of attempts: a retry after a lost answer is recognised, never stored twice.
      this.#key ??= this.#options.keyStore?.read() ?? newIdempotencyKey();
      this.#options.keyStore?.write(this.#key);
      await this.#options.beforeSubmit?.();
      void this.#task.run([value ?? this.#options.value?.(), this.#key]);
    } finally {
      this.#starting = false;
    }
  }

  /**
   * Another item was loaded: the in-memory key belongs to the one it was made for. (A stored key
   * stays with its item's device copy and is read again by the next `submit()` for that item.)
   */
  forget(): void {
    this.#key = undefined;
    this.#queuedKey = undefined;
    this.#rejection = undefined;
  }

  async #withRetries<T>(call: () => Promise<T>): Promise<T> {
    const max = this.#options.maxRetries ?? MAX_SUBMIT_RETRIES;
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (!AdapterError.is(error) || !error.retryable || attempt >= max) throw error;
        // Offline with an outbox: no point waiting here, the outbox sends it when the network is back.
        if (this.#options.outbox?.get() && (isOffline() || error.code === 'network')) throw error;
        await sleep(this.#options.retryDelay() * 2 ** attempt);
      }
    }
  }
}
