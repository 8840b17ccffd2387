import type { Goal, GoalLevel, GoalList, GoalStatus, KeyResult, Person } from '@pm-widgets/core';
import { mulberry32 } from '@pm-widgets/core/memory';

/**
 * A deterministic forest of schema-valid goals for stories, tests and benchmarks. Goal `g0` is
 * the organisation root; goal `i` hangs under goal `floor((i - 1) / fanout)`, so levels fill
 * breadth first. With `wide`, goal `g1` gets that many extra children (the "expand a node with
 * 1,000 children" case).
 */
export interface ForestOptions {
  count: number;
  fanout?: number;
  wide?: number;
  seed?: number;
  /** Share of goals measured by key results (the rest with children use `children`). */
  keyResultShare?: number;
}

const LEVELS: GoalLevel[] = ['organization', 'department', 'team', 'individual'];
const STATUSES: GoalStatus[] = ['on-track', 'on-track', 'at-risk', 'off-track', 'not-started', 'done', 'archived'];
const TOPICS = [
  'Grow revenue', 'Delight customers', 'Ship faster', 'Reduce churn', 'Hire great people', 'Cut cloud cost',
  'Improve onboarding', 'Raise quality', 'Expand to new markets', 'Build the platform', 'Coach the team',
  'Strengthen security',
];


function keyResults(i: number, next: () => number): KeyResult[] {
  const progress = Math.round(next() * 100) / 100;
  return [
    { id: `g${i}-kr1`, title: 'Annual recurring revenue', kind: 'currency', unit: 'EUR', start: 0, target: 2_000_000, current: Math.round(2_000_000 * progress) },
    { id: `g${i}-kr2`, title: 'Monthly churn', kind: 'percent', start: 8, target: 5, current: Math.round((8 - 3 * next()) * 10) / 10 },
  ];
}

export function generateGoalForest({ count, fanout = 10, wide = 0, seed = 7, keyResultShare = 0.3 }: ForestOptions): GoalList {
  const next = mulberry32(seed);
  const base = Math.max(1, count - wide);
  const goals: Goal[] = new Array(count);
  const depth = new Uint8Array(count);
  const people: Person[] = [];
  const peopleCount = Math.max(1, Math.ceil(count / 8));
  for (let p = 0; p < peopleCount; p++) people.push({ id: `p${p}`, name: `Person ${p}` });
  for (let i = 0; i < count; i++) {
    const parent = i === 0 ? null : i < base ? Math.floor((i - 1) / fanout) : 1;
    depth[i] = parent === null ? 0 : depth[parent]! + 1;
    const hasChildren = i < base ? i * fanout + 1 < base : false;
    const useKrs = !hasChildren || next() < keyResultShare;
    const status = i === 0 ? 'on-track' : STATUSES[Math.floor(next() * STATUSES.length)]!;
    goals[i] = {
      id: `g${i}`,
      parentId: parent === null ? null : `g${parent}`,
      title: `${TOPICS[i % TOPICS.length]} ${i}`,
      level: LEVELS[Math.min(depth[i]!, 3)]!,
      ownerId: `p${i % peopleCount}`,
      status,
      progress: Math.round(next() * 100) / 100,
      progressMode: hasChildren ? (useKrs ? 'key-results' : 'children') : useKrs && i % 3 === 0 ? 'key-results' : 'manual',
      weight: 1 + (i % 3),
      startDate: '2026-01-01',
      dueDate: i % 5 === 0 ? '2026-06-30' : '2026-12-31',
      keyResults: useKrs && (hasChildren || i % 3 === 0) ? keyResults(i, next) : [],
      version: 1,
      updatedAt: '2026-11-01T09:00:00Z',
    };
  }
  return { goals, people };
}
