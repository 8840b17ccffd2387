import { expect } from '@open-wc/testing';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import type { CheckInContext, GoalList } from '@pm-widgets/core';
import { goal } from '../shared/fixtures.js';
import { smallOrg } from '../goal-tree/fixtures.js';
import { context } from '../check-in/fixtures.js';
import { items, page, PERSON } from '../feedback-timeline/fixtures.js';
import { fuzzOnce } from './fuzz-harness.js';

/** Failures the fuzz suites found, shrunk by fast-check and kept with their payloads. */
describe('fuzz regressions', function () {
  this.timeout(20_000);

  it('goal tree: two goals that are each other\'s parent (a cycle, no root) is named in an alert whose Retry loads again', async () => {
    const payload: GoalList = {
      goals: [
        goal('a', { parentId: '\u0000', title: ' ', level: 'organization', status: 'not-started', progress: 0, weight: 0, version: undefined, updatedAt: undefined }),
        goal('\u0000', { parentId: 'a', title: '\u0000', level: 'organization', status: 'not-started', progress: 0, weight: 0, version: undefined, updatedAt: undefined }),
      ],
    };
    expect(await fuzzOnce({ tag: 'pm-goal-tree', attributes: { owner: 'ana' }, method: 'listGoals', payloads: null!, valid: smallOrg }, payload)).to.equal('error');
  });

  it('check-in: a currency key result whose unit is not an ISO 4217 code ("W") renders instead of throwing a RangeError', async () => {
    const payload: CheckInContext = {
      checkIn: null, previous: null, questions: [],
      goals: [goal('\u0000', {
        title: ' ', level: 'organization', status: 'not-started', progress: 0, progressMode: 'key-results', weight: 0,
        keyResults: [{ id: 'a', title: ' ', kind: 'currency', start: 0, target: 0, current: 0, unit: 'W' }],
      })],
    };
    expect(await fuzzOnce({ tag: 'pm-check-in', attributes: { person: 'p-ada', period: '2026-W47' }, method: 'getCheckIn', payloads: null!, valid: context }, payload)).to.equal('data');
  });

  it('timeline: a failed listFeedbackRequests on one\'s own timeline shows an alert with Retry instead of silently no requests', async () => {
    const outcome = await fuzzOnce({
      tag: 'pm-feedback-timeline', attributes: { person: PERSON }, viewer: PERSON, method: 'listFeedbackRequests', payloads: null!,
      valid: () => ({ requests: [{ id: 'r1', toId: PERSON, aboutId: 'p-x', question: 'How did the demo go?', status: 'open', createdAt: '2026-11-20T10:00:00Z' }] }),
      extra: { listFeedback: () => page(items(3), null, { total: 3 }) },
    }, { requests: 42 });
    expect(outcome).to.equal('error');
  });
});
