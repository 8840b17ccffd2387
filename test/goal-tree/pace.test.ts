import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { expect, fixture, html } from '@open-wc/testing';
import { computePace } from '@pm-widgets/core/rules';
import type { Goal } from '@pm-widgets/core';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { goal } from './fixtures.js';

// Pace that explains itself: none before a goal starts, none when archived or done; from the
// creation date (or the cycle start) when there is no start date; a new goal is not "behind".

const NOW = new Date('2026-07-02T12:00:00Z');

describe('pace rule', () => {
  const dates = { startDate: '2026-01-01', dueDate: '2026-12-31' };

  it('judges no pace for archived or done goals, however far behind', () => {
    expect(computePace({ ...dates, status: 'archived' }, 0.05, { now: NOW }).state).to.equal('archived');
    expect(computePace({ ...dates, status: 'done' }, 0.3, { now: NOW }).state).to.equal('done');
    expect(computePace({ ...dates, status: 'on-track' }, 1, { now: NOW }).state).to.equal('done');
  });

  it('judges no pace before the start', () => {
    const pace = computePace({ startDate: '2026-08-01', dueDate: '2026-12-31', status: 'not-started' }, 0, { now: NOW });
    expect(pace).to.include({ state: 'not-started', start: '2026-08-01', startSource: 'start-date', overdue: false });
  });

  it('measures from the creation date when there is no start date', () => {
    const created = computePace({ dueDate: '2026-12-31', createdAt: '2026-01-01T09:30:00Z', status: 'on-track' }, 0.1, { now: NOW });
    expect(created).to.include({ state: 'behind', startSource: 'created', start: '2026-01-01' });
    expect(created.expected).to.be.closeTo(0.5, 0.01);
  });

  it('measures from the cycle start when neither start nor creation date is known', () => {
    const pace = computePace({ dueDate: '2026-12-31', status: 'on-track' }, 0.5, { now: NOW, cycleStart: '2026-01-01' });
    expect(pace).to.include({ state: 'on-pace', startSource: 'cycle', start: '2026-01-01' });
    expect(computePace({ dueDate: '2026-12-31' }, 0.5, { now: NOW }).state, 'nothing to measure from').to.equal('no-dates');
  });

  it('a goal created a moment ago is on pace, not behind', () => {
    const pace = computePace({ dueDate: '2026-09-30', createdAt: NOW.toISOString(), status: 'not-started' }, 0, { now: NOW });
    expect(pace.state).to.equal('on-pace');
    expect(pace.expected).to.be.below(0.01);
  });

  it('prefers the start date to the creation date', () => {
    const pace = computePace({ startDate: '2026-06-01', createdAt: '2025-01-01T00:00:00Z', dueDate: '2026-12-31' }, 0.1, { now: NOW });
    expect(pace.startSource).to.equal('start-date');
    expect(pace.expected).to.be.below(0.2);
  });

  it('is behind when overdue, with or without a start', () => {
    expect(computePace({ dueDate: '2026-06-01' }, 0.5, { now: NOW })).to.include({ state: 'behind', overdue: true });
    expect(computePace({ ...dates, dueDate: '2026-06-01' }, 0.9, { now: NOW })).to.include({ state: 'behind', overdue: true });
  });
});

describe('pm-goal-tree: pace in rows and details', () => {
  async function mount(goals: Goal[], extra = '') {
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${goals} .people=${[]} .now=${NOW} cycle-start=${extra || '2026-01-01'}
      expand-depth="2"></pm-goal-tree>`);
    await el.updateComplete;
    return el;
  }
  const row = (el: PmGoalTree, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[role="treeitem"][data-id="${id}"]`)!;
  const details = async (el: PmGoalTree, id: string) => {
    row(el, id).click();
    await el.updateComplete;
    return el.shadowRoot!.querySelector<HTMLElement>('[part~="details"]')!.textContent!.replace(/\s+/g, ' ');
  };

  it('shows no pace for archived and done goals or before the start, and says why', async () => {
    const el = await mount([
      goal('archived', { title: 'Parked', status: 'archived', progress: 0.1, startDate: '2026-01-01', dueDate: '2026-12-31' }),
      goal('done', { title: 'Finished', status: 'done', progress: 0.6, startDate: '2026-01-01', dueDate: '2026-12-31' }),
      goal('later', { title: 'Later', status: 'not-started', progress: 0, startDate: '2026-09-01', dueDate: '2026-12-31' }),
    ]);
    for (const id of ['archived', 'done', 'later']) {
      expect(row(el, id).textContent, id).to.not.match(/pace|Behind/i);
    }
    expect(await details(el, 'archived')).to.contain('Archived: pace no longer applies.');
    expect(await details(el, 'done')).to.contain('Done: pace no longer applies.');
    expect(await details(el, 'later')).to.contain('Starts later').and.contain('Starts Sep 1, 2026; pace is judged from then.');
    await expect(el).to.be.accessible();
  });

  it('explains a pace measured from the creation date or the cycle start', async () => {
    const el = await mount([
      goal('created', { title: 'No start, created in March', status: 'on-track', progress: 0.4, dueDate: '2026-12-31', startDate: undefined, createdAt: '2026-03-01T08:00:00Z' } as Partial<Goal>),
      goal('cycle', { title: 'No start, no creation date', status: 'on-track', progress: 0.5, dueDate: '2026-12-31', startDate: undefined }),
      goal('fresh', { title: 'Created just now', status: 'not-started', progress: 0, dueDate: '2026-10-01', startDate: undefined, createdAt: NOW.toISOString() } as Partial<Goal>),
    ]);
    expect(await details(el, 'created')).to.contain('No start date: measured from when the goal was created, Mar 1, 2026.');
    expect(await details(el, 'cycle')).to.contain('No start date: measured from the start of the cycle, Jan 1, 2026.');
    expect(row(el, 'fresh').textContent).to.contain('On pace').and.not.contain('Behind');
  });
});
