import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';

const demo = createMemoryAdapter();
const empty = createMemoryAdapter({ data: { goals: [] } });
const slow = createMemoryAdapter({ latency: 2500 });

/**
 * `<pm-provider>` hands an adapter, a locale and the viewer to every widget inside it, across
 * shadow roots. Providers nest: the nearest wins for what it sets and passes on the rest.
 */
const meta: Meta = {
  title: 'Core/Provider',
  component: 'pm-provider',
  parameters: { pmAdapter: null },
  argTypes: {
    locale: { control: 'select', options: ['en', 'en-GB', 'de', 'fr', 'ar'] },
    viewer: { control: 'select', options: [DEMO.viewerId, DEMO.managerId] },
  },
  args: { locale: 'en', viewer: DEMO.viewerId },
};
export default meta;
type Story = StoryObj<{ locale: string; viewer: string }>;

/** One provider, two widgets: both use the provider's adapter, locale and viewer. */
export const Playground: Story = {
  render: ({ locale, viewer }) => html`
    <pm-provider .adapter=${demo} locale=${locale} viewer=${viewer}>
      <pm-goal-tree owner=${DEMO.viewerId} style="--pm-goal-tree-height: 20rem"></pm-goal-tree>
      <pm-check-in person=${DEMO.viewerId}></pm-check-in>
    </pm-provider>`,
};

/** The inner provider swaps the adapter (an empty organisation) and keeps the outer locale and viewer. */
export const Nested: Story = {
  render: ({ locale, viewer }) => html`
    <pm-provider .adapter=${demo} locale=${locale} viewer=${viewer}>
      <h3>Outer provider: demo organisation</h3>
      <pm-goal-tree owner=${DEMO.viewerId} style="--pm-goal-tree-height: 14rem"></pm-goal-tree>
      <pm-provider .adapter=${empty}>
        <h3>Inner provider: an empty organisation</h3>
        <pm-goal-tree style="--pm-goal-tree-height: 8rem"></pm-goal-tree>
      </pm-provider>
    </pm-provider>`,
};

/** A slow backend: every widget shows its loading state until the adapter answers. */
export const SlowBackend: Story = {
  render: ({ locale, viewer }) => html`
    <pm-provider .adapter=${slow} locale=${locale} viewer=${viewer}>
      <pm-goal-tree owner=${DEMO.viewerId} style="--pm-goal-tree-height: 14rem"></pm-goal-tree>
    </pm-provider>`,
};

/** No adapter anywhere: the widget says what to configure instead of staying blank. */
export const NoAdapter: Story = {
  render: () => html`<pm-provider><pm-goal-tree style="--pm-goal-tree-height: 8rem"></pm-goal-tree></pm-provider>`,
};
