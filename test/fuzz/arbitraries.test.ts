import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  assignmentListSchema, assignmentSummarySchema, checkInContextSchema, checkInSchema, competencyProfileSchema,
  competencyScoreSchema, feedbackCatalogueSchema, feedbackItemSchema, feedbackPageSchema, feedbackRequestListSchema,
  feedbackRequestSchema, goalListSchema, goalSchema, goalUpdateSchema, groupScoreSchema, keyResultSchema,
  managerReplySchema, personSchema, profileCycleSchema, questionSchema, answersSchema, alignmentSchema,
  ratingScaleSchema, surveyAssignmentSchema, surveyDraftSchema, surveySchema, surveySectionSchema,
} from '@pm-widgets/core';
import * as arb from '@pm-widgets/core/arbitraries';
import { FUZZ_SEED } from './fuzz-harness.js';

/** Every valid arbitrary beside the schema it must satisfy. */
const PAIRS: [keyof typeof arb.valid, z.core.$ZodType][] = [
  ['person', personSchema], ['keyResult', keyResultSchema], ['alignment', alignmentSchema], ['goal', goalSchema],
  ['goalList', goalListSchema], ['question', questionSchema], ['answers', answersSchema], ['goalUpdate', goalUpdateSchema],
  ['managerReply', managerReplySchema], ['checkIn', checkInSchema], ['checkInContext', checkInContextSchema],
  ['ratingScale', ratingScaleSchema], ['surveySection', surveySectionSchema], ['survey', surveySchema],
  ['surveyDraft', surveyDraftSchema], ['surveyAssignment', surveyAssignmentSchema],
  ['assignmentSummary', assignmentSummarySchema], ['assignmentList', assignmentListSchema],
  ['feedbackItem', feedbackItemSchema], ['feedbackCatalogue', feedbackCatalogueSchema], ['feedbackPage', feedbackPageSchema],
  ['feedbackRequest', feedbackRequestSchema], ['feedbackRequestList', feedbackRequestListSchema],
  ['groupScore', groupScoreSchema], ['competencyScore', competencyScoreSchema], ['profileCycle', profileCycleSchema],
  ['competencyProfile', competencyProfileSchema],
];

const problem = (schema: z.core.$ZodType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? undefined : JSON.stringify(result.error.issues.slice(0, 2));
};

describe('fuzz: arbitraries', () => {
  it('covers every valid arbitrary', () => {
    expect(PAIRS.map(([name]) => name).sort()).to.deep.equal(Object.keys(arb.valid).sort());
  });

  for (const [name, schema] of PAIRS) {
    it(`valid.${name}: every value passes its schema`, () => {
      fc.assert(fc.property(arb.valid[name] as fc.Arbitrary<unknown>, (value) => {
        expect(problem(schema, value), JSON.stringify(value)?.slice(0, 300)).to.equal(undefined);
      }), { seed: FUZZ_SEED, numRuns: 100 });
    });
  }

  it('near-valid values fail their schema most of the time, and every mutation kind occurs', () => {
    const samples = fc.sample(fc.tuple(arb.valid.goalList, fc.nat(), arb.mutation), { seed: FUZZ_SEED, numRuns: 300 });
    let failing = 0;
    const kinds = new Set<string>();
    for (const [value, pick, m] of samples) {
      kinds.add(m.kind);
      if (problem(goalListSchema, arb.mutate(value, pick, m))) failing++;
    }
    expect(kinds.size).to.equal(7);
    expect(failing / samples.length).to.be.greaterThan(0.6);
  });

  it('mutate keeps the input untouched and makes __proto__ an own data key, as JSON.parse does', () => {
    const input = { goals: [{ id: 'a' }] };
    const out = arb.mutate(input, 0, { kind: 'proto-key', key: '__proto__' }) as Record<string, unknown>;
    expect(input).to.deep.equal({ goals: [{ id: 'a' }] });
    expect(Object.hasOwn(out, '__proto__')).to.equal(true);
    expect(Object.getPrototypeOf(out)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('broken trees are schema-valid but carry a dangling parent, a self-parent, a cycle or a duplicate id', () => {
    for (const list of fc.sample(arb.brokenTree, { seed: FUZZ_SEED, numRuns: 50 })) {
      expect(problem(goalListSchema, list)).to.equal(undefined);
      const ids = list.goals.map((g) => g.id);
      const byId = new Map(list.goals.map((g) => [g.id, g]));
      const dangling = list.goals.some((g) => g.parentId !== null && !byId.has(g.parentId));
      const duplicate = new Set(ids).size !== ids.length;
      const cyclic = list.goals.some((g) => {
        const seen = new Set<string>();
        for (let at: typeof g | undefined = g; at && at.parentId !== null; at = byId.get(at.parentId)) {
          if (seen.has(at.id)) return true;
          seen.add(at.id);
        }
        return false;
      });
      expect(dangling || duplicate || cyclic, JSON.stringify(list.goals.map((g) => [g.id, g.parentId]))).to.equal(true);
    }
  });
});
