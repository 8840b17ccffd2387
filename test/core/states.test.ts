import './test-widget.js';
import { runAdapterStatesSuite } from '../shared/adapter-states.suite.js';
import { goal, goalList } from '../shared/fixtures.js';

runAdapterStatesSuite({
  tag: 'pm-test-goals',
  attributes: { owner: 'p1' },
  method: 'listGoals',
  loaded: goalList(3),
  empty: { goals: [], people: [] },
  malformed: { goals: [goal('a'), goal('b'), goal('c'), { ...goal('d'), progress: 1.7 }], people: [] },
});
