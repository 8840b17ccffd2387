import type { PmSurvey360 } from '@pm-widgets/survey-360';
import { AdapterError, type Answers, type PerformanceAdapter, type Survey, type SurveyAssignment, type SurveyDraft } from '@pm-widgets/core';

export const ASSIGNMENT = 'a-test';

/** Two sections: Clarity (two ratings, N/A on the first) and Coaching (a rating, a required text, two choices). */
export function survey(overrides: Partial<Survey> = {}): Survey {
  return {
    id: 's-1',
    title: 'Leadership 360',
    intro: 'Rate how often you see each behaviour.',
    scale: { min: 1, max: 5, labels: ['Rarely', 'Sometimes', 'Often', 'Very often', 'Always'] },
    threshold: 3,
    sections: [
      {
        id: 'sec-clarity', title: 'Clarity', description: 'Sets clear goals and explains the why.', competencyId: 'clarity',
        questions: [
          { id: 'c1', kind: 'rating', text: 'Explains the why behind the work.', required: true, allowNA: true },
          { id: 'c2', kind: 'rating', text: 'Communicates decisions early.', required: true },
        ],
      },
      {
        id: 'sec-coaching', title: 'Coaching', competencyId: 'coaching',
        questions: [
          { id: 'k1', kind: 'rating', text: 'Gives timely feedback.', required: true, allowNA: true },
          { id: 'k2', kind: 'text', text: 'What should they keep doing?', required: true },
          { id: 'k3', kind: 'choice', text: 'Which value do they live most?', required: false, options: ['Be clear', 'Grow together'] },
          { id: 'k4', kind: 'choice', text: 'Where would help matter?', required: false, multiple: true, options: ['Planning', 'Reviews', 'One-on-ones'] },
        ],
      },
    ],
    ...overrides,
  };
}

export function assignment(overrides: Partial<SurveyAssignment> = {}): SurveyAssignment {
  return {
    id: ASSIGNMENT,
    survey: survey(),
    subject: { id: 'p-mei', name: 'Mei Chen', title: 'Engineering Manager' },
    relationship: 'direct-report',
    status: 'open',
    dueDate: '2099-12-31',
    ...overrides,
  };
}

/** Every required question answered. */
export const COMPLETE: Answers = { c1: 4, c2: 5, k1: null, k2: 'Clear weekly notes.' };

export interface TestBackend {
  adapter: PerformanceAdapter;
  /** Every draft the backend saved, in order. */
  drafts: Answers[];
  /** The idempotency key of every submit call, in order. */
  submitKeys: string[];
  /** Stored responses by idempotency key: exactly-once means one entry. */
  responses: Map<string, Answers>;
  current: SurveyAssignment;
  gets: number;
}

export interface BackendOptions {
  assignment?: SurveyAssignment;
  /** Draft saves that fail (retryable) before they succeed. */
  failSaves?: number;
  /** Submit calls that fail with a retryable error before anything is stored. */
  failSubmits?: number;
  /** Submit calls that store the response but whose answer is lost (a network error). */
  loseAnswers?: number;
  /** Milliseconds each call takes. */
  latency?: number;
  /** getAssignment keeps answering with the assignment as it was before any submission (a lagging replica). */
  staleReads?: boolean;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small backend with the survey port's semantics (idempotent submit, conflict when not open). */
export function backend(options: BackendOptions = {}): TestBackend {
  const b: TestBackend = {
    adapter: {},
    drafts: [],
    submitKeys: [],
    responses: new Map(),
    current: structuredClone(options.assignment ?? assignment()),
    gets: 0,
  };
  let failSaves = options.failSaves ?? 0;
  let failSubmits = options.failSubmits ?? 0;
  let loseAnswers = options.loseAnswers ?? 0;
  const latency = options.latency ?? 0;
  let before: SurveyAssignment | undefined;
  b.adapter = {
    getAssignment: async (id) => {
      b.gets++;
      await wait(latency);
      if (id !== b.current.id) throw new AdapterError('not-found', `assignment ${id}`);
      return structuredClone(options.staleReads && before ? before : b.current);
    },
    listAssignments: async () => ({ assignments: [] }),
    saveSurveyDraft: async (_id, answers) => {
      await wait(latency);
      if (failSaves > 0) {
        failSaves--;
        throw new AdapterError('unavailable', 'draft save failed');
      }
      if (b.current.status !== 'open') throw new AdapterError('conflict', 'not open');
      const draft: SurveyDraft = { answers: structuredClone(answers), savedAt: new Date().toISOString() };
      b.drafts.push(draft.answers);
      b.current = { ...b.current, draft };
      return structuredClone(draft);
    },
    submitSurvey: async (_id, answers, { idempotencyKey }) => {
      await wait(latency);
      b.submitKeys.push(idempotencyKey);
      if (failSubmits > 0) {
        failSubmits--;
        throw new AdapterError('unavailable', 'submit failed');
      }
      if (!b.responses.has(idempotencyKey)) {
        if (b.current.status !== 'open') throw new AdapterError('conflict', 'already submitted', { details: structuredClone(b.current) });
        b.responses.set(idempotencyKey, structuredClone(answers));
        before = structuredClone(b.current);
        const { draft: _draft, ...rest } = b.current;
        b.current = { ...rest, status: 'submitted', submittedAt: new Date().toISOString() };
      }
      if (loseAnswers > 0) {
        loseAnswers--;
        throw new AdapterError('network', 'the answer was lost', { retryable: false });
      }
      return structuredClone(b.current);
    },
  };
  return b;
}

export const storageKey = (id = ASSIGNMENT) => `pm-survey-360:draft:${id}`;

/** Shadow-root queries of a survey. */
export const $ = <T extends Element = HTMLElement>(el: PmSurvey360, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: PmSurvey360, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The input of a question (by question id) with a value: a rating point, "na", or an option. */
export function input(el: PmSurvey360, questionId: string, value: string): HTMLInputElement {
  const found = $$<HTMLInputElement>(el, `[data-question="${questionId}"] input`).find((i) => i.value === value);
  if (!found) throw new Error(`no input ${value} for ${questionId}`);
  return found;
}

export async function choose(el: PmSurvey360, questionId: string, value: string | number): Promise<void> {
  input(el, questionId, String(value)).click();
  await el.updateComplete;
}

export async function write(el: PmSurvey360, questionId: string, value: string): Promise<void> {
  const area = $<HTMLTextAreaElement>(el, `[data-question="${questionId}"] textarea`)!;
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function next(el: PmSurvey360): Promise<void> {
  $$<HTMLButtonElement>(el, '[part~="nav"] button').find((b) => b.textContent!.trim() === 'Next')!.click();
  await el.updateComplete;
}

export const sectionTitle = (el: PmSurvey360) => $(el, '.section h3')!.textContent!.trim();
