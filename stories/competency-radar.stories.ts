import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AdapterError, competencyProfileSchema, type CompetencyProfile, type PerformanceAdapter } from '@pm-widgets/core';
import { DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import { makeProfile, type ProfileOptions } from '@pm-widgets/competency-radar/testing';

/*
 * Playground loads the viewer's profile from the global memory adapter (the demo org: three
 * cycles). The other stories pass `.profile` (no adapter needed) or bring their own adapter, so
 * each state is exact. Fixtures are parsed with core's schema, like production data.
 */

interface Args {
  person?: string;
  cycle?: string;
  gap?: number;
  table: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Competency radar',
  component: 'pm-competency-radar',
  args: { person: DEMO.viewerId, table: false },
  argTypes: {
    person: { control: 'text', description: 'getCompetencyProfile({ personId })' },
    cycle: { control: 'text', description: 'getCompetencyProfile({ cycleId })' },
    gap: { control: { type: 'number', min: 0.1, max: 4, step: 0.1 }, description: 'self − others difference that counts (default a third of the scale)' },
    table: { control: 'boolean', description: 'show the data tables on screen' },
  },
  render: (args) => html`<pm-competency-radar person=${ifDefined(args.person || undefined)} cycle=${ifDefined(args.cycle || undefined)}
    gap=${ifDefined(args.gap)} ?table=${args.table}></pm-competency-radar>`,
};
export default meta;
type Story = StoryObj<Args>;

const profile = (options: ProfileOptions): CompetencyProfile => competencyProfileSchema.parse(makeProfile(options));
const given = (p: CompetencyProfile) => (args: Args) =>
  html`<pm-competency-radar .profile=${p} gap=${ifDefined(args.gap)} ?table=${args.table}></pm-competency-radar>`;

/** The demo viewer's own profile through the memory adapter: three cycles, a blind spot on Courage. */
export const Playground: Story = {};

/** Self against every rater group, no target or earlier cycle. */
export const SelfVsOthers: Story = {
  parameters: { pmAdapter: null },
  render: given(profile({ axes: 6, noTarget: true })),
};

/** The target drawn as a dashed outline with hollow markers. */
export const WithTarget: Story = {
  parameters: { pmAdapter: null },
  render: given(profile({ axes: 6 })),
};

/** Two earlier cycles: the compared-cycle switch and the development table. */
export const ThreeCycles: Story = {
  parameters: { pmAdapter: null },
  args: { table: true },
  render: given(profile({ axes: 6, cycles: 2 })),
};

/** Peers and others had too few raters: hidden, pooled into "Combined raters", and said so in the legend. */
export const SuppressedGroups: Story = {
  parameters: { pmAdapter: null },
  render: given(profile({ axes: 6, suppressed: ['peer', 'other'] })),
};

export const ThreeAxes: Story = {
  parameters: { pmAdapter: null },
  render: given(profile({ axes: 3, cycles: 1 })),
};

/** Twenty competencies with long names: wrapped labels that never overlap or clip. */
export const TwentyAxes: Story = {
  parameters: { pmAdapter: null },
  render: given(profile({ axes: 20 })),
};

/** The data tables on screen (they are always there for assistive technology). */
export const TableView: Story = {
  parameters: { pmAdapter: null },
  args: { table: true },
  render: given(profile({ axes: 6, cycles: 2, suppressed: ['other'] })),
};

/** An adapter that never answers: the skeleton with a busy status. */
export const Loading: Story = {
  parameters: { pmAdapter: { getCompetencyProfile: () => new Promise<never>(() => {}) } satisfies PerformanceAdapter },
};

export const Empty: Story = {
  parameters: {
    pmAdapter: {
      getCompetencyProfile: async () => ({ personId: DEMO.viewerId, threshold: 3, scale: { min: 1, max: 5, labels: [] }, competencies: [] }),
    } satisfies PerformanceAdapter,
  },
};

export const Error: Story = {
  parameters: {
    pmAdapter: {
      getCompetencyProfile: async () => {
        throw new AdapterError('unavailable', 'GET /competency-profiles answered 503 Service Unavailable');
      },
    } satisfies PerformanceAdapter,
  },
};

/** The dark theme: the page's `color-scheme` decides. */
export const Dark: Story = {
  parameters: { pmAdapter: null },
  render: (args) => html`<div style="color-scheme: dark; background: #171a20; padding: 1rem">
    ${given(profile({ axes: 7, cycles: 2, suppressed: ['direct-report'] }))(args)}
  </div>`,
};
