import type { OutboxEntry } from '@pm-widgets/core/drafts';

/**
 * A network you switch off and on: every adapter call made while it is off fails the way `fetch`
 * does (a TypeError), and the browser says it is offline (`navigator.onLine`, `offline`/`online`).
 */
export const network = { offline: false };

/** What one adapter behind the network was asked. */
export interface Calls {
  /** Idempotency keys of every call per method, sent or not. */
  keys: Record<string, string[]>;
  /** Calls that reached the backend, per method. */
  reached: Record<string, number>;
}

/**
 * Wraps an adapter's methods behind the switchable network; `scope` names its backend for the
 * durable outbox. `calls` records what this wrapper (only) was asked.
 */
export function behindNetwork<A extends object>(adapter: A, scope?: string, calls: Calls = { keys: {}, reached: {} }): A & { calls: Calls } {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(adapter)) {
    if (typeof value !== 'function') continue;
    wrapped[name] = async (...args: unknown[]) => {
      const last = args[args.length - 1] as { idempotencyKey?: string } | undefined;
      if (last && typeof last === 'object' && typeof last.idempotencyKey === 'string') {
        (calls.keys[name] ??= []).push(last.idempotencyKey);
      }
      if (network.offline) throw new TypeError('Failed to fetch');
      calls.reached[name] = (calls.reached[name] ?? 0) + 1;
      return (value as (...a: unknown[]) => unknown).apply(adapter, args);
    };
  }
  if (scope) Object.defineProperty(wrapped, 'outboxScope', { value: scope, enumerable: false });
  Object.defineProperty(wrapped, 'calls', { value: calls, enumerable: false });
  return wrapped as A & { calls: Calls };
}

export function goOffline(): void {
  network.offline = true;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
}

export function goOnline(): void {
  network.offline = false;
  delete (navigator as { onLine?: boolean }).onLine;
  window.dispatchEvent(new Event('online'));
}

/** The network is back without the browser saying so (no `online` event): nothing already loaded reacts. */
export function resetNetwork(): void {
  network.offline = false;
  delete (navigator as { onLine?: boolean }).onLine;
}

/**
 * The outbox's IndexedDB store, read the way any page script could (idb-keyval imported only here,
 * so a test that never reads the store can tell whether a widget fetched it).
 */
const keyval = async () => {
  const idb = await import('idb-keyval');
  return { idb, store: idb.createStore('pm-widgets-outbox', 'entries') };
};

export async function storedEntries(): Promise<OutboxEntry[]> {
  const { idb, store } = await keyval();
  return (await idb.values(store)).filter((v): v is OutboxEntry => typeof v === 'object' && v !== null && 'method' in v);
}

export async function clearStoredEntries(): Promise<void> {
  const { idb, store } = await keyval();
  await idb.clear(store);
}

/** Puts an entry in the store as an earlier page (or another tab) left it. */
export async function putStoredEntry(entry: OutboxEntry): Promise<void> {
  const { idb, store } = await keyval();
  await idb.set(entry.key, entry, store);
}

/** True when the outbox's database exists on this origin. */
export async function outboxDatabaseExists(): Promise<boolean> {
  return (await indexedDB.databases()).some((db) => db.name === 'pm-widgets-outbox');
}

/** Deletes the outbox's database (the page's own connections, if any, are closed by the tests first). */
export function deleteOutboxDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('pm-widgets-outbox');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the outbox database is still open'));
  });
}

/**
 * What this page fetched, as the browser's resource timing records it. Entries beyond the buffer's
 * size are dropped, so a test that asks must raise it (`performance.setResourceTimingBufferSize`)
 * before it imports what it watches, and check that what it imported was recorded.
 */
export function fetched(pattern: RegExp): boolean {
  return performance.getEntriesByType('resource').some((entry) => pattern.test(entry.name));
}

/** Whether this page fetched the outbox's code: the module itself (its chunk in a build) or idb-keyval. */
export function fetchedOutboxCode(): { outbox: boolean; idbKeyval: boolean } {
  return { outbox: fetched(/\/drafts\/outbox\.(ts|js)(\?|$)/), idbKeyval: fetched(/\/idb-keyval\//) };
}

/** Makes IndexedDB refuse to open, as in some private modes and sandboxed frames. Returns the undo. */
export function blockIndexedDb(): () => void {
  const original = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  };
  return () => {
    IDBFactory.prototype.open = original;
  };
}

/** A scope nobody else uses, so tests never drain each other's entries. */
export const freshScope = () => `test ${crypto.randomUUID()}`;
