import * as z from 'zod/mini';
import { mondayOfIsoWeek } from '../dates.js';
import { AdapterError } from '../errors.js';
import type {
  CallOptions, CheckInsPort, CompetenciesPort, FeedbackPort, GoalsPort, IdempotentCallOptions, SurveysPort,
  VersionedCallOptions,
} from '../ports.js';
import { aggregate } from '../rules/anonymity.js';
import { rollUpProgress } from '../rules/rollup.js';
import { canEditGoal } from '../rules/permissions.js';
import {
  checkInDraftSchema, checkInQuerySchema, checkInSubmissionSchema, managerReplyInputSchema,
  type CheckIn, type CheckInContext, type GoalUpdate,
} from '../schemas/check-in.js';
import { idSchema } from '../schemas/common.js';
import { competencyQuerySchema, type CompetencyProfile } from '../schemas/competency.js';
import {
  feedbackInputSchema, feedbackQuerySchema, feedbackRequestInputSchema, feedbackRequestQuerySchema,
  type FeedbackItem, type FeedbackPage, type FeedbackRequest, type FeedbackRequestList,
} from '../schemas/feedback.js';
import { goalInputSchema, goalQuerySchema, type Goal, type GoalList } from '../schemas/goal.js';
import type { Person } from '../schemas/person.js';
import { answersSchema, type Answers } from '../schemas/question.js';
import {
  assignmentQuerySchema, type AssignmentList, type AssignmentSummary, type Survey, type SurveyAssignment, type SurveyDraft,
} from '../schemas/survey.js';
import { describeIssues } from '../validation-messages.js';
import { createDemoData, DEFAULT_SEED, DEMO } from './demo/index.js';
import type { Cycle, MemoryData, StoredAssignment, StoredResponse } from './memory-data.js';
import { Random } from './random.js';
import { clearState, DEFAULT_STORAGE_KEY, loadState, saveState } from './storage.js';

export { createDemoData, DEMO, DEFAULT_SEED, generateFeedback, generateGoals } from './demo/index.js';
export type { DemoDataOptions, GenerateFeedbackOptions, GenerateGoalsOptions } from './demo/index.js';
export type {
  Competency, Cycle, MemoryData, StoredAssignment, StoredResponse, Team,
} from './memory-data.js';
export { memoryDataSchema } from './memory-data.js';
export { DEFAULT_STORAGE_KEY } from './storage.js';
export { mulberry32 } from './random.js';

export interface MemoryAdapterOptions {
  /** Replaces parts of the demo data, e.g. `{ goals: [] }` for an empty organisation. Not copied: do not mutate it afterwards. */
  data?: Partial<MemoryData>;
  /** Keep the data in localStorage (`true`: under `pm-widgets:memory:v1`; a string: under that key). */
  persist?: boolean | string;
  /** Delay every call by this many milliseconds, or by a (seeded) random time in min..max. */
  latency?: number | { min: number; max: number };
  /** Share of calls, 0..1, that fail with `unavailable`; which ones is decided by the seed. */
  failureRate?: number;
  /** Seeds the demo data, the latency and the failures. Default 1. */
  seed?: number;
  /** The demo's "today": every generated date is relative to it. Default: now. */
  now?: Date;
  /**
   * The person using the demo: the author of feedback given without `fromId`.
   * Default `DEMO.viewerId`; `null` makes such feedback anonymous.
   */
  viewerId?: string | null | (() => string | null);
  /**
   * The person the adapter acts for, as a backend knows the signed-in user: goal writes by
   * anyone else than the goal's owner or the owner's managers reject with `forbidden`
   * (`canEditGoal`). Default `null`: a trusted caller, nothing is checked. Change it with `actAs`.
   */
  actingAs?: string | null;
}

export type MemoryAdapter = GoalsPort & CheckInsPort & SurveysPort & FeedbackPort & CompetenciesPort & {
  /** Back to the seed data (plus `data`), forgetting every edit and the stored copy. */
  reset(): void;
  /** A copy of everything the adapter holds now. */
  snapshot(): MemoryData;
  /**
   * Everything the adapter holds now, NOT copied: read only. Writes replace a document rather than
   * change it, so an unchanged document is the same object as before (the reference server stores
   * only what changed, without copying the whole data set per write).
   */
  peek(): MemoryData;
  /** The localStorage key in use, if persisting. */
  readonly storageKey: string | undefined;
  /** Acts for this person from now on (goal writes are checked), or for a trusted caller (`null`). */
  actAs(personId: string | null): void;
  /** The person the adapter acts for, or `null`. */
  readonly actingAs: string | null;
};

// ---------------------------------------------------------------------------------------------
// Errors and parsing

function parse<T>(method: string, label: string, schema: z.core.$ZodType<T>, value: unknown): T {
  const result = z.safeParse(schema, value);
  if (!result.success) {
    throw new AdapterError('invalid-request', describeIssues(`${method} was called with`, label, value, result.error.issues), {
      method, details: result.error.issues,
    });
  }
  return result.data;
}

const notFound = (method: string, what: string) =>
  new AdapterError('not-found', `${method}: ${what} does not exist`, { method });
const conflict = (method: string, message: string, current?: unknown) =>
  new AdapterError('conflict', `${method}: ${message}`, { method, details: current });
const invalid = (method: string, message: string, details?: unknown) =>
  new AdapterError('invalid-request', `${method}: ${message}`, { method, details });

// ---------------------------------------------------------------------------------------------
// Copies: callers never hold a reference into the store

function cloneGoal(goal: Goal): Goal {
  const copy: Goal = { ...goal, keyResults: goal.keyResults.map((kr) => ({ ...kr })) };
  if (goal.alignedTo) copy.alignedTo = goal.alignedTo.map((a) => ({ ...a }));
  return copy;
}
const clone = <T>(value: T): T => structuredClone(value);

// ---------------------------------------------------------------------------------------------
// Feedback ordering and cursors: newest first, ties by id (descending); the cursor is the last
// item's position (keyset), so items added meanwhile never shift later pages.

interface FeedEntry { t: number; id: string }

const compareFeed = (a: FeedEntry, b: FeedEntry) => b.t - a.t || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const CURSOR_PREFIX = 'm1.';

function encodeCursor(entry: FeedEntry): string {
  const bytes = new TextEncoder().encode(JSON.stringify([entry.t, entry.id]));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return CURSOR_PREFIX + btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): FeedEntry | undefined {
  if (!cursor.startsWith(CURSOR_PREFIX)) return undefined;
  try {
    const base64 = cursor.slice(CURSOR_PREFIX.length).replaceAll('-', '+').replaceAll('_', '/');
    const binary = atob(base64);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (Array.isArray(value) && value.length === 2 && Number.isFinite(value[0]) && typeof value[1] === 'string') {
      return { t: value[0] as number, id: value[1] };
    }
  } catch {
    // Falls through to "not a cursor".
  }
  return undefined;
}

/** First index whose entry sorts after `key`. */
function indexAfter(entries: readonly FeedEntry[], key: FeedEntry): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareFeed(entries[mid]!, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const timeOf = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : 0;
};

// ---------------------------------------------------------------------------------------------
// The store: the data plus the indexes that keep every call proportional to its answer.

const addTo = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
};
const removeFrom = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
};
/** Monday of an ISO week as YYYY-MM-DD, or undefined for a week that does not exist. */
function isoDateOfWeek(period: string): string | undefined {
  try {
    return mondayOfIsoWeek(period).toISOString().slice(0, 10);
  } catch {
    return undefined;
  }
}

const checkInKey = (personId: string, period: string) => `${personId}\u0000${period}`;

class Store {
  readonly people = new Map<string, Person>();
  readonly teams: MemoryData['teams'];
  readonly goals = new Map<string, Goal>();
  readonly children = new Map<string, Set<string>>();
  readonly goalsByOwner = new Map<string, Set<string>>();
  /** Target goal id → ids of goals aligned to it. */
  readonly alignedBy = new Map<string, Set<string>>();
  readonly checkIns = new Map<string, CheckIn>();
  readonly checkInByWeek = new Map<string, string>();
  readonly checkInsByPerson = new Map<string, Set<string>>();
  readonly checkInQuestions: MemoryData['checkInQuestions'];
  readonly surveys = new Map<string, Survey>();
  readonly cycles: Cycle[];
  readonly competencies: MemoryData['competencies'];
  readonly assignments = new Map<string, StoredAssignment>();
  readonly responses: StoredResponse[];
  readonly feedback = new Map<string, FeedbackItem>();
  readonly feeds = new Map<string, FeedEntry[]>();
  readonly requests = new Map<string, FeedbackRequest>();
  readonly idempotency: Map<string, unknown>;

  constructor(data: MemoryData, idempotency: Iterable<[string, unknown]> = []) {
    for (const p of data.people) this.people.set(p.id, p);
    this.teams = [...data.teams];
    for (const g of data.goals) this.putGoal(g);
    for (const c of data.checkIns) this.putCheckIn(c);
    this.checkInQuestions = [...data.checkInQuestions];
    for (const s of data.surveys) this.surveys.set(s.id, s);
    this.cycles = [...data.cycles].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
    this.competencies = [...data.competencies];
    for (const a of data.assignments) this.assignments.set(a.id, a);
    this.responses = [...data.responses];
    for (const f of data.feedback) {
      this.feedback.set(f.id, f);
      const list = this.feeds.get(f.toId) ?? [];
      list.push({ t: timeOf(f.createdAt), id: f.id });
      this.feeds.set(f.toId, list);
    }
    for (const list of this.feeds.values()) list.sort(compareFeed);
    for (const r of data.feedbackRequests ?? []) this.requests.set(r.id, r);
    this.idempotency = new Map(idempotency);
  }

  /** Adds or replaces a goal, keeping the parent and owner indexes right. */
  putGoal(goal: Goal): void {
    const old = this.goals.get(goal.id);
    if (old) this.#unindexGoal(old);
    this.goals.set(goal.id, goal);
    if (goal.parentId !== null) addTo(this.children, goal.parentId, goal.id);
    if (goal.ownerId !== undefined) addTo(this.goalsByOwner, goal.ownerId, goal.id);
    for (const a of goal.alignedTo ?? []) addTo(this.alignedBy, a.goalId, goal.id);
  }

  removeGoal(goal: Goal): void {
    this.goals.delete(goal.id);
    this.#unindexGoal(goal);
  }

  #unindexGoal(goal: Goal): void {
    if (goal.parentId !== null) removeFrom(this.children, goal.parentId, goal.id);
    if (goal.ownerId !== undefined) removeFrom(this.goalsByOwner, goal.ownerId, goal.id);
    for (const a of goal.alignedTo ?? []) removeFrom(this.alignedBy, a.goalId, goal.id);
  }

  /** The goal and every goal below it, parents before children. */
  subtree(rootId: string): Goal[] {
    const out: Goal[] = [];
    const stack = [rootId];
    const seen = new Set<string>();
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const goal = this.goals.get(id);
      if (!goal) continue;
      out.push(goal);
      const kids = this.children.get(id);
      if (kids) stack.push(...[...kids].reverse());
    }
    return out;
  }

  putCheckIn(checkIn: CheckIn): void {
    const old = this.checkIns.get(checkIn.id);
    if (old) this.checkInByWeek.delete(checkInKey(old.personId, old.period));
    this.checkIns.set(checkIn.id, checkIn);
    this.checkInByWeek.set(checkInKey(checkIn.personId, checkIn.period), checkIn.id);
    addTo(this.checkInsByPerson, checkIn.personId, checkIn.id);
  }

  addFeedback(item: FeedbackItem): void {
    this.feedback.set(item.id, item);
    const list = this.feeds.get(item.toId) ?? [];
    const entry = { t: timeOf(item.createdAt), id: item.id };
    list.splice(indexAfter(list, entry), 0, entry);
    this.feeds.set(item.toId, list);
  }

  toData(): MemoryData {
    return {
      people: [...this.people.values()],
      teams: this.teams,
      goals: [...this.goals.values()],
      checkIns: [...this.checkIns.values()],
      checkInQuestions: this.checkInQuestions,
      surveys: [...this.surveys.values()],
      cycles: this.cycles,
      competencies: this.competencies,
      assignments: [...this.assignments.values()],
      responses: this.responses,
      feedback: [...this.feedback.values()],
      feedbackRequests: [...this.requests.values()],
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Timing

function waitFor(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Which answers a submission still lacks or gets wrong, as question ids. */
function answerProblems(survey: Survey, answers: Answers): string[] {
  const problems: string[] = [];
  for (const section of survey.sections) {
    for (const q of section.questions) {
      const present = Object.hasOwn(answers, q.id);
      const value = present ? answers[q.id] : undefined;
      if (!present || value === undefined) {
        if (q.required) problems.push(q.id);
        continue;
      }
      if (value === null) {
        if (q.required && !(q.kind === 'rating' && q.allowNA)) problems.push(q.id);
        continue;
      }
      const ok =
        q.kind === 'rating' ? typeof value === 'number' && Number.isInteger(value) && value >= survey.scale.min && value <= survey.scale.max
        : q.kind === 'text' ? typeof value === 'string' && (!q.required || value.trim() !== '')
        : (Array.isArray(value) || typeof value === 'string') &&
          (q.options === undefined || (Array.isArray(value) ? value : [value]).every((o) => q.options!.includes(o))) &&
          (!q.required || (Array.isArray(value) ? value.length > 0 : value !== ''));
      if (!ok) problems.push(q.id);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

/**
 * An adapter that keeps a whole organisation in memory: every port, no backend. Seeded with
 * the demo organisation (`createDemoData`), optionally persisted to localStorage, with simulated
 * latency and failures for trying a widget's loading and error states.
 *
 * Behaviour a real backend should match (the adapter contract suite checks it):
 * - unknown ids reject with `not-found`; bad input with `invalid-request`;
 * - `saveGoal` creates when the id is new and no `version` is given (version 1), updates when
 *   `version` matches (version + 1, new `updatedAt`), and rejects a stale version with `conflict`
 *   whose `details` is the current goal; `deleteGoal` re-parents the goal's children to its parent
 *   (their version goes up) and drops alignments that pointed at it;
 * - idempotent writes with a key seen before return the first result and store nothing new;
 * - `submitCheckIn` moves the goals it reports on: a manual goal takes the update's `progress`, a
 *   key-results goal its key results' `current` values (and the progress they give); goals rolled
 *   up from children are left alone. Each changed goal's version goes up by one, recorded in the
 *   returned update's `goalVersion`. `getCheckIn` returns goals with their computed progress;
 * - feedback pages come newest first with an opaque keyset cursor (`limit` 50 by default).
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const seed = options.seed ?? DEFAULT_SEED;
  const base = options.now ?? new Date();
  const initial: MemoryData = { ...createDemoData({ seed, now: base }), ...options.data };
  const storageKey = options.persist ? (typeof options.persist === 'string' ? options.persist : DEFAULT_STORAGE_KEY) : undefined;
  // A function answers per call (the reference server passes the authenticated person).
  const viewerOption = options.viewerId;
  const currentViewer = (): string | null =>
    viewerOption === undefined ? DEMO.viewerId : typeof viewerOption === 'function' ? viewerOption() : viewerOption;
  let actingAs = options.actingAs ?? null;
  const failureRate = Math.min(1, Math.max(0, options.failureRate ?? 0));
  const failures = new Random(seed, 'failures');
  const delays = new Random(seed, 'latency');

  const stored = storageKey ? loadState(storageKey) : undefined;
  let store = stored ? new Store(stored.data, stored.idempotency) : new Store(initial);

  // A clock that starts at `now` and moves with real time, strictly increasing.
  const startedAt = Date.now();
  let lastTick = 0;
  const tick = (): string => {
    let t = base.getTime() + (Date.now() - startedAt);
    if (t <= lastTick) t = lastTick + 1;
    lastTick = t;
    return new Date(t).toISOString();
  };
  let sequence = 0;
  const newId = (prefix: string, taken: (id: string) => boolean) => {
    let id: string;
    do id = `${prefix}-${Date.now().toString(36)}${(sequence++).toString(36)}`;
    while (taken(id));
    return id;
  };

  let warnedStorage = false;
  const persist = () => {
    if (!storageKey) return;
    if (!saveState(storageKey, { data: store.toData(), idempotency: [...store.idempotency] }) && !warnedStorage) {
      warnedStorage = true;
      console.warn(`pm-widgets memory adapter: could not save to localStorage under "${storageKey}"; edits will not survive a reload.`);
    }
  };

  const nextDelay = (): number => {
    const latency = options.latency;
    if (latency === undefined) return 0;
    if (typeof latency === 'number') return Math.max(0, latency);
    const min = Math.max(0, latency.min);
    return delays.between(min, Math.max(min, latency.max));
  };

  /** Every call: abort check, simulated latency and failure, the operation, persistence. */
  async function run<T>(method: string, opts: CallOptions | undefined, write: boolean, operation: () => T): Promise<T> {
    const signal = opts?.signal;
    signal?.throwIfAborted();
    const fail = failureRate > 0 && failures.next() < failureRate;
    const delay = nextDelay();
    await waitFor(delay, signal);
    signal?.throwIfAborted();
    if (fail) throw new AdapterError('unavailable', `${method}: simulated failure (failureRate ${failureRate})`, { method });
    const result = operation();
    if (write) persist();
    return result;
  }

  /** Runs an idempotent write once per key; a repeated key answers with the first result. */
  function once<T>(method: string, opts: IdempotentCallOptions | undefined, operation: () => T): Promise<T> {
    return run(method, opts, true, () => {
      const key = parse(method, 'options.idempotencyKey', idSchema, opts?.idempotencyKey);
      const slot = `${method}:${key}`;
      if (store.idempotency.has(slot)) return clone(store.idempotency.get(slot) as T);
      const result = operation();
      store.idempotency.set(slot, clone(result));
      return result;
    });
  }

  const personOr404 = (method: string, id: string) => {
    const person = store.people.get(id);
    if (!person) throw notFound(method, `person "${id}"`);
    return person;
  };

  // ----- goals ----------------------------------------------------------------------------------

  function checkGoalReferences(method: string, goal: Goal): void {
    if (goal.parentId !== null) {
      if (goal.parentId === goal.id) throw invalid(method, `goal "${goal.id}" cannot be its own parent`);
      if (!store.goals.has(goal.parentId)) throw invalid(method, `parent goal "${goal.parentId}" does not exist`);
      let steps = 0;
      for (let p: string | null | undefined = goal.parentId; p; p = store.goals.get(p)?.parentId) {
        if (p === goal.id || steps++ > store.goals.size) {
          throw invalid(method, `goal "${goal.id}" cannot move below its own descendant "${goal.parentId}"`);
        }
      }
    }
    if (goal.ownerId !== undefined && !store.people.has(goal.ownerId)) {
      throw invalid(method, `owner "${goal.ownerId}" does not exist`);
    }
    for (const a of goal.alignedTo ?? []) {
      const target = store.goals.get(a.goalId);
      if (!target || a.goalId === goal.id) throw invalid(method, `goal "${goal.id}" cannot align to "${a.goalId}"`);
      if (a.keyResultId !== undefined && !target.keyResults.some((kr) => kr.id === a.keyResultId)) {
        throw invalid(method, `goal "${a.goalId}" has no key result "${a.keyResultId}"`);
      }
    }
  }

  /** Rejects with `forbidden` when the person the adapter acts for may not change `goal`. */
  function checkMayEdit(method: string, goal: Goal): void {
    if (actingAs === null) return;
    const allowed = canEditGoal(goal, actingAs, {
      personOf: (id) => store.people.get(id),
      goalOf: (id) => store.goals.get(id),
    });
    if (!allowed) {
      throw new AdapterError('forbidden', `${method}: ${actingAs} may not change goal "${goal.id}" (only its owner and the owner's managers may)`, { method });
    }
  }

  const goals: GoalsPort = {
    listGoals: (query, opts) =>
      run('listGoals', opts, false, (): GoalList => {
        const q = parse('listGoals', 'query', goalQuerySchema, query);
        if (q.ownerId !== undefined) personOr404('listGoals', q.ownerId);
        let list: Goal[];
        if (q.rootId !== undefined) {
          if (!store.goals.has(q.rootId)) throw notFound('listGoals', `goal "${q.rootId}"`);
          list = store.subtree(q.rootId);
          if (q.ownerId !== undefined) list = list.filter((g) => g.ownerId === q.ownerId);
        } else if (q.ownerId !== undefined) {
          const ids = store.goalsByOwner.get(q.ownerId);
          list = ids ? [...ids].map((id) => store.goals.get(id)!) : [];
        } else {
          list = [...store.goals.values()];
        }
        if (q.cycleId !== undefined) list = list.filter((g) => g.cycleId === q.cycleId);
        const ownerIds = new Set<string>();
        const result = new Array<Goal>(list.length);
        for (let i = 0; i < list.length; i++) {
          const g = list[i]!;
          if (g.ownerId !== undefined) ownerIds.add(g.ownerId);
          result[i] = cloneGoal(g);
        }
        // Owners and the managers above them, so a widget can tell who may edit what.
        const people: Person[] = [];
        const added = new Set<string>();
        for (const ownerId of ownerIds) {
          for (let id: string | null | undefined = ownerId; id && !added.has(id); id = store.people.get(id)?.managerId) {
            const p = store.people.get(id);
            if (!p) break;
            added.add(id);
            people.push({ ...p });
          }
        }
        return { goals: result, people };
      }),

    saveGoal: (input, opts) =>
      run('saveGoal', opts, true, (): Goal => {
        const goal = parse('saveGoal', 'goal', goalInputSchema, input);
        const current = store.goals.get(goal.id);
        if (current) {
          if (goal.version !== current.version) {
            throw conflict('saveGoal', `goal "${goal.id}" is at version ${current.version}, not ${goal.version ?? '(none)'}`, cloneGoal(current));
          }
        } else if (goal.version !== undefined) {
          throw notFound('saveGoal', `goal "${goal.id}" (it may have been deleted)`);
        }
        checkGoalReferences('saveGoal', goal as Goal);
        if (current) checkMayEdit('saveGoal', current);
        checkMayEdit('saveGoal', goal as Goal);
        const now = tick();
        const createdAt = current ? current.createdAt : (goal.createdAt ?? now);
        const saved: Goal = {
          ...(goal as Goal), version: current ? (current.version ?? 0) + 1 : 1, updatedAt: now, ...(createdAt ? { createdAt } : {}),
        };
        store.putGoal(saved);
        return cloneGoal(saved);
      }),

    deleteGoal: (id, opts) =>
      run('deleteGoal', opts, true, (): void => {
        parse('deleteGoal', 'id', idSchema, id);
        const version = (opts as VersionedCallOptions | undefined)?.version;
        if (typeof version !== 'number') throw invalid('deleteGoal', 'options.version is required');
        const goal = store.goals.get(id);
        if (!goal) throw notFound('deleteGoal', `goal "${id}"`);
        if (goal.version !== version) {
          throw conflict('deleteGoal', `goal "${id}" is at version ${goal.version}, not ${version}`, cloneGoal(goal));
        }
        checkMayEdit('deleteGoal', goal);
        const now = tick();
        // Children move up to the deleted goal's parent; alignments to it are dropped. Each
        // affected goal changes once, so its version goes up by one.
        const affected = new Set([...(store.children.get(id) ?? []), ...(store.alignedBy.get(id) ?? [])]);
        affected.delete(id);
        store.removeGoal(goal);
        for (const otherId of affected) {
          const other = store.goals.get(otherId);
          if (!other) continue;
          const next: Goal = { ...other, version: (other.version ?? 0) + 1, updatedAt: now };
          if (other.parentId === id) next.parentId = goal.parentId;
          if (other.alignedTo?.some((a) => a.goalId === id)) next.alignedTo = other.alignedTo.filter((a) => a.goalId !== id);
          store.putGoal(next);
        }
      }),
  };

  // ----- check-ins ------------------------------------------------------------------------------

  /** The stored check-in for the draft's week, checking that an explicit id agrees. */
  function existingCheckIn(method: string, personId: string, period: string, id: string | undefined): CheckIn | undefined {
    const forWeek = store.checkInByWeek.get(checkInKey(personId, period));
    if (id !== undefined && id !== forWeek && store.checkIns.has(id)) {
      throw invalid(method, `check-in "${id}" belongs to another person or week`);
    }
    return forWeek === undefined ? undefined : store.checkIns.get(forWeek);
  }

  /** A goal's progress as the person sees it: rolled up from key results or children, else stored. */
  function computedProgress(goal: Goal, depth = 0): number {
    if (goal.progressMode !== 'children' || depth > 50) return rollUpProgress(goal);
    const children = [...(store.children.get(goal.id) ?? [])].map((id) => store.goals.get(id)!).filter(Boolean);
    return rollUpProgress(goal, children, (child) => computedProgress(child, depth + 1));
  }

  /** A submitted check-in's update moves its goal (manual: progress; key results: their values). */
  function applyGoalUpdate(update: GoalUpdate, now: string): GoalUpdate {
    const goal = store.goals.get(update.goalId);
    if (!goal || goal.status === 'archived' || goal.progressMode === 'children') return update;
    let next: Goal;
    if (goal.progressMode === 'manual') {
      if (goal.progress === update.progress) return update;
      next = { ...goal, progress: update.progress };
    } else {
      const values = new Map(update.keyResults?.map((kr) => [kr.keyResultId, kr.current]));
      if (!goal.keyResults.some((kr) => values.has(kr.id) && values.get(kr.id) !== kr.current)) return update;
      const keyResults = goal.keyResults.map((kr) => (values.has(kr.id) ? { ...kr, current: values.get(kr.id)! } : kr));
      next = { ...goal, keyResults };
      next.progress = rollUpProgress(next);
    }
    next = { ...next, version: (goal.version ?? 0) + 1, updatedAt: now };
    store.putGoal(next);
    return { ...update, goalVersion: next.version };
  }

  const checkIns: CheckInsPort = {
    getCheckIn: (query, opts) =>
      run('getCheckIn', opts, false, (): CheckInContext => {
        const q = parse('getCheckIn', 'query', checkInQuerySchema, query);
        const person = personOr404('getCheckIn', q.personId);
        const id = store.checkInByWeek.get(checkInKey(q.personId, q.period));
        let previous: CheckIn | null = null;
        for (const otherId of store.checkInsByPerson.get(q.personId) ?? []) {
          const c = store.checkIns.get(otherId)!;
          if (c.status === 'submitted' && c.period < q.period && (!previous || c.period > previous.period)) previous = c;
        }
        // The person's live goals: not archived, and not in a cycle that ended before this week.
        const weekStart = isoDateOfWeek(q.period);
        const ended = new Set(store.cycles.filter((c) => weekStart !== undefined && c.endDate < weekStart).map((c) => c.id));
        const owned = [...(store.goalsByOwner.get(q.personId) ?? [])]
          .map((gid) => store.goals.get(gid)!)
          .filter((g) => g.status !== 'archived' && (g.cycleId === undefined || !ended.has(g.cycleId)))
          .slice(0, 500);
        return {
          person: { ...person },
          checkIn: id === undefined ? null : clone(store.checkIns.get(id)!),
          previous: previous ? clone(previous) : null,
          goals: owned.map((g) => ({ ...cloneGoal(g), progress: computedProgress(g) })),
          questions: clone(store.checkInQuestions),
        };
      }),

    saveCheckInDraft: (input, opts) =>
      run('saveCheckInDraft', opts, true, (): CheckIn => {
        const draft = parse('saveCheckInDraft', 'draft', checkInDraftSchema, input);
        personOr404('saveCheckInDraft', draft.personId);
        const existing = existingCheckIn('saveCheckInDraft', draft.personId, draft.period, draft.id);
        if (existing?.status === 'submitted') {
          throw conflict('saveCheckInDraft', `the check-in for ${draft.period} is already submitted`, clone(existing));
        }
        const { managerReply: _reply, submittedAt: _submitted, ...rest } = draft;
        const saved: CheckIn = {
          ...rest,
          id: existing?.id ?? draft.id ?? newId('ci', (x) => store.checkIns.has(x)),
          status: 'draft',
          updatedAt: tick(),
        };
        store.putCheckIn(saved);
        return clone(saved);
      }),

    submitCheckIn: (input, opts) =>
      once('submitCheckIn', opts, (): CheckIn => {
        const submission = parse('submitCheckIn', 'checkIn', checkInSubmissionSchema, input);
        personOr404('submitCheckIn', submission.personId);
        const existing = existingCheckIn('submitCheckIn', submission.personId, submission.period, submission.id);
        if (existing?.status === 'submitted') {
          throw conflict('submitCheckIn', `the check-in for ${submission.period} is already submitted`, clone(existing));
        }
        const { managerReply: _reply, ...rest } = submission;
        const now = tick();
        const saved: CheckIn = {
          ...rest,
          goalUpdates: rest.goalUpdates.map((update) => applyGoalUpdate(update, now)),
          id: existing?.id ?? submission.id ?? newId('ci', (x) => store.checkIns.has(x)),
          status: 'submitted',
          submittedAt: now,
          updatedAt: now,
        };
        store.putCheckIn(saved);
        return clone(saved);
      }),

    replyToCheckIn: (input, opts) =>
      once('replyToCheckIn', opts, (): CheckIn => {
        const reply = parse('replyToCheckIn', 'reply', managerReplyInputSchema, input);
        const checkIn = store.checkIns.get(reply.checkInId);
        if (!checkIn) throw notFound('replyToCheckIn', `check-in "${reply.checkInId}"`);
        if (checkIn.status !== 'submitted') {
          throw conflict('replyToCheckIn', `check-in "${reply.checkInId}" is a draft; replies go on submitted check-ins`, clone(checkIn));
        }
        const person = store.people.get(checkIn.personId);
        const now = tick();
        // Signed by the viewer when they are someone else in the organisation (a skip-level manager
        // replies in their own name), else by the person's manager (the demo's viewer replying).
        const viewer = currentViewer();
        const author = viewer !== null && viewer !== checkIn.personId && store.people.has(viewer) ? viewer : person?.managerId;
        const saved: CheckIn = {
          ...checkIn,
          managerReply: { authorId: author ?? viewer ?? checkIn.personId, body: reply.body, createdAt: now },
          updatedAt: now,
        };
        store.putCheckIn(saved);
        return clone(saved);
      }),
  };

  // ----- surveys --------------------------------------------------------------------------------

  function assignmentOr404(method: string, id: string): StoredAssignment {
    parse(method, 'assignmentId', idSchema, id);
    const assignment = store.assignments.get(id);
    if (!assignment) throw notFound(method, `assignment "${id}"`);
    return assignment;
  }

  function toAssignment(method: string, stored: StoredAssignment): SurveyAssignment {
    const survey = store.surveys.get(stored.surveyId);
    if (!survey) throw notFound(method, `survey "${stored.surveyId}" of assignment "${stored.id}"`);
    const subject = personOr404(method, stored.subjectId);
    const result: SurveyAssignment = {
      id: stored.id,
      survey: clone(survey),
      subject: { ...subject },
      relationship: stored.relationship,
      status: stored.status,
    };
    if (stored.cycleId !== undefined) result.cycleId = stored.cycleId;
    if (stored.dueDate !== undefined) result.dueDate = stored.dueDate;
    if (stored.draft !== undefined) result.draft = clone(stored.draft);
    if (stored.submittedAt !== undefined) result.submittedAt = stored.submittedAt;
    return result;
  }

  const surveys: SurveysPort = {
    getAssignment: (assignmentId, opts) =>
      run('getAssignment', opts, false, () => toAssignment('getAssignment', assignmentOr404('getAssignment', assignmentId))),

    listAssignments: (query, opts) =>
      run('listAssignments', opts, false, (): AssignmentList => {
        const q = parse('listAssignments', 'query', assignmentQuerySchema, query);
        personOr404('listAssignments', q.raterId);
        const order = { open: 0, submitted: 1, closed: 2 } as const;
        const mine = [...store.assignments.values()]
          .filter((a) => a.raterId === q.raterId && (q.status === undefined || a.status === q.status))
          .sort((a, b) => order[a.status] - order[b.status] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id.localeCompare(b.id));
        const assignments: AssignmentSummary[] = [];
        for (const stored of mine) {
          const survey = store.surveys.get(stored.surveyId);
          const subject = store.people.get(stored.subjectId);
          if (!survey || !subject) continue;
          const summary: AssignmentSummary = {
            id: stored.id, surveyId: survey.id, surveyTitle: survey.title, subject: { ...subject },
            relationship: stored.relationship, status: stored.status,
          };
          if (stored.cycleId !== undefined) summary.cycleId = stored.cycleId;
          if (stored.dueDate !== undefined) summary.dueDate = stored.dueDate;
          if (stored.draft !== undefined) summary.draftSavedAt = stored.draft.savedAt;
          if (stored.submittedAt !== undefined) summary.submittedAt = stored.submittedAt;
          assignments.push(summary);
        }
        return { assignments };
      }),

    saveSurveyDraft: (assignmentId, answers, opts) =>
      run('saveSurveyDraft', opts, true, (): SurveyDraft => {
        const stored = assignmentOr404('saveSurveyDraft', assignmentId);
        const parsed = parse('saveSurveyDraft', 'answers', answersSchema, answers);
        if (stored.status !== 'open') {
          throw conflict('saveSurveyDraft', `assignment "${assignmentId}" is ${stored.status}`, toAssignment('saveSurveyDraft', stored));
        }
        const draft: SurveyDraft = { answers: parsed, savedAt: tick() };
        store.assignments.set(stored.id, { ...stored, draft });
        return clone(draft);
      }),

    submitSurvey: (assignmentId, answers, opts) =>
      once('submitSurvey', opts, (): SurveyAssignment => {
        const stored = assignmentOr404('submitSurvey', assignmentId);
        const parsed = parse('submitSurvey', 'answers', answersSchema, answers);
        if (stored.status !== 'open') {
          throw conflict('submitSurvey', `assignment "${assignmentId}" is already ${stored.status}`, toAssignment('submitSurvey', stored));
        }
        const survey = store.surveys.get(stored.surveyId);
        if (!survey) throw notFound('submitSurvey', `survey "${stored.surveyId}"`);
        const problems = answerProblems(survey, parsed);
        if (problems.length) {
          throw invalid('submitSurvey', `missing or invalid answers to ${problems.join(', ')}`, { questionIds: problems });
        }
        const now = tick();
        const { draft: _draft, ...rest } = stored;
        const submitted: StoredAssignment = { ...rest, status: 'submitted', submittedAt: now };
        store.assignments.set(stored.id, submitted);
        const response: StoredResponse = {
          id: newId('r', (x) => store.responses.some((r) => r.id === x)),
          assignmentId: stored.id,
          surveyId: stored.surveyId,
          subjectId: stored.subjectId,
          relationship: stored.relationship,
          answers: parsed,
          submittedAt: now,
        };
        if (stored.cycleId !== undefined) response.cycleId = stored.cycleId;
        store.responses.push(response);
        return toAssignment('submitSurvey', submitted);
      }),
  };

  // ----- feedback -------------------------------------------------------------------------------

  const feedback: FeedbackPort = {
    listFeedback: (query, opts) =>
      run('listFeedback', opts, false, (): FeedbackPage => {
        const q = parse('listFeedback', 'query', feedbackQuerySchema, query);
        const person = personOr404('listFeedback', q.personId);
        const entries = store.feeds.get(q.personId) ?? [];
        const limit = q.limit ?? 50;
        const kinds = q.kinds && q.kinds.length ? new Set<string>(q.kinds) : undefined;
        // Dates are whole UTC days, inclusive at both ends.
        const fromT = q.from ? Date.parse(`${q.from}T00:00:00Z`) : -Infinity;
        const toT = q.to ? Date.parse(`${q.to}T00:00:00Z`) + 86_400_000 : Infinity;
        const inRange = (e: FeedEntry) => e.t >= fromT && e.t < toT;
        let start = 0;
        if (q.cursor !== undefined) {
          const key = decodeCursor(q.cursor);
          if (!key) throw invalid('listFeedback', 'the cursor is not one this adapter gave out');
          start = indexAfter(entries, key);
        }
        const matches = (e: FeedEntry) => inRange(e) && (!kinds || kinds.has(store.feedback.get(e.id)!.kind));
        const items: FeedbackItem[] = [];
        let last: FeedEntry | undefined;
        let more = false;
        for (let i = start; i < entries.length; i++) {
          const entry = entries[i]!;
          if (!matches(entry)) continue;
          if (items.length === limit) {
            more = true;
            break;
          }
          items.push(clone(store.feedback.get(entry.id)!));
          last = entry;
        }
        const filtered = kinds || q.from || q.to;
        const total = filtered ? entries.reduce((n, e) => n + (matches(e) ? 1 : 0), 0) : entries.length;
        const page: FeedbackPage = { items, nextCursor: more && last ? encodeCursor(last) : null, total };
        if (q.counts) {
          const counts: Record<string, number> = {};
          for (const e of entries) {
            if (!inRange(e)) continue;
            const kind = store.feedback.get(e.id)!.kind;
            counts[kind] = (counts[kind] ?? 0) + 1;
          }
          page.counts = counts;
        }
        if (q.cursor === undefined) {
          const values = [...new Set(store.competencies.flatMap((c) => (c.value ? [c.value] : [])))];
          page.person = clone(person);
          page.catalogue = { competencies: store.competencies.map((c) => ({ id: c.id, name: c.name })), values };
        }
        return page;
      }),

    giveFeedback: (input, opts) =>
      once('giveFeedback', opts, (): FeedbackItem => {
        const given = parse('giveFeedback', 'input', feedbackInputSchema, input);
        personOr404('giveFeedback', given.toId);
        // Without a fromId the viewer signs, if they exist in this data set; else it is anonymous.
        const fromId = given.fromId ?? ((v) => (v !== null && store.people.has(v) ? v : undefined))(currentViewer());
        const from = fromId === undefined ? undefined : personOr404('giveFeedback', fromId);
        const item: FeedbackItem = {
          id: newId('fb', (x) => store.feedback.has(x)),
          kind: given.kind,
          toId: given.toId,
          body: given.body,
          competencyIds: given.competencyIds ?? [],
          values: given.values ?? [],
          visibility: given.visibility,
          requested: given.requested ?? given.requestId !== undefined,
          createdAt: tick(),
        };
        if (from) item.from = { ...from };
        if (given.requestId !== undefined) {
          const request = store.requests.get(given.requestId);
          if (!request) throw notFound('giveFeedback', `feedback request "${given.requestId}"`);
          if (request.aboutId !== given.toId) throw invalid('giveFeedback', `request "${given.requestId}" is about someone else`);
          item.requestId = request.id;
          item.question = request.question;
          store.requests.set(request.id, { ...request, status: 'answered' });
        }
        store.addFeedback(item);
        return clone(item);
      }),

    requestFeedback: (input, opts) =>
      once('requestFeedback', opts, (): FeedbackRequest[] => {
        const given = parse('requestFeedback', 'input', feedbackRequestInputSchema, input);
        const about = personOr404('requestFeedback', given.aboutId);
        const viewerId = currentViewer();
        const asker = viewerId !== null ? store.people.get(viewerId) : undefined;
        const toIds = [...new Set(given.toIds)];
        for (const id of toIds) {
          personOr404('requestFeedback', id);
          if (id === given.aboutId) throw invalid('requestFeedback', `"${id}" cannot be asked for feedback on themselves`);
        }
        const createdAt = tick();
        return toIds.map((toId) => {
          const request: FeedbackRequest = {
            id: newId('fr', (x) => store.requests.has(x)),
            toId, aboutId: about.id, about: { ...about }, question: given.question, status: 'open', createdAt,
          };
          if (asker) request.from = { ...asker };
          store.requests.set(request.id, request);
          return clone(request);
        });
      }),

    listFeedbackRequests: (query, opts) =>
      run('listFeedbackRequests', opts, false, (): FeedbackRequestList => {
        const q = parse('listFeedbackRequests', 'query', feedbackRequestQuerySchema, query);
        const person = personOr404('listFeedbackRequests', q.personId);
        const requests = [...store.requests.values()]
          .filter((r) => r.toId === q.personId && r.status === 'open')
          .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
        // Who they may ask: their manager, their direct reports (upward feedback), their team.
        const people = [...store.people.values()].filter((p) =>
          p.id !== person.id && (
            p.id === person.managerId || p.managerId === person.id
            || (person.teamId !== undefined && p.teamId === person.teamId)
            || (person.managerId != null && p.managerId === person.managerId)));
        return { requests: clone(requests), people: clone(people) };
      }),
  };

  // ----- competencies ---------------------------------------------------------------------------

  const competencies: CompetenciesPort = {
    getCompetencyProfile: (query, opts) =>
      run('getCompetencyProfile', opts, false, (): CompetencyProfile => {
        const q = parse('getCompetencyProfile', 'query', competencyQuerySchema, query);
        personOr404('getCompetencyProfile', q.personId);
        const responsesIn = (cycleId: string | undefined) =>
          store.responses.filter((r) => r.subjectId === q.personId && r.cycleId === cycleId);
        let cycle: Cycle | undefined;
        if (q.cycleId !== undefined) {
          cycle = store.cycles.find((c) => c.id === q.cycleId);
          if (!cycle) throw notFound('getCompetencyProfile', `cycle "${q.cycleId}"`);
        } else {
          const subjectCycles = new Set(
            [...store.assignments.values()].filter((a) => a.subjectId === q.personId).map((a) => a.cycleId),
          );
          cycle = [...store.cycles].reverse().find((c) => subjectCycles.has(c.id)) ?? store.cycles[store.cycles.length - 1];
        }
        const survey = (cycle?.surveyId ? store.surveys.get(cycle.surveyId) : undefined) ?? store.surveys.values().next().value;
        const profile: CompetencyProfile = {
          personId: q.personId,
          scale: survey ? clone(survey.scale) : { min: 1, max: 5, labels: [] },
          threshold: survey?.threshold ?? 3,
          competencies: [],
        };
        if (cycle) profile.cycleId = cycle.id;
        const current = responsesIn(cycle?.id);
        if (!survey) return profile;
        const infos = store.competencies;
        // Every earlier cycle with responses about this person, oldest first, each under the rule.
        const index = cycle ? store.cycles.indexOf(cycle) : -1;
        const history: NonNullable<CompetencyProfile['history']> = [];
        let previous: ReturnType<typeof aggregate> | undefined;
        for (let i = 0; i < index; i++) {
          const before = store.cycles[i]!;
          const responses = responsesIn(before.id);
          const beforeSurvey = before.surveyId ? store.surveys.get(before.surveyId) : undefined;
          if (!responses.length || !beforeSurvey) continue;
          previous = aggregate(responses, beforeSurvey, { competencies: infos });
          history.push({
            cycleId: before.id,
            label: before.name,
            scores: previous.map((c) => (c.overall ? { id: c.id, scores: c.scores, overall: c.overall } : { id: c.id, scores: c.scores })),
          });
        }
        // Nobody has answered about this person in any cycle: an empty profile. Earlier cycles alone
        // still make a profile, so a leader sees their history before this cycle's answers come in.
        if (current.length === 0 && history.length === 0) return profile;
        if (cycle) profile.cycleLabel = cycle.name;
        profile.competencies = aggregate(current, survey, { competencies: infos, previous });
        if (history.length) profile.history = history;
        return profile;
      }),
  };

  return {
    ...goals,
    ...checkIns,
    ...surveys,
    ...feedback,
    ...competencies,
    storageKey,
    get actingAs() {
      return actingAs;
    },
    actAs(personId: string | null) {
      actingAs = personId;
    },
    reset() {
      store = new Store(initial);
      if (storageKey) clearState(storageKey);
    },
    snapshot() {
      return clone(store.toData());
    },
    peek() {
      return store.toData();
    },
  };
}
