import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  AdapterError, surveyAssignmentSchema,
  type Answers, type PerformanceAdapter, type Relationship, type Survey, type SurveyAssignment, type SurveySection,
} from '@pm-widgets/core';
import { DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/survey-360/pm-survey-360.js';

/*
 * Playground and the relationship stories use the global memory adapter (the demo org's open
 * assignments). The state stories set `parameters.pmAdapter: null` and bring a small adapter in a
 * local <pm-provider>, so each state is exact. Fixtures are parsed with core's schema.
 */

const ASSIGNMENT = 'story-assignment';

const COMPETENCIES: { title: string; description: string; statements: string[] }[] = [
  { title: 'Clarity', description: 'Sets clear goals, explains the why, and makes decisions easy to act on.', statements: ['Explains the goals and priorities behind the work.', 'Communicates decisions and changes early and plainly.', 'Writes and speaks in a way that is easy to act on.'] },
  { title: 'Coaching', description: 'Helps others grow through timely feedback, good questions and time.', statements: ['Gives timely, specific feedback that helps others improve.', 'Asks questions that help others find their own solutions.', 'Makes time to support the growth of the people around them.'] },
  { title: 'Courage', description: 'Raises hard issues, challenges ideas respectfully and owns mistakes.', statements: ['Raises difficult issues openly and respectfully.', 'Challenges ideas, including those of senior people.', 'Owns mistakes and shares what they learned.'] },
];

function section(i: number, questionsPer: number): SurveySection {
  const c = COMPETENCIES[i % COMPETENCIES.length]!;
  const round = Math.floor(i / COMPETENCIES.length);
  return {
    id: `sec-${i}`,
    title: round ? `${c.title} (${round + 1})` : c.title,
    description: c.description,
    competencyId: `comp-${i}`,
    questions: [
      ...Array.from({ length: questionsPer }, (_, q) => ({
        id: `q-${i}-${q}`, kind: 'rating' as const, text: c.statements[q % c.statements.length]!, required: true, allowNA: q % 3 === 0,
      })),
      { id: `q-${i}-comment`, kind: 'text' as const, text: `What could they do to get even better at ${c.title.toLowerCase()}?`, required: false, help: 'One concrete example helps most.' },
    ],
  };
}

function makeSurvey(sections: number, questionsPer = 3): Survey {
  return {
    id: 'story-survey',
    title: '360° feedback — autumn review',
    intro: 'Thank you for taking ten minutes to help a colleague grow. Rate how often you see each behaviour; choose N/A when you have not seen enough to say.',
    scale: { min: 1, max: 5, labels: ['Rarely', 'Sometimes', 'Often', 'Very often', 'Always'] },
    threshold: 3,
    sections: [
      ...Array.from({ length: sections }, (_, i) => section(i, questionsPer)),
      {
        id: 'sec-overall', title: 'Overall',
        questions: [
          { id: 'overall-value', kind: 'choice', text: 'Which of our values do they live most visibly?', required: false, options: ['Be clear', 'Grow together', 'Speak up', 'Win as a team'] },
          { id: 'overall-where', kind: 'choice', text: 'Where would more of their time help you most?', required: false, multiple: true, options: ['Planning', 'Code and design reviews', 'One-on-ones'] },
          { id: 'overall-strengths', kind: 'text', text: 'What are their greatest strengths?', required: true },
        ],
      },
    ],
  };
}

function makeAssignment(overrides: Partial<SurveyAssignment> = {}, survey = makeSurvey(3)): SurveyAssignment {
  return surveyAssignmentSchema.parse({
    id: ASSIGNMENT,
    survey,
    subject: { id: 'story-mei', name: 'Mei Chen', title: 'Engineering Manager, Platform' },
    relationship: 'direct-report' satisfies Relationship,
    status: 'open',
    dueDate: '2099-03-14',
    ...overrides,
  });
}

interface StoryAdapterOptions {
  loadError?: () => Error;
  latency?: number;
}

/** A tiny in-story backend: keeps drafts and the submission, answers after `latency` ms. */
function storyAdapter(assignment: SurveyAssignment, options: StoryAdapterOptions = {}): PerformanceAdapter {
  let stored = structuredClone(assignment);
  const wait = () => new Promise((resolve) => setTimeout(resolve, options.latency ?? 300));
  return {
    async getAssignment() {
      await wait();
      if (options.loadError) throw options.loadError();
      return structuredClone(stored);
    },
    async listAssignments() {
      return { assignments: [] };
    },
    async saveSurveyDraft(_id: string, answers: Answers) {
      await wait();
      const draft = { answers, savedAt: new Date().toISOString() };
      stored = { ...stored, draft };
      return structuredClone(draft);
    },
    async submitSurvey() {
      await wait();
      const { draft: _draft, ...rest } = stored;
      stored = { ...rest, status: 'submitted', submittedAt: new Date().toISOString() };
      return structuredClone(stored);
    },
  };
}

interface Args {
  assignment: string;
  layout: 'paged' | 'single';
  disabled: boolean;
  autosaveDelay: number;
  locale?: string;
}

const own = (adapter: PerformanceAdapter, args: Args) => html`
  <pm-provider .adapter=${adapter}>
    <pm-survey-360 assignment=${ASSIGNMENT} layout=${args.layout} ?disabled=${args.disabled}
      autosave-delay=${args.autosaveDelay} locale=${ifDefined(args.locale)}></pm-survey-360>
  </pm-provider>`;

const demo = (id: string) => (args: Args) => html`<pm-survey-360 assignment=${id} layout=${args.layout}
  ?disabled=${args.disabled} autosave-delay=${args.autosaveDelay} locale=${ifDefined(args.locale)}></pm-survey-360>`;

const meta: Meta<Args> = {
  title: 'Widgets/360 survey',
  component: 'pm-survey-360',
  args: { assignment: DEMO.raterAssignmentIds.upward, layout: 'paged', disabled: false, autosaveDelay: 800 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['paged', 'single'] },
    autosaveDelay: { control: { type: 'number', min: 0, step: 100 } },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The demo org from the memory adapter: the viewer's upward feedback to their manager. */
export const Playground: Story = {
  render: (args) => html`<pm-survey-360 assignment=${args.assignment} layout=${args.layout} ?disabled=${args.disabled}
    autosave-delay=${args.autosaveDelay} locale=${ifDefined(args.locale)}></pm-survey-360>`,
};

/** The subject rates themself (the demo's self-assessment has a saved draft to resume). */
export const SelfAssessment: Story = { name: 'Self assessment', render: demo(DEMO.assignmentIds.self) };

/** A peer: answers are shown only as a group average, above the threshold. */
export const Peer: Story = { render: demo(DEMO.raterAssignmentIds.peer) };

/** Upward feedback from a direct report to their manager. */
export const DirectReport: Story = { name: 'Direct report (upward)', render: demo(DEMO.raterAssignmentIds.upward) };

/** The subject's manager: answers are shown as given. */
export const Manager: Story = { render: demo(DEMO.assignmentIds.manager) };

/** One section per page with Next, Back and a progress bar. */
export const Paged: Story = {
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeAssignment()), { ...args, layout: 'paged' }),
};

/** Every section on one page. */
export const SinglePage: Story = {
  name: 'Single page',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeAssignment()), { ...args, layout: 'single' }),
};

/** A draft saved on the server opens on the page where the rater stopped. */
export const ResumedDraft: Story = {
  name: 'Resumed draft',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeAssignment({
    draft: { answers: { 'q-0-0': 4, 'q-0-1': 3, 'q-0-2': 5, 'q-0-comment': 'The weekly notes are great.', 'q-1-0': null }, savedAt: '2026-11-20T17:42:00Z' },
  })), args),
};

export const Submitted: Story = {
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeAssignment({ status: 'submitted', submittedAt: '2026-11-21T09:15:00Z' })), args),
};

export const Closed: Story = {
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeAssignment({ status: 'closed' })), args),
};

/** Past the due date: a visible note; still submittable. */
export const PastDue: Story = {
  name: 'Past due',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeAssignment({ dueDate: '2026-01-09', relationship: 'peer' })), args),
};

export const LoadError: Story = {
  name: 'Error',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeAssignment(), { loadError: () => new AdapterError('unavailable', 'GET /assignments/story-assignment answered 503') }), args),
};

/** A survey with no questions yet: the empty state. */
export const Empty: Story = {
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeAssignment({}, { ...makeSurvey(0), sections: [] })), args),
};

export const Loading: Story = {
  parameters: { pmAdapter: null },
  render: (args) => own({ getAssignment: () => new Promise(() => {}) }, args),
};

/** 40 sections × 4 ratings + a comment each, plus the overall section: 203 questions on one page. */
export const Questions200: Story = {
  name: '200 questions',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeAssignment({}, makeSurvey(40, 4)), { latency: 50 }), { ...args, layout: 'single' }),
};
