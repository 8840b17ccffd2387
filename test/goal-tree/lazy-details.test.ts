import { fetched } from '../shared/resource-timing.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { smallOrg } from './fixtures.js';

// The details of a selected goal are their own chunk (issue 13): the first render shows rows and
// the details' prompt only; selecting a goal fetches the rest. This file runs in a page of its own,
// so nothing has loaded the details code before; the dev server holds that request until the test
// lets it go (scripts/wtr-chunk-faults.mjs), so the loading state is seen as a slow network shows it.

const NOW = new Date('2026-07-02T12:00:00Z');
const fault = (path: string | undefined, mode: 'hold' | 'release' | 'clear') => executeServerCommand('pm-chunk-fault', { path, mode });
const $ = (el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const row = (el: PmGoalTree, id: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')].find((r) => r.dataset['id'] === id);
const rect = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x, y, width, height };
};

describe('goal tree: details on demand', () => {
  afterEach(() => fault(undefined, 'clear'));

  it('a first render shows the rows and the prompt, without fetching the details code', async () => {
    const { goals, people } = smallOrg();
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${goals} .people=${people} .now=${NOW}></pm-goal-tree>`);
    await waitUntil(() => row(el, 'acme'), 'rows rendered');
    expect($(el, '[part~="details"]')!.textContent).to.contain('Select a goal');
    expect(fetched('goal-details'), 'goal-details fetched by a first render').to.equal(false);
  });

  it('selected by keyboard: the pane is busy under the goal title, focus stays on the row, the rows do not move, then the details show', async () => {
    await setViewport({ width: 1280, height: 900 });
    await fault('goal-details', 'hold');
    const { goals, people } = smallOrg();
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${goals} .people=${people} .now=${NOW} expand-depth="2"></pm-goal-tree>`);
    await waitUntil(() => row(el, 'platform'), 'rows rendered');
    row(el, 'acme')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="details"][aria-busy="true"]'), 'busy details pane');
    const pane = $(el, '[part~="details"]')!;
    expect(pane.querySelector('h2')?.textContent).to.equal('Build the platform');
    expect(pane.getAttribute('aria-labelledby')).to.equal(pane.querySelector('h2')?.id);
    expect(pane.querySelector('[part~="skeleton"] [role="status"]')?.textContent).to.equal('Loading…');
    expect(row(el, 'platform')!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(row(el, 'platform'));
    const tree = rect($(el, '[part~="tree"]')!);

    await fault('goal-details', 'release');
    await el.updateComplete;
    const details = $(el, '[part~="details"]')!;
    expect(details.hasAttribute('aria-busy')).to.equal(false);
    expect(details.querySelector('h2')?.textContent).to.equal('Build the platform');
    expect(details.querySelector('[data-kr="uptime"]')?.textContent).to.contain('Uptime');
    // Its English came with it (the first render's catalogue does not have it).
    expect(details.querySelector('[part~="why"] summary')?.textContent).to.match(/^Why \d+%\?$/);
    expect(details.querySelector('.facts')?.textContent).to.contain('Pace');
    // The chunk's styles came with it: the facts are a two-column grid.
    expect(getComputedStyle(details.querySelector('.facts')!).display).to.equal('grid');
    expect(el.shadowRoot!.activeElement, 'focus stays on the row').to.equal(row(el, 'platform'));
    expect(rect($(el, '[part~="tree"]')!), 'the tree did not move').to.deep.equal(tree);
    expect(fetched('goal-details')).to.equal(true);
  });

  it('once loaded, a second tree shows details at once and an alignment link still reveals its goal', async () => {
    const { goals, people } = smallOrg();
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${goals} .people=${people} .now=${NOW} expand-depth="2"></pm-goal-tree>`);
    await waitUntil(() => row(el, 'platform'), 'rows rendered');
    row(el, 'platform')!.click();
    await el.updateComplete;
    expect($(el, '[part~="details"]')!.hasAttribute('aria-busy')).to.equal(false);
    const link = $(el, '[part~="details"] button.link')!;
    expect(link.textContent).to.contain('Deals closed');
    link.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === row(el, 'sales'), 'focus on the aligned goal');
    expect($(el, '[part~="details"] h2')?.textContent).to.equal('Sell more');
  });
});
