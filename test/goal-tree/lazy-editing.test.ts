import { fetched } from '../shared/resource-timing.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { goal } from './fixtures.js';

// Editing is its own chunk (issue 13): a read-only tree never fetches it; a tree made editable
// fetches it before it renders, so the edit form is there as soon as the update completes.
// This file runs in a page of its own, so nothing has loaded the editing code before.

const NOW = new Date('2026-07-02T12:00:00Z');
const GOALS = [
  goal('root', { title: 'Company goal', level: 'organization' }),
  goal('child', { parentId: 'root', title: 'Team goal', level: 'team', progress: 0.3 }),
];

const $ = (el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const row = (el: PmGoalTree, id: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')].find((r) => r.dataset['id'] === id);

describe('goal tree: editing on demand', () => {
  it('a read-only tree renders, selects and shows details without fetching the editing code', async () => {
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${GOALS} .now=${NOW}></pm-goal-tree>`);
    await waitUntil(() => row(el, 'child'), 'rows rendered');
    row(el, 'child')!.click();
    await el.updateComplete;
    expect($(el, '[part~="details"]')?.textContent).to.contain('Team goal');
    expect($(el, '[part~="edit-form"]')).to.equal(null);
    expect(fetched('goal-editing'), 'goal-editing fetched by a read-only tree').to.equal(false);
  });

  it('made editable, it fetches the editing code and shows the edit form once the update completes', async () => {
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${GOALS} .now=${NOW}></pm-goal-tree>`);
    await waitUntil(() => row(el, 'child'), 'rows rendered');
    row(el, 'child')!.click();
    el.editable = true;
    await el.updateComplete;
    expect(fetched('goal-editing'), 'goal-editing fetched').to.equal(true);
    const title = $(el, '[part~="edit-form"] [name="title"]') as HTMLInputElement | null;
    expect(title?.value).to.equal('Team goal');
    // Editing's English came with its chunk.
    expect($(el, '[part~="edit-form"] button[type="submit"]')?.textContent).to.equal('Save');
    expect($(el, '[part~="edit-form"] [data-field="title"] .label')?.textContent).to.equal('Title');
    expect($(el, '[part~="add-goal"]')).to.exist;
  });
});
