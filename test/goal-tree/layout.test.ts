import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { GoalList } from '@pm-widgets/core';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { analyzeGoalStructure, flattenGoalTree } from '@pm-widgets/core/rules';
import { generateGoalForest, smallOrg } from './fixtures.js';

// Row height and viewport measurement: rows stay in place whatever height a host gives them,
// and measuring never schedules an update from inside an update (Lit's "change-in-update").

const NOW = new Date('2026-07-02T12:00:00Z');

const warnings: string[] = [];
const consoleWarn = console.warn;
console.warn = (...args: unknown[]) => {
  warnings.push(args.map(String).join(' '));
  consoleWarn.apply(console, args);
};
const changeInUpdate = () => warnings.filter((w) => w.includes('scheduled an update') && w.includes('pm-goal-tree'));

const $ = (el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const rows = (el: PmGoalTree) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
/** A row's offset from the top of the list, as laid out. */
const offset = (el: PmGoalTree, row: HTMLElement) =>
  Math.round(row.getBoundingClientRect().top - $(el, '.spacer').getBoundingClientRect().top);
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

async function mount(data: GoalList, style = ''): Promise<PmGoalTree> {
  const el = await fixture<PmGoalTree>(html`<pm-goal-tree style=${style} .goals=${data.goals} .people=${data.people}
    .now=${NOW}></pm-goal-tree>`);
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  return el;
}

/** Every row of a fully expanded forest, in display order. */
const allRows = (data: GoalList) => flattenGoalTree(analyzeGoalStructure(data.goals), { isExpanded: () => true });

describe('pm-goal-tree: layout', () => {
  beforeEach(() => {
    // Lit issues each warning once per page; forget earlier ones so every test sees its own.
    (globalThis as { litIssuedWarnings?: Set<unknown> }).litIssuedWarnings?.clear();
    warnings.length = 0;
  });

  it('is accessible with a host row height', async () => {
    const el = await mount(smallOrg(), '--pm-goal-tree-row-height: 4rem');
    await expect(el).to.be.accessible();
  });

  it('renders without scheduling an update from inside an update', async () => {
    const el = await mount(smallOrg());
    expect(rows(el).length).to.be.greaterThan(0);
    await mount(generateGoalForest({ count: 500 }), '--pm-goal-tree-row-height: 40px; --pm-goal-tree-height: 60rem');
    el.expandAll();
    await el.updateComplete;
    await frames();
    expect(changeInUpdate()).to.deep.equal([]);
  });

  it('places rows at the row height a host sets before the first render', async () => {
    const data = generateGoalForest({ count: 300 });
    const el = await mount(data, '--pm-goal-tree-row-height: 40px');
    el.expandAll();
    await el.updateComplete;
    await frames();
    const rendered = rows(el);
    expect(rendered.length).to.be.greaterThan(10);
    rendered.forEach((row, i) => expect(offset(el, row), `row ${i}`).to.equal(i * 40));
    expect($(el, '.spacer').getBoundingClientRect().height).to.equal(allRows(data).length * 40);
  });

  it('follows a row height the host changes later, for placement and scrolling', async () => {
    const data = generateGoalForest({ count: 300 });
    const el = await mount(data);
    el.expandAll();
    await el.updateComplete;
    await frames();
    // The default height depends on the tree's width (narrow rows are taller); rows sit one height apart.
    const initial = Math.round(rows(el)[0]!.getBoundingClientRect().height);
    expect(initial).to.be.within(48, 80);
    expect(offset(el, rows(el)[1]!)).to.equal(initial);
    el.style.setProperty('--pm-goal-tree-row-height', '40px');
    await waitUntil(() => offset(el, rows(el)[1]!) === 40, 'rows moved to the new height');
    expect($(el, '.spacer').getBoundingClientRect().height).to.equal(allRows(data).length * 40);
    // Scrolling shows the rows that belong there.
    const target = allRows(data)[100]!.goal.id;
    $(el, '[role="tree"]').scrollTop = 100 * 40;
    await waitUntil(() => rows(el).some((row) => row.dataset['id'] === target), 'row 100 rendered');
    const row100 = rows(el).find((row) => row.dataset['id'] === target)!;
    expect(offset(el, row100)).to.equal(100 * 40);
    expect(row100.getBoundingClientRect().top - $(el, '[role="tree"]').getBoundingClientRect().top).to.be.within(0, 2);
    expect(changeInUpdate()).to.deep.equal([]);
  });

  it('keeps a focused row far down in view and focused when the row height changes', async () => {
    const data = generateGoalForest({ count: 3_000 });
    const el = await mount(data);
    el.expandAll();
    await el.updateComplete;
    const target = allRows(data)[2_000]!.goal.id;
    await el.reveal(target, { focus: true });
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'], 'focused by reveal').to.equal(target);
    el.style.setProperty('--pm-goal-tree-row-height', '80px');
    await waitUntil(() => rows(el).some((row) => row.getBoundingClientRect().height === 80), 'rows at the new height');
    await frames();
    await el.updateComplete;
    // The focused row stays in sight, so in the DOM, and keeps focus.
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'], 'still focused').to.equal(target);
    const row = rows(el).find((r) => r.dataset['id'] === target)!;
    const viewport = $(el, '[role="tree"]').getBoundingClientRect();
    expect(row.getBoundingClientRect().bottom).to.be.above(viewport.top);
    expect(row.getBoundingClientRect().top).to.be.below(viewport.bottom);
    expect(changeInUpdate()).to.deep.equal([]);
  });

  it('fills a viewport taller than the first render assumed', async () => {
    const data = generateGoalForest({ count: 300 });
    const el = await mount(data, '--pm-goal-tree-height: 70rem');
    el.expandAll();
    await el.updateComplete;
    await frames();
    const viewport = $(el, '[role="tree"]').getBoundingClientRect();
    const last = rows(el).at(-1)!.getBoundingClientRect();
    expect(viewport.height).to.be.greaterThan(1000);
    expect(last.bottom).to.be.at.least(viewport.bottom);
  });

  it('fills the viewport when the host makes the tree taller later', async () => {
    const data = generateGoalForest({ count: 300 });
    const el = await mount(data);
    el.expandAll();
    await el.updateComplete;
    await frames();
    el.style.setProperty('--pm-goal-tree-height', '70rem');
    await waitUntil(() => {
      const viewport = $(el, '[role="tree"]').getBoundingClientRect();
      return viewport.height > 1000 && rows(el).at(-1)!.getBoundingClientRect().bottom >= viewport.bottom;
    }, 'rows down to the bottom of the taller tree');
    await aTimeout(0);
    expect(changeInUpdate()).to.deep.equal([]);
  });
});
