import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AdapterError, goalListSchema, type Goal, type GoalInput, type GoalList, type PerformanceAdapter } from '@pm-widgets/core';
import { DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { generateGoalForest } from '@pm-widgets/goal-tree/testing';

/*
 * Playground, Loaded and Editable use the global memory adapter (the demo org). The other stories
 * bring their own adapter (`parameters.pmAdapter`) or pass `.goals` with no adapter at all, so
 * each state is exact. Hand-made fixtures are parsed with core's schema, like production data.
 */

interface Args {
  owner?: string;
  root?: string;
  cycle?: string;
  expandDepth: number;
  editable: boolean;
  label?: string;
}

const NOW = new Date('2026-09-01T09:00:00Z');

const meta: Meta<Args> = {
  title: 'Widgets/Goal tree',
  component: 'pm-goal-tree',
  args: { expandDepth: 1, editable: false },
  argTypes: {
    owner: { control: 'text', description: 'listGoals({ ownerId })' },
    root: { control: 'text', description: 'listGoals({ rootId })' },
    cycle: { control: 'text', description: 'listGoals({ cycleId })' },
    expandDepth: { control: { type: 'number', min: 0, max: 6 }, name: 'expand-depth' },
    editable: { control: 'boolean' },
    label: { control: 'text' },
  },
  render: (args) => html`<pm-goal-tree owner=${ifDefined(args.owner || undefined)} root=${ifDefined(args.root || undefined)}
    cycle=${ifDefined(args.cycle || undefined)} expand-depth=${args.expandDepth} ?editable=${args.editable}
    label=${ifDefined(args.label || undefined)}></pm-goal-tree>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** The demo organisation from the memory adapter, two levels open. */
export const Loaded: Story = {
  args: { expandDepth: 2, root: DEMO.orgRootGoalId },
};

/** An adapter that never answers: the skeleton with a busy status. */
export const Loading: Story = {
  parameters: { pmAdapter: { listGoals: () => new Promise<never>(() => {}) } satisfies PerformanceAdapter },
};

export const Empty: Story = {
  parameters: { pmAdapter: { listGoals: async () => ({ goals: [], people: [] }) } satisfies PerformanceAdapter },
};

export const Error: Story = {
  parameters: {
    pmAdapter: {
      listGoals: async () => {
        throw new AdapterError('unavailable', 'GET /goals answered 503 Service Unavailable');
      },
    } satisfies PerformanceAdapter,
  },
};

const huge = generateGoalForest({ count: 10_000, wide: 1_000 });

/** 10,000 goals passed as `.goals` (no adapter); goal "Delight customers 1" has 1,010 sub-goals. */
export const Huge: Story = {
  parameters: { pmAdapter: null },
  render: (args) => html`<pm-goal-tree .goals=${huge.goals} .people=${huge.people} .now=${NOW}
    expand-depth=${args.expandDepth} ?editable=${args.editable}></pm-goal-tree>`,
};

/** Add, edit, move and delete against the memory adapter. */
export const Editable: Story = {
  args: { editable: true, expandDepth: 2, root: DEMO.orgRootGoalId },
};

const base = (id: string, extra: Partial<Goal>): Goal => ({
  id, parentId: null, title: id, level: 'team', status: 'on-track', progress: 0.4, progressMode: 'manual', weight: 1,
  startDate: '2026-01-01', dueDate: '2026-12-31', keyResults: [], version: 3, updatedAt: '2026-08-30T10:00:00Z', ...extra,
});

const conflictData: GoalList = goalListSchema.parse({
  people: [{ id: 'ada', name: 'Ada Byron' }, { id: 'lin', name: 'Lin Park' }],
  goals: [
    base('q4', { title: 'Make onboarding delightful', level: 'organization', progressMode: 'children', ownerId: 'ada' }),
    base('docs', { parentId: 'q4', title: 'Rewrite the getting-started guide', ownerId: 'lin', progress: 0.55 }),
    base('video', { parentId: 'q4', title: 'Record five tutorial videos', ownerId: 'lin', progress: 0.2 }),
  ],
});

/**
 * Every save answers "someone else changed this goal": the message keeps your edit and offers to
 * reload. Select a goal, change its title and Save.
 */
export const Conflict: Story = {
  args: { editable: true },
  parameters: {
    pmAdapter: {
      listGoals: async () => structuredClone(conflictData),
      saveGoal: async (goal: GoalInput) => {
        const server = conflictData.goals.find((g) => g.id === goal.id);
        throw new AdapterError('conflict', `goal ${goal.id} is at version ${(server?.version ?? 0) + 1}`, {
          details: server ? { ...server, version: (server.version ?? 0) + 1, description: 'Changed by Lin a minute ago.' } : undefined,
        });
      },
      deleteGoal: async () => {
        throw new AdapterError('conflict', 'stale version');
      },
    } satisfies PerformanceAdapter,
  },
};

const badStructure: GoalList = goalListSchema.parse({
  people: [{ id: 'ada', name: 'Ada Byron' }],
  goals: [
    base('root', { title: 'Grow the business', level: 'organization', progressMode: 'children', ownerId: 'ada' }),
    base('sales', { parentId: 'root', title: 'Double sales', level: 'department' }),
    base('lost', { parentId: 'deleted-goal', title: 'Goal whose parent was deleted', level: 'team' }),
    base('loop-a', { parentId: 'loop-b', title: 'Loop A' }),
    base('loop-b', { parentId: 'loop-a', title: 'Loop B' }),
    base('sales', { parentId: 'root', title: 'Double sales (duplicate copy)', level: 'department' }),
  ],
});

/** An orphan (shown at the top with a warning), a parent-link cycle (an alert) and a duplicate id. */
export const BadStructure: Story = {
  name: 'Bad structure',
  parameters: { pmAdapter: null },
  render: () => html`<pm-goal-tree .goals=${badStructure.goals} .people=${badStructure.people} .now=${NOW}></pm-goal-tree>`,
};
