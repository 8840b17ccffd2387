import { fixture, html, waitUntil } from '@open-wc/testing';
import type { PmCheckIn } from '@pm-widgets/check-in';
import { AdapterError, type CheckIn, type CheckInContext, type CheckInDraft, type CheckInSubmission, type Goal, type ManagerReplyInput, type PerformanceAdapter } from '@pm-widgets/core';

export const PERIOD = '2026-W47';
export const PERSON = 'p-ada';
export const MANAGER = 'p-grace';

export function goal(id: string, title: string, progress: number, status: Goal['status'] = 'on-track'): Goal {
  return {
    id, parentId: null, title, level: 'individual', ownerId: PERSON, status, progress,
    progressMode: 'manual', weight: 1, keyResults: [], version: 1, updatedAt: '2026-11-01T09:00:00Z',
  };
}

export function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: 'ci-47', personId: PERSON, period: PERIOD, status: 'draft', goalUpdates: [], wins: '', blockers: '',
    focus: '', answers: {}, updatedAt: '2026-11-17T09:00:00Z', ...overrides,
  };
}

export function context(overrides: Partial<CheckInContext> = {}): CheckInContext {
  return {
    person: { id: PERSON, name: 'Ada Lovelace', title: 'Engineer', managerId: MANAGER },
    checkIn: null,
    previous: checkIn({
      id: 'ci-46', period: '2026-W46', status: 'submitted', mood: 4,
      goalUpdates: [{ goalId: 'g-1', progress: 0.3, confidence: 7 }],
      focus: 'Write the test before fixing a bug', submittedAt: '2026-11-13T16:00:00Z', updatedAt: '2026-11-13T16:00:00Z',
    }),
    goals: [
      goal('g-1', 'Ship the onboarding flow', 0.4),
      goal('g-2', 'Halve the support backlog', 0.2, 'at-risk'),
      goal('g-3', 'Finished goal', 1, 'done'),
    ],
    questions: [
      { id: 'q-energy', kind: 'rating', text: 'How is your energy?', required: true },
      { id: 'q-learn', kind: 'text', text: 'What did you learn?', required: false },
      { id: 'q-help', kind: 'choice', text: 'What would help most?', required: false, options: ['Pairing', 'Training', 'Time'] },
    ],
    ...overrides,
  };
}

export interface TestBackend {
  adapter: PerformanceAdapter;
  drafts: CheckInDraft[];
  /** Idempotency key of every submit call, in order. */
  submitKeys: string[];
  /** Stored submissions by idempotency key. */
  submissions: Map<string, CheckIn>;
  replies: { reply: ManagerReplyInput; key: string }[];
  gets: number;
  stored: CheckIn | null;
}

export interface BackendOptions {
  /** Draft saves to fail (each with `saveError`) before they succeed. */
  failSaves?: number;
  saveError?: () => Error;
  /** Submit calls that fail with a retryable error before they succeed. */
  failSubmits?: number;
  /** When true, a failing submit stores the submission before failing (the answer was lost). */
  storeThenFail?: boolean;
  /** A save that never answers. */
  hangSaves?: boolean;
}

/** A small in-memory backend with exact control over failures, recording every write. */
export function backend(ctx: CheckInContext = context(), options: BackendOptions = {}): TestBackend {
  let failSaves = options.failSaves ?? 0;
  let failSubmits = options.failSubmits ?? 0;
  const state: TestBackend = {
    drafts: [], submitKeys: [], submissions: new Map(), replies: [], gets: 0, stored: ctx.checkIn,
    adapter: {
      async getCheckIn() {
        state.gets++;
        return structuredClone({ ...ctx, checkIn: state.stored });
      },
      async saveCheckInDraft(draft: CheckInDraft) {
        state.drafts.push(structuredClone(draft));
        if (options.hangSaves) return new Promise<never>(() => {});
        if (failSaves > 0) {
          failSaves--;
          throw options.saveError?.() ?? new AdapterError('unavailable', 'save failed');
        }
        state.stored = { ...draft, id: draft.id ?? 'ci-new', status: 'draft', updatedAt: new Date().toISOString() };
        return structuredClone(state.stored);
      },
      async submitCheckIn(submission: CheckInSubmission, { idempotencyKey }: { idempotencyKey: string }) {
        state.submitKeys.push(idempotencyKey);
        const store = () => {
          const existing = state.submissions.get(idempotencyKey);
          if (existing) return existing;
          const now = new Date().toISOString();
          const stored: CheckIn = { ...submission, id: submission.id ?? 'ci-new', status: 'submitted', submittedAt: now, updatedAt: now };
          state.submissions.set(idempotencyKey, stored);
          state.stored = stored;
          return stored;
        };
        if (failSubmits > 0) {
          failSubmits--;
          if (options.storeThenFail) store();
          throw new AdapterError('unavailable', 'submit failed');
        }
        return structuredClone(store());
      },
      async replyToCheckIn(reply: ManagerReplyInput, { idempotencyKey }: { idempotencyKey: string }) {
        state.replies.push({ reply, key: idempotencyKey });
        state.stored = { ...state.stored!, managerReply: { authorId: MANAGER, body: reply.body, createdAt: '2026-11-20T10:00:00Z' } };
        return structuredClone(state.stored);
      },
    },
  };
  return state;
}

export const storageKey = (person = PERSON, period = PERIOD) => `pm-check-in:draft:${person}:${period}`;

/** Mounts a check-in for PERSON and PERIOD on `b`; `watch` sees it connected, before its check-in has loaded. */
export async function mountCheckIn(b: TestBackend, watch?: (el: PmCheckIn) => void): Promise<PmCheckIn> {
  const el = document.createElement('pm-check-in');
  el.setAttribute('person', PERSON);
  el.setAttribute('period', PERIOD);
  el.autosaveDelay = 20;
  el.adapter = b.adapter;
  await fixture(html`<div>${el}</div>`);
  watch?.(el);
  return el;
}
