import { createRestAdapter, type RestAdapterOptions } from '@pm-widgets/core/rest';
import type { PerformanceAdapter } from '@pm-widgets/core';

/**
 * Who each call acts as, for backends that authorise per person: the contract suite reads the
 * person's own data, the manager replies, the asked person answers a request.
 */
export interface Identities {
  /** The person the suite acts as by default (the contract's `personId`). */
  self: string;
  /** Their manager: replies to check-ins, gives feedback to `self`. */
  manager?: string;
  /** Headers for a person; `undefined` falls back to `self`'s. */
  headersFor(personId: string): Record<string, string> | undefined;
}

/** A REST adapter per person, chosen per call by who that call must act as. */
export function createRoutedRestAdapter(base: Omit<RestAdapterOptions, 'headers'>, who: Identities): Required<PerformanceAdapter> {
  const cache = new Map<string, Required<PerformanceAdapter>>();
  const as = (personId: string | undefined) => {
    const id = personId && who.headersFor(personId) ? personId : who.self;
    let adapter = cache.get(id);
    if (!adapter) cache.set(id, (adapter = createRestAdapter({ ...base, headers: who.headersFor(id) ?? {} })));
    return adapter;
  };
  const route = <K extends keyof PerformanceAdapter>(method: K, pick: (...args: any[]) => string | undefined) =>
    ((...args: any[]) => (as(pick(...args))[method] as (...a: unknown[]) => unknown)(...args)) as Required<PerformanceAdapter>[K];
  const self = () => who.self;
  return {
    listGoals: route('listGoals', self),
    saveGoal: route('saveGoal', (goal) => goal?.ownerId),
    deleteGoal: route('deleteGoal', self),
    getCheckIn: route('getCheckIn', (q) => q?.personId),
    saveCheckInDraft: route('saveCheckInDraft', (d) => d?.personId),
    submitCheckIn: route('submitCheckIn', (c) => c?.personId),
    replyToCheckIn: route('replyToCheckIn', () => who.manager),
    getAssignment: route('getAssignment', self),
    listAssignments: route('listAssignments', (q) => q?.raterId),
    saveSurveyDraft: route('saveSurveyDraft', self),
    submitSurvey: route('submitSurvey', self),
    listFeedback: route('listFeedback', (q) => q?.personId),
    giveFeedback: route('giveFeedback', (input) => (input?.requestId || input?.toId !== who.self ? who.self : who.manager)),
    requestFeedback: route('requestFeedback', (input) => input?.aboutId),
    listFeedbackRequests: route('listFeedbackRequests', (q) => q?.personId),
    getCompetencyProfile: route('getCompetencyProfile', (q) => q?.personId),
  };
}

export interface DevPerson { id: string; name: string; managerId?: string | null; token: string }

/** The reference server's dev mode: a token per person at `/auth/dev-tokens`. */
export async function fetchDevTokens(baseUrl: string, doFetch: typeof fetch = fetch): Promise<DevPerson[]> {
  const response = await doFetch(`${baseUrl.replace(/\/+$/, '')}/auth/dev-tokens`);
  if (!response.ok) throw new Error(`${baseUrl}/auth/dev-tokens answered ${response.status}: is the server in dev mode?`);
  return ((await response.json()) as { people: DevPerson[] }).people;
}
