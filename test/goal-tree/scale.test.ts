import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { GoalList, PerformanceAdapter } from '@pm-widgets/core';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { analyzeGoalStructure, flattenGoalTree, withAncestors } from '@pm-widgets/core/rules';
import { sendKeys } from '@web/test-runner-commands';
import { generateGoalForest } from './fixtures.js';

const NOW = new Date('2026-07-02T12:00:00Z');

const $ = (el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const rows = (el: PmGoalTree) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const ids = (el: PmGoalTree) => rows(el).map((r) => r.dataset['id']);
const focusedId = (el: PmGoalTree) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'];
const status = (el: PmGoalTree) => $(el, '[part~="filter-status"]')!.textContent!.trim();

async function mount(data: GoalList): Promise<PmGoalTree> {
  const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${data.goals} .people=${data.people} .now=${NOW}></pm-goal-tree>`);
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
  return el;
}

/** What the reader should find for `query`: matches by title or owner name, and every row (matches and ancestors). */
function expected(data: GoalList, query: string) {
  const q = query.trim().toLowerCase();
  const names = new Map(data.people?.map((p) => [p.id, p.name]));
  const structure = analyzeGoalStructure(data.goals);
  const matches = structure.order
    .filter((g) => g.title.toLowerCase().includes(q) || (names.get(g.ownerId ?? '') ?? '').toLowerCase().includes(q))
    .map((g) => g.id);
  const all = flattenGoalTree(structure, { visible: withAncestors(structure, matches), isExpanded: () => true });
  return { matches, rows: all };
}

async function typeFilter(el: PmGoalTree, text: string) {
  const input = $(el, '[part~="filter"]') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

describe('pm-goal-tree: filtering a large tree in slices', function () {
  this.timeout(120_000);
  let data: GoalList;
  before(() => {
    data = generateGoalForest({ count: 100_000, wide: 1000 });
  });

  it('finds every match in 100,000 goals, with their ancestors, in tree order', async () => {
    const el = await mount(data);
    await typeFilter(el, 'churn 9');
    const want = expected(data, 'churn 9');
    expect(want.matches.length).to.be.greaterThan(500); // enough to cross many slices
    // Typing may apply "c", "ch", … on the way (the box debounces); the last search decides.
    await waitUntil(() => status(el) === `${want.matches.length} goals match`, 'the count of all matches', { timeout: 30_000 });
    await el.updateComplete;
    // The spacer holds exactly the expected rows; the first rows and, after End, the last rows are the right ones.
    expect(ids(el).slice(0, 5)).to.deep.equal(want.rows.slice(0, 5).map((r) => r.goal.id));
    rows(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedId(el) === want.rows.at(-1)!.goal.id, 'End reaches the last match');
    const last = rows(el).find((r) => r.dataset['id'] === want.rows.at(-1)!.goal.id)!;
    expect(last.getAttribute('aria-level')).to.equal(String(want.rows.at(-1)!.level));
  });

  it('ends on the last filter applied, whatever searches ran before it, and clears back to the tree', async () => {
    const el = await mount(data);
    const input = $(el, '[part~="filter"]') as HTMLInputElement;
    // Apply one filter, and a second one right after (its search may still be running).
    (el as unknown as { filter: string }).filter = 'grow revenue';
    await aTimeout(0);
    input.value = 'person 12499';
    input.dispatchEvent(new Event('input'));
    const want = expected(data, 'person 12499');
    await waitUntil(() => (el as unknown as { filter: string }).filter === 'person 12499', 'the debounced filter', { timeout: 10_000 });
    await el.updateComplete;
    expect(status(el)).to.equal(`${want.matches.length} goals match`);
    expect(ids(el)).to.deep.equal(want.rows.slice(0, ids(el).length).map((r) => r.goal.id));
    // Clearing the filter brings the unfiltered tree back.
    await typeFilter(el, ' ');
    await waitUntil(() => (el as unknown as { filter: string }).filter === ' ', 'the debounced filter', { timeout: 10_000 });
    await el.updateComplete;
    expect(status(el)).to.equal('');
    expect(ids(el).slice(0, 2)).to.deep.equal(['g0', 'g1']);
  });
});

describe('pm-goal-tree: typing and toggling while a large tree is searched', function () {
  this.timeout(120_000);
  let data: GoalList;
  before(() => {
    data = generateGoalForest({ count: 100_000, wide: 1000 });
    // Titles beyond ASCII are matched as lower-casing them would (the rest are matched in place).
    data.goals[50_000] = { ...data.goals[50_000]!, title: 'Équipe ÖKONOMIE Straße' };
    data.goals[70_001] = { ...data.goals[70_001]!, title: 'Ökonomie İstanbul' };
    data.goals[90_002] = { ...data.goals[90_002]!, title: 'KELVIN \u212a scale' };
  });

  const filterIs = (el: PmGoalTree, value: string) => (el as unknown as { filter: string }).filter === value;

  it('narrows as the reader types on, broadens as they delete, and ends with every match', async () => {
    const el = await mount(data);
    await typeFilter(el, 'churn');
    await waitUntil(() => filterIs(el, 'churn'), 'the debounced filter', { timeout: 10_000 });
    await el.updateComplete;
    expect(status(el)).to.equal(`${expected(data, 'churn').matches.length} goals match`);
    // Typing on searches among the matches of "churn" only; the result is the full one.
    await sendKeys({ type: ' 9' });
    await waitUntil(() => filterIs(el, 'churn 9'), 'the debounced filter', { timeout: 10_000 });
    await el.updateComplete;
    const narrow = expected(data, 'churn 9');
    expect(status(el)).to.equal(`${narrow.matches.length} goals match`);
    expect(ids(el)).to.deep.equal(narrow.rows.slice(0, ids(el).length).map((r) => r.goal.id));
    // Deleting broadens again: every goal is looked at, not only the narrower matches.
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'N 1' });
    await waitUntil(() => filterIs(el, 'churN 1'), 'the debounced filter', { timeout: 10_000 });
    await el.updateComplete;
    expect(status(el)).to.equal(`${expected(data, 'churn 1').matches.length} goals match`);
  });

  it('matches titles beyond ASCII and owner names as lower-casing would', async () => {
    const el = await mount(data);
    const input = $(el, '[part~="filter"]') as HTMLInputElement;
    const counts: number[] = [];
    for (const query of ['ökonomie', 'STRASSE', 'straße', 'i\u0307stanbul', 'k scale', 'person 1249']) {
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await waitUntil(() => filterIs(el, query), 'the debounced filter', { timeout: 10_000 });
      await el.updateComplete;
      const want = expected(data, query);
      counts.push(want.matches.length);
      const n = want.matches.length;
      expect(status(el), query).to.equal(n === 0 ? 'No goal matches this filter.' : n === 1 ? '1 goal matches' : `${n} goals match`);
      expect(ids(el), query).to.deep.equal(want.rows.slice(0, ids(el).length).map((r) => r.goal.id));
    }
    // Both "Ökonomie" titles; "STRASSE" is not "straße" lower-cased; "İ" lower-cases to "i̇"; the kelvin sign to "k".
    expect(counts.slice(0, 5)).to.deep.equal([2, 0, 1, 1, 1]);
    expect(counts[5]).to.be.greaterThan(8);
  });

  it('reveals a goal far down with the rows in sight first, and the rows around them right after', async () => {
    const el = await mount(data);
    const inSight = (r: HTMLElement) => {
      const viewport = $(el, '[role="tree"]')!.getBoundingClientRect();
      const box = r.getBoundingClientRect();
      return box.bottom > viewport.top && box.top < viewport.bottom;
    };
    // The first render that shows the goal, read in the same task as the reveal (a mutation
    // observer's microtask), so a slow machine cannot let the overscan's timer render first.
    let first: { offCentre: number; rowHeight: number; allInSight: boolean } | undefined;
    const observer = new MutationObserver(() => {
      const target = rows(el).find((r) => r.dataset['id'] === 'g99999');
      if (first || !target) return;
      const viewport = $(el, '[role="tree"]')!.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      first = {
        offCentre: Math.abs((box.top + box.bottom) / 2 - (viewport.top + viewport.bottom) / 2),
        rowHeight: box.height,
        allInSight: rows(el).every(inSight),
      };
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.reveal('g99999');
    await el.updateComplete;
    observer.disconnect();
    expect(first, 'the goal is rendered').to.exist;
    // About the middle of the viewport.
    expect(first!.offCentre).to.be.below(first!.rowHeight);
    expect(first!.allInSight, 'only rows in sight at first').to.equal(true);
    // Then the rows above and below the viewport, for scrolling on.
    await waitUntil(() => rows(el).filter((r) => !inSight(r)).length >= 6, 'the rows around the viewport', { timeout: 5_000 });
    expect(rows(el).filter(inSight).map((r) => r.dataset['id'])).to.include('g99999');
  });

  it('expands and collapses the rows on screen while a filter is being searched, then shows every match', async () => {
    const el = await mount(data);
    const row = (id: string) => rows(el).find((r) => r.dataset['id'] === id)!;
    const press = (key: string) => row('g1').dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    const searching = () => (el as unknown as { searching?: unknown }).searching !== undefined;
    const microtasks = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve();
    };
    row('g1').focus();
    (el as unknown as { filter: string }).filter = 'churn 9';
    await microtasks();
    expect(searching(), 'the search is under way').to.equal(true);
    // The search runs in tasks; the reader's keys come between them and act on the rows they see.
    press('ArrowRight');
    await microtasks();
    expect(searching(), 'still searching').to.equal(true);
    expect(row('g1').getAttribute('aria-expanded')).to.equal('true');
    expect(ids(el)).to.include('g11');
    press('ArrowLeft');
    await microtasks();
    expect(searching(), 'still searching').to.equal(true);
    expect(row('g1').getAttribute('aria-expanded')).to.equal('false');
    expect(ids(el)).not.to.include('g11');
    // The search completes with the filtered tree, every match below its open ancestors.
    await el.updateComplete;
    const want = expected(data, 'churn 9');
    expect(status(el)).to.equal(`${want.matches.length} goals match`);
    expect(ids(el)).to.deep.equal(want.rows.slice(0, ids(el).length).map((r) => r.goal.id));
    // Without the filter, the tree is as the reader left it: g1 closed.
    (el as unknown as { filter: string }).filter = '';
    await el.updateComplete;
    expect(ids(el).slice(0, 3)).to.deep.equal(['g0', 'g1', 'g2']);
    expect(row('g1').getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('pm-goal-tree: opening and closing goals one by one', function () {
  this.timeout(120_000);

  type Row = ReturnType<typeof flattenGoalTree>[number];
  const facts = (list: readonly Row[]) => list.map((r) => `${r.goal.id} ${r.level} ${r.posinset}/${r.setsize} ${r.hasChildren} ${r.expanded}`);
  const shownRows = (el: PmGoalTree) => (el as unknown as { rows: Row[] }).rows;
  // A fixed sequence of pseudo-random picks, so a failure repeats.
  const picks = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

  async function toggleByKeyboard(el: PmGoalTree, target: Row): Promise<void> {
    await el.reveal(target.goal.id, { focus: true });
    await sendKeys({ press: target.expanded ? 'ArrowLeft' : 'ArrowRight' });
    await el.updateComplete;
  }

  it('shows exactly the rows of the whole tree flattened again, and keeps the rows above a toggled goal', async () => {
    const data = generateGoalForest({ count: 3_000 });
    const structure = analyzeGoalStructure(data.goals);
    const el = await mount(data);
    el.expandAll();
    await el.updateComplete;
    const open = new Map<string, boolean>();
    const pick = picks(11);
    for (let step = 0; step < 25; step++) {
      const before = shownRows(el);
      const parents = before.filter((r) => r.hasChildren);
      const target = parents[Math.floor(pick() * parents.length)]!;
      const at = before.indexOf(target);
      await toggleByKeyboard(el, target);
      open.set(target.goal.id, !target.expanded);
      const after = shownRows(el);
      expect(facts(after), `step ${step}: ${target.goal.id}`).to.deep.equal(
        facts(flattenGoalTree(structure, { isExpanded: (id) => open.get(id) ?? true })),
      );
      // The rows above it are the same rows, not derived again.
      expect(after.slice(0, at).every((r, i) => r === before[i])).to.equal(true);
    }
  });

  it('does the same in a filtered tree', async () => {
    const data = generateGoalForest({ count: 3_000 });
    const structure = analyzeGoalStructure(data.goals);
    const el = await mount(data);
    (el as unknown as { filter: string }).filter = 'grow';
    await el.updateComplete;
    const want = expected(data, 'grow');
    expect(facts(shownRows(el))).to.deep.equal(facts(want.rows));
    const visible = withAncestors(structure, want.matches);
    const open = new Map<string, boolean>();
    const pick = picks(5);
    for (let step = 0; step < 15; step++) {
      const parents = shownRows(el).filter((r) => r.hasChildren);
      const target = parents[Math.floor(pick() * parents.length)]!;
      await toggleByKeyboard(el, target);
      open.set(target.goal.id, !target.expanded);
      expect(facts(shownRows(el)), `step ${step}: ${target.goal.id}`).to.deep.equal(
        facts(flattenGoalTree(structure, { visible, isExpanded: (id) => open.get(id) ?? true })),
      );
      expect(status(el)).to.equal(`${want.matches.length} goals match`);
    }
  });
});

describe('pm-goal-tree: a large list through an adapter, checked in stages', function () {
  this.timeout(120_000);
  let data: GoalList;
  before(() => {
    data = generateGoalForest({ count: 100_000, wide: 1000 });
  });

  it('ends in the error state with Retry for a bad goal at 90,000, and Retry loads the corrected list', async () => {
    let answer: GoalList = { ...data, goals: data.goals.map((g, i) => (i === 90_000 ? { ...g, progress: 1.7 } : g)) };
    const adapter: PerformanceAdapter = { listGoals: async () => ({ ...answer }) };
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .adapter=${adapter} .now=${NOW}></pm-goal-tree>`);
    await waitUntil(() => $(el, '[part~="error"]'), 'the error state', { timeout: 30_000 });
    expect(rows(el)).to.have.length(0);
    expect($(el, '[part~="error"]')!.textContent).to.contain('goals[90000].progress');
    answer = data;
    ($(el, '[part~="retry"]') as HTMLButtonElement).click();
    await waitUntil(() => rows(el).length > 0, 'the tree after Retry', { timeout: 30_000 });
    await el.updateComplete;
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(ids(el)[0]).to.equal('g0');
  });

  it('offers no editing until every goal passed the check, then does', async () => {
    const adapter: PerformanceAdapter = { listGoals: async () => ({ ...data }), saveGoal: async (g) => ({ ...g, version: 1 }) };
    const el = document.createElement('pm-goal-tree');
    el.now = NOW;
    el.editable = true;
    el.adapter = adapter;
    // The moment the first rows are in the DOM (a mutation observer runs before any later task,
    // so before the check's next slice): read-only.
    const firstRows = new Promise<{ addGoal: boolean; editForm: boolean }>((resolve) => {
      const observer = new MutationObserver(() => {
        if (rows(el).length === 0) return;
        observer.disconnect();
        resolve({ addGoal: !!$(el, '[part~="add-goal"]'), editForm: !!$(el, '[part~="edit-form"]') });
      });
      queueMicrotask(() => observer.observe(el.shadowRoot!, { childList: true, subtree: true }));
    });
    document.body.append(el);
    try {
      expect(await firstRows).to.deep.equal({ addGoal: false, editForm: false });
      // Then the check completes, and editing appears.
      await waitUntil(() => $(el, '[part~="add-goal"]'), 'the Add goal button', { timeout: 30_000 });
      rows(el).find((r) => r.dataset['id'] === 'g1')!.click();
      await el.updateComplete;
      expect($(el, '[part~="edit-form"]')).to.exist;
    } finally {
      el.remove();
    }
  });
});
