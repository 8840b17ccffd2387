import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../errors.js';

/** What an autosave status line can say. */
export const SAVE_STATES = ['idle', 'saving', 'saved', 'offline', 'retrying', 'failed'] as const;
export type SaveState = (typeof SAVE_STATES)[number];

/**
 * Where a submission's idempotency key is kept between attempts, so a retry — even after a reload —
 * is recognised by the backend. `AutosaveController.keyStore` keeps it beside the device copy.
 */
export interface KeyStore {
  read(): string | undefined;
  write(key: string): void;
  clear(): void;
}

/** What is kept on the device: the value and when it was written (device clock). */
export interface DeviceDraft<T> {
  savedAt: string;
  value: T;
}

export interface AutosaveOptions<T> {
  /** The value to save, read at save time (so an id the server assigned is included). */
  value: () => T | undefined;
  /**
   * Sends the value to the backend. Rejects with an AdapterError on failure. Without it the draft
   * lives on the device only (e.g. a composer whose backend has no drafts) until `discard()`.
   */
  save?: (value: T) => Promise<unknown>;
  /** Where the device copy lives (localStorage); undefined while there is nothing to key it by. */
  storageKey: () => string | undefined;
  /** Debounce after the last change, in milliseconds. */
  delay: () => number;
  /** Called after each successful backend save. */
  onSaved?: (result: unknown) => void;
  /** True when the value holds text worth a "leave page?" prompt. */
  hasText?: (value: T) => boolean;
  /** First retry delay after a failed save; doubles per attempt up to `maxRetryDelay`. */
  retryDelay?: () => number;
  maxRetryDelay?: number;
}

const isOffline = () => globalThis.navigator?.onLine === false;

/** The device-storage key of the pending submission's idempotency key, beside the draft's. */
const submitKeyOf = (storageKey: string) => `${storageKey}:submission`;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Storage may be disabled (a sandboxed frame); there is no device copy then.
    return undefined;
  }
}

/**
 * Autosave that never loses a word: every change is written to the device synchronously (so a
 * crash loses nothing), and pushed to the backend debounced, on `visibilitychange` → hidden and
 * when the browser comes back online. Only one save is in flight at a time; a change made while
 * saving is saved right after. Failures keep the device copy and retry with backoff.
 */
export class AutosaveController<T> implements ReactiveController {
  /** What the status line says. */
  state: SaveState = 'idle';
  /** True while there are changes the backend has not confirmed. */
  dirty = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: AutosaveOptions<T>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #attempt = 0;
  #inFlight: Promise<void> | undefined;
  #paused = false;

  constructor(host: ReactiveControllerHost, options: AutosaveOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOffline);
    window.addEventListener('beforeunload', this.#onBeforeUnload);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOffline);
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
    this.#clearTimers();
  }

  /** The user changed something: keep it on the device now, save it to the backend soon. */
  change(): void {
    this.dirty = true;
    this.#paused = false;
    this.#writeDevice();
    if (!this.#options.save) return;
    if (isOffline()) {
      this.#setState('offline');
      return;
    }
    this.#clearTimers();
    this.#timer = setTimeout(() => void this.flush(), this.#options.delay());
  }

  /** Saves now if there is anything unsaved; resolves when that save (and any follow-up) settles. */
  async flush(): Promise<void> {
    this.#clearTimers();
    if (this.#inFlight) {
      await this.#inFlight;
      if (this.dirty && !this.#inFlight) return this.flush();
      return;
    }
    if (!this.dirty || this.#paused || !this.#options.save) return;
    const value = this.#options.value();
    if (value === undefined) return;
    if (isOffline()) {
      this.#setState('offline');
      return;
    }
    this.dirty = false;
    this.#setState('saving');
    this.#inFlight = this.#send(value);
    try {
      await this.#inFlight;
    } finally {
      this.#inFlight = undefined;
    }
    // A change typed while saving: save it too, after its own debounce (already scheduled).
    if (this.dirty && !this.#timer && !this.#retryTimer && this.state === 'saved') void this.flush();
  }

  /** Waits for a save in flight and stops further saves until the next change (e.g. while submitting). */
  async pause(): Promise<void> {
    this.#paused = true;
    this.#clearTimers();
    await this.#inFlight;
  }

  /** Forget everything: a new person or period was loaded. The device copy stays. */
  reset(): void {
    this.#clearTimers();
    this.dirty = false;
    this.#paused = false;
    this.#attempt = 0;
    this.#setState('idle');
  }

  /** The value is final (submitted): nothing left to save; the device copy and submission key are removed. */
  discard(): void {
    this.reset();
    this.clearDevice();
    this.keyStore.clear();
  }

  /**
   * The pending submission's idempotency key, kept on the device beside the draft (under
   * `<storageKey>:submission`). It outlives the draft's device copy (a backend save removes that)
   * and a reload, and goes only with `discard()` — once the backend confirmed the submission.
   */
  readonly keyStore: KeyStore = {
    read: () => {
      const key = this.#options.storageKey();
      if (!key) return undefined;
      try {
        return storage()?.getItem(submitKeyOf(key)) || undefined;
      } catch {
        return undefined;
      }
    },
    write: (idempotencyKey) => {
      const key = this.#options.storageKey();
      if (!key) return;
      try {
        storage()?.setItem(submitKeyOf(key), idempotencyKey);
      } catch {
        // Private mode or a full quota: the key lives in memory only.
      }
    },
    clear: () => {
      const key = this.#options.storageKey();
      if (!key) return;
      try {
        storage()?.removeItem(submitKeyOf(key));
      } catch {
        // Nothing to remove.
      }
    },
  };

  readDevice(): DeviceDraft<T> | undefined {
    const key = this.#options.storageKey();
    if (!key) return undefined;
    try {
      const raw = storage()?.getItem(key);
      if (!raw) return undefined;
      const parsed = JSON.parse(raw) as Partial<DeviceDraft<T>>;
      if (typeof parsed?.savedAt !== 'string' || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
      return parsed as DeviceDraft<T>;
    } catch {
      return undefined;
    }
  }

  clearDevice(): void {
    const key = this.#options.storageKey();
    if (!key) return;
    try {
      storage()?.removeItem(key);
    } catch {
      // Storage may be disabled; there is nothing to remove then.
    }
  }

  #writeDevice(): void {
    const key = this.#options.storageKey();
    const value = this.#options.value();
    if (!key || value === undefined) return;
    try {
      const entry: DeviceDraft<T> = { savedAt: new Date().toISOString(), value };
      storage()?.setItem(key, JSON.stringify(entry));
    } catch {
      // Private mode or a full quota: the backend save is all we have.
    }
  }

  async #send(value: T): Promise<void> {
    try {
      const result = await this.#options.save!(value);
      this.#attempt = 0;
      if (!this.dirty) this.clearDevice();
      this.#setState('saved');
      this.#options.onSaved?.(result);
    } catch (error) {
      this.dirty = true;
      const adapterError = AdapterError.is(error) ? error : undefined;
      const retryable = adapterError ? adapterError.retryable : true;
      if (isOffline() || adapterError?.code === 'network') this.#setState('offline');
      else this.#setState(retryable ? 'retrying' : 'failed');
      if (retryable && !isOffline()) this.#scheduleRetry();
    }
  }

  #scheduleRetry(): void {
    const first = this.#options.retryDelay?.() ?? 1000;
    const wait = Math.min(first * 2 ** this.#attempt, this.#options.maxRetryDelay ?? 30_000);
    this.#attempt++;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      void this.flush();
    }, wait);
  }

  #clearTimers(): void {
    clearTimeout(this.#timer);
    clearTimeout(this.#retryTimer);
    this.#timer = undefined;
    this.#retryTimer = undefined;
  }

  #setState(state: SaveState): void {
    if (this.state === state) return;
    this.state = state;
    this.#host.requestUpdate();
  }

  readonly #onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  readonly #onOnline = () => {
    this.#attempt = 0;
    if (this.dirty) void this.flush();
  };

  readonly #onOffline = () => {
    if (this.dirty) this.#setState('offline');
  };

  readonly #onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    const value = this.#options.value();
    if (value === undefined || !(this.#options.hasText?.(value) ?? true)) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };
}
