import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { aggregate, aggregateComments, type RaterResponse } from '../../packages/core/src/rules/index.js';
import { withValidation, type Answers, type CompetencyScore, type Relationship, type Survey } from '../../packages/core/src/index.js';
import { createMemoryAdapter, DEMO, type StoredResponse } from '../../packages/core/src/adapters/memory.js';
import { findLeaks, PROTECTED, publishedRatings, raterMeans, type PublishedFigure } from './anonymity-attack.js';

/**
 * The anonymity rule, proven over random response sets: whatever the group sizes (0–12 per
 * relationship), N/A answers, thresholds (2–5), competencies and comment sections, no published
 * figure — group mean, `others`, `overall`, comment list — can be narrowed, alone or combined
 * with the others by sums and differences (or any linear combination), to fewer than `threshold`
 * raters of a protected group. The checks use the raw responses and the published output only,
 * never the rule's own flags.
 */

const RELATIONSHIPS: readonly Relationship[] = ['self', 'manager', 'peer', 'direct-report', 'other'];

interface Shape {
  threshold: number;
  /** Rating questions per competency (1–3), and whether it has a comment question. */
  competencies: { ratings: number; comment: boolean }[];
  generalComment: boolean;
  sizes: Record<Relationship, number>;
}

function surveyOf(shape: Shape): Survey {
  return {
    id: 's', title: 'Property survey', threshold: shape.threshold,
    scale: { min: 1, max: 5, labels: [] },
    sections: [
      ...shape.competencies.map((c, i) => ({
        id: `s${i}`, title: `Competency ${i}`, competencyId: `c${i}`,
        questions: [
          ...Array.from({ length: c.ratings }, (_, q) => ({ id: `c${i}q${q}`, kind: 'rating' as const, text: 'Q', required: false, allowNA: true })),
          ...(c.comment ? [{ id: `c${i}t`, kind: 'text' as const, text: 'Comment', required: false }] : []),
        ],
      })),
      ...(shape.generalComment ? [{ id: 'sg', title: 'General', questions: [{ id: 'gt', kind: 'text' as const, text: 'Anything else?', required: false }] }] : []),
    ],
  };
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  threshold: fc.integer({ min: 2, max: 5 }),
  competencies: fc.array(fc.record({ ratings: fc.integer({ min: 1, max: 3 }), comment: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  generalComment: fc.boolean(),
  sizes: fc.record({
    self: fc.integer({ min: 0, max: 1 }),
    manager: fc.integer({ min: 0, max: 2 }),
    peer: fc.integer({ min: 0, max: 12 }),
    'direct-report': fc.integer({ min: 0, max: 12 }),
    other: fc.integer({ min: 0, max: 12 }),
  }),
});

/** One answer: a rating on the scale, N/A, left out, or (rarely) off the scale. */
const ratingArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom(0, 6, 2.5) },
);
const commentArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant('  ') },
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
);

const caseArb = shapeArb.chain((shape) => {
  const survey = surveyOf(shape);
  const questions = survey.sections.flatMap((s) => s.questions);
  const answersArb: fc.Arbitrary<Answers> = fc
    .tuple(...questions.map((q) => (q.kind === 'rating' ? ratingArb : commentArb)) as [fc.Arbitrary<unknown>])
    .map((values) => {
      const answers: Answers = {};
      questions.forEach((q, i) => {
        const v = values[i];
        if (v !== undefined) answers[q.id] = v as Answers[string];
      });
      return answers;
    });
  const responsesArb = fc
    .tuple(...RELATIONSHIPS.map((r) => fc.array(answersArb, { minLength: shape.sizes[r], maxLength: shape.sizes[r] })))
    .map((lists) => lists.flatMap((list, i) => list.map((answers): RaterResponse => ({ relationship: RELATIONSHIPS[i]!, answers }))));
  return responsesArb.map((responses) => ({ shape, survey, responses }));
});

const answered = (answers: Answers, ids: readonly string[]) =>
  ids.some((id) => {
    const v = answers[id];
    return v !== null && v !== undefined && (typeof v !== 'string' || v.trim() !== '') && (!Array.isArray(v) || v.length > 0) && (typeof v !== 'number' || Number.isFinite(v));
  });

describe('anonymity rule: properties (fast-check)', () => {
  it('no published rating can be narrowed to fewer than threshold raters of a protected group', () => {
    fc.assert(
      fc.property(caseArb, ({ shape, survey, responses }) => {
        const result = aggregate(responses, survey);
        expect(result).to.have.length(shape.competencies.length);
        for (const score of result) {
          const truth = raterMeans(responses, survey, score.id);
          const figures = publishedRatings(score, truth);
          const counts = Object.fromEntries([...truth].map(([g, list]) => [g, list.length]));
          const leaks = findLeaks(figures, counts, shape.threshold);
          expect(leaks, `${score.id}: ${JSON.stringify(counts)} published ${figures.map((f) => f.label).join(', ')}`).to.deep.equal([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('no comment list can be narrowed to fewer than threshold raters of a protected group', () => {
    fc.assert(
      fc.property(caseArb, ({ shape, survey, responses }) => {
        const result = aggregateComments(responses, survey);
        for (const entry of result) {
          const section = survey.sections.find((s) => s.id === entry.sectionId)!;
          const ids = section.questions.map((q) => q.id);
          const counts: Partial<Record<Relationship, number>> = {};
          const comments = new Map<Relationship, string[]>();
          for (const r of responses) {
            if (answered(r.answers, ids)) counts[r.relationship] = (counts[r.relationship] ?? 0) + 1;
            const c = r.answers[entry.questionId];
            if (typeof c === 'string' && c.trim()) comments.set(r.relationship, [...(comments.get(r.relationship) ?? []), c.trim()]);
          }
          const suppressedGroups = RELATIONSHIPS.filter((g) => { const s = entry.groups[g]; return !!s && 'suppressed' in s; });
          const figures: PublishedFigure[] = [];
          for (const [label, value] of Object.entries(entry.groups)) {
            if (!value || !('comments' in value)) continue;
            const groups = label === 'others' ? suppressedGroups : [label as Relationship];
            const expected = groups.flatMap((g) => comments.get(g) ?? []).sort();
            expect(value.comments, `${label} lists exactly its raters' comments, sorted`).to.deep.equal(expected);
            figures.push({ label, groups, sum: value.comments.length, n: groups.reduce((s, g) => s + (counts[g] ?? 0), 0) });
          }
          for (const g of comments.keys()) expect(entry.groups[g], `${g} comments are shown or marked hidden`).to.exist;
          expect(findLeaks(figures, counts, shape.threshold), `${entry.questionId}: ${JSON.stringify(counts)}`).to.deep.equal([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the attack finds what an unprotected rule would publish (the checker can fail)', () => {
    // A naive rule (small groups hidden, overall always shown) leaks by subtraction; the checker must see it.
    const figures: PublishedFigure[] = [
      { label: 'manager', groups: ['manager'], sum: 4, n: 1 },
      { label: 'overall', groups: ['manager', 'peer'], sum: 7, n: 3 },
    ];
    expect(findLeaks(figures, { manager: 1, peer: 2 }, 3).map((l) => l.groups)).to.deep.include(['peer']);
    // Without complementary suppression: overall − manager − peers reveals two direct reports.
    const withoutComplement: PublishedFigure[] = [
      { label: 'manager', groups: ['manager'], sum: 5, n: 1 },
      { label: 'peer', groups: ['peer'], sum: 16, n: 4 },
      { label: 'overall', groups: ['manager', 'peer', 'direct-report'], sum: 24, n: 7 },
    ];
    expect(findLeaks(withoutComplement, { manager: 1, peer: 4, 'direct-report': 2 }, 3).some((l) => l.groups.join() === 'direct-report')).to.equal(true);
    // A shown group below the threshold is a leak on its own.
    expect(findLeaks([{ label: 'peer', groups: ['peer'], sum: 3, n: 2 }], { peer: 2 }, 3)).to.have.length.greaterThan(0);
    expect(PROTECTED).to.deep.equal(['peer', 'direct-report', 'other']);
  });
});

describe('anonymity rule: properties over cycles (memory adapter)', () => {
  const cycles: string[] = [DEMO.earlierCycleId, DEMO.previousCycleId, DEMO.cycleId];
  const ratingIds = (competency: string) => [1, 2, 3].map((i) => `${competency}-${i}`);
  const answersArb: fc.Arbitrary<Answers> = fc
    .array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 2, arbitrary: fc.constant(null) }), {
      minLength: DEMO.competencyIds.length * 3, maxLength: DEMO.competencyIds.length * 3,
    })
    .map((values) => Object.fromEntries(DEMO.competencyIds.flatMap((c, k) => ratingIds(c).map((id, i) => [id, values[k * 3 + i]!]))));
  const cycleArb = fc.tuple(...RELATIONSHIPS.map((r) =>
    fc.array(answersArb, { maxLength: r === 'self' ? 1 : r === 'manager' ? 2 : 8 })));

  it('every cycle in a profile (current and history) follows the rule', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(cycleArb, cycleArb, cycleArb), async (perCycle) => {
        const responses: StoredResponse[] = [];
        perCycle.forEach((groups, c) => groups.forEach((list, g) => list.forEach((answers, k) => responses.push({
          id: `r-${c}-${g}-${k}`, assignmentId: `a-${c}-${g}-${k}`, surveyId: DEMO.surveyId, subjectId: DEMO.viewerId,
          cycleId: cycles[c]!, relationship: RELATIONSHIPS[g]!, answers, submittedAt: '2026-01-01T09:00:00Z',
        }))));
        const adapter = withValidation(createMemoryAdapter({ data: { responses, assignments: [] }, now: new Date('2026-11-01T00:00:00Z') }));
        const profile = await adapter.getCompetencyProfile({ personId: DEMO.viewerId, cycleId: DEMO.cycleId });
        const survey = createMemoryAdapter().snapshot().surveys[0]!;
        const check = (cycleIndex: number, scores: readonly { id: string; scores: CompetencyScore['scores']; overall?: CompetencyScore['overall'] }[]) => {
          const raw: RaterResponse[] = responses.filter((r) => r.cycleId === cycles[cycleIndex]);
          for (const score of scores) {
            const truth = raterMeans(raw, survey, score.id);
            const figures = publishedRatings(score, truth);
            const counts = Object.fromEntries([...truth].map(([g, list]) => [g, list.length]));
            expect(findLeaks(figures, counts, profile.threshold), `cycle ${cycleIndex} ${score.id}`).to.deep.equal([]);
          }
        };
        check(2, profile.competencies);
        const withResponses = [0, 1].filter((c) => responses.some((r) => r.cycleId === cycles[c]));
        expect((profile.history ?? []).map((h) => h.cycleId)).to.deep.equal(withResponses.map((c) => cycles[c]));
        for (const entry of profile.history ?? []) check(cycles.indexOf(entry.cycleId), entry.scores);
      }),
      { numRuns: 40 },
    );
  });
});

describe('anonymity rule: counterexamples found by the properties', () => {
  it('a person answered about only in an earlier cycle keeps that history (one "other" rater, hidden)', async () => {
    // Shrunk from seed -57021772: the profile used to come back empty, dropping the earlier cycle.
    const answers = Object.fromEntries(DEMO.competencyIds.flatMap((c) => [1, 2, 3].map((i) => [`${c}-${i}`, i === 1 ? null : 1])));
    const responses: StoredResponse[] = [{
      id: 'r-1', assignmentId: 'a-1', surveyId: DEMO.surveyId, subjectId: DEMO.viewerId, cycleId: DEMO.previousCycleId,
      relationship: 'other', answers, submittedAt: '2026-01-01T09:00:00Z',
    }];
    const adapter = withValidation(createMemoryAdapter({ data: { responses, assignments: [] }, now: new Date('2026-11-01T00:00:00Z') }));
    const profile = await adapter.getCompetencyProfile({ personId: DEMO.viewerId, cycleId: DEMO.cycleId });
    expect(profile.history?.map((h) => h.cycleId)).to.deep.equal([DEMO.previousCycleId]);
    for (const score of profile.history![0]!.scores) {
      expect(score.scores.other).to.deep.equal({ suppressed: true });
      expect(score.overall === undefined || 'suppressed' in score.overall).to.equal(true);
    }
    expect(profile.competencies.every((c) => Object.keys(c.scores).length === 0 || Object.values(c.scores).every((s) => 'suppressed' in s))).to.equal(true);
  });
});
