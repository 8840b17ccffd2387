import { AdapterError, ADAPTER_ERROR_CODES, codeForHttpStatus, type AdapterErrorCode } from './errors.js';
import {
  PORT_METHODS, type CallOptions, type CheckInsPort, type CompetenciesPort, type FeedbackPort,
  type GoalsPort, type PerformanceAdapter, type PortMethod, type PortName, type SurveysPort,
} from './ports.js';
import { FAIL, checkFor } from './schemas/check.js';
import type { CheckName, Checked } from './schemas/checked.js';
import { CHECKS } from './schemas/checks.generated.js';
import type { FeedbackItem, FeedbackPage } from './schemas/feedback.js';
import type { Goal, GoalList } from './schemas/goal.js';
import { PORT_TABLE } from './schemas/port-table.js';

/**
 * zod/mini and the error wording, fetched only when a generated check cannot prove a value valid:
 * a page whose backend answers with valid data never loads them (see validation-zod.ts).
 */
const zodSide = () => import('./validation-zod.js');

/**
 * `value` as zod/mini would return it for the schema `name`: the generated check answers for
 * valid data; anything it cannot prove valid is decided, and its error worded, by zod.
 */
async function checked(method: string, kind: 'in' | 'out', label: string, name: CheckName, value: unknown): Promise<unknown> {
  const out = checkFor(CHECKS[name])(value);
  if (out !== FAIL) return out;
  const zod = await zodSide();
  return kind === 'in' ? zod.parseInput(method, label, name, value) : zod.parseOutput(method, name, value);
}

/**
 * `value` as zod/mini would return it for the schema `name`, without loading zod: `undefined` when
 * the generated check cannot prove it valid. For values this code wrote itself (a stored draft)
 * or may simply do without (the other side of a conflict).
 */
export function checkedValue<N extends CheckName>(name: N, value: unknown): Checked<N> | undefined {
  const out = checkFor(CHECKS[name])(value);
  return out === FAIL ? undefined : (out as Checked<N>);
}

/** All five ports, every method present: a missing one rejects with `not-supported`. */
export type ValidatedAdapter = GoalsPort & CheckInsPort & SurveysPort & FeedbackPort & CompetenciesPort;

export interface ValidationOptions {
  /** Milliseconds before a call that has not answered becomes an `unavailable` error. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

const PORT_OF = Object.fromEntries(
  Object.entries(PORT_METHODS).flatMap(([port, methods]) => methods.map((m) => [m, port])),
) as Record<PortMethod, PortName>;

const NETWORK_MESSAGE = /failed to fetch|networkerror|network request failed|load failed|err_network|fetch failed/i;

/** Turns anything an adapter may throw into an AdapterError with the right code. */
export function toAdapterError(error: unknown, method: string): AdapterError {
  if (AdapterError.is(error)) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown; message?: unknown; status?: unknown; code?: unknown;
  };
  const detail = typeof e.message === 'string' && e.message ? e.message : String(error);
  if (typeof e.status === 'number') {
    const code = codeForHttpStatus(e.status);
    return new AdapterError(code, `${method} failed with HTTP ${e.status}: ${detail}`, { method, cause: error });
  }
  if (typeof e.code === 'string' && (ADAPTER_ERROR_CODES as readonly string[]).includes(e.code)) {
    return new AdapterError(e.code as AdapterErrorCode, `${method} failed: ${detail}`, { method, cause: error });
  }
  if (e.name === 'NetworkError' || (e.name === 'TypeError' && NETWORK_MESSAGE.test(detail))) {
    return new AdapterError('network', `${method} could not reach the backend: ${detail}`, { method, cause: error });
  }
  if (e.name === 'TimeoutError') {
    return new AdapterError('unavailable', `${method} timed out: ${detail}`, { method, cause: error });
  }
  return new AdapterError('unavailable', `${method} failed: ${detail}`, { method, cause: error });
}

/**
 * Data a page gives a widget directly (not through an adapter), checked as zod/mini would: the
 * value, or one sentence saying what is wrong (`got assignment.status = …; expected …`). zod is
 * loaded only for the sentence.
 */
export async function checkGiven<N extends CheckName>(name: N, value: unknown, label: string): Promise<{ data: Checked<N> } | { problem: string }> {
  const out = checkedValue(name, value);
  if (out !== undefined) return { data: out };
  return (await zodSide()).parseItem('got', name, value, label) as { data: Checked<N> } | { problem: string };
}

/**
 * Runs one adapter call with the caller's signal, a timeout, and error mapping. A caller's abort
 * rejects with the signal's reason (not an AdapterError) so tasks can tell "cancelled" from "failed".
 */
async function invoke<T>(
  adapter: PerformanceAdapter,
  method: PortMethod,
  options: CallOptions | undefined,
  timeoutMs: number,
  call: (fn: (...args: never[]) => unknown, signal: AbortSignal) => unknown,
): Promise<unknown> {
  const fn = adapter[method] as ((...args: never[]) => unknown) | undefined;
  if (typeof fn !== 'function') {
    throw new AdapterError(
      'not-supported',
      `The adapter does not implement ${PORT_OF[method]}.${method}, which this widget needs.`,
      { method, retryable: false },
    );
  }
  const callerSignal = options?.signal;
  callerSignal?.throwIfAborted();
  const timeout = new AbortController();
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout.signal]) : timeout.signal;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new AdapterError('unavailable', `${method} did not answer within ${timeoutMs / 1000} s`, { method });
      timeout.abort(error);
      reject(error);
    }, timeoutMs);
    onAbort = () => reject(callerSignal!.reason);
    callerSignal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([Promise.resolve().then(() => call(fn.bind(adapter) as never, signal)), stopped]);
  } catch (error) {
    if (callerSignal?.aborted) throw callerSignal.reason;
    throw toAdapterError(error, method);
  } finally {
    clearTimeout(timer);
    if (onAbort) callerSignal?.removeEventListener('abort', onAbort);
  }
}

/**
 * How a list tolerates bad items: the page itself (cursor, total, counts, catalogue, the items
 * array) must be valid, or the call fails as `invalid-response` like any other. Each item is then
 * checked on its own; the valid ones are returned and the invalid ones are left out and counted in
 * `dropped`, with the first problem logged once per page (`console.warn`) for the developer. A
 * page of only bad items is an empty page with `dropped` > 0, never an error: the reader still
 * sees everything that can be shown, and the widget says how many could not be.
 */
async function checkedFeedbackPage(method: string, value: unknown): Promise<FeedbackPage> {
  const page = (await checked(method, 'out', '', 'feedbackPageEnvelope', value)) as Omit<FeedbackPage, 'items'> & { items: unknown[] };
  const check = checkFor(CHECKS.feedbackItem);
  const items: FeedbackItem[] = [];
  let dropped = 0;
  let firstProblem: string | undefined;
  for (const [index, raw] of page.items.entries()) {
    const out = check(raw);
    if (out !== FAIL) { items.push(out as FeedbackItem); continue; }
    const verdict = (await zodSide()).parseItem(`${method} returned`, 'feedbackItem', raw, `items[${index}]`);
    if ('data' in verdict) items.push(verdict.data as FeedbackItem);
    else {
      dropped++;
      firstProblem ??= verdict.problem;
    }
  }
  if (firstProblem) console.warn(`pm-widgets: ${dropped} feedback item(s) left out. ${firstProblem}`);
  const { items: _raw, ...rest } = page;
  return { ...rest, items, ...(dropped ? { dropped } : {}) };
}


/** Goal lists this long are checked in stages (see {@link goalListCheck}); shorter ones at once. */
export const STAGED_CHECK_FROM = 5_000;
/** Goals checked before a staged list is returned. */
const FIRST_STAGE = 1_000;
/** Longest slice of a staged check before the page gets to paint and handle input. */
const STAGE_SLICE_MS = 8;

/** The next slice of a staged check runs as background work: after the page's own tasks (its first paint, input). */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
  return scheduler?.postTask ? scheduler.postTask(() => undefined, { priority: 'background' }) : new Promise((resolve) => setTimeout(resolve, 0));
};

const stagedChecks = new WeakMap<GoalList, Promise<GoalList>>();

/**
 * The rest of the check of a large goal list from `listGoals`, or `undefined` when the list was
 * checked in full before it was returned (lists shorter than {@link STAGED_CHECK_FROM} goals, and
 * any list that did not take the fast path).
 *
 * A list of {@link STAGED_CHECK_FROM} goals or more is returned once its envelope, all its people
 * and its first 1,000 goals passed, so a widget can show the first screen sooner; the other goals
 * are checked in slices of a few milliseconds between frames. The promise resolves with the list
 * when every goal passed (or with zod's copy, when zod accepts a goal only by dropping an unknown
 * key), and rejects with the same `invalid-response` AdapterError the full check gives
 * (`listGoals returned goals[90000].progress = …`) when one did not. Until it settles, a widget
 * shows the list read-only: nothing may be saved on goals that are not yet known to be valid.
 */
export function goalListCheck(list: GoalList): Promise<GoalList> | undefined {
  return stagedChecks.get(list);
}

/**
 * Checks `goals[from]` up to (not including) `to`, stopping early once `performance.now()` passes
 * `deadline`: the position where it stopped (`to` when all passed), or `-1 - i` when goal `i` could
 * not be proven valid. A goal the check returns changed (unknown keys left out, as zod does) is
 * written into `copy.goals`, a copy of the list made on the first such goal.
 */
function checkGoals(goals: readonly unknown[], from: number, to: number, copy: { goals?: unknown[] }, deadline = Number.POSITIVE_INFINITY): number {
  const check = checkFor(CHECKS.goal);
  for (let i = from; i < to; i++) {
    const goal = goals[i];
    const out = check(goal);
    if (out === FAIL) return -1 - i;
    if (out !== goal) (copy.goals ??= goals.slice())[i] = out;
    if ((i - from) % 256 === 255 && performance.now() > deadline) return i + 1;
  }
  return to;
}

/**
 * The goal list as returned to the caller: checked in full, or (large lists) in stages. Goals are
 * kept as they came when valid as they are (no copy of 100,000 goals).
 */
async function checkedGoalList(raw: unknown): Promise<GoalList> {
  // Anything the checks cannot prove valid: zod decides over the whole answer, with its usual result and messages.
  const byZod = async () => (await zodSide()).parseOutput('listGoals', 'goalList', raw) as GoalList;
  const envelope = checkFor(CHECKS.goalListEnvelope)(raw) as { goals: unknown[]; people?: GoalList['people'] } | typeof FAIL;
  if (envelope === FAIL) return byZod();
  const { goals } = envelope;
  const staged = goals.length >= STAGED_CHECK_FROM;
  const first = staged ? FIRST_STAGE : goals.length;
  const copy: { goals?: unknown[] } = {};
  if (checkGoals(goals, 0, first, copy) < 0) return byZod();
  const list = { ...envelope, goals: copy.goals ?? goals } as GoalList;
  if (!staged) return list;
  // The list handed out is never changed afterwards: a later goal that needs zod's copy makes a new list.
  const later: { goals?: unknown[] } = {};
  const rest = (async () => {
    for (let at = first; at < goals.length;) {
      await nextTask();
      at = checkGoals(list.goals, at, goals.length, later, performance.now() + STAGE_SLICE_MS);
      if (at < 0) return byZod();
    }
    return later.goals ? { ...list, goals: later.goals } as GoalList : list;
  })();
  rest.catch(() => undefined); // a caller that does not ask for it gets no unhandled rejection
  stagedChecks.set(list, rest);
  return list;
}

const noted = new Set<string>();
/** A developer-facing note, once per page: what the widgets do without an optional field. */
function noteOnce(message: string): void {
  if (noted.has(message)) return;
  noted.add(message);
  console.info(message);
}

const cache = new WeakMap<PerformanceAdapter, ValidatedAdapter>();

/**
 * Wraps any adapter so that every request is checked before it leaves, every response is parsed
 * against the schemas, and every failure is an AdapterError. Widgets only ever talk to this.
 * Memoised per adapter, so a widget's task keys stay stable.
 */
export function withValidation(adapter: PerformanceAdapter, options: ValidationOptions = {}): ValidatedAdapter {
  const useCache = options.timeoutMs === undefined;
  const hit = useCache ? cache.get(adapter) : undefined;
  if (hit) return hit;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  /**
   * One port call: each argument checked (arguments first, `options.*` from the options), the
   * adapter invoked with them as they were given, the answer checked (or read by `answer`).
   */
  const run = async (
    method: PortMethod,
    args: readonly unknown[],
    opts: CallOptions | undefined,
    answer?: (raw: unknown) => Promise<unknown>,
  ): Promise<never> => {
    const spec = PORT_TABLE[method];
    let position = 0;
    for (const [label, name] of spec.in) {
      const value = label.startsWith('options.') ? (opts as Record<string, unknown> | undefined)?.[label.slice(8)] : args[position++];
      await checked(method, 'in', label, name, value);
    }
    const raw = await invoke(adapter, method, opts, timeoutMs, (fn, signal) => fn(...(args as never[]), { ...opts, signal } as never));
    return (spec.out === null ? undefined : answer ? await answer(raw) : await checked(method, 'out', '', spec.out, raw)) as never;
  };

  // Answers read by more than their check: the goal list (large lists in stages) and the feedback
  // page (bad items left out and counted).
  const answers: Partial<Record<PortMethod, (raw: unknown) => Promise<unknown>>> = {
    listGoals: async (raw) => {
      const list = await checkedGoalList(raw);
      // (`?.`: the goals of a staged list past the first stage are not checked yet.)
      if (list.goals.some((g) => (g as Goal | null)?.version === undefined)) {
        noteOnce('pm-widgets: listGoals returned goals without `version`, so edits to them cannot detect a conflicting change by someone else (they are saved as they are).');
      }
      return list;
    },
    listFeedback: (raw) => checkedFeedbackPage('listFeedback', raw),
  };
  // Every method from the port table: its positional arguments, then the call options.
  const validated = {} as Record<PortMethod, (...args: unknown[]) => Promise<never>>;
  for (const method of Object.keys(PORT_TABLE) as PortMethod[]) {
    const positional = PORT_TABLE[method].in.filter(([label]) => !label.startsWith('options.')).length;
    validated[method] = (...args) => run(method, args.slice(0, positional), args[positional] as CallOptions | undefined, answers[method]);
  }
  if (useCache) cache.set(adapter, validated as unknown as ValidatedAdapter);
  return validated as unknown as ValidatedAdapter;
}

/** Which of the five ports an adapter implements in full. */
export function supportedPorts(adapter: PerformanceAdapter): PortName[] {
  return (Object.keys(PORT_METHODS) as PortName[]).filter((port) =>
    PORT_METHODS[port].every((m) => typeof adapter[m] === 'function'),
  );
}

/**
 * The stored record a `conflict` error carries — the error's `details` (memory adapter) or their
 * `current` (REST problem details) — checked like any response against the schema `name`;
 * undefined when absent or not valid. Widgets show it ("theirs") beside the reader's edit.
 */
export async function conflictCurrent<N extends CheckName>(error: unknown, name: N): Promise<Checked<N> | undefined> {
  if (!AdapterError.is(error) || error.code !== 'conflict') return undefined;
  const details = error.details as { current?: unknown } | null | undefined;
  const candidate = details && typeof details === 'object' && details.current && typeof details.current === 'object' ? details.current : details;
  const out = checkFor(CHECKS[name])(candidate);
  if (out !== FAIL) return out as Checked<N>;
  try {
    return (await zodSide()).parseOutput('conflict', name, candidate) as Checked<N>;
  } catch {
    return undefined;
  }
}
