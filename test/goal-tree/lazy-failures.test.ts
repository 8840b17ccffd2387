import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { smallOrg } from './fixtures.js';

// An on-demand chunk of the tree that cannot be fetched (offline, a failed deploy): the dev server
// answers 503 for it (scripts/wtr-chunk-faults.mjs). The reader is told, in an alert with Retry;
// the tree stays readable; Retry fetches again. This file runs in a page of its own, so neither
// chunk has been loaded before.

const NOW = new Date('2026-07-02T12:00:00Z');
const fault = (path: string | undefined, mode: 'fail' | 'clear') => executeServerCommand('pm-chunk-fault', { path, mode });
const $ = (el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const row = (el: PmGoalTree, id: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')].find((r) => r.dataset['id'] === id);

describe('goal tree: on-demand code that fails to load', () => {
  afterEach(() => fault(undefined, 'clear'));

  // First: the other tests point at the tree, which fetches the search code.
  it('search: a filter typed while its code cannot be fetched shows an alert with Retry, the rows stay; Retry filters and focus returns to the filter', async () => {
    await fault('goal-search', 'fail');
    const { goals, people } = smallOrg();
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${goals} .people=${people} .now=${NOW}></pm-goal-tree>`);
    await waitUntil(() => row(el, 'acme'), 'rows rendered');
    $(el, '[part~="filter"]')!.focus();
    await sendKeys({ type: 'sell' });
    await waitUntil(() => $(el, '[part~="search-error"] [role="alert"]'), 'an alert under the filter');
    expect($(el, '[part~="search-error"] [role="alert"] h2')?.textContent).to.equal('The search could not be loaded');
    expect(row(el, 'quality'), 'the rows stay, unfiltered').to.not.equal(undefined);
    await expect(el).to.be.accessible();

    await fault('goal-search', 'clear');
    $(el, '[part~="search-error"] [part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="filter-status"]')!.textContent === '1 goal matches', 'filtered after Retry');
    expect(row(el, 'sales')).to.not.equal(undefined);
    expect(row(el, 'quality')).to.equal(undefined);
    expect($(el, '[part~="search-error"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus back in the filter').to.equal($(el, '[part~="filter"]'));
  });

  it('details: an alert with Retry under the goal title, focus stays on the row; Retry shows the details and focuses their heading', async () => {
    await fault('goal-details', 'fail');
    const { goals, people } = smallOrg();
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${goals} .people=${people} .now=${NOW}></pm-goal-tree>`);
    await waitUntil(() => row(el, 'acme'), 'rows rendered');
    row(el, 'acme')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="details"] [role="alert"]'), 'an alert in the details pane');
    const pane = $(el, '[part~="details"]')!;
    expect(pane.hasAttribute('aria-busy')).to.equal(false);
    expect(pane.querySelector('h2')?.textContent).to.equal('Acme wins');
    expect(pane.querySelector('[role="alert"] h2')?.textContent).to.equal('The details could not be loaded');
    expect(el.shadowRoot!.activeElement).to.equal(row(el, 'acme'));
    // The rows still work.
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.shadowRoot!.activeElement === row(el, 'platform'), 'arrow keys still move');

    await fault('goal-details', 'clear');
    const retry = pane.querySelector<HTMLElement>('[part~="retry"]')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="details"] .facts'), 'details shown after Retry');
    expect($(el, '[part~="details"] [role="alert"]')).to.equal(null);
    expect($(el, '[part~="details"] h2')?.textContent).to.equal('Acme wins');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part~="details"] h2'), 'focus on the details heading');
  });

  it('editing: an editable tree renders read-only with an alert and Retry, never an Add button that does nothing; Retry brings editing', async () => {
    await fault('goal-editing', 'fail');
    const { goals, people } = smallOrg();
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree editable .goals=${goals} .people=${people} .now=${NOW}></pm-goal-tree>`);
    await waitUntil(() => row(el, 'acme'), 'rows rendered');
    const alert = $(el, '[part~="editing-error"] [role="alert"]');
    expect(alert?.querySelector('h2')?.textContent).to.equal('Editing could not be loaded');
    expect($(el, '[part~="add-goal"]'), 'no Add button without the editing code').to.equal(null);
    row(el, 'acme')!.click();
    await el.updateComplete;
    expect($(el, '[part~="details"] h2')?.textContent).to.equal('Acme wins');
    expect($(el, '[part~="edit-form"]')).to.equal(null);

    await fault('goal-editing', 'clear');
    alert!.querySelector<HTMLElement>('[part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="add-goal"]'), 'Add goal after Retry');
    expect($(el, '[part~="editing-error"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus moves to Add goal').to.equal($(el, '[part~="add-goal"]'));
    expect(($(el, '[part~="edit-form"] [name="title"]') as HTMLInputElement | null)?.value).to.equal('Acme wins');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[data-kind="add"]')?.open, 'the add dialog opens');
  });
});
