import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nearValid, valid } from '@pm-widgets/core/arbitraries';
import { checkFor } from '../../packages/core/src/schemas/check.js';
import type { CheckName } from '../../packages/core/src/schemas/checked.js';
import { CHECKS } from '../../packages/core/src/schemas/checks.generated.js';
import { zodAgreement } from './zod-agreement.js';

/**
 * Every generated check (checks.generated.ts) against the zod/mini schema it was generated from,
 * on valid values and on values with one thing wrong: the check must answer exactly what zod
 * answers — the same verdict (so valid data never needs zod) and the same value.
 */
const ARBITRARIES: Partial<Record<CheckName, fc.Arbitrary<unknown>>> = {
  person: valid.person, people: fc.array(valid.person, { maxLength: 4 }), goal: valid.goal, goalInput: valid.goal,
  goalList: valid.goalList, answers: valid.answers, checkIn: valid.checkIn, checkInContext: valid.checkInContext,
  surveyDraft: valid.surveyDraft, surveyAssignment: valid.surveyAssignment, assignmentList: valid.assignmentList,
  feedbackItem: valid.feedbackItem, feedbackPageEnvelope: valid.feedbackPage, feedbackRequests: fc.array(valid.feedbackRequest, { maxLength: 3 }),
  feedbackRequestList: valid.feedbackRequestList, competencyProfile: valid.competencyProfile,
};

describe('the checks generated from the zod schemas', () => {
  for (const [name, arbitrary] of Object.entries(ARBITRARIES) as [CheckName, fc.Arbitrary<unknown>][]) {
    it(`${name}: same verdict and value as zod, for valid values and values with one thing wrong`, () => {
      const { agree, tally } = zodAgreement(name);
      fc.assert(fc.property(fc.oneof(arbitrary, nearValid(arbitrary)), agree), { numRuns: 300, seed: 20261201 });
      expect(tally.accepted, 'valid values').to.be.greaterThan(30);
      expect(tally.refused, 'invalid values').to.be.greaterThan(10);
    });
  }

  it('passes valid values as they came (no copy), and leaves unknown keys out as zod does', () => {
    const check = checkFor(CHECKS.goal);
    fc.assert(fc.property(valid.goal, (goal) => {
      expect(check(goal)).to.equal(goal);
      const withExtra = { ...goal, extra: 1 };
      expect(check(withExtra)).to.deep.equal(goal);
    }), { numRuns: 200 });
  });
});
