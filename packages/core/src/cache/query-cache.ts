import type { SharedCacheSlot } from '../context.js';
import type { CallOptions, PerformanceAdapter } from '../ports.js';
import type { CheckIn, CheckInContext } from '../schemas/check-in.js';
import type { Goal, GoalList } from '../schemas/goal.js';
import { withValidation, type ValidatedAdapter } from '../validating-adapter.js';

/** The reads the cache keeps, keyed by method and query. */
export const CACHED_READS = ['listGoals', 'getCheckIn', 'getAssignment', 'listFeedback', 'getCompetencyProfile', 'listAssignments', 'listFeedbackRequests'] as const;
export type CachedRead = (typeof CACHED_READS)[number];
export type ReadParams<M extends CachedRead> = Parameters<ValidatedAdapter[M]>[0];
export type ReadResult<M extends CachedRead> = Awaited<ReturnType<ValidatedAdapter[M]>>;

export type QueryListener<M extends CachedRead> = (value: ReadResult<M>) => void;

interface Inflight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
  /** The entry's generation when the fetch started; a write since makes its answer stale. */
  generation: number;
  /** Started by an invalidation rather than a reader: its answer goes to the subscribers. */
  background: boolean;
}

interface Entry {
  method: CachedRead;
  params: unknown;
  value?: unknown;
  hasValue: boolean;
  stale: boolean;
  generation: number;
  inflight?: Inflight;
  listeners: Set<(value: unknown) => void>;
}

/** A key that does not depend on the order of an object's properties. */
export function queryKey(method: CachedRead, params: unknown): string {
  return `${method}:${JSON.stringify(params, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v)}`;
}

const abortError = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('Aborted', 'AbortError');

function withSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    onAbort();
    return Promise.reject(abortError(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(abortError(signal));
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

const replaceGoal = (goals: readonly Goal[], goal: Goal): Goal[] => goals.map((g) => (g.id === goal.id ? goal : g));

/**
 * One page's (or one provider's) memory of what the backend said, so several widgets agree.
 *
 * - **Reads** are keyed by port method and query. Concurrent reads of one key make one call; a
 *   read is answered from memory while some widget subscribes to that key (it is kept up to date),
 *   otherwise it asks the adapter again. An entry nobody subscribes to is forgotten.
 * - **Writes** go through {@link QueryCache.api} like any adapter call; once one completes, the
 *   reads it affects are updated in place (a saved goal replaces its old copy in every goal list
 *   and check-in) or invalidated: subscribed entries are fetched again and their subscribers told.
 *
 * Everything goes through `withValidation`, so values in the cache are always valid domain objects.
 */
export class QueryCache {
  /** The adapter as given (the key providers and widgets compare). */
  readonly adapter: PerformanceAdapter;
  /** Every port, validated; reads cached and deduplicated, writes updating the cache. */
  readonly api: ValidatedAdapter;

  readonly #direct: ValidatedAdapter;
  readonly #entries = new Map<string, Entry>();

  constructor(adapter: PerformanceAdapter) {
    this.adapter = adapter;
    this.#direct = withValidation(adapter);
    this.api = this.#createApi();
  }

  /** Reads through the cache: shared with a concurrent read of the same key, or from memory while subscribed. */
  read<M extends CachedRead>(method: M, params: ReadParams<M>, options: { signal?: AbortSignal } = {}): Promise<ReadResult<M>> {
    const entry = this.#entry(method, params);
    if (entry.hasValue && !entry.stale && entry.listeners.size > 0 && !entry.inflight) {
      return options.signal?.aborted ? Promise.reject(abortError(options.signal)) : Promise.resolve(entry.value as ReadResult<M>);
    }
    const inflight = entry.inflight ?? this.#fetch(entry);
    inflight.waiters++;
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      inflight.waiters--;
      if (inflight.waiters === 0 && entry.inflight === inflight) {
        // Nobody wants this answer any more: stop the call.
        entry.inflight = undefined;
        inflight.controller.abort(options.signal?.reason);
        this.#collect(entry);
      }
    };
    return withSignal(inflight.promise as Promise<ReadResult<M>>, options.signal, leave).finally(() => {
      if (!left) {
        left = true;
        inflight.waiters--;
      }
    });
  }

  /** What the cache holds for a key, if anything. */
  peek<M extends CachedRead>(method: M, params: ReadParams<M>): ReadResult<M> | undefined {
    return this.#entries.get(queryKey(method, params))?.value as ReadResult<M> | undefined;
  }

  /**
   * Tells `listener` about every new value of one key (a write's update, or a fresh copy after an
   * invalidation). While subscribed, reads of the key are answered from memory. Returns the unsubscribe.
   */
  subscribe<M extends CachedRead>(method: M, params: ReadParams<M>, listener: QueryListener<M>): () => void {
    const entry = this.#entry(method, params);
    const fn = listener as (value: unknown) => void;
    entry.listeners.add(fn);
    return () => {
      entry.listeners.delete(fn);
      this.#collect(entry);
    };
  }

  /**
   * Marks entries out of date: the next read asks the adapter. Subscribed entries are fetched at
   * once and their subscribers told. Without `method`, every entry.
   */
  invalidate<M extends CachedRead>(method?: M, filter?: (params: ReadParams<M>, value: ReadResult<M> | undefined) => boolean): void {
    for (const entry of [...this.#entries.values()]) {
      if (method && entry.method !== method) continue;
      if (filter && !filter(entry.params as ReadParams<M>, entry.value as ReadResult<M> | undefined)) continue;
      this.#invalidateEntry(entry);
    }
  }

  /**
   * Changes what the cache holds for every entry of `method` for which `update` returns a new value,
   * and tells their subscribers. Returning the value unchanged (or undefined) leaves an entry alone.
   */
  update<M extends CachedRead>(method: M, update: (value: ReadResult<M>, params: ReadParams<M>) => ReadResult<M> | undefined): void {
    for (const entry of [...this.#entries.values()]) {
      if (entry.method !== method || !entry.hasValue) continue;
      const next = update(entry.value as ReadResult<M>, entry.params as ReadParams<M>);
      if (next === undefined || next === entry.value) continue;
      entry.value = next;
      entry.generation++;
      this.#notify(entry);
    }
  }

  // ── what each write changes ─────────────────────────────────────────────────────────────

  /** A goal was created or updated: it replaces its old copy everywhere; lists that may now include it are fetched again. */
  goalSaved(goal: Goal): void {
    this.update('listGoals', (list) =>
      list.goals.some((g) => g.id === goal.id) ? { ...list, goals: replaceGoal(list.goals, goal) } : undefined);
    this.invalidate('listGoals', (_params, list) => !list?.goals.some((g) => g.id === goal.id));
    this.update('getCheckIn', (context) =>
      context.goals.some((g) => g.id === goal.id) ? { ...context, goals: replaceGoal(context.goals, goal) } : undefined);
    // A new goal of the person, or a parent whose rolled-up progress the change moved.
    this.invalidate('getCheckIn', (params, context) =>
      !context || (goal.ownerId === params.personId && !context.goals.some((g) => g.id === goal.id)) ||
      context.goals.some((g) => g.progressMode === 'children'));
  }

  /** A goal was deleted: it leaves every list; lists holding it are fetched again (its children moved up). */
  goalDeleted(id: string): void {
    const holds = (goals: readonly Goal[] | undefined) => !!goals?.some((g) => g.id === id);
    const listsWithIt = [...this.#entries.values()].filter((e) => e.method === 'listGoals' && holds((e.value as GoalList | undefined)?.goals));
    const checkInsWithIt = [...this.#entries.values()].filter((e) => e.method === 'getCheckIn' && holds((e.value as CheckInContext | undefined)?.goals));
    this.update('listGoals', (list) => (holds(list.goals) ? { ...list, goals: list.goals.filter((g) => g.id !== id) } : undefined));
    this.update('getCheckIn', (context) => (holds(context.goals) ? { ...context, goals: context.goals.filter((g) => g.id !== id) } : undefined));
    for (const entry of [...listsWithIt, ...checkInsWithIt]) this.#invalidateEntry(entry);
  }

  /**
   * A check-in was saved, submitted or replied to: it replaces the copy in its week's context (or the
   * "previous" one). A submission moves its goals' progress, so every read holding one of those goals
   * is fetched again.
   */
  checkInSaved(checkIn: CheckIn): void {
    this.update('getCheckIn', (context, params) => {
      if (params.personId === checkIn.personId && params.period === checkIn.period) return { ...context, checkIn };
      if (context.previous?.id === checkIn.id) return { ...context, previous: checkIn };
      return undefined;
    });
    if (checkIn.status !== 'submitted' || checkIn.goalUpdates.length === 0) return;
    const updated = new Set(checkIn.goalUpdates.map((u) => u.goalId));
    const touches = (goals: readonly Goal[] | undefined) => !goals || goals.some((g) => updated.has(g.id));
    this.invalidate('listGoals', (_params, list) => touches(list?.goals));
    this.invalidate('getCheckIn', (_params, context) => touches(context?.goals));
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────

  #entry(method: CachedRead, params: unknown): Entry {
    const key = queryKey(method, params);
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { method, params: structuredClone(params), hasValue: false, stale: false, generation: 0, listeners: new Set() };
      this.#entries.set(key, entry);
    }
    return entry;
  }

  #fetch(entry: Entry, background = false): Inflight {
    const controller = new AbortController();
    const call = this.#direct[entry.method] as (params: unknown, options: { signal: AbortSignal }) => Promise<unknown>;
    const inflight: Inflight = {
      controller,
      waiters: 0,
      generation: entry.generation,
      background,
      promise: Promise.resolve().then(() => call(entry.params, { signal: controller.signal })),
    };
    entry.inflight = inflight;
    inflight.promise.then(
      (value) => {
        if (entry.inflight !== inflight) return;
        entry.inflight = undefined;
        const overtaken = entry.generation !== inflight.generation;
        entry.value = value;
        entry.hasValue = true;
        entry.stale = overtaken;
        entry.generation++;
        // A write completed while this was on its way: the answer may predate it, so ask again.
        // Readers have the answer from their promise; subscribers hear answers they did not ask for.
        if (overtaken && entry.listeners.size > 0) this.#refetch(entry);
        else if (inflight.background) this.#notify(entry);
        this.#collect(entry);
      },
      () => {
        if (entry.inflight !== inflight) return;
        entry.inflight = undefined;
        this.#collect(entry);
      },
    );
    // Errors reach the readers; the shared promise must not count as unhandled.
    inflight.promise.catch(() => undefined);
    return inflight;
  }

  #invalidateEntry(entry: Entry): void {
    entry.stale = true;
    entry.generation++;
    if (entry.listeners.size > 0 && !entry.inflight) this.#refetch(entry);
  }

  /** Fetches a subscribed entry again in the background; its subscribers hear the answer. */
  #refetch(entry: Entry): void {
    const inflight = this.#fetch(entry, true);
    inflight.waiters++;
    // Kept alive by the subscribers, not by a reader; a failure leaves the last value (marked stale).
    inflight.promise.then(
      () => inflight.waiters--,
      () => inflight.waiters--,
    );
  }

  #notify(entry: Entry): void {
    for (const listener of [...entry.listeners]) listener(entry.value);
  }

  /** Forgets an entry nobody reads or subscribes to. */
  #collect(entry: Entry): void {
    if (entry.listeners.size === 0 && !entry.inflight) {
      const key = queryKey(entry.method, entry.params);
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    }
  }

  #createApi(): ValidatedAdapter {
    const direct = this.#direct;
    // Every cached read goes through the cache; the writes update or invalidate what they change.
    const reads = Object.fromEntries(CACHED_READS.map((method) => [method, (params: never, options?: CallOptions) => this.read(method, params, options)]));
    return {
      ...(reads as Pick<ValidatedAdapter, CachedRead>),
      saveGoal: async (goal, options) => {
        const saved = await direct.saveGoal(goal, options);
        this.goalSaved(saved);
        return saved;
      },
      deleteGoal: async (id, options) => {
        await direct.deleteGoal(id, options);
        this.goalDeleted(id);
      },
      saveCheckInDraft: async (draft, options) => {
        const saved = await direct.saveCheckInDraft(draft, options);
        this.checkInSaved(saved);
        return saved;
      },
      submitCheckIn: async (checkIn, options) => {
        const saved = await direct.submitCheckIn(checkIn, options);
        this.checkInSaved(saved);
        return saved;
      },
      replyToCheckIn: async (reply, options) => {
        const saved = await direct.replyToCheckIn(reply, options);
        this.checkInSaved(saved);
        return saved;
      },
      saveSurveyDraft: (id, answers, options) => direct.saveSurveyDraft(id, answers, options),
      submitSurvey: async (id, answers, options) => {
        const saved = await direct.submitSurvey(id, answers, options);
        this.update('getAssignment', (_value, params) => (params === id ? saved : undefined));
        // The rater's lists change status; the subject's profile may now show a group it hid.
        this.invalidate('listAssignments', () => true);
        // The subject's competency profile may now show a group that reached the threshold.
        this.invalidate('getCompetencyProfile', (params) => params.personId === saved.subject.id);
        return saved;
      },
      giveFeedback: async (input, options) => {
        const item = await direct.giveFeedback(input, options);
        this.invalidate('listFeedback', (params) => params.personId === input.toId);
        // An answer closes the request it answers.
        if (input.requestId) this.invalidate('listFeedbackRequests', () => true);
        return item;
      },
      requestFeedback: async (input, options) => {
        const requests = await direct.requestFeedback(input, options);
        this.invalidate('listFeedbackRequests', (params) => input.toIds.includes(params.personId));
        return requests;
      },
    };
  }
}

const fallbacks = new WeakMap<PerformanceAdapter, QueryCache>();

/**
 * The cache of widgets given an adapter directly (not through a provider): one per adapter object,
 * so two widgets sharing an adapter still agree.
 */
export function cacheFor(adapter: PerformanceAdapter): QueryCache {
  let cache = fallbacks.get(adapter);
  if (!cache) {
    cache = new QueryCache(adapter);
    fallbacks.set(adapter, cache);
  }
  return cache;
}

/** The cache kept in a provider's (or context's) slot, created on first use. */
export function cacheInSlot(slot: SharedCacheSlot): QueryCache {
  return (slot.cache ??= new QueryCache(slot.adapter));
}

/**
 * The shared cache of the widgets inside `provider`, for page scripts that read or write next to
 * them (so a list on the page and the widgets agree); undefined until the provider has an adapter.
 */
export function cacheOf(provider: { readonly cacheSlot: SharedCacheSlot | undefined }): QueryCache | undefined {
  const slot = provider.cacheSlot;
  return slot ? cacheInSlot(slot) : undefined;
}
