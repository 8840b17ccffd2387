/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/survey-360/pm-survey-360.js';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
// Read as text and adopted as is: a production build's CSS pipeline would lower light-dark() into
// variables that only its own color-scheme rules set, leaving the skins' colours invalid.
import corporateSkin from '../docs/themes/corporate.css?raw';
import warmSkin from '../docs/themes/warm.css?raw';

const skins = new CSSStyleSheet();
skins.replaceSync(`${corporateSkin}\n${warmSkin}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, skins];

/*
 * Issue 16 in pictures: every widget in Arabic (right to left), the compact density, and the
 * two portal skins (docs/themes/*.css) that re-style all five widgets with tokens and ::part only.
 * An inner <pm-provider> sets only what the story is about; the adapter comes from the outer one.
 */

const meta: Meta = {
  title: 'Design/Theming and locales',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const goalTree = () => html`<pm-goal-tree root=${DEMO.orgRootGoalId} expand-depth="2" style="--pm-goal-tree-height: 22rem"></pm-goal-tree>`;
const checkIn = () => html`<pm-check-in person=${DEMO.viewerId}></pm-check-in>`;
const survey = () => html`<pm-survey-360 assignment=${DEMO.assignmentIds.peer}></pm-survey-360>`;
const radar = () => html`<pm-competency-radar person=${DEMO.viewerId}></pm-competency-radar>`;
const timeline = () => html`<pm-feedback-timeline person=${DEMO.viewerId} style="--pm-feedback-timeline-height: 26rem"></pm-feedback-timeline>`;

const arabic = (widget: () => TemplateResult, name: string): Story => ({
  name: `Arabic (RTL): ${name}`,
  render: () => html`<pm-provider locale="ar">${widget()}</pm-provider>`,
});

export const ArabicGoalTree = arabic(goalTree, 'goal tree');
export const ArabicCheckIn = arabic(checkIn, 'check-in');
export const ArabicSurvey = arabic(survey, '360 survey');
export const ArabicRadar = arabic(radar, 'competency radar');
export const ArabicTimeline = arabic(timeline, 'feedback timeline');

export const GermanCheckIn: Story = {
  name: 'German: check-in',
  render: () => html`<pm-provider locale="de">${checkIn()}</pm-provider>`,
};

export const Compact: Story = {
  name: 'Density: compact',
  render: () => html`<pm-provider density="compact">${goalTree()} ${checkIn()}</pm-provider>`,
};

const skin = (name: 'corporate' | 'warm'): Story => ({
  name: `Portal skin: ${name}`,
  render: () => html`<div data-pm-skin=${name} style="display: grid; gap: 1rem">
    ${goalTree()} ${checkIn()} ${survey()} ${radar()} ${timeline()}
  </div>`,
});
export const SkinCorporate = skin('corporate');
export const SkinWarm = skin('warm');
