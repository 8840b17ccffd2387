import type { GoalList, Person } from '@pm-widgets/core';
import { goal } from '../shared/fixtures.js';

export { goal };
export { generateGoalForest } from '@pm-widgets/goal-tree/testing';

export const people: Person[] = [
  { id: 'ana', name: 'Ana Silva', avatarUrl: 'http://127.0.0.1:9/ana.png' },
  { id: 'ben', name: 'Ben Okafor' },
  { id: 'eve', name: 'Eve Mallory', avatarUrl: 'javascript:alert(1)' },
];

/**
 * A small organisation:
 *   Acme wins (org, children)
 *   ├─ Build the platform (department, key results) ── alignedTo Sell more / kr "deals"
 *   │   ├─ Cut latency (team)
 *   │   └─ Document APIs (team, archived)
 *   ├─ Sell more (department, manual, with key result "deals")
 *   └─ Zero weight (department, weight 0)
 *   Quality first (org, second root)
 */
export function smallOrg(): GoalList {
  return {
    people: people.slice(0, 2),
    goals: [
      goal('acme', { title: 'Acme wins', level: 'organization', progressMode: 'children', ownerId: 'ana', startDate: '2026-01-01', dueDate: '2026-12-31' }),
      goal('platform', {
        parentId: 'acme', title: 'Build the platform', level: 'department', ownerId: 'ben', progressMode: 'key-results', weight: 3,
        keyResults: [
          { id: 'uptime', title: 'Uptime', kind: 'percent', start: 99, target: 99.9, current: 99.45 },
          { id: 'cost', title: 'Cloud cost', kind: 'currency', unit: 'EUR', start: 100000, target: 50000, current: 75000 },
        ],
        alignedTo: [{ goalId: 'sales', keyResultId: 'deals' }],
      }),
      goal('latency', { parentId: 'platform', title: 'Cut latency', progress: 0.2 }),
      goal('docs', { parentId: 'platform', title: 'Document APIs', status: 'archived', progress: 1 }),
      goal('sales', {
        parentId: 'acme', title: 'Sell more', level: 'department', ownerId: 'ana', progress: 0.8, weight: 1,
        keyResults: [{ id: 'deals', title: 'Deals closed', kind: 'number', unit: 'deals', start: 0, target: 40, current: 32 }],
      }),
      goal('zero', { parentId: 'acme', title: 'Zero weight', level: 'department', weight: 0, progress: 0 }),
      goal('quality', { title: 'Quality first', level: 'organization', progress: 0.3 }),
    ],
  };
}
