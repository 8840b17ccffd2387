import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  AdapterError, checkInContextSchema, shiftIsoWeek, type CheckIn, type CheckInContext, type CheckInDraft,
  type Goal, type PerformanceAdapter,
} from '@pm-widgets/core';
import { DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/check-in/pm-check-in.js';

/*
 * Playground uses the global memory adapter (the demo org). The other stories set
 * `parameters.pmAdapter: null` and bring their own small adapter in a local <pm-provider>,
 * so each state is exact. Their fixtures are parsed with core's schema, like production data.
 */

const PERIOD = '2026-W47';
const PERSON = 'story-ada';
const MANAGER = 'story-grace';

const QUESTIONS: CheckInContext['questions'] = [
  { id: 'energy', kind: 'rating', text: 'How is your energy this week?', required: true, allowNA: true },
  { id: 'learned', kind: 'text', text: 'What did you learn?', help: 'A sentence is enough.', required: false },
  { id: 'support', kind: 'choice', text: 'What would help most next week?', required: false, multiple: true, options: ['Pairing', 'Training', 'Time to focus'] },
];

const TITLES = [
  'Ship the self-serve onboarding flow', 'Halve the support backlog', 'Mentor two new engineers',
  'Cut p95 API latency to 200 ms', 'Write the data retention policy', 'Run three customer interviews a month',
];

function goal(i: number): Goal {
  return {
    id: `story-goal-${i}`, parentId: null, title: TITLES[i % TITLES.length]! + (i >= TITLES.length ? ` (${i + 1})` : ''),
    level: 'individual', ownerId: PERSON, status: i % 5 === 1 ? 'at-risk' : 'on-track', progress: ((i * 37) % 100) / 100,
    progressMode: 'manual', weight: 1, keyResults: [], version: 1, updatedAt: '2026-11-01T09:00:00Z',
  };
}

function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: 'story-ci-47', personId: PERSON, period: PERIOD, status: 'draft', goalUpdates: [], wins: '', blockers: '',
    focus: '', answers: {}, updatedAt: '2026-11-17T09:00:00Z', ...overrides,
  };
}

function makeContext(goalCount: number, overrides: Partial<CheckInContext> = {}): CheckInContext {
  const goals = Array.from({ length: goalCount }, (_, i) => goal(i));
  return checkInContextSchema.parse({
    person: { id: PERSON, name: 'Ada Lovelace', title: 'Senior engineer', managerId: MANAGER },
    checkIn: null,
    previous: checkIn({
      id: 'story-ci-46', period: shiftIsoWeek(PERIOD, -1), status: 'submitted', mood: 4,
      goalUpdates: goals.map((g) => ({ goalId: g.id, progress: Math.max(0, g.progress - 0.1), confidence: 7 })),
      wins: 'Demoed the new sign-up to sales.', focus: 'Write the test before fixing a bug',
      submittedAt: '2026-11-13T16:00:00Z', updatedAt: '2026-11-13T16:00:00Z',
    }),
    goals,
    questions: QUESTIONS,
    ...overrides,
  });
}

interface StoryAdapterOptions {
  /** How draft saves fail, if they do. */
  saveError?: () => Error;
  loadError?: () => Error;
  latency?: number;
}

/** A tiny in-story backend: keeps what is saved, answers after `latency` ms. */
function storyAdapter(context: CheckInContext, options: StoryAdapterOptions = {}): PerformanceAdapter {
  let stored = context.checkIn;
  const wait = () => new Promise((resolve) => setTimeout(resolve, options.latency ?? 300));
  return {
    async getCheckIn() {
      await wait();
      if (options.loadError) throw options.loadError();
      return structuredClone({ ...context, checkIn: stored });
    },
    async saveCheckInDraft(draft: CheckInDraft) {
      await wait();
      if (options.saveError) throw options.saveError();
      stored = { ...draft, id: draft.id ?? 'story-ci-47', status: 'draft', updatedAt: new Date().toISOString() };
      return structuredClone(stored);
    },
    async submitCheckIn(submission) {
      await wait();
      const now = new Date().toISOString();
      stored = { ...submission, id: submission.id ?? 'story-ci-47', status: 'submitted', submittedAt: now, updatedAt: now };
      return structuredClone(stored);
    },
    async replyToCheckIn(reply) {
      await wait();
      stored = { ...stored!, managerReply: { authorId: MANAGER, body: reply.body, createdAt: new Date().toISOString() } };
      return structuredClone(stored);
    },
  };
}

interface Args {
  person: string;
  period?: string;
  autosaveDelay: number;
  required: boolean;
  disabled: boolean;
  locale?: string;
}

const own = (adapter: PerformanceAdapter | null, args: Args, viewer?: string) => html`
  <pm-provider .adapter=${adapter ?? undefined} viewer=${ifDefined(viewer)}>
    <pm-check-in person=${args.person} period=${ifDefined(args.period)} autosave-delay=${args.autosaveDelay}
      ?required=${args.required} ?disabled=${args.disabled} locale=${ifDefined(args.locale)}></pm-check-in>
  </pm-provider>`;

const meta: Meta<Args> = {
  title: 'Widgets/Check-in',
  component: 'pm-check-in',
  args: { person: PERSON, period: PERIOD, autosaveDelay: 800, required: false, disabled: false },
  argTypes: {
    period: { control: 'text', description: 'ISO week, e.g. 2026-W47; empty for the current week' },
    autosaveDelay: { control: { type: 'number', min: 0, step: 100 } },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The demo org from the memory adapter, checking in as the demo viewer. */
export const Playground: Story = {
  args: { person: DEMO.viewerId, period: undefined },
  render: (args) => html`<pm-check-in person=${args.person} period=${ifDefined(args.period || undefined)}
    autosave-delay=${args.autosaveDelay} ?required=${args.required} ?disabled=${args.disabled}
    locale=${ifDefined(args.locale)}></pm-check-in>`,
};

/** A new week: nothing written yet; last week's focus beside this week's. */
export const EmptyWeek: Story = {
  name: 'Empty week',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeContext(3)), args),
};

/** The device held a newer draft than the server (e.g. the tab crashed while offline). */
export const DraftRestored: Story = {
  name: 'Draft restored',
  parameters: { pmAdapter: null },
  render: (args) => {
    const draft: CheckInDraft = {
      personId: args.person, period: args.period ?? PERIOD, status: 'draft', mood: 3,
      goalUpdates: [{ goalId: 'story-goal-0', progress: 0.55, confidence: 6, note: 'Design review went well.' }],
      wins: 'Paired with Sam on the flaky tests.', blockers: 'Waiting on legal for the retention policy.',
      focus: 'Say no to one meeting a day', focusReview: 'Mostly — skipped it on Thursday.', answers: {},
    };
    localStorage.setItem(`pm-check-in:draft:${args.person}:${args.period ?? PERIOD}`,
      JSON.stringify({ savedAt: new Date().toISOString(), value: draft }));
    return own(storyAdapter(makeContext(3, { checkIn: checkIn({ wins: 'Paired with Sam' }) })), args);
  },
};

const submitted = checkIn({
  status: 'submitted', mood: 4, submittedAt: '2026-11-20T15:30:00Z', updatedAt: '2026-11-20T15:30:00Z',
  goalUpdates: [0, 1, 2].map((i) => ({ goalId: `story-goal-${i}`, progress: ((i * 37) % 100) / 100 + 0.05, confidence: 8 - i })),
  wins: 'Onboarding flow is in beta with five customers.', blockers: 'Staging is down twice a week.',
  focus: 'Ask for feedback after every demo', focusReview: 'Did it for all but one test.', needs: 'A decision on the staging budget.',
  answers: { energy: 4, learned: 'Small PRs get reviewed faster.', support: ['Time to focus'] },
});

/** What the person sees once the manager has replied. */
export const SubmittedWithReply: Story = {
  name: 'Submitted with manager reply',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeContext(3, {
    checkIn: { ...submitted, managerReply: { authorId: MANAGER, body: 'Great progress on onboarding. One thing to try: write the demo feedback down the same day.', createdAt: '2026-11-21T09:00:00Z' } },
  })), args, PERSON),
};

/** The manager (the viewer) reads a submitted check-in and replies. */
export const ManagerReviewing: Story = {
  name: 'Manager reviewing',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeContext(3, { checkIn: submitted })), args, MANAGER),
};

/** Saves fail with a network error: the draft stays on the device. Type to see the status. */
export const Offline: Story = {
  parameters: { pmAdapter: null },
  render: (args) => {
    localStorage.setItem(`pm-check-in:draft:${args.person}:${args.period ?? PERIOD}`, JSON.stringify({
      savedAt: new Date().toISOString(),
      value: { personId: args.person, period: args.period ?? PERIOD, status: 'draft', goalUpdates: [], wins: 'Written on the train', blockers: '', focus: '', answers: {} },
    }));
    return own(storyAdapter(makeContext(2), { saveError: () => new TypeError('Failed to fetch') }), args);
  },
};

export const LoadError: Story = {
  name: 'Error',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeContext(3), { loadError: () => new AdapterError('unavailable', 'GET /check-ins answered 503') }), args),
};

export const Loading: Story = {
  parameters: { pmAdapter: null },
  render: (args) => own({ getCheckIn: () => new Promise(() => {}) }, args),
};

export const ManyGoals: Story = {
  name: 'Many goals (50)',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(makeContext(50), { latency: 50 }), args),
};

/** Goals whose progress comes three ways: typed (manual), from key-result values, rolled up from sub-goals (read-only). */
function modesContext(): CheckInContext {
  const base = goal(0);
  return makeContext(0, {
    goals: [
      { ...base, title: 'Ship the self-serve onboarding flow', progress: 0.55 },
      {
        ...goal(1), title: 'Grow weekly active teams', status: 'at-risk', progress: 0.27, progressMode: 'key-results',
        keyResults: [
          { id: 'kr-teams', title: 'Weekly active teams', kind: 'number', start: 100, target: 200, current: 140 },
          { id: 'kr-churn', title: 'Monthly churn', kind: 'percent', start: 8, target: 4, current: 7 },
          { id: 'kr-launch', title: 'Launch the referral programme', kind: 'milestone', start: 0, target: 1, current: 0 },
        ],
      },
      { ...goal(2), title: 'Become the team’s go-to for reliability', progress: 0.63, progressMode: 'children' },
      { ...goal(3), title: 'Write the data retention policy', status: 'off-track', progress: 0.1 },
    ],
  });
}

export const GoalsByProgressMode: Story = {
  name: 'Goals by progress mode',
  parameters: { pmAdapter: null },
  render: (args) => own(storyAdapter(modesContext(), { latency: 50 }), args),
};

/** The same check-in in a narrow (360 px), medium (768 px) and wide (1280 px) container. */
export const ContainerWidths: Story = {
  name: 'Container widths',
  parameters: { pmAdapter: null, layout: 'fullscreen' },
  render: (args) => html`<div style="display:grid; gap:2rem; padding:1rem; overflow-x:auto">
    ${[360, 768, 1280].map((width, i) => html`<section style="width:${width}px; border:1px dashed #8888; padding:0.5rem" aria-label="${width} px">
      <p style="margin:0 0 0.5rem; font:600 0.8rem system-ui">${width} px</p>
      ${own(storyAdapter(modesContext(), { latency: 50 }), { ...args, period: shiftIsoWeek(PERIOD, -i) })}
    </section>`)}
  </div>`,
};

/** The designed dark theme: the widget follows the page's `color-scheme`. */
export const Dark: Story = {
  parameters: { pmAdapter: null, backgrounds: { disable: true } },
  render: (args) => html`<div style="color-scheme: dark; background: #10131a; padding: 1rem">
    ${own(storyAdapter(modesContext(), { latency: 50 }), args)}
  </div>`,
};

/** The submitted check-in in the dark theme, as the manager reads it. */
export const DarkSubmitted: Story = {
  name: 'Dark, submitted',
  parameters: { pmAdapter: null, backgrounds: { disable: true } },
  render: (args) => html`<div style="color-scheme: dark; background: #10131a; padding: 1rem">
    ${own(storyAdapter(makeContext(3, { checkIn: submitted })), args, MANAGER)}
  </div>`,
};

/**
 * The backend answers the submission with data of the wrong shape: the alert says what happened,
 * "Technical details" hold the developer's message, and it is logged once with `console.warn`.
 * Submitted automatically after loading.
 */
export const SubmitError: Story = {
  name: 'Submit error (technical details)',
  parameters: { pmAdapter: null },
  render: (args) => {
    const adapter = storyAdapter(makeContext(2), { latency: 50 });
    adapter.submitCheckIn = async () => ({ id: 'story-ci-47', status: 'maybe' }) as never;
    const view = own(adapter, args);
    void (async () => {
      for (let i = 0; i < 100; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const el = document.querySelector('pm-check-in');
        const focus = el?.shadowRoot?.querySelector<HTMLTextAreaElement>('#focus');
        if (!el || !focus) continue;
        focus.value = 'Ask for feedback after every demo';
        focus.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q-0"]')?.click();
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit"]')?.click();
        return;
      }
    })();
    return view;
  },
};
