import { createStore, del, set, values, type UseStore } from 'idb-keyval';
import { AdapterError } from '../errors.js';
import {
  OUTBOX_DB, OUTBOX_METHODS, OUTBOX_STORE, isOffline, isQueueable,
  type OutboxEntry, type OutboxEvent, type OutboxMethod, type OutboxOptions, type OutboxPort, type OutboxStorage,
} from './outbox-lazy.js';

// The outbox itself: fetched on demand (`loadOutbox()`, `LazyOutbox` in ./outbox-lazy.ts), so a
// first render of a writing widget carries neither this nor idb-keyval.

/** A blocked or hanging open (some private modes) counts as no storage after this long. */
const OPEN_TIMEOUT_MS = 3000;

let noted = false;
function noteOnce(message: string): void {
  if (noted) return;
  noted = true;
  console.info(message);
}

/** Entries in memory: a page without storage, or an adapter without an `outboxScope`. */
export function memoryOutboxStorage(): OutboxStorage {
  const map = new Map<string, OutboxEntry>();
  return {
    durable: false,
    all: async () => [...map.values()].map((e) => structuredClone(e)),
    put: async (entry) => void map.set(entry.key, structuredClone(entry)),
    delete: async (key) => void map.delete(key),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${ms} ms`)), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e); });
  });
}

/**
 * Entries in IndexedDB (one database per origin, entries tagged with their scope), through
 * `idb-keyval`. Resolves to the memory storage when IndexedDB is missing, blocked, or refuses
 * (private modes, sandboxed frames, storage turned off).
 */
export async function openOutboxStorage(scope: string): Promise<OutboxStorage> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    const store: UseStore = createStore(OUTBOX_DB, OUTBOX_STORE);
    // Opening happens on first use; a write-read round trip proves the store works here.
    const probe = `probe:${scope}`;
    await withTimeout((async () => { await set(probe, 1, store); await del(probe, store); })(), OPEN_TIMEOUT_MS);
    const isEntry = (v: unknown): v is OutboxEntry =>
      typeof v === 'object' && v !== null && (v as OutboxEntry).scope === scope && typeof (v as OutboxEntry).key === 'string'
      && (OUTBOX_METHODS as readonly string[]).includes((v as OutboxEntry).method) && Array.isArray((v as OutboxEntry).args);
    return {
      durable: true,
      all: async () => (await values(store)).filter(isEntry),
      put: (entry) => set(entry.key, entry, store),
      delete: (key) => del(key, store),
    };
  } catch {
    return memoryOutboxStorage();
  }
}

/**
 * A durable outbox for one backend: writes that could not be sent (offline, or a transient failure
 * after the automatic retries) wait here — in IndexedDB, so they survive closing the tab — and are
 * sent, oldest first, with their original idempotency key when the browser comes back online, on a
 * backoff timer, and whenever a widget or provider for the same backend starts on a later page load.
 * The backend's idempotency makes this exactly once, even when it stored a write and the answer was
 * lost, or two tabs send the same entry.
 */
export class Outbox {
  readonly scope: string;
  /** Settles once the stored entries are loaded. */
  readonly ready: Promise<void>;
  #storage: OutboxStorage | undefined;
  readonly #entries = new Map<string, OutboxEntry>();
  readonly #listeners = new Set<(event: OutboxEvent) => void>();
  #draining: Promise<void> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;

  constructor(
    private readonly port: () => OutboxPort | undefined,
    scope: string | undefined,
    private readonly options: OutboxOptions = {},
  ) {
    this.scope = scope ?? '';
    this.ready = (async () => {
      if (!scope) noteOnce('pm-widgets: this adapter has no `outboxScope`, so writes waiting offline are kept in memory and lost when the tab closes (the typed text stays in the device copy). Set `outboxScope` to a name for its backend to keep them in IndexedDB.');
      this.#storage = options.storage ?? (scope ? await openOutboxStorage(scope) : memoryOutboxStorage());
      for (const entry of await this.#storage.all().catch(() => [])) this.#entries.set(entry.key, entry);
      if (this.#entries.size) this.#emit({ type: 'change' });
    })();
    globalThis.addEventListener?.('online', this.#onOnline);
  }

  /**
   * False when entries live in memory only (no storage, or an adapter without `outboxScope`): they
   * are lost when the tab closes. Undefined until `ready`.
   */
  get durable(): boolean | undefined {
    return this.#storage?.durable;
  }

  /**
   * True when this backend's writes should outlive the tab (it has a scope) but the browser gives
   * the page no storage (private mode, IndexedDB blocked): widgets warn the user to keep the tab open.
   */
  get storageUnavailable(): boolean {
    return !!this.scope && this.#storage?.durable === false;
  }

  /** How many writes are waiting. */
  get size(): number {
    return this.#entries.size;
  }

  /** True while the write with this idempotency key is waiting. */
  has(key: string): boolean {
    return this.#entries.has(key);
  }

  /** The waiting writes, oldest first. */
  list(): OutboxEntry[] {
    return [...this.#entries.values()].sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  }

  /** Hears about sent and rejected entries and every change of the list; returns the unsubscribe. */
  subscribe(listener: (event: OutboxEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Keeps a write to send later (stored before this resolves), and schedules a send. */
  async add(method: OutboxMethod, args: unknown[], key: string): Promise<void> {
    await this.ready;
    const entry: OutboxEntry = {
      key, scope: this.scope, method, args: structuredClone(args), queuedAt: new Date().toISOString(), attempts: 0,
    };
    this.#entries.set(key, entry);
    await this.#storage!.put(entry).catch(() => {
      // Quota or a storage that went away: the entry is still in memory for this page.
    });
    this.#emit({ type: 'change' });
    this.#schedule();
  }

  /**
   * Sends every waiting write once, oldest first, unless the browser is offline. A transient failure
   * stops the round (the network is likely down) and schedules the next with backoff; a rejection
   * removes the entry and is reported. Resolves when the round is over.
   */
  drain(): Promise<void> {
    this.#draining ??= this.#round().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  /** Stops listening and timers (tests; an outbox is otherwise kept for the page's life). */
  close(): void {
    clearTimeout(this.#timer);
    globalThis.removeEventListener?.('online', this.#onOnline);
  }

  async #round(): Promise<void> {
    await this.ready;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const port = this.port();
    if (!port || isOffline()) return;
    for (const entry of this.list()) {
      if (!this.#entries.has(entry.key)) continue;
      const fn = port[entry.method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
      try {
        if (!fn) throw new AdapterError('not-supported', `${entry.method} is not implemented`, { method: entry.method, retryable: false });
        const result = await fn.apply(port, [...entry.args, { idempotencyKey: entry.key }]);
        await this.#remove(entry.key);
        this.#failures = 0;
        this.#emit({ type: 'sent', entry, result });
      } catch (error) {
        if (isQueueable(error)) {
          const next = { ...entry, attempts: entry.attempts + 1 };
          this.#entries.set(entry.key, next);
          await this.#storage!.put(next).catch(() => undefined);
          this.#failures++;
          this.#schedule();
          return;
        }
        await this.#remove(entry.key);
        this.#emit({ type: 'rejected', entry, error });
      }
    }
  }

  async #remove(key: string): Promise<void> {
    this.#entries.delete(key);
    await this.#storage!.delete(key).catch(() => undefined);
    this.#emit({ type: 'change' });
  }

  /** The next attempt: soon after a first queueing, then backing off while failures go on. */
  #schedule(): void {
    if (!this.#entries.size) return;
    clearTimeout(this.#timer);
    const first = this.options.retryDelay ?? 2000;
    const wait = Math.min(first * 2 ** Math.min(this.#failures, 16), this.options.maxRetryDelay ?? 60_000);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.drain();
    }, wait);
  }

  #emit(event: OutboxEvent): void {
    for (const listener of [...this.#listeners]) listener(event);
  }

  readonly #onOnline = () => {
    this.#failures = 0;
    void this.drain();
  };
}

const outboxes = new WeakMap<object, Map<string, Outbox>>();

/**
 * The page's outbox for this adapter (one per adapter object and scope), started: it loads what
 * earlier pages left and sends it. `port` is what entries are sent through (a widget's validated,
 * cache-aware adapter); `scope` names the backend (`outboxScope(rawAdapter)`).
 */
export function outboxFor(port: OutboxPort, scope: string | undefined, options?: OutboxOptions): Outbox {
  let byScope = outboxes.get(port);
  if (!byScope) outboxes.set(port, (byScope = new Map()));
  let box = byScope.get(scope ?? '');
  if (!box) {
    box = new Outbox(() => port, scope, options);
    byScope.set(scope ?? '', box);
    void box.ready.then(() => box!.drain());
  }
  return box;
}
