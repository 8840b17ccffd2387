import { AdapterError, codeForHttpStatus } from '../errors.js';
import type { CallOptions, IdempotentCallOptions, PerformanceAdapter, PortMethod, VersionedCallOptions } from '../ports.js';
import type { CheckInQuery } from '../schemas/check-in.js';
import type { FeedbackQuery } from '../schemas/feedback.js';
import type { GoalInput } from '../schemas/goal.js';
import { withOutboxScope } from './rest-scope.js';

/**
 * The REST contract client: every port method as one HTTP call to a backend that speaks the
 * pm-widgets REST contract (see openapi.json served by the reference server). Responses are not
 * validated here: widgets wrap every adapter in `withValidation`, which does that once.
 */
export interface RestAdapterOptions {
  /** The contract's root, e.g. `https://intranet.example/api/pm` (no trailing slash needed). */
  baseUrl: string;
  /** Headers sent on every call, e.g. `{ authorization: 'Bearer …' }`. */
  headers?: Record<string, string>;
  /** Called before every request (and every retry), for tokens that expire. */
  getHeaders?: () => Record<string, string> | Promise<Record<string, string>>;
  /** `fetch`'s credentials mode; `include` sends the portal's cookies to another origin. Default `same-origin`. */
  credentials?: RequestCredentials;
  /** Another `fetch` (tests, node, instrumentation). Default: the global one. */
  fetch?: typeof fetch;
  /** Milliseconds per attempt before it is given up as `unavailable`. Default 10 000. */
  timeoutMs?: number;
  /** Further attempts for reads and keyed writes that failed with a network error, 408, 429 or 5xx. Default 2. */
  retries?: number;
  /** First backoff in milliseconds (doubled each retry, with jitter). Default 300. */
  retryDelayMs?: number;
}

interface Call {
  method: PortMethod;
  http: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Safe to repeat: a read, or a write carrying an idempotency key or If-Match. */
  safe: boolean;
  signal?: AbortSignal;
}

const enc = encodeURIComponent;
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 30_000;

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), if any. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => { signal?.removeEventListener('abort', stop); resolve(); }, ms);
    const stop = () => { clearTimeout(timer); reject(signal!.reason); };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** The problem-details `detail` (RFC 9457) or a short piece of the body, for the developer. */
async function describeFailure(response: Response): Promise<{ detail: string; body: unknown }> {
  const text = await response.text().catch(() => '');
  let body: unknown = text;
  try { body = text ? JSON.parse(text) : undefined; } catch { /* not JSON */ }
  if (body && typeof body === 'object') {
    const p = body as { title?: unknown; detail?: unknown };
    const detail = [p.title, p.detail].filter((s) => typeof s === 'string' && s).join(': ');
    if (detail) return { detail, body };
  }
  return { detail: text.slice(0, 200) || response.statusText || 'no details', body };
}

export function createRestAdapter(options: RestAdapterOptions): Required<PerformanceAdapter> & { readonly outboxScope: string } {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = Math.max(0, options.retries ?? 2);
  const firstDelay = options.retryDelayMs ?? 300;

  async function attempt(call: Call): Promise<Response> {
    const url = new URL(base + call.path, typeof location === 'undefined' ? undefined : location.href);
    for (const [k, v] of Object.entries(call.query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...options.headers,
      ...(await options.getHeaders?.()),
      ...call.headers,
    };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    call.signal?.throwIfAborted();
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
    const doFetch = options.fetch ?? globalThis.fetch;
    try {
      return await doFetch(url, {
        method: call.http,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        credentials: options.credentials ?? 'same-origin',
        signal,
      });
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      if (timeout.aborted) {
        throw new AdapterError('unavailable', `${call.method}: ${call.http} ${url.pathname} did not answer within ${timeoutMs / 1000} s`, { method: call.method, cause: error });
      }
      throw new AdapterError('network', `${call.method}: could not reach ${url.origin} (${String((error as Error)?.message ?? error)})`, { method: call.method, cause: error });
    }
  }

  async function request(call: Call): Promise<unknown> {
    for (let n = 0; ; n++) {
      let response: Response | undefined;
      let failure: AdapterError;
      try {
        response = await attempt(call);
      } catch (error) {
        if (!AdapterError.is(error)) throw error;
        failure = error;
      }
      if (response) {
        if (response.ok) {
          if (response.status === 204) return undefined;
          const text = await response.text();
          try {
            return text ? JSON.parse(text) : undefined;
          } catch {
            throw new AdapterError('invalid-response', `${call.method}: ${call.http} ${call.path} answered ${response.status} with a body that is not JSON`, { method: call.method, retryable: false });
          }
        }
        const { detail, body } = await describeFailure(response);
        let code = codeForHttpStatus(response.status);
        if (response.status === 428) code = 'invalid-request';
        failure = new AdapterError(code, `${call.method}: ${call.http} ${call.path} answered ${response.status}: ${detail}`, {
          method: call.method,
          details: body,
          retryable: RETRY_STATUSES.has(response.status),
        });
      }
      const retryable = failure!.code === 'network' || (response !== undefined && RETRY_STATUSES.has(response.status));
      if (!call.safe || !retryable || n >= retries) throw failure!;
      const asked = retryAfterMs(response?.headers.get('retry-after') ?? null);
      const backoff = firstDelay * 2 ** n;
      const wait = asked !== undefined ? Math.min(asked, MAX_RETRY_AFTER_MS) : backoff / 2 + Math.random() * backoff;
      await sleep(wait, call.signal);
    }
  }

  const get = (method: PortMethod, path: string, opts: CallOptions | undefined, query?: Call['query']) =>
    request({ method, http: 'GET', path, query, safe: true, signal: opts?.signal });
  const keyed = (method: PortMethod, path: string, body: unknown, opts: IdempotentCallOptions) =>
    request({
      method, http: 'POST', path, body, safe: true, signal: opts?.signal,
      headers: { 'idempotency-key': opts?.idempotencyKey },
    });

  const adapter: Required<PerformanceAdapter> = {
    listGoals: (q, opts) => get('listGoals', '/goals', opts, { ownerId: q.ownerId, rootId: q.rootId, cycleId: q.cycleId }) as never,
    // PUT creates (no version yet) or updates (If-Match: the version read). Both are safe to repeat:
    // a repeated update gets 412, a repeated create finds the goal it made.
    saveGoal: (goal: GoalInput, opts) =>
      request({
        method: 'saveGoal', http: 'PUT', path: `/goals/${enc(goal.id)}`, body: goal, safe: true, signal: opts?.signal,
        headers: goal.version !== undefined ? { 'if-match': `"${goal.version}"` } : {},
      }) as never,
    deleteGoal: async (id, opts: VersionedCallOptions) => {
      await request({
        method: 'deleteGoal', http: 'DELETE', path: `/goals/${enc(id)}`, safe: true, signal: opts?.signal,
        headers: opts?.version !== undefined ? { 'if-match': `"${opts.version}"` } : {},
      });
    },

    getCheckIn: (q: CheckInQuery, opts) => get('getCheckIn', `/people/${enc(q.personId)}/check-ins/${enc(q.period)}`, opts) as never,
    saveCheckInDraft: (draft, opts) =>
      request({
        method: 'saveCheckInDraft', http: 'PUT', path: `/people/${enc(draft.personId)}/check-ins/${enc(draft.period)}/draft`,
        body: draft, safe: true, signal: opts?.signal,
      }) as never,
    submitCheckIn: (checkIn, opts) =>
      keyed('submitCheckIn', `/people/${enc(checkIn.personId)}/check-ins/${enc(checkIn.period)}/submission`, checkIn, opts) as never,
    replyToCheckIn: (reply, opts) =>
      keyed('replyToCheckIn', `/check-ins/${enc(reply.checkInId)}/reply`, { body: reply.body }, opts) as never,

    getAssignment: (id, opts) => get('getAssignment', `/assignments/${enc(id)}`, opts) as never,
    listAssignments: (q, opts) => get('listAssignments', `/people/${enc(q.raterId)}/assignments`, opts, { status: q.status }) as never,
    saveSurveyDraft: (id, answers, opts) =>
      request({ method: 'saveSurveyDraft', http: 'PUT', path: `/assignments/${enc(id)}/draft`, body: { answers }, safe: true, signal: opts?.signal }) as never,
    submitSurvey: (id, answers, opts) => keyed('submitSurvey', `/assignments/${enc(id)}/submission`, { answers }, opts) as never,

    listFeedback: (q: FeedbackQuery, opts) =>
      get('listFeedback', `/people/${enc(q.personId)}/feedback`, opts, {
        kinds: q.kinds?.join(','),
        from: q.from,
        to: q.to,
        counts: q.counts === undefined ? undefined : String(q.counts),
        cursor: q.cursor,
        limit: q.limit === undefined ? undefined : String(q.limit),
      }) as never,
    giveFeedback: (input, opts) => keyed('giveFeedback', '/feedback', input, opts) as never,
    requestFeedback: (input, opts) => keyed('requestFeedback', '/feedback-requests', input, opts) as never,
    listFeedbackRequests: (q, opts) => get('listFeedbackRequests', `/people/${enc(q.personId)}/feedback-requests`, opts) as never,

    getCompetencyProfile: (q, opts) =>
      get('getCompetencyProfile', `/people/${enc(q.personId)}/competency-profile`, opts, { cycleId: q.cycleId }) as never,
  };
  return withOutboxScope(adapter, options.baseUrl);
}
