import { clear, createStore, values } from 'idb-keyval';
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

/** The outbox's IndexedDB store, read the way any page script could. */
const store = () => createStore('pm-widgets-outbox', 'entries');

export async function storedEntries(): Promise<OutboxEntry[]> {
  return (await values(store())).filter((v): v is OutboxEntry => typeof v === 'object' && v !== null && 'method' in v);
}

export async function clearStoredEntries(): Promise<void> {
  await clear(store());
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
