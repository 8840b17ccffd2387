import { AdapterError } from '../errors.js';
import type { Outbox } from './outbox.js';

/**
 * What every page with a writing widget loads of the outbox: its types, which errors queue, the
 * backend's scope, a read-only probe for entries an earlier page left, and the handle that fetches
 * the outbox itself (`./outbox.js`, with IndexedDB through idb-keyval) on demand — when a write must
 * wait, when something waits for this backend, or, ahead of need, when the person starts writing.
 */

/** The writes that wait in the outbox when they cannot be sent now. */
export const OUTBOX_METHODS = ['submitCheckIn', 'replyToCheckIn', 'submitSurvey', 'giveFeedback', 'requestFeedback'] as const;
export type OutboxMethod = (typeof OUTBOX_METHODS)[number];

/** One write waiting to be sent: the port method, its arguments (without options) and its idempotency key. */
export interface OutboxEntry {
  /** The idempotency key: every attempt of this write, in any tab and after any reload, sends it. */
  key: string;
  /** Which backend it belongs to (see `outboxScope`). */
  scope: string;
  method: OutboxMethod;
  args: unknown[];
  /** When it was queued (device clock). */
  queuedAt: string;
  /** Attempts made from the outbox so far. */
  attempts: number;
}

/** What an outbox sends through: any adapter with the write methods (widgets pass their validated adapter). */
export type OutboxPort = { [M in OutboxMethod]?: (...args: never[]) => Promise<unknown> };

export type OutboxEvent =
  | { type: 'sent'; entry: OutboxEntry; result: unknown }
  | { type: 'rejected'; entry: OutboxEntry; error: unknown }
  | { type: 'change' };

/** Where entries are kept: IndexedDB, or memory when the browser allows no storage. */
export interface OutboxStorage {
  readonly durable: boolean;
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface OutboxOptions {
  /** Where entries are kept. Default: IndexedDB (`pm-widgets-outbox`), or memory if that cannot be opened. */
  storage?: OutboxStorage;
  /** First delay before sending again after a transient failure; doubles up to `maxRetryDelay`. Default 2000. */
  retryDelay?: number;
  /** Longest wait between attempts. Default 60 000. */
  maxRetryDelay?: number;
}

/** The IndexedDB database and store the outbox keeps entries in (idb-keyval's layout: one store, out-of-line keys). */
export const OUTBOX_DB = 'pm-widgets-outbox';
export const OUTBOX_STORE = 'entries';

export const isOffline = () => globalThis.navigator?.onLine === false;

/**
 * The scope an adapter's entries are kept under: its `outboxScope` (the REST adapter names its base
 * URL), else undefined — then the outbox has no way to know, after a reload, which backend an entry
 * was meant for, and keeps entries in memory for this page only.
 */
export function outboxScope(adapter: unknown): string | undefined {
  const scope = (adapter as { outboxScope?: unknown } | null | undefined)?.outboxScope;
  return typeof scope === 'string' && scope ? scope : undefined;
}

/**
 * Offline or transient: worth keeping and sending later (network failure, 5xx, timeout, or the
 * browser says it is offline). A rejection (4xx: invalid, forbidden, conflict…) is not: the user
 * must see it and act, and sending it again would be rejected again.
 */
export function isQueueable(error: unknown): boolean {
  if (AdapterError.is(error)) return error.retryable || (isOffline() && error.code === 'network');
  return isOffline();
}

/** The outbox module: `Outbox`, `outboxFor`, `openOutboxStorage`, `memoryOutboxStorage`. */
export type OutboxModule = typeof import('./outbox.js');

let outboxModule: Promise<OutboxModule> | undefined;
/** Set once the module is on the page. */
let outboxModuleLoaded = false;

/**
 * Fetches the outbox module (once per page; a failed fetch, e.g. offline, is tried again on the
 * next call). Everything a host needs to run its own writes through the outbox is in it.
 */
export function loadOutbox(): Promise<OutboxModule> {
  outboxModule ??= import('./outbox.js').then(
    (m) => {
      outboxModuleLoaded = true;
      return m;
    },
    (error: unknown) => {
      outboxModule = undefined;
      throw error;
    },
  );
  return outboxModule;
}

const probes = new Map<string, Promise<boolean>>();

/**
 * True when an entry for this backend may be waiting in IndexedDB (left by an earlier page or
 * another tab): a read-only look at the outbox's store (concurrent asks share one look). It reads the
 * entries themselves, so there is no marker to keep in step. When the database does not exist yet,
 * nothing waits: the open is aborted, so a visitor who never queued gets no database. When
 * IndexedDB refuses to open, nothing could be sent from it either (the outbox would keep entries in
 * memory): false. Any other failure answers true — the outbox is loaded and looks for itself.
 */
export function outboxMayBeWaiting(scope: string): Promise<boolean> {
  let probe = probes.get(scope);
  if (!probe) {
    probe = new Promise<boolean>((resolve) => {
      let request: IDBOpenDBRequest;
      try {
        request = indexedDB.open(OUTBOX_DB);
      } catch {
        resolve(false);
        return;
      }
      let created = false;
      request.onupgradeneeded = () => {
        created = true;
        request.transaction!.abort();
      };
      request.onerror = () => resolve(!created && request.error?.name !== 'SecurityError');
      request.onsuccess = () => {
        const db = request.result;
        try {
          const all = db.transaction(OUTBOX_STORE, 'readonly').objectStore(OUTBOX_STORE).getAll();
          all.onsuccess = () => resolve((all.result as unknown[]).some((v) => (v as OutboxEntry | null)?.scope === scope));
          all.onerror = () => resolve(true);
        } catch {
          resolve(true);
        } finally {
          db.close();
        }
      };
    });
    probes.set(scope, probe);
    void probe.then(() => probes.delete(scope));
  }
  return probe;
}

/**
 * A backend's outbox as a widget holds it before the outbox code is on the page: `load()` fetches
 * it and starts it (it reads what waits and sends it); `resume()` does so only when something may
 * be waiting; `prefetch()` fetches the code alone, while the browser is online, so that a write
 * failing later, offline, finds it. One per port object and scope, like the outbox itself.
 */
export class LazyOutbox {
  /** The started outbox, once `load()` or `resume()` started it. */
  loaded: Outbox | undefined;
  #loading: Promise<Outbox> | undefined;

  constructor(
    private readonly port: OutboxPort,
    readonly scope: string | undefined,
    private readonly options?: OutboxOptions,
  ) {}

  /** Fetches the outbox code and starts this backend's outbox. Rejects when the code cannot be fetched. */
  load(): Promise<Outbox> {
    this.#loading ??= loadOutbox().then(
      (m) => (this.loaded = m.outboxFor(this.port, this.scope, this.options)),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  /**
   * Starts the outbox when something may wait for this backend (see `outboxMayBeWaiting`), or when
   * the outbox code is on the page already (as every outbox did before it was loaded on demand:
   * it reads what waits and sends it); resolves to it, else to undefined. Without a scope nothing
   * outlives a page, so nothing can be waiting from an earlier one.
   */
  async resume(): Promise<Outbox | undefined> {
    if (this.loaded || outboxModuleLoaded) return this.load();
    return this.scope && (await outboxMayBeWaiting(this.scope)) ? this.load() : this.loaded;
  }

  /** Fetches the outbox code (not started: no storage is opened) unless the browser is offline. */
  prefetch(): void {
    if (!isOffline()) void loadOutbox().catch(() => undefined);
  }
}

const lazyOutboxes = new WeakMap<object, Map<string, LazyOutbox>>();

/**
 * The handle of this adapter's outbox (one per adapter object and scope). `port` is what entries
 * are sent through (a widget's validated, cache-aware adapter); `scope` names the backend
 * (`outboxScope(rawAdapter)`). Nothing is fetched or opened until the handle is asked to.
 */
export function lazyOutboxFor(port: OutboxPort, scope: string | undefined, options?: OutboxOptions): LazyOutbox {
  let byScope = lazyOutboxes.get(port);
  if (!byScope) lazyOutboxes.set(port, (byScope = new Map()));
  let handle = byScope.get(scope ?? '');
  if (!handle) byScope.set(scope ?? '', (handle = new LazyOutbox(port, scope, options)));
  return handle;
}
