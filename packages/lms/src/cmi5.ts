/**
 * A small fetch-based cmi5 client (the assignable unit's side of cmi5, xAPI 1.0.3): launch
 * parameters, the auth token, LMS.LaunchData, and the cmi5-defined statements the widgets need —
 * initialized, completed / passed (honouring moveOn and launchMode), terminated. Chosen over
 * `@xapi/cmi5` (31.4 KB gzip with axios and @xapi/xapi) because this is ~2 KB and we send four verbs.
 */

export const VERBS = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'en-US': 'initialized' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  terminated: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
} as const;
export type Cmi5Verb = keyof typeof VERBS;

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface Cmi5Launch {
  endpoint: string;
  fetch: string;
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

/** Reads the five launch parameters cmi5 appends to the AU's URL; null when any is missing. */
export function parseCmi5Launch(search: string): Cmi5Launch | null {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint');
  const fetchUrl = params.get('fetch');
  const actor = params.get('actor');
  const registration = params.get('registration');
  const activityId = params.get('activityId');
  if (!endpoint || !fetchUrl || !actor || !registration || !activityId) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(actor);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetch: fetchUrl, actor: parsed as Record<string, unknown>, registration, activityId };
}

export interface Cmi5LaunchData {
  contextTemplate?: { contextActivities?: Record<string, unknown[]>; extensions?: Record<string, unknown> } & Record<string, unknown>;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  moveOn?: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
  launchParameters?: string;
  returnURL?: string;
}

function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** ISO 8601 duration, `PT12.3S` style. */
function duration(ms: number): string {
  return `PT${Math.max(0, Math.round(ms / 10)) / 100}S`;
}

export class Cmi5Error extends Error {}

/** One cmi5 session of an AU. Throws `Cmi5Error` from `start()`; later calls report through `onProblem`. */
export class Cmi5Session {
  readonly launch: Cmi5Launch;
  launchData: Cmi5LaunchData = {};
  #token = '';
  #started = 0;
  #initialized = false;
  #terminated = false;
  #completed = false;
  onProblem: (message: string) => void = (m) => console.warn(`[pm-widgets/lms] cmi5: ${m}`);

  constructor(launch: Cmi5Launch) {
    this.launch = launch;
  }

  #headers(): Record<string, string> {
    return { Authorization: `Basic ${this.#token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
  }

  /** Fetches the auth token (once: the fetch URL answers only the first request), reads LMS.LaunchData, sends initialized. */
  async start(): Promise<void> {
    const tokenResponse = await fetch(this.launch.fetch, { method: 'POST' });
    const body = (await tokenResponse.json().catch(() => ({}))) as { 'auth-token'?: string; 'error-code'?: string; 'error-text'?: string };
    if (!tokenResponse.ok || !body['auth-token']) throw new Cmi5Error(`no auth token (${body['error-code'] ?? tokenResponse.status} ${body['error-text'] ?? ''})`.trim());
    this.#token = body['auth-token'];
    const state = new URL('activities/state', this.launch.endpoint);
    state.searchParams.set('stateId', 'LMS.LaunchData');
    state.searchParams.set('activityId', this.launch.activityId);
    state.searchParams.set('agent', JSON.stringify(this.launch.actor));
    state.searchParams.set('registration', this.launch.registration);
    const stateResponse = await fetch(state, { headers: this.#headers() });
    if (!stateResponse.ok) throw new Cmi5Error(`LMS.LaunchData not readable (${stateResponse.status})`);
    this.launchData = (await stateResponse.json()) as Cmi5LaunchData;
    if (!this.launchData.contextTemplate) throw new Cmi5Error('LMS.LaunchData has no contextTemplate');
    this.#started = Date.now();
    await this.#send('initialized');
    this.#initialized = true;
  }

  /** The session id the LMS put into the context template. */
  get sessionId(): string | undefined {
    return this.launchData.contextTemplate?.extensions?.[SESSION_EXTENSION] as string | undefined;
  }

  #statement(verb: Cmi5Verb, result?: Record<string, unknown>): Record<string, unknown> {
    const template = structuredClone(this.launchData.contextTemplate ?? {});
    const contextActivities = (template.contextActivities ?? {}) as Record<string, unknown[]>;
    const category = [...(contextActivities['category'] ?? [])];
    const add = (id: string) => {
      if (!category.some((c) => (c as { id?: string }).id === id)) category.push({ id, objectType: 'Activity' });
    };
    add(CMI5_CATEGORY);
    if (verb === 'completed' || verb === 'passed') add(MOVEON_CATEGORY);
    return {
      id: uuid(),
      actor: this.launch.actor,
      verb: VERBS[verb],
      object: { id: this.launch.activityId, objectType: 'Activity' },
      context: { ...template, registration: this.launch.registration, contextActivities: { ...contextActivities, category } },
      timestamp: new Date().toISOString(),
      ...(result ? { result } : {}),
    };
  }

  async #send(verb: Cmi5Verb, result?: Record<string, unknown>, keepalive = false): Promise<boolean> {
    const statement = this.#statement(verb, result);
    try {
      const response = await fetch(new URL('statements', this.launch.endpoint), { method: 'POST', headers: this.#headers(), body: JSON.stringify(statement), keepalive });
      if (!response.ok) {
        this.onProblem(`${verb} refused (${response.status})`);
        return false;
      }
      return true;
    } catch (error) {
      this.onProblem(`${verb} not sent (${error instanceof Error ? error.message : String(error)})`);
      return false;
    }
  }

  /**
   * The work is done. Sends `passed` when moveOn needs it (a submitted survey has no score; a
   * confirmed submit is its success) and `completed` unless moveOn is Passed only; nothing in
   * Browse or Review mode, where the spec forbids both.
   */
  async complete(): Promise<void> {
    if (!this.#initialized || this.#terminated || this.#completed) return;
    if (this.launchData.launchMode && this.launchData.launchMode !== 'Normal') return;
    this.#completed = true;
    const moveOn = this.launchData.moveOn ?? 'Completed';
    const elapsed = { duration: duration(Date.now() - this.#started) };
    if (moveOn === 'Passed' || moveOn === 'CompletedAndPassed') await this.#send('passed', { success: true, ...elapsed });
    if (moveOn !== 'Passed') await this.#send('completed', { completion: true, ...elapsed });
  }

  /** Ends the session; `keepalive` lets the request outlive a closing page. Once only. */
  async terminate({ keepalive = false } = {}): Promise<void> {
    if (!this.#initialized || this.#terminated) return;
    this.#terminated = true;
    await this.#send('terminated', { duration: duration(Date.now() - this.#started) }, keepalive);
  }
}
