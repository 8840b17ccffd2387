import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AdapterError, withValidation } from '@pm-widgets/core';
import * as arb from '@pm-widgets/core/arbitraries';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/survey-360/pm-survey-360.js';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import { makeProfile } from '@pm-widgets/competency-radar/testing';
import { smallOrg } from '../goal-tree/fixtures.js';
import { context } from '../check-in/fixtures.js';
import { assignment } from '../survey-360/fixtures.js';
import { items, page, PERSON } from '../feedback-timeline/fixtures.js';
import { FUZZ_SEED, RUNS, fuzzReads, watchPage, type Outcome } from './fuzz-harness.js';

/** Mostly near-valid (one thing wrong), some valid, some garbage. */
const payloads = <T>(valid: fc.Arbitrary<T>, ...more: fc.Arbitrary<unknown>[]) => fc.oneof(
  { arbitrary: valid as fc.Arbitrary<unknown>, weight: 2 },
  { arbitrary: arb.nearValid(valid), weight: 5 },
  { arbitrary: arb.garbage, weight: 1 },
  ...more.map((arbitrary) => ({ arbitrary, weight: 2 })),
);

/** The runs reached both ends: some payloads shown as data, some as the error state (so neither check is vacuous). */
function expectBoth(seen: Record<Outcome, number>) {
  expect(seen.data + seen.error).to.equal(RUNS);
  expect(seen.data, 'runs that showed data').to.be.greaterThan(0);
  expect(seen.error, 'runs that showed the error state').to.be.greaterThan(0);
}

/**
 * Every read port a widget calls, fed random payloads through the widget's own validating wrapper:
 * each run ends with the data shown, or the error state whose Retry loads a valid answer.
 */
describe('fuzz: every read port into every widget', function () {
  this.timeout(180_000);
  // RUNS per port, seeded (FUZZ_SEED); fast-check prints the seed and the shrunk payload on failure.

  it('pm-goal-tree ← listGoals (with broken trees: dangling parents, cycles, duplicate ids)', async () => {
    const seen = await fuzzReads({
      tag: 'pm-goal-tree', attributes: { owner: 'ana' }, method: 'listGoals',
      payloads: payloads(arb.valid.goalList, arb.brokenTree), valid: smallOrg,
    });
    expectBoth(seen);
  });

  it('pm-check-in ← getCheckIn', async () => {
    const seen = await fuzzReads({
      tag: 'pm-check-in', attributes: { person: 'p-ada', period: '2026-W47' }, method: 'getCheckIn',
      payloads: payloads(arb.valid.checkInContext), valid: context,
    });
    expectBoth(seen);
  });

  it('pm-survey-360 ← getAssignment', async () => {
    const seen = await fuzzReads({
      tag: 'pm-survey-360', attributes: { assignment: 'a-test' }, method: 'getAssignment',
      payloads: payloads(arb.valid.surveyAssignment), valid: assignment,
    });
    expectBoth(seen);
  });

  it('pm-competency-radar ← getCompetencyProfile', async () => {
    const seen = await fuzzReads({
      tag: 'pm-competency-radar', attributes: { person: 'p-story' }, method: 'getCompetencyProfile',
      payloads: payloads(arb.valid.competencyProfile), valid: () => makeProfile({ cycles: 1 }),
    });
    expectBoth(seen);
  });

  it('pm-feedback-timeline ← listFeedback', async () => {
    const seen = await fuzzReads({
      tag: 'pm-feedback-timeline', attributes: { person: PERSON }, method: 'listFeedback',
      payloads: payloads(arb.valid.feedbackPage), valid: () => page(items(3), null, { total: 3 }),
    });
    expectBoth(seen);
  });

  it('pm-feedback-timeline (own timeline) ← listFeedbackRequests', async () => {
    const seen = await fuzzReads({
      tag: 'pm-feedback-timeline', attributes: { person: PERSON }, viewer: PERSON, method: 'listFeedbackRequests',
      payloads: payloads(arb.valid.feedbackRequestList), valid: () => ({ requests: [] }),
      extra: { listFeedback: () => page(items(3), null, { total: 3 }) },
    });
    expectBoth(seen);
  });

  it('listAssignments (no widget reads it yet): the wrapper answers valid data or an AdapterError', async () => {
    const page = watchPage();
    await fc.assert(fc.asyncProperty(payloads(arb.valid.assignmentList), async (payload) => {
      const api = withValidation({ listAssignments: async () => payload as never });
      try {
        const list = await api.listAssignments({ raterId: 'p-1' });
        expect(Array.isArray(list.assignments)).to.equal(true);
      } catch (error) {
        expect(AdapterError.is(error), String(error)).to.equal(true);
        expect((error as AdapterError).code).to.equal('invalid-response');
      }
      page.check('listAssignments');
    }), { seed: FUZZ_SEED, numRuns: 200 });
    page.stop();
  });
});
