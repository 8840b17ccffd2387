import { expect } from '@open-wc/testing';
import {
  analyzeGoalStructure, computePace, descendantIds, explainProgress, flattenGoalTree, isSelfOrDescendant,
  keyResultProgress, keyResultsRollUp, rollUpForest, rollUpProgress, withAncestors,
} from '@pm-widgets/core/rules';
import { goal } from './fixtures.js';

const kr = (start: number, target: number, current: number) => ({ start, target, current });

describe('rules: key result progress', () => {
  it('measures the share of start..target covered', () => {
    expect(keyResultProgress(kr(0, 200, 50))).to.equal(0.25);
    expect(keyResultProgress(kr(10, 20, 15))).to.equal(0.5);
  });
  it('handles decreasing key results (target below start)', () => {
    expect(keyResultProgress(kr(8, 5, 6.5))).to.be.closeTo(0.5, 1e-9);
    expect(keyResultProgress(kr(8, 5, 5))).to.equal(1);
  });
  it('clamps beyond target to 1 and worse than start to 0', () => {
    expect(keyResultProgress(kr(0, 10, 15))).to.equal(1);
    expect(keyResultProgress(kr(0, 10, -3))).to.equal(0);
    expect(keyResultProgress(kr(8, 5, 2))).to.equal(1);
    expect(keyResultProgress(kr(8, 5, 9))).to.equal(0);
  });
  it('treats start equal to target as done only when current equals target', () => {
    expect(keyResultProgress(kr(5, 5, 5))).to.equal(1);
    expect(keyResultProgress(kr(5, 5, 4))).to.equal(0);
  });
});

describe('rules: roll-up', () => {
  it('manual mode uses the stored value', () => {
    const e = explainProgress(goal('a', { progress: 0.42 }));
    expect(e.value).to.equal(0.42);
    expect(e.source).to.equal('stored');
  });

  it('key-results mode is the mean of clamped key result progress', () => {
    const g = goal('a', {
      progressMode: 'key-results',
      keyResults: [
        { id: 'k1', title: 'up', kind: 'number', start: 0, target: 10, current: 20 }, // 1 (beyond target)
        { id: 'k2', title: 'down', kind: 'percent', start: 8, target: 4, current: 7 }, // 0.25
        { id: 'k3', title: 'bool', kind: 'boolean', start: 0, target: 1, current: 0 }, // 0
      ],
    });
    const e = explainProgress(g);
    expect(e.value).to.be.closeTo(1.25 / 3, 1e-9);
    expect(e.items.map((i) => i.progress)).to.deep.equal([1, 0.25, 0]);
    expect(e.items[1]!.decreasing).to.equal(true);
    expect(e.items.every((i) => Math.abs(i.share - 1 / 3) < 1e-9)).to.equal(true);
  });

  it('keyResultsRollUp gives the key-results mode’s number without the explanation', () => {
    const g = goal('a', {
      progressMode: 'key-results',
      progress: 0.9,
      keyResults: [
        { id: 'k1', title: 'up', kind: 'number', start: 0, target: 10, current: 20 },
        { id: 'k2', title: 'down', kind: 'percent', start: 8, target: 4, current: 7 },
        { id: 'k3', title: 'bool', kind: 'boolean', start: 0, target: 1, current: 0 },
      ],
    });
    expect(keyResultsRollUp(g)).to.be.closeTo(1.25 / 3, 1e-9);
    expect(keyResultsRollUp({ ...g, keyResults: [] })).to.equal(0.9);
    expect(keyResultsRollUp({ ...g, keyResults: [], progress: 1.4 })).to.equal(1);
  });

  it('key-results mode without key results falls back to the stored value', () => {
    const e = explainProgress(goal('a', { progressMode: 'key-results', progress: 0.3 }));
    expect(e.value).to.equal(0.3);
    expect(e.source).to.equal('stored-no-key-results');
  });

  it('children mode is the weight-weighted mean of non-archived children', () => {
    const parent = goal('p', { progressMode: 'children', progress: 0.9 });
    const children = [
      goal('a', { progress: 1, weight: 3 }),
      goal('b', { progress: 0, weight: 1 }),
      goal('c', { progress: 1, weight: 5, status: 'archived' }),
    ];
    const e = explainProgress(parent, children);
    expect(e.value).to.equal(0.75);
    expect(e.source).to.equal('children');
    expect(e.totalWeight).to.equal(4);
    expect(e.items.find((i) => i.id === 'c')!.excluded).to.equal('archived');
    expect(e.items.find((i) => i.id === 'a')!.share).to.equal(0.75);
  });

  it('children of weight 0 count for nothing and are listed as excluded', () => {
    const e = explainProgress(goal('p', { progressMode: 'children' }), [
      goal('a', { progress: 0.6, weight: 2 }),
      goal('z', { progress: 0, weight: 0 }),
    ]);
    expect(e.value).to.be.closeTo(0.6, 1e-9);
    expect(e.items.find((i) => i.id === 'z')!.excluded).to.equal('zero-weight');
  });

  it('when every active child has weight 0, they count equally', () => {
    const e = explainProgress(goal('p', { progressMode: 'children' }), [
      goal('a', { progress: 1, weight: 0 }),
      goal('b', { progress: 0, weight: 0 }),
    ]);
    expect(e.value).to.equal(0.5);
    expect(e.source).to.equal('children-equal');
  });

  it('when every child is archived (or there are none), the stored value is used', () => {
    const parent = goal('p', { progressMode: 'children', progress: 0.2 });
    const e = explainProgress(parent, [goal('a', { status: 'archived', progress: 1 })]);
    expect(e.value).to.equal(0.2);
    expect(e.source).to.equal('stored-no-active-children');
    expect(rollUpProgress(parent, [])).to.equal(0.2);
  });

  it('rolls up a whole forest bottom-up, using children’s rolled-up values', () => {
    const goals = [
      goal('root', { progressMode: 'children' }),
      goal('mid', { parentId: 'root', progressMode: 'children', weight: 1 }),
      goal('leaf1', { parentId: 'mid', progress: 1 }),
      goal('leaf2', { parentId: 'mid', progress: 0 }),
      goal('krs', {
        parentId: 'root', progressMode: 'key-results', weight: 1,
        keyResults: [{ id: 'k', title: 'k', kind: 'number', start: 0, target: 4, current: 1 }],
      }),
    ];
    const progress = rollUpForest(analyzeGoalStructure(goals));
    expect(progress.of('mid')).to.equal(0.5);
    expect(progress.of('krs')).to.equal(0.25);
    expect(progress.of('root')).to.equal(0.375);
  });

  it('agrees with explainProgress on a generated forest', async () => {
    const { generateGoalForest } = await import('./fixtures.js');
    const { goals } = generateGoalForest({ count: 2000 });
    const structure = analyzeGoalStructure(goals);
    const progress = rollUpForest(structure);
    for (const g of goals.slice(0, 300)) {
      const e = explainProgress(g, structure.childrenOf(g.id), (c) => progress.of(c.id)!);
      expect(progress.of(g.id), g.id).to.be.closeTo(e.value, 1e-9);
    }
  });

  it('survives a chain 100,000 deep without recursion', () => {
    const goals = Array.from({ length: 100_000 }, (_, i) =>
      goal(`g${i}`, { parentId: i ? `g${i - 1}` : null, progressMode: i < 99_999 ? 'children' : 'manual', progress: 0.4 }));
    const progress = rollUpForest(analyzeGoalStructure(goals));
    expect(progress.of('g0')).to.equal(0.4);
  });
});

describe('rules: pace', () => {
  const g = { startDate: '2026-01-01', dueDate: '2026-12-31' };
  const mid = new Date('2026-07-02T12:00:00Z'); // about half way

  it('computes the expected share of start..due', () => {
    const pace = computePace(g, 0.5, { now: mid });
    expect(pace.expected).to.be.closeTo(0.5, 0.01);
    expect(pace.state).to.equal('on-pace');
  });
  it('is ahead, at risk or behind by the default thresholds (0.1, 0.1, 0.25)', () => {
    expect(computePace(g, 0.65, { now: mid }).state).to.equal('ahead');
    expect(computePace(g, 0.45, { now: mid }).state).to.equal('on-pace');
    expect(computePace(g, 0.35, { now: mid }).state).to.equal('at-risk');
    expect(computePace(g, 0.2, { now: mid }).state).to.equal('behind');
  });
  it('takes configurable thresholds', () => {
    expect(computePace(g, 0.45, { now: mid, thresholds: { atRisk: 0.02 } }).state).to.equal('at-risk');
    expect(computePace(g, 0.2, { now: mid, thresholds: { behind: 0.5 } }).state).to.equal('at-risk');
    expect(computePace(g, 0.55, { now: mid, thresholds: { ahead: 0.03 } }).state).to.equal('ahead');
  });
  it('is behind and overdue after the due date when unfinished, done when complete', () => {
    const late = new Date('2027-01-05T00:00:00Z');
    expect(computePace(g, 0.9, { now: late })).to.include({ state: 'behind', overdue: true });
    expect(computePace(g, 1, { now: late })).to.include({ state: 'done', overdue: false });
    expect(computePace({ ...g, status: 'done' }, 0.3, { now: mid }).state).to.equal('done');
  });
  it('counts the due date as a whole day', () => {
    expect(computePace(g, 0.9, { now: new Date('2026-12-31T18:00:00Z') }).overdue).to.equal(false);
    expect(computePace(g, 0.9, { now: new Date('2026-12-31T18:00:00Z') }).daysLeft).to.equal(0);
  });
  it('has no pace without dates and has not started before the start', () => {
    expect(computePace({}, 0.2, { now: mid }).state).to.equal('no-dates');
    expect(computePace({ dueDate: '2026-12-31' }, 0.2, { now: mid }).state).to.equal('no-dates');
    expect(computePace(g, 0, { now: new Date('2025-12-01T00:00:00Z') }).state).to.equal('not-started');
  });
});

describe('rules: goal structure', () => {
  it('builds roots and children in input order, with depths', () => {
    const s = analyzeGoalStructure([goal('a'), goal('b', { parentId: 'a' }), goal('c', { parentId: 'a' }), goal('d')]);
    expect(s.roots.map((g) => g.id)).to.deep.equal(['a', 'd']);
    expect(s.childrenOf('a').map((g) => g.id)).to.deep.equal(['b', 'c']);
    expect(s.order.map((g) => g.id)).to.deep.equal(['a', 'd', 'b', 'c']);
    expect(s.parentIdOf('c')).to.equal('a');
    expect(s.problems).to.deep.equal([]);
  });

  it('reports duplicate ids and keeps the first', () => {
    const s = analyzeGoalStructure([goal('a', { title: 'first' }), goal('a', { title: 'second' })]);
    expect(s.goalOf('a')!.title).to.equal('first');
    expect(s.roots).to.have.length(1);
    expect(s.problems).to.deep.equal([{ kind: 'duplicate-id', goalId: 'a', count: 2 }]);
  });

  it('puts goals with an unknown parent at the root as orphans', () => {
    const s = analyzeGoalStructure([goal('a'), goal('o', { parentId: 'missing' }), goal('oc', { parentId: 'o' })]);
    expect(s.roots.map((g) => g.id)).to.deep.equal(['a', 'o']);
    expect([...s.orphanIds]).to.deep.equal(['o']);
    expect(s.parentIdOf('o')).to.equal(null);
    expect(s.parentIdOf('oc')).to.equal('o');
    expect(s.isPlaced('oc')).to.equal(true);
    expect(s.problems).to.deep.include({ kind: 'unknown-parent', goalId: 'o', parentId: 'missing' });
  });

  it('in a filtered view (one owner, a subtree), a parent outside the list is expected: roots, no warning', () => {
    const s = analyzeGoalStructure([goal('mine', { parentId: 'team-goal' }), goal('sub', { parentId: 'mine' })], { partial: true });
    expect(s.roots.map((g) => g.id)).to.deep.equal(['mine']);
    expect(s.orphanIds.size).to.equal(0);
    expect(s.problems).to.deep.equal([]);
    expect(s.isPlaced('sub')).to.equal(true);
  });

  it('detects cycles (including self-parenting) and leaves their goals and descendants out', () => {
    const s = analyzeGoalStructure([
      goal('ok'),
      goal('x', { parentId: 'y' }), goal('y', { parentId: 'x' }), goal('below', { parentId: 'x' }),
      goal('self', { parentId: 'self' }),
    ]);
    expect(s.roots.map((g) => g.id)).to.deep.equal(['ok']);
    expect([...s.cycleIds].sort()).to.deep.equal(['below', 'self', 'x', 'y']);
    const cycles = s.problems.filter((p) => p.kind === 'cycle').map((p) => (p as { goalIds: string[] }).goalIds.slice().sort());
    expect(cycles).to.deep.include(['x', 'y']);
    expect(cycles).to.deep.include(['self']);
    // Roll-up does not hang and keeps stored values for unplaceable goals.
    expect(rollUpForest(s).of('x')).to.equal(0.5);
  });

  // A quadratic walk would not finish within the test's timeout; timings belong in `npm run bench`.
  it('finds a 100,000-goal cycle', () => {
    const n = 100_000;
    const goals = Array.from({ length: n }, (_, i) => goal(`g${i}`, { parentId: `g${(i + 1) % n}` }));
    const s = analyzeGoalStructure(goals);
    expect(s.cycleIds.size).to.equal(n);
    expect(s.roots).to.have.length(0);
  });

  it('flattens visible rows with level, posinset, setsize and expanded', () => {
    const s = analyzeGoalStructure([goal('a'), goal('a1', { parentId: 'a' }), goal('a2', { parentId: 'a' }), goal('b'), goal('b1', { parentId: 'b' })]);
    const rows = flattenGoalTree(s, { isExpanded: (id) => id === 'a' });
    expect(rows.map((r) => [r.goal.id, r.level, r.posinset, r.setsize, r.hasChildren, r.expanded])).to.deep.equal([
      ['a', 1, 1, 2, true, true],
      ['a1', 2, 1, 2, false, false],
      ['a2', 2, 2, 2, false, false],
      ['b', 1, 2, 2, true, false],
    ]);
  });

  it('keeps ancestors of matches visible and counts only visible siblings', () => {
    const s = analyzeGoalStructure([goal('a'), goal('a1', { parentId: 'a' }), goal('a2', { parentId: 'a' }), goal('b')]);
    const visible = withAncestors(s, ['a2']);
    expect([...visible].sort()).to.deep.equal(['a', 'a2']);
    const rows = flattenGoalTree(s, { visible, isExpanded: () => true });
    expect(rows.map((r) => [r.goal.id, r.posinset, r.setsize])).to.deep.equal([['a', 1, 1], ['a2', 1, 1]]);
  });

  it('shows the same rows for goals given by position (visibleAt) as by id (visible)', () => {
    const s = analyzeGoalStructure([
      goal('a'), goal('a1', { parentId: 'a' }), goal('a2', { parentId: 'a' }), goal('a21', { parentId: 'a2' }),
      goal('a22', { parentId: 'a2' }), goal('b'), goal('b1', { parentId: 'b' }), goal('c'),
    ]);
    const visible = withAncestors(s, ['a22', 'b', 'c']);
    const visibleAt = s.order.map((g) => (visible.has(g.id) ? 1 : 0));
    const facts = (rows: ReturnType<typeof flattenGoalTree>) => rows.map((r) => [r.goal.id, r.level, r.posinset, r.setsize, r.hasChildren, r.expanded]);
    const byPosition = flattenGoalTree(s, { visibleAt, isExpanded: (id) => id !== 'b' });
    expect(facts(byPosition)).to.deep.equal(facts(flattenGoalTree(s, { visible, isExpanded: (id) => id !== 'b' })));
    expect(facts(byPosition)).to.deep.equal([
      ['a', 1, 1, 3, true, true],
      ['a2', 2, 1, 1, true, true],
      ['a22', 3, 1, 1, false, false],
      ['b', 1, 2, 3, false, false],
      ['c', 1, 3, 3, false, false],
    ]);
  });

  it('knows descendants, so nothing moves under itself', () => {
    const s = analyzeGoalStructure([goal('a'), goal('b', { parentId: 'a' }), goal('c', { parentId: 'b' }), goal('d')]);
    expect(isSelfOrDescendant(s, 'a', 'c')).to.equal(true);
    expect(isSelfOrDescendant(s, 'a', 'a')).to.equal(true);
    expect(isSelfOrDescendant(s, 'b', 'd')).to.equal(false);
    expect([...descendantIds(s, 'a')].sort()).to.deep.equal(['b', 'c']);
  });
});
