import { fetched } from '../shared/resource-timing.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { smallOrg } from './fixtures.js';

// Filtering is its own chunk (issue 13), fetched when the reader points at or focuses the tree or
// its filter: a tree nobody filters never loads it. This file runs in a page of its own, so nothing
// has loaded the search code before; the dev server holds that request until the test lets it go
// (scripts/wtr-chunk-faults.mjs), as a slow network would.

const NOW = new Date('2026-07-02T12:00:00Z');
const fault = (path: string | undefined, mode: 'hold' | 'release' | 'clear') => executeServerCommand('pm-chunk-fault', { path, mode });
const $ = (el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const shownIds = (el: PmGoalTree) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((r) => r.dataset['id']);

describe('goal tree: the search on demand', () => {
  afterEach(() => fault(undefined, 'clear'));

  it('a tree nobody points at or filters never fetches the search code', async () => {
    const { goals, people } = smallOrg();
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${goals} .people=${people} .now=${NOW} expand-depth="3"></pm-goal-tree>`);
    await waitUntil(() => shownIds(el).includes('latency'), 'rows rendered');
    el.collapseAll();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['acme', 'quality']);
    expect(fetched('goal-search'), 'goal-search fetched without a filter').to.equal(false);
  });

  it('typed before the search code is here: the rows stay as they were, then the matches show under their ancestors', async () => {
    await fault('goal-search', 'hold');
    const { goals, people } = smallOrg();
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${goals} .people=${people} .now=${NOW}></pm-goal-tree>`);
    await waitUntil(() => shownIds(el).length > 0, 'rows rendered');
    const before = shownIds(el);
    $(el, '[part~="filter"]')!.focus();
    await sendKeys({ type: 'latency' });
    // Past the filter's debounce, the search code is still held: nothing is filtered yet.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(shownIds(el)).to.deep.equal(before);
    expect($(el, '[part~="filter-status"]')!.textContent).to.equal('');
    expect(fetched('goal-search'), 'the search code is still on its way').to.equal(false);

    await fault('goal-search', 'release');
    await waitUntil(() => $(el, '[part~="filter-status"]')!.textContent === '1 goal matches', 'the match count');
    expect(shownIds(el)).to.deep.equal(['acme', 'platform', 'latency']);
    expect(fetched('goal-search')).to.equal(true);
    expect(el.shadowRoot!.activeElement, 'focus stays in the filter').to.equal($(el, '[part~="filter"]'));
  });
});
