import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';

/*
 * Each widget in a container of the three widths VISUAL.md asks designers to look at — 360, 768
 * and 1280 px — with the demo organisation. Switch the Theme toolbar to see dark. One story per
 * width, so each page holds one widget (and its landmarks stay unique). A new widget is three
 * more lines here.
 */

const meta: Meta = {
  title: 'Design/Widths',
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

const at = (width: number, widget: () => TemplateResult): Story => ({
  name: `${width} px`,
  render: () => html`<div style="padding:1rem; overflow-x:auto">
    <div style="width:${width}px; outline: 1px dashed color-mix(in srgb, CanvasText 25%, transparent); outline-offset: 4px">${widget()}</div>
  </div>`,
});

const goalTree = () => html`<pm-goal-tree root=${DEMO.orgRootGoalId} expand-depth="2" style="--pm-goal-tree-height: 24rem"></pm-goal-tree>`;
const checkIn = () => html`<pm-check-in person=${DEMO.viewerId}></pm-check-in>`;

export const GoalTree360: Story = { ...at(360, goalTree), name: 'Goal tree at 360 px' };
export const GoalTree768: Story = { ...at(768, goalTree), name: 'Goal tree at 768 px' };
export const GoalTree1280: Story = { ...at(1280, goalTree), name: 'Goal tree at 1280 px' };
export const CheckIn360: Story = { ...at(360, checkIn), name: 'Check-in at 360 px' };
export const CheckIn768: Story = { ...at(768, checkIn), name: 'Check-in at 768 px' };
export const CheckIn1280: Story = { ...at(1280, checkIn), name: 'Check-in at 1280 px' };
