/**
 * (Timed runs are marked `pm-bench-start` / `pm-bench-end` with the User Timing API, so a trace can
 * read the main thread's CPU time for them, which a loaded machine disturbs less than wall time.)
 *
 * First-render benchmarks for <pm-goal-tree>, run by `npm run bench` (bench/run.mjs) or by opening
 * this page and calling `await pmBench()`. "First render" is from creating the element to the
 * rows being in the DOM with layout done (no pending Lit update, forced style and layout).
 */
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { Goal, GoalList, PerformanceAdapter } from '@pm-widgets/core';
import { heapGrowth, scenarios } from './harness.js';
import { analyzeGoalStructure, flattenGoalTree, type FlatGoalRow } from '@pm-widgets/core/rules';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { generateGoalForest } from '@pm-widgets/goal-tree/testing';
import { html, render } from 'lit';

const stage = document.getElementById('stage')!;
const NOW = new Date('2026-07-01T00:00:00Z');

async function settle(el: PmGoalTree): Promise<void> {
  while (!(await el.updateComplete));
}

function layout(): void {
  // Force style and layout so the time includes what the browser must do before painting.
  void stage.getBoundingClientRect();
  void document.body.offsetHeight;
}

/** A tree showing `data`, on the stage, rendered. */
async function mountTree(data: GoalList): Promise<PmGoalTree> {
  const el = document.createElement('pm-goal-tree');
  el.now = NOW;
  el.people = data.people;
  el.goals = data.goals;
  stage.append(el);
  await settle(el);
  return el;
}

async function treeFirstRender(data: GoalList): Promise<number> {
  const started = performance.now();
  const el = await mountTree(data);
  layout();
  const elapsed = performance.now() - started;
  if (el.shadowRoot!.querySelectorAll('[role="treeitem"]').length === 0) throw new Error('no rows rendered');
  el.remove();
  return elapsed;
}

async function bareListFirstRender(goals: readonly Goal[]): Promise<number> {
  const started = performance.now();
  const host = document.createElement('div');
  stage.append(host);
  render(html`<ul>${goals.map((g) => html`<li>${g.title}</li>`)}</ul>`, host);
  layout();
  const elapsed = performance.now() - started;
  host.remove();
  return elapsed;
}

/** A row template of the same weight for both windowing strategies. */
const rowTemplate = (row: FlatGoalRow) => html`<div class="r" role="treeitem" aria-level=${row.level}
  aria-posinset=${row.posinset} aria-setsize=${row.setsize} style="height:56px;box-sizing:border-box;padding-inline-start:${row.level}rem">
  <b>${row.goal.title}</b> <span>${row.goal.level}</span> <span>${row.goal.status}</span> <span>${Math.round(row.goal.progress * 100)}%</span>
</div>`;

/** Own windowing as in the widget: a spacer and absolutely placed rows for the visible slice. */
async function ownWindowing(rows: FlatGoalRow[]): Promise<number> {
  const started = performance.now();
  const host = document.createElement('div');
  host.style.cssText = 'height:448px;overflow:auto;position:relative';
  stage.append(host);
  const visible = rows.slice(0, Math.ceil(448 / 56) + 6);
  render(html`<div role="tree" aria-label="Goals" style="position:relative;height:${rows.length * 56}px">
    ${visible.map((row, i) => html`<div style="position:absolute;inset-inline:0;transform:translateY(${i * 56}px)">${rowTemplate(row)}</div>`)}
  </div>`, host);
  layout();
  const elapsed = performance.now() - started;
  host.remove();
  return elapsed;
}

/** @lit-labs/virtualizer: renders after measuring, so we time until its rows are in the DOM. */
async function labsVirtualizer(rows: FlatGoalRow[]): Promise<number> {
  const started = performance.now();
  const host = document.createElement('div');
  host.style.cssText = 'height:448px;overflow:auto';
  stage.append(host);
  const appeared = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (host.querySelectorAll('.r').length >= 8) {
        observer.disconnect();
        layout();
        resolve(performance.now() - started);
      }
    });
    observer.observe(host, { childList: true, subtree: true });
  });
  render(html`<div role="tree" aria-label="Goals">${virtualize({ items: rows, renderItem: rowTemplate })}</div>`, host);
  const elapsed = await appeared;
  host.remove();
  return elapsed;
}

/**
 * Interactions act on a tree mounted beforehand (`prepare`, outside the timing and the frame
 * watch, so the longest frame is the interaction's, not the first render's).
 */
let prepared: PmGoalTree | undefined;
const prepareTree = (data: () => GoalList) => async () => {
  prepared?.remove();
  prepared = await mountTree(data());
  layout();
};

/** Times `action` on the prepared tree, until its update (and any search it started) and layout are done. */
async function timeOnPreparedTree(action: (el: PmGoalTree) => unknown): Promise<number> {
  const el = prepared!;
  performance.mark('pm-bench-start');
  const started = performance.now();
  await action(el);
  await settle(el);
  layout();
  const elapsed = performance.now() - started;
  performance.mark('pm-bench-end');
  el.remove();
  prepared = undefined;
  return elapsed;
}

// Opens g1, which has 1,010 children, and scrolls to its last child.
const expandWide = () => timeOnPreparedTree((el) => el.reveal('g99999'));

/**
 * A reader points at or focuses the filter before typing, which fetches the search code (its own
 * chunk); the bench does the same while preparing, outside the timing.
 */
const prepareFilter = (data: () => GoalList) => async () => {
  await prepareTree(data)();
  performance.setResourceTimingBufferSize(10_000);
  prepared!.shadowRoot!.querySelector<HTMLElement>('[part~="filter"]')!.focus();
  const started = performance.now();
  while (!performance.getEntriesByType('resource').some((entry) => entry.name.includes('goal-search'))) {
    if (performance.now() - started > 10_000) throw new Error('the search code was not fetched on focus');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  // The module runs once fetched: a moment after its timing entry.
  await new Promise((resolve) => setTimeout(resolve, 50));
};

// The filter box debounces typing by 120 ms; this sets the filter state directly to time the work
// (a large tree searches in slices; `updateComplete` waits for the search and its render).
const filterHuge = () =>
  timeOnPreparedTree((el) => {
    (el as unknown as { filter: string }).filter = 'churn 9';
  });

// A hand-written adapter as a real page has one: every call is a new object (so nothing is cached
// across samples), and the answer goes through core's validating wrapper like any adapter's.
async function treeThroughAdapter(data: GoalList): Promise<number> {
  const adapter: PerformanceAdapter = { listGoals: async () => data };
  performance.mark('pm-bench-start');
  const started = performance.now();
  const el = document.createElement('pm-goal-tree');
  el.now = NOW;
  el.adapter = adapter;
  stage.append(el);
  const root = () => el.shadowRoot?.querySelector('[role="treeitem"]');
  while (!root()) {
    if (performance.now() - started > 30_000) throw new Error('the tree did not load through the adapter');
    await el.updateComplete;
    if (!root()) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await settle(el);
  layout();
  const elapsed = performance.now() - started;
  performance.mark('pm-bench-end');
  el.remove();
  return elapsed;
}

const memo = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};
const k1 = memo(() => generateGoalForest({ count: 1_000 }));
const k10 = memo(() => generateGoalForest({ count: 10_000 }));
const k100 = memo(() => generateGoalForest({ count: 100_000, wide: 1_000 }));
const flat10k = memo(() => flattenGoalTree(analyzeGoalStructure(k10().goals), { isExpanded: () => true }));

scenarios([
  { name: 'bare lit-html list, 1,000 plain rows', baseline: true, run: () => bareListFirstRender(k1().goals) },
  { name: 'goal tree first render, 1,000 goals (.goals)', run: () => treeFirstRender(k1()) },
  { name: 'goal tree first render, 10,000 goals (.goals)', run: () => treeFirstRender(k10()) },
  { name: 'goal tree first render, 100,000 goals (.goals)', run: () => treeFirstRender(k100()) },
  { name: 'goal tree through an adapter, 1,000 goals', run: () => treeThroughAdapter(k1()) },
  { name: 'goal tree through an adapter, 10,000 goals', run: () => treeThroughAdapter(k10()) },
  { name: 'goal tree through an adapter, 100,000 goals', run: () => treeThroughAdapter(k100()) },
  { name: 'expand a node with 1,000 children (100,000 goals)', interaction: true, prepare: prepareTree(k100), run: expandWide },
  { name: 'filter 100,000 goals', interaction: true, prepare: prepareFilter(k100), run: filterHuge },
  { name: 'windowing: own, 10,000 flat rows', run: () => ownWindowing(flat10k()) },
  { name: 'windowing: @lit-labs/virtualizer, 10,000 flat rows', run: () => labsVirtualizer(flat10k()) },
  {
    name: 'memory: bare lit-html list, 20 mount/unmount cycles', unit: 'MB', baseline: true,
    run: () => heapGrowth(async () => void (await bareListFirstRender(k1().goals))),
  },
  {
    name: 'memory: goal tree 1,000 goals, 20 mount/unmount cycles', unit: 'MB',
    run: () => heapGrowth(async () => void (await treeFirstRender(k1()))),
  },
]);
