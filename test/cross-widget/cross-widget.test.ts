import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  type CheckIn, type CheckInContext, type CheckInDraft, type CheckInSubmission, type Goal, type GoalInput,
  type PerformanceAdapter,
} from '@pm-widgets/core';
import { DEMO, createMemoryAdapter } from '@pm-widgets/core/memory';
import { rollUpProgress } from '@pm-widgets/core/rules';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import type { PmGoalTree } from '@pm-widgets/goal-tree';

/*
 * One truth on the page: the goal tree and the check-in under one provider share its cache, so
 * a goal edited in the tree reaches the check-in, and a submitted check-in's progress reaches the
 * tree — without a reload. Run over the memory adapter and over a small hand-written adapter.
 */

const NOW = new Date('2026-11-18T10:00:00Z');
const PERIOD = '2026-W47';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const treeRow = (tree: PmGoalTree, id: string) => $$(tree, '[role="treeitem"]').find((r) => r.dataset['id'] === id);
const checkInGoal = (checkIn: PmCheckIn, id: string) => $(checkIn, `[part~="goal"][data-goal="${id}"]`);

function type(host: Element, field: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  expect(field, 'field exists').to.exist;
  field!.value = value;
  field!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** A hand-written adapter: goals and check-ins in two Maps, applying check-in progress the way the port says. */
function handWritten(personId: string): PerformanceAdapter & { goals: Map<string, Goal> } {
  const stamp = () => new Date().toISOString();
  const goals = new Map<string, Goal>();
  const base = { parentId: null, level: 'individual' as const, ownerId: personId, weight: 1, version: 1, updatedAt: '2026-11-01T09:00:00Z' };
  goals.set('h-manual', { ...base, id: 'h-manual', title: 'Answer every ticket within a day', status: 'on-track', progress: 0.4, progressMode: 'manual', keyResults: [] });
  goals.set('h-kr', {
    ...base, id: 'h-kr', title: 'Grow weekly active teams', status: 'at-risk', progress: 0.2, progressMode: 'key-results',
    keyResults: [{ id: 'h-kr-1', title: 'Weekly active teams', kind: 'number', start: 100, target: 200, current: 120 }],
  });
  let stored: CheckIn | null = null;
  return {
    goals,
    async listGoals() {
      return { goals: [...goals.values()].map((g) => structuredClone(g)), people: [{ id: personId, name: 'Ada Lovelace' }] };
    },
    async saveGoal(input: GoalInput) {
      const current = goals.get(input.id);
      if (current && current.version !== input.version) throw Object.assign(new Error('stale'), { status: 409 });
      const saved: Goal = { ...(input as Goal), version: (current?.version ?? 0) + 1, updatedAt: stamp() };
      goals.set(saved.id, saved);
      return structuredClone(saved);
    },
    async deleteGoal(id: string) {
      goals.delete(id);
    },
    async getCheckIn(): Promise<CheckInContext> {
      return {
        person: { id: personId, name: 'Ada Lovelace' }, checkIn: structuredClone(stored), previous: null,
        goals: [...goals.values()].map((g) => structuredClone(g)), questions: [],
      };
    },
    async saveCheckInDraft(draft: CheckInDraft) {
      stored = { ...draft, id: draft.id ?? 'h-ci', status: 'draft', updatedAt: stamp() };
      return structuredClone(stored);
    },
    async submitCheckIn(submission: CheckInSubmission) {
      const goalUpdates = submission.goalUpdates.map((u) => {
        const goal = goals.get(u.goalId);
        if (!goal || goal.progressMode === 'children') return u;
        const next: Goal = goal.progressMode === 'manual'
          ? { ...goal, progress: u.progress }
          : {
              ...goal,
              keyResults: goal.keyResults.map((kr) => ({ ...kr, current: u.keyResults?.find((k) => k.keyResultId === kr.id)?.current ?? kr.current })),
            };
        if (next.progressMode === 'key-results') next.progress = rollUpProgress(next);
        goals.set(goal.id, { ...next, version: (goal.version ?? 0) + 1, updatedAt: stamp() });
        return { ...u, goalVersion: (goal.version ?? 0) + 1 };
      });
      stored = { ...submission, goalUpdates, id: submission.id ?? 'h-ci', status: 'submitted', submittedAt: stamp(), updatedAt: stamp() };
      return structuredClone(stored);
    },
  };
}

async function mountPage(adapter: PerformanceAdapter, person: string) {
  const root = await fixture(html`<pm-provider .adapter=${adapter} viewer=${person} locale="en">
    <pm-goal-tree owner=${person} editable .now=${NOW} expand-depth="3"></pm-goal-tree>
    <pm-check-in person=${person} period=${PERIOD} autosave-delay="20"></pm-check-in>
  </pm-provider>`);
  const tree = root.querySelector('pm-goal-tree')!;
  const checkIn = root.querySelector('pm-check-in')!;
  await waitUntil(() => $$(tree, '[role="treeitem"]').length > 0, 'tree loaded');
  await waitUntil(() => $(checkIn, 'form'), 'check-in loaded');
  return { root, tree, checkIn };
}

async function editInTree(tree: PmGoalTree, goalId: string, changes: { title?: string; progress?: number }) {
  treeRow(tree, goalId)!.click();
  await tree.updateComplete;
  const form = $(tree, '[part~="edit-form"]')!;
  if (changes.progress !== undefined) type(tree, form.querySelector<HTMLInputElement>('input[name="progress"]'), String(changes.progress));
  if (changes.title !== undefined) type(tree, form.querySelector<HTMLInputElement>('input[name="title"]'), changes.title);
  await tree.updateComplete;
  const changed = oneEvent(tree, 'pm-goal-change');
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await changed;
}

/** Answers what the form requires (the focus, and the first choice of each required rating), then submits. */
async function submit(checkIn: PmCheckIn) {
  type(checkIn, $<HTMLTextAreaElement>(checkIn, '#focus'), 'Ask for feedback earlier');
  const groups = new Map<string, HTMLInputElement>();
  for (const input of $$<HTMLInputElement>(checkIn, 'input[type="radio"][name^="q-"]')) if (!groups.has(input.name)) groups.set(input.name, input);
  for (const input of groups.values()) input.click();
  await checkIn.updateComplete;
  const submitted = oneEvent(checkIn, 'pm-check-in-submit');
  $<HTMLButtonElement>(checkIn, '[part~="submit"]')!.click();
  return (await submitted).detail.checkIn as CheckIn;
}

function suite(name: string, make: () => { adapter: PerformanceAdapter; person: string; manual: string; measured: string }) {
  describe(`one truth on the page: ${name}`, () => {
    it('a goal edited in the tree shows in the check-in beside it, title and progress', async () => {
      const { adapter, person, manual } = make();
      const { tree, checkIn } = await mountPage(adapter, person);
      const row = checkInGoal(checkIn, manual)!;
      expect(row.querySelector('h4')!.textContent).to.not.equal('Renamed in the tree');
      await editInTree(tree, manual, { title: 'Renamed in the tree', progress: 64 });
      await waitUntil(() => checkInGoal(checkIn, manual)?.querySelector('h4')?.textContent === 'Renamed in the tree', 'check-in shows the new title');
      const number = checkInGoal(checkIn, manual)!.querySelector<HTMLInputElement>('[data-kind="progress-number"]')!;
      await waitUntil(() => number.value === '64', `check-in follows the new progress (saw ${number.value})`);
      await expect(checkIn).to.be.accessible();
    });

    it('progress the person typed is kept when the goal changes elsewhere', async () => {
      const { adapter, person, manual } = make();
      const { tree, checkIn } = await mountPage(adapter, person);
      type(checkIn, checkInGoal(checkIn, manual)!.querySelector<HTMLInputElement>('[data-kind="progress-number"]'), '71');
      await checkIn.updateComplete;
      await editInTree(tree, manual, { title: 'Renamed again' });
      await waitUntil(() => checkInGoal(checkIn, manual)?.querySelector('h4')?.textContent === 'Renamed again');
      expect(checkInGoal(checkIn, manual)!.querySelector<HTMLInputElement>('[data-kind="progress-number"]')!.value).to.equal('71');
    });

    it('a submitted check-in moves the goals in the tree: manual progress and key-result values', async () => {
      const { adapter, person, manual, measured } = make();
      const { tree, checkIn } = await mountPage(adapter, person);
      expect(treeRow(tree, manual)!.textContent).to.not.contain('82%');
      type(checkIn, checkInGoal(checkIn, manual)!.querySelector<HTMLInputElement>('[data-kind="progress-number"]'), '82');
      const kr = checkInGoal(checkIn, measured)!.querySelector<HTMLInputElement>('input[data-kind="key-result"][type="number"]')!;
      const goalBefore = treeRow(tree, measured)!.textContent;
      type(checkIn, kr, String(Number(kr.value) + 5));
      await checkIn.updateComplete;
      const expected = checkInGoal(checkIn, measured)!.querySelector('.pm-meter .value')!.textContent!.trim();
      const result = await submit(checkIn);
      expect(result.goalUpdates.find((u) => u.goalId === manual)!.progress).to.equal(0.82);
      await waitUntil(() => treeRow(tree, manual)?.textContent?.includes('82%'), 'tree shows the new manual progress');
      await waitUntil(() => treeRow(tree, measured)?.textContent?.includes(expected), `tree shows the key-results goal at ${expected}`);
      expect(treeRow(tree, measured)!.textContent).to.not.equal(goalBefore);
      // The tree holds the new version: its next save is not a conflict.
      await editInTree(tree, manual, { title: 'Saved after the check-in' });
      expect($(tree, '[part~="message"][role="alert"]')).to.equal(null);
      await expect(tree).to.be.accessible();
    });
  });
}

suite('memory adapter', () => ({
  adapter: createMemoryAdapter({ now: NOW }),
  person: DEMO.viewerId,
  manual: 'g-priya-oncall',
  measured: 'g-priya-deploys',
}));

suite('hand-written adapter', () => ({
  adapter: handWritten('p-ada'),
  person: 'p-ada',
  manual: 'h-manual',
  measured: 'h-kr',
}));
