/**
 * First-render benchmarks for <pm-goal-tree>, run by `npm run bench` (bench/run.mjs) or by opening
 * this page and calling `await pmBench()`. "First render" is from creating the element to the
 * rows being in the DOM with layout done (no pending Lit update, forced style and layout).
 */
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { Goal, GoalList } from '@pm-widgets/core';
import { analyzeGoalStructure, flattenGoalTree, type FlatGoalRow } from '@pm-widgets/core/rules';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { generateGoalForest } from '@pm-widgets/goal-tree/testing';
import { html, render } from 'lit';

interface BenchRow { name: string; unit: 'ms'; samples: number[]; baseline?: boolean }

const stage = document.getElementById('stage')!;
const NOW = new Date('2026-07-01T00:00:00Z');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

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

async function sample(times: number, warmup: number, run: () => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + times; i++) {
    await frame();
    const ms = await run();
    if (i >= warmup) samples.push(Math.round(ms * 100) / 100);
  }
  return samples;
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

/** Times `action` on a tree that has already rendered `data`, until its update and layout are done. */
async function timeOnRenderedTree(data: GoalList, action: (el: PmGoalTree) => unknown): Promise<number> {
  const el = await mountTree(data);
  const started = performance.now();
  await action(el);
  await settle(el);
  layout();
  const elapsed = performance.now() - started;
  el.remove();
  return elapsed;
}

// Opens g1, which has 1,010 children.
const expandWide = (data: GoalList) => timeOnRenderedTree(data, (el) => el.reveal('g99999'));

// The filter box debounces typing by 120 ms; this sets the filter state directly to time the work.
const filterHuge = (data: GoalList) =>
  timeOnRenderedTree(data, (el) => {
    (el as unknown as { filter: string }).filter = 'churn 9';
  });

declare global {
  interface Window { pmBench: () => Promise<BenchRow[]> }
}

window.pmBench = async () => {
  const k1 = generateGoalForest({ count: 1_000 });
  const k10 = generateGoalForest({ count: 10_000 });
  const k100 = generateGoalForest({ count: 100_000, wide: 1_000 });
  const flat10k = flattenGoalTree(analyzeGoalStructure(k10.goals), { isExpanded: () => true });
  const results: BenchRow[] = [
    { name: 'bare lit-html list, 1,000 plain rows', unit: 'ms', baseline: true, samples: await sample(15, 3, () => bareListFirstRender(k1.goals)) },
    { name: 'goal tree first render, 1,000 goals', unit: 'ms', samples: await sample(15, 3, () => treeFirstRender(k1)) },
    { name: 'goal tree first render, 10,000 goals', unit: 'ms', samples: await sample(11, 2, () => treeFirstRender(k10)) },
    { name: 'goal tree first render, 100,000 goals', unit: 'ms', samples: await sample(7, 1, () => treeFirstRender(k100)) },
    { name: 'expand a node with 1,000 children (100,000 goals)', unit: 'ms', samples: await sample(5, 1, () => expandWide(k100)) },
    { name: 'filter 100,000 goals', unit: 'ms', samples: await sample(5, 1, () => filterHuge(k100)) },
    { name: 'windowing: own, 10,000 flat rows', unit: 'ms', samples: await sample(11, 2, () => ownWindowing(flat10k)) },
    { name: 'windowing: @lit-labs/virtualizer, 10,000 flat rows', unit: 'ms', samples: await sample(11, 2, () => labsVirtualizer(flat10k)) },
  ];
  return results;
};
