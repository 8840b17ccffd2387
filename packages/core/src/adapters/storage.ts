import * as z from 'zod/mini';
import { memoryDataSchema, type MemoryData } from './memory-data.js';

/**
 * Keeps the memory adapter's data in localStorage so a demo's edits survive a reload. Nothing
 * here throws: storage that is missing (private mode, a sandboxed frame, Node), full or corrupt
 * simply means the adapter starts from its seed data.
 */

export const STORAGE_FORMAT = 1;
export const DEFAULT_STORAGE_KEY = `pm-widgets:memory:v${STORAGE_FORMAT}`;

const persistedSchema = z.object({
  format: z.literal(STORAGE_FORMAT),
  data: memoryDataSchema,
  /** Results of idempotent writes, so a retry after a reload is still recognised. */
  idempotency: z.array(z.tuple([z.string(), z.unknown()])),
});

export interface PersistedState {
  data: MemoryData;
  idempotency: [string, unknown][];
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // e.g. SecurityError in a sandboxed iframe
  }
}

/** The stored state, or undefined when there is none or it cannot be trusted. */
export function loadState(key: string): PersistedState | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(key);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const result = z.safeParse(persistedSchema, JSON.parse(raw));
    if (!result.success) {
      console.warn(`pm-widgets memory adapter: ignoring stored data under "${key}" (it does not match the current format).`);
      return undefined;
    }
    return { data: result.data.data, idempotency: result.data.idempotency as [string, unknown][] };
  } catch {
    console.warn(`pm-widgets memory adapter: ignoring stored data under "${key}" (not valid JSON).`);
    return undefined;
  }
}

/** Writes the state; false when storage is unavailable or full. */
export function saveState(key: string, state: PersistedState): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify({ format: STORAGE_FORMAT, ...state }));
    return true;
  } catch {
    return false;
  }
}

export function clearState(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
