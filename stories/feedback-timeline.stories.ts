import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AdapterError, feedbackPageSchema, type FeedbackItem, type PerformanceAdapter } from '@pm-widgets/core';
import { createMemoryAdapter, DEMO, generateFeedback } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';

/*
 * Playground uses the global memory adapter (the demo org, viewing as Priya). The other stories
 * bring their own provider (`parameters.pmAdapter: null`) so each state is exact.
 */

interface Args {
  person: string;
  composer: boolean;
  kinds: string;
  locale?: string;
}

const own = (adapter: PerformanceAdapter | null, args: Args, viewer?: string) => html`
  <pm-provider .adapter=${adapter ?? undefined} viewer=${ifDefined(viewer)}>
    <pm-feedback-timeline person=${args.person} ?composer=${args.composer} kinds=${args.kinds}
      locale=${ifDefined(args.locale)}></pm-feedback-timeline>
  </pm-provider>`;

const meta: Meta<Args> = {
  title: 'Widgets/Feedback timeline',
  component: 'pm-feedback-timeline',
  args: { person: DEMO.managerId, composer: false, kinds: '' },
  argTypes: {
    kinds: { control: 'text', description: 'Kinds shown, comma-separated, e.g. praise,recognition' },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The demo org, on the viewer's own timeline: requests waiting, private notes, asking for feedback. */
export const Playground: Story = {
  args: { person: DEMO.viewerId, composer: true },
  render: (args) => html`<pm-feedback-timeline person=${args.person} ?composer=${args.composer} kinds=${args.kinds}
    locale=${ifDefined(args.locale)}></pm-feedback-timeline>`,
};

/** A year of feedback for Mei, read by a teammate. */
export const Loaded: Story = {
  parameters: { pmAdapter: null },
  render: (args) => own(createMemoryAdapter({ viewerId: DEMO.viewerId }), args, DEMO.viewerId),
};

export const Loading: Story = {
  parameters: { pmAdapter: null },
  render: (args) => own({ listFeedback: () => new Promise(() => {}) }, args),
};

export const Empty: Story = {
  parameters: { pmAdapter: null },
  render: (args) => own({ listFeedback: async () => feedbackPageSchema.parse({ items: [], nextCursor: null, total: 0 }) }, args),
};

export const Error: Story = {
  parameters: { pmAdapter: null },
  render: (args) => own({
    listFeedback: async () => {
      throw new AdapterError('unavailable', 'GET /feedback answered 503');
    },
  }, args),
};

/** Giving feedback to a colleague: kind, text, tags from the catalogue, visibility. */
export const Composer: Story = {
  args: { composer: true },
  parameters: { pmAdapter: null },
  render: (args) => own(createMemoryAdapter({ viewerId: DEMO.viewerId }), args, DEMO.viewerId),
};

/** Constructive feedback with the Situation–Behaviour–Impact structure, half written (a device draft). */
export const ToughConversation: Story = {
  name: 'Tough conversation (SBI)',
  args: { composer: true },
  parameters: { pmAdapter: null },
  render: (args) => {
    localStorage.setItem(`pm-feedback-timeline:draft:${DEMO.viewerId}:${args.person}`, JSON.stringify({
      savedAt: new Date().toISOString(),
      value: {
        kind: 'constructive', body: '', competencyIds: [], values: [], visibility: 'private',
        sbi: {
          situation: 'In Tuesday’s roadmap review with the sales leads',
          behaviour: 'You answered two questions for Diego before he could finish his point.',
          impact: '',
          next: '',
        },
      },
    }));
    return own(createMemoryAdapter({ viewerId: DEMO.viewerId }), args, DEMO.viewerId);
  },
};

/** Two people asked the viewer for feedback: "Answer" opens the composer for them. */
export const RequestsWaiting: Story = {
  args: { person: DEMO.viewerId, composer: true },
  parameters: { pmAdapter: null },
  render: (args) => own(createMemoryAdapter({ viewerId: DEMO.viewerId }), args, DEMO.viewerId),
};

/** Only praise and recognition. */
export const Filtered: Story = {
  args: { kinds: 'praise,recognition' },
  parameters: { pmAdapter: null },
  render: (args) => own(createMemoryAdapter({ viewerId: DEMO.viewerId }), args, DEMO.viewerId),
};

let huge: FeedbackItem[] | undefined;

/** 100,000 items given through `.items`: only a window of them is in the DOM. */
export const Huge: Story = {
  name: 'Huge (100,000)',
  parameters: { pmAdapter: null },
  render: (args) => {
    huge ??= generateFeedback({ count: 100_000, toId: DEMO.viewerId, now: new Date() })
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    return html`<pm-feedback-timeline .items=${huge} kinds=${args.kinds} locale=${ifDefined(args.locale)}></pm-feedback-timeline>`;
  },
};
