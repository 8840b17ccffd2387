import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { GoalInput, PerformanceAdapter } from '@pm-widgets/core';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { smallOrg } from './fixtures.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const $ = (el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const row = (el: PmGoalTree, id: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')].find((r) => r.dataset['id'] === id);

describe('<pm-goal-tree>: save errors developers can act on', () => {
  let warnings: string[];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  });
  afterEach(() => (console.warn = original));

  it('a save answered with data of the wrong shape is undone, shows technical details and warns once', async () => {
    const data = smallOrg();
    const adapter: PerformanceAdapter = {
      listGoals: async () => structuredClone(data),
      saveGoal: async (goal: GoalInput) => ({ ...goal, progress: 7 }) as never,
      deleteGoal: async () => undefined,
    };
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .adapter=${adapter} .now=${NOW} editable></pm-goal-tree>`);
    await waitUntil(() => row(el, 'platform'), 'rows rendered');
    row(el, 'platform')!.click();
    await el.updateComplete;
    const title = $(el, '[part~="edit-form"] input[name="title"]') as HTMLInputElement;
    const before = title.value;
    title.value = 'Renamed';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    ($(el, '[part~="edit-form"] button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '[part~="message"][role="alert"]'), 'failure shown');
    const message = $(el, '[part~="message"][role="alert"]')!;
    expect(message.textContent).to.contain('The server sent data this widget cannot read');
    expect(message.querySelector('details summary')!.textContent).to.equal('Technical details');
    expect(message.querySelector('details code')!.textContent).to.contain('saveGoal returned progress = 7');
    expect(row(el, 'platform')!.textContent, 'undone').to.contain(before);
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.filter((w) => w.includes('Saving a goal'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
