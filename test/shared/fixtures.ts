import type { Goal, GoalList, Person } from '@pm-widgets/core';

/** Small, schema-valid values shared by the tests. */
export const person = (id: string, extra: Partial<Person> = {}): Person => ({ id, name: `Person ${id}`, ...extra });

export const goal = (id: string, extra: Partial<Goal> = {}): Goal => ({
  id,
  parentId: null,
  title: `Goal ${id}`,
  level: 'team',
  status: 'on-track',
  progress: 0.5,
  progressMode: 'manual',
  weight: 1,
  keyResults: [],
  version: 1,
  updatedAt: '2026-11-20T10:00:00Z',
  ...extra,
});

export const goalList = (count: number): GoalList => ({
  goals: Array.from({ length: count }, (_, i) => goal(`g${i}`)),
  people: [person('p1')],
});
