import * as z from 'zod/mini';
import { AdapterError, ADAPTER_ERROR_CODES, codeForHttpStatus, type AdapterErrorCode } from './errors.js';
import {
  PORT_METHODS, type CallOptions, type CheckInsPort, type CompetenciesPort, type FeedbackPort,
  type GoalsPort, type PerformanceAdapter, type PortMethod, type PortName, type SurveysPort,
} from './ports.js';
import {
  checkInContextSchema, checkInDraftSchema, checkInQuerySchema, checkInSchema,
  checkInSubmissionSchema, managerReplyInputSchema,
} from './schemas/check-in.js';
import { idSchema, list as listOf, LIMITS } from './schemas/common.js';
import { competencyProfileSchema, competencyQuerySchema } from './schemas/competency.js';
import {
  feedbackInputSchema, feedbackItemSchema, feedbackPageSchema, feedbackQuerySchema, feedbackRequestInputSchema,
  feedbackRequestListSchema, feedbackRequestQuerySchema, feedbackRequestSchema, type FeedbackItem, type FeedbackPage,
} from './schemas/feedback.js';
import { goalInputSchema, goalListSchema, goalQuerySchema, goalSchema, type Goal, type GoalList } from './schemas/goal.js';
import { areExactPeople, exactGoalsUntil } from './schemas/goal-fast.js';
import { isExactFeedbackItem } from './schemas/feedback-fast.js';
import { parseAssignmentFast } from './schemas/survey-fast.js';
import { answersSchema } from './schemas/question.js';
import { assignmentListSchema, assignmentQuerySchema, surveyAssignmentSchema, surveyDraftSchema } from './schemas/survey.js';
import { describeIssues, describeShape, nameShape, previewValue } from './validation-messages.js';
import { personSchema } from './schemas/person.js';
import { questionSchema } from './schemas/question.js';

for (const [schema, name] of [
  [goalSchema, 'Goal'], [personSchema, 'Person'], [checkInSchema, 'CheckIn'], [questionSchema, 'Question'],
  [feedbackItemSchema, 'FeedbackItem'], [feedbackRequestSchema, 'FeedbackRequest'], [surveyDraftSchema, 'SurveyDraft'],
] as const) nameShape(schema, name);

/** All five ports, every method present: a missing one rejects with `not-supported`. */
export type ValidatedAdapter = GoalsPort & CheckInsPort & SurveysPort & FeedbackPort & CompetenciesPort;

export interface ValidationOptions {
  /** Milliseconds before a call that has not answered becomes an `unavailable` error. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

type Input = readonly [label: string, schema: z.core.$ZodType, value: unknown];

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

function parseInputs(method: string, inputs: readonly Input[]): void {
  for (const [label, schema, value] of inputs) {
    const result = z.safeParse(schema, value);
    if (!result.success) {
      throw new AdapterError(
        'invalid-request',
        describeIssues(`${method} was called with`, label, value, result.error.issues),
        { method, details: result.error.issues, retryable: false },
      );
    }
  }
}

function parseOutput<T>(method: string, schema: z.core.$ZodType<T> | null, value: unknown): T {
  if (schema === null) return undefined as T;
  const result = z.safeParse(schema, value);
  if (!result.success) {
    const [first] = result.error.issues;
    // The whole answer has the wrong shape: show the right one.
    const wrongShape = first && first.path.length === 0 && first.code === 'invalid_type';
    throw new AdapterError(
      'invalid-response',
      wrongShape
        ? `${method} returned ${previewValue(value)}; expected ${describeShape(schema as never)}`
        : describeIssues(`${method} returned`, '', value, result.error.issues),
      { method, details: result.error.issues, retryable: false },
    );
  }
  return result.data;
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

/** A feedback page as first checked: the envelope strictly, the items one by one afterwards. */
const feedbackPageEnvelopeSchema = z.object({ ...feedbackPageSchema.shape, items: z.array(z.unknown()).check(z.maxLength(500, 'expected at most 500 items')) });

/**
 * How a list tolerates bad items: the page itself (cursor, total, counts, catalogue, the items
 * array) must be valid, or the call fails as `invalid-response` like any other. Each item is then
 * parsed on its own; the valid ones are returned and the invalid ones are left out and counted in
 * `dropped`, with the first problem logged once per page (`console.warn`) for the developer. A
 * page of only bad items is an empty page with `dropped` > 0, never an error: the reader still
 * sees everything that can be shown, and the widget says how many could not be.
 */
export function parseFeedbackPage(method: string, value: unknown): FeedbackPage {
  const page = parseOutput(method, feedbackPageEnvelopeSchema, value);
  const items: FeedbackItem[] = [];
  let dropped = 0;
  let firstProblem: string | undefined;
  page.items.forEach((raw, index) => {
    // The fast check keeps an exact item as it came; anything else gets zod's parse and messages.
    if (isExactFeedbackItem(raw)) return void items.push(raw);
    const result = z.safeParse(feedbackItemSchema, raw);
    if (result.success) items.push(result.data);
    else {
      dropped++;
      firstProblem ??= describeIssues(`${method} returned`, `items[${index}]`, raw, result.error.issues);
    }
  });
  if (firstProblem) console.warn(`pm-widgets: ${dropped} feedback item(s) left out. ${firstProblem}`);
  const { items: _raw, ...rest } = page;
  return { ...rest, items, ...(dropped ? { dropped } : {}) };
}

const goalPeopleSchema = listOf(personSchema, LIMITS.bigList);
const GOAL_LIST_KEYS = new Set(['goals', 'people']);

/** Goal lists this long are checked in stages (see {@link goalListCheck}); shorter ones at once. */
export const STAGED_CHECK_FROM = 5_000;
/** Goals checked before a staged list is returned. */
const FIRST_STAGE = 1_000;
/** Longest slice of a staged check before the page gets to paint and handle input. */
const STAGE_SLICE_MS = 8;

/** A goal list whose envelope is exact (plain object, only `goals` and `people`, goals an array of at most `bigList`). */
function isFastGoalListEnvelope(raw: unknown): raw is { goals: unknown[]; people?: unknown } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || Object.getPrototypeOf(raw) !== Object.prototype) return false;
  for (const key in raw) if (!GOAL_LIST_KEYS.has(key)) return false;
  const goals = (raw as { goals?: unknown }).goals;
  return Array.isArray(goals) && goals.length <= LIMITS.bigList;
}

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
 * The goal list as returned to the caller: checked in full, or (large lists) in stages. `undefined`
 * when the fast checks do not apply, and the caller runs the full zod parse.
 */
function fastGoalList(raw: unknown): GoalList | undefined {
  if (!isFastGoalListEnvelope(raw)) return undefined;
  const { goals } = raw;
  let people: readonly unknown[] | undefined;
  if (raw.people !== undefined) {
    if (areExactPeople(raw.people)) people = raw.people;
    else {
      const parsed = z.safeParse(goalPeopleSchema, raw.people);
      if (!parsed.success) return undefined;
      people = parsed.data;
    }
  }
  const staged = goals.length >= STAGED_CHECK_FROM;
  const first = staged ? FIRST_STAGE : goals.length;
  if (exactGoalsUntil(goals, 0, first) !== first) return undefined;
  const list = (people ? { goals, people } : { goals }) as GoalList;
  if (!staged) return list;
  const rest = (async () => {
    for (let at = first; at < goals.length;) {
      await nextTask();
      at = exactGoalsUntil(goals, at, goals.length, performance.now() + STAGE_SLICE_MS);
      // A goal the fast check does not accept: zod decides, with its usual result and messages.
      if (at < 0) return { ...list, goals: parseOutput('listGoals', goalListSchema, { goals }).goals };
    }
    return list;
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

  const run = async <T>(
    method: PortMethod,
    inputs: readonly Input[],
    output: z.core.$ZodType<T> | null,
    opts: CallOptions | undefined,
    call: (fn: (...args: never[]) => unknown, signal: AbortSignal) => unknown,
  ): Promise<T> => {
    parseInputs(method, inputs);
    const raw = await invoke(adapter, method, opts, timeoutMs, call);
    return parseOutput(method, output, raw);
  };
  const pass = <O extends CallOptions>(opts: O | undefined, signal: AbortSignal): O => ({ ...(opts as O), signal });

  const validated: ValidatedAdapter = {
    listGoals: async (query, opts) => {
      parseInputs('listGoals', [['query', goalQuerySchema, query]]);
      const raw = await invoke(adapter, 'listGoals', opts, timeoutMs, (fn, s) => fn(query as never, pass(opts, s) as never));
      // Large homogeneous lists: a hand-written check of every goal and person, and both as they
      // came (no zod-built copy); lists of 5,000 goals or more in stages (see goalListCheck).
      // Anything the fast check does not accept goes through the full zod parse, with its usual
      // result and messages.
      const list = fastGoalList(raw) ?? parseOutput('listGoals', goalListSchema, raw);
      // (`?.`: the goals of a staged list past the first stage are not checked yet.)
      if (list.goals.some((g) => (g as Goal | null)?.version === undefined)) {
        noteOnce('pm-widgets: listGoals returned goals without `version`, so edits to them cannot detect a conflicting change by someone else (they are saved as they are).');
      }
      return list;
    },
    saveGoal: (goal, opts) =>
      run('saveGoal', [['goal', goalInputSchema, goal]], goalSchema, opts, (fn, s) => fn(goal as never, pass(opts, s) as never)),
    deleteGoal: (id, opts) =>
      run('deleteGoal', [['id', idSchema, id], ['options.version', z.optional(z.int()), opts?.version]], null, opts, (fn, s) => fn(id as never, pass(opts, s) as never)),

    getCheckIn: (query, opts) =>
      run('getCheckIn', [['query', checkInQuerySchema, query]], checkInContextSchema, opts, (fn, s) => fn(query as never, pass(opts, s) as never)),
    saveCheckInDraft: (draft, opts) =>
      run('saveCheckInDraft', [['draft', checkInDraftSchema, draft]], checkInSchema, opts, (fn, s) => fn(draft as never, pass(opts, s) as never)),
    submitCheckIn: (checkIn, opts) =>
      run('submitCheckIn', [['checkIn', checkInSubmissionSchema, checkIn], ['options.idempotencyKey', idSchema, opts?.idempotencyKey]], checkInSchema, opts, (fn, s) => fn(checkIn as never, pass(opts, s) as never)),
    replyToCheckIn: (reply, opts) =>
      run('replyToCheckIn', [['reply', managerReplyInputSchema, reply], ['options.idempotencyKey', idSchema, opts?.idempotencyKey]], checkInSchema, opts, (fn, s) => fn(reply as never, pass(opts, s) as never)),

    getAssignment: async (assignmentId, opts) => {
      parseInputs('getAssignment', [['assignmentId', idSchema, assignmentId]]);
      const raw = await invoke(adapter, 'getAssignment', opts, timeoutMs, (fn, s) => fn(assignmentId as never, pass(opts, s) as never));
      // Large surveys: the sections by a hand-written check and kept as they came; anything it
      // does not accept goes through the full zod parse, with its usual result and messages.
      return parseAssignmentFast(raw) ?? parseOutput('getAssignment', surveyAssignmentSchema, raw);
    },
    listAssignments: (query, opts) =>
      run('listAssignments', [['query', assignmentQuerySchema, query]], assignmentListSchema, opts, (fn, s) => fn(query as never, pass(opts, s) as never)),
    saveSurveyDraft: (assignmentId, answers, opts) =>
      run('saveSurveyDraft', [['assignmentId', idSchema, assignmentId], ['answers', answersSchema, answers]], surveyDraftSchema, opts, (fn, s) => fn(assignmentId as never, answers as never, pass(opts, s) as never)),
    submitSurvey: (assignmentId, answers, opts) =>
      run('submitSurvey', [['assignmentId', idSchema, assignmentId], ['answers', answersSchema, answers], ['options.idempotencyKey', idSchema, opts?.idempotencyKey]], surveyAssignmentSchema, opts, (fn, s) => fn(assignmentId as never, answers as never, pass(opts, s) as never)),

    listFeedback: async (query, opts) => {
      parseInputs('listFeedback', [['query', feedbackQuerySchema, query]]);
      const raw = await invoke(adapter, 'listFeedback', opts, timeoutMs, (fn, s) => fn(query as never, pass(opts, s) as never));
      return parseFeedbackPage('listFeedback', raw);
    },
    giveFeedback: (input, opts) =>
      run('giveFeedback', [['input', feedbackInputSchema, input], ['options.idempotencyKey', idSchema, opts?.idempotencyKey]], feedbackItemSchema, opts, (fn, s) => fn(input as never, pass(opts, s) as never)),
    requestFeedback: (input, opts) =>
      run('requestFeedback', [['input', feedbackRequestInputSchema, input], ['options.idempotencyKey', idSchema, opts?.idempotencyKey]], z.array(feedbackRequestSchema), opts, (fn, s) => fn(input as never, pass(opts, s) as never)),
    listFeedbackRequests: (query, opts) =>
      run('listFeedbackRequests', [['query', feedbackRequestQuerySchema, query]], feedbackRequestListSchema, opts, (fn, s) => fn(query as never, pass(opts, s) as never)),

    getCompetencyProfile: (query, opts) =>
      run('getCompetencyProfile', [['query', competencyQuerySchema, query]], competencyProfileSchema, opts, (fn, s) => fn(query as never, pass(opts, s) as never)),
  };
  if (useCache) cache.set(adapter, validated);
  return validated;
}

/** Which of the five ports an adapter implements in full. */
export function supportedPorts(adapter: PerformanceAdapter): PortName[] {
  return (Object.keys(PORT_METHODS) as PortName[]).filter((port) =>
    PORT_METHODS[port].every((m) => typeof adapter[m] === 'function'),
  );
}

/**
 * The stored record a `conflict` error carries — the error's `details` (memory adapter) or their
 * `current` (REST problem details) — parsed with `schema`; undefined when absent or not valid.
 * Widgets show it ("theirs") beside the reader's edit, so it is checked like any response.
 */
export function conflictCurrent<T>(error: unknown, schema: z.core.$ZodType<T>): T | undefined {
  if (!AdapterError.is(error) || error.code !== 'conflict') return undefined;
  const details = error.details as { current?: unknown } | null | undefined;
  const candidate = details && typeof details === 'object' && details.current && typeof details.current === 'object' ? details.current : details;
  const parsed = z.safeParse(schema, candidate);
  return parsed.success ? parsed.data : undefined;
}
