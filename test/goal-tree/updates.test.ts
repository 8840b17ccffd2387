import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { GoalList } from '@pm-widgets/core';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { people, smallOrg } from './fixtures.js';

// Properties a host changes after the first render show at once.

const NOW = new Date('2026-07-02T12:00:00Z');

const $ = (el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const rows = (el: PmGoalTree) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const row = (el: PmGoalTree, id: string) => rows(el).find((r) => r.dataset['id'] === id);
const ids = (el: PmGoalTree) => rows(el).map((r) => r.dataset['id']);

async function mount(data: GoalList = smallOrg()): Promise<PmGoalTree> {
  const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${data.goals} .people=${data.people} .now=${NOW}></pm-goal-tree>`);
  await el.updateComplete;
  return el;
}

describe('pm-goal-tree: property updates', () => {
  it('is accessible after people change', async () => {
    const el = await mount();
    el.people = [{ ...people[0]!, name: 'Ana Souza' }, people[1]!];
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows new owner names when .people is replaced by a list of the same length', async () => {
    const el = await mount();
    expect(row(el, 'acme')!.textContent).to.contain('Ana Silva');
    el.people = [{ ...people[0]!, name: 'Ana Souza' }, people[1]!];
    await el.updateComplete;
    expect(row(el, 'acme')!.textContent).to.contain('Ana Souza').and.not.contain('Ana Silva');
  });

  it('filters by the new owner names', async () => {
    const el = await mount();
    const filter = $(el, '[part~="filter"]') as HTMLInputElement;
    filter.value = 'silva';
    filter.dispatchEvent(new Event('input'));
    await waitUntil(() => ids(el).includes('sales'), 'filtered by the old name');
    el.people = [{ ...people[0]!, name: 'Ana Souza' }, people[1]!];
    filter.value = 'souza';
    filter.dispatchEvent(new Event('input'));
    await aTimeout(200);
    await el.updateComplete;
    expect(ids(el)).to.include('sales');
    expect($(el, '[part~="filter-status"]').textContent).to.equal('2 goals match');
  });
});
