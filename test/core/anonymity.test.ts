import { expect } from '@open-wc/testing';
import { rank } from './anonymity-attack.js';
import * as z from 'zod/mini';
import {
  aggregate, aggregateComments, discloseGroups, previousFigure, type RaterResponse,
} from '../../packages/core/src/rules/index.js';
import {
  competencyScoreSchema, RELATIONSHIPS, type CompetencyScore, type GroupScore, type Relationship, type Survey,
} from '../../packages/core/src/index.js';

/** Two competencies (A: two rating questions, B: one) with a comment each, and a general section. */
const survey: Survey = {
  id: 's',
  title: 'Test survey',
  scale: { min: 1, max: 5, labels: [] },
  threshold: 3,
  sections: [
    {
      id: 'sa', title: 'Alpha', competencyId: 'a', questions: [
        { id: 'a1', kind: 'rating', text: 'A1', required: true, allowNA: true },
        { id: 'a2', kind: 'rating', text: 'A2', required: true, allowNA: true },
        { id: 'ac', kind: 'text', text: 'A comment', required: false },
      ],
    },
    {
      id: 'sb', title: 'Beta', competencyId: 'b', questions: [
        { id: 'b1', kind: 'rating', text: 'B1', required: true, allowNA: true },
        { id: 'bc', kind: 'text', text: 'B comment', required: false },
      ],
    },
    {
      id: 'sg', title: 'General', questions: [{ id: 'g1', kind: 'text', text: 'Anything else?', required: false }],
    },
  ],
};

/** `count` raters of one relationship, each rating every question `value` (or per-rater values). */
function raters(relationship: Relationship, values: readonly number[], extra: Record<string, string | null> = {}): RaterResponse[] {
  return values.map((v) => ({ relationship, answers: { a1: v, a2: v, b1: v, ...extra } }));
}

const scoreOf = (result: CompetencyScore[], id = 'a') => result.find((c) => c.id === id)!;
const shown = (s: GroupScore | undefined) => {
  expect(s, 'group present').to.exist;
  expect(s).to.have.property('mean');
  return s as { mean: number; n: number };
};

describe('anonymity rule: aggregate', () => {
  it('returns one schema-valid score per competency, in survey order', () => {
    const result = aggregate([...raters('self', [4]), ...raters('peer', [3, 4, 5])], survey);
    expect(result.map((c) => c.id)).to.deep.equal(['a', 'b']);
    expect(result.map((c) => c.name)).to.deep.equal(['Alpha', 'Beta']);
    for (const c of result) expect(z.safeParse(competencyScoreSchema, c).success).to.equal(true);
  });

  it('excludes N/A from means and counts', () => {
    const responses: RaterResponse[] = [
      { relationship: 'peer', answers: { a1: 5, a2: null, b1: null } },
      { relationship: 'peer', answers: { a1: 3, a2: 3, b1: 4 } },
      { relationship: 'peer', answers: { a1: null, a2: null, b1: 2 } },
      { relationship: 'peer', answers: { a1: 1, a2: 3, b1: null } },
    ];
    const result = aggregate(responses, survey);
    // A: raters' means 5, 3, 2 (the all-N/A rater does not count).
    expect(shown(scoreOf(result, 'a').scores.peer)).to.deep.equal({ mean: 10 / 3, n: 3 });
    // B: only two raters answered, fewer than the threshold: hidden.
    expect(scoreOf(result, 'b').scores.peer).to.deep.equal({ suppressed: true });
  });

  it('averages each rater first, so every rater weighs the same', () => {
    const responses: RaterResponse[] = [
      { relationship: 'other', answers: { a1: 5, a2: null } },
      { relationship: 'other', answers: { a1: 1, a2: 1 } },
      { relationship: 'other', answers: { a1: 3, a2: 3 } },
    ];
    expect(shown(scoreOf(aggregate(responses, survey)).scores.other).mean).to.equal(3);
  });

  it('ignores ratings outside the scale, non-numbers and unknown relationships', () => {
    const responses = [
      { relationship: 'peer', answers: { a1: 9, a2: 0 } },
      { relationship: 'peer', answers: { a1: 'five', a2: Number.NaN } },
      { relationship: 'boss', answers: { a1: 5, a2: 5 } },
      { relationship: 'self', answers: { a1: 2, a2: 4 } },
    ] as unknown as RaterResponse[];
    const a = scoreOf(aggregate(responses, survey));
    expect(a.scores).to.deep.equal({ self: { mean: 3, n: 1 } });
    expect(a.overall).to.equal(undefined);
  });

  it('shows self and manager as they are, whatever their size', () => {
    const a = scoreOf(aggregate([...raters('self', [2]), ...raters('manager', [4])], survey));
    expect(a.scores.self).to.deep.equal({ mean: 2, n: 1 });
    expect(a.scores.manager).to.deep.equal({ mean: 4, n: 1 });
    expect(a.overall, 'overall is the manager alone, already shown').to.deep.equal({ mean: 4, n: 1 });
  });

  it('shows peer, direct-report and other groups that reach the threshold', () => {
    const a = scoreOf(aggregate([...raters('peer', [3, 4, 5]), ...raters('direct-report', [1, 2, 3, 4]), ...raters('other', [5, 5, 5])], survey));
    expect(a.scores.peer).to.deep.equal({ mean: 4, n: 3 });
    expect(a.scores['direct-report']).to.deep.equal({ mean: 2.5, n: 4 });
    expect(a.scores.other).to.deep.equal({ mean: 5, n: 3 });
    expect(a.scores.others).to.equal(undefined);
    expect(a.overall).to.deep.equal({ mean: (12 + 10 + 15) / 10, n: 10 });
  });

  it('merges small groups into "others" when together they reach the threshold', () => {
    const a = scoreOf(aggregate([...raters('self', [5]), ...raters('peer', [2, 4]), ...raters('other', [3])], survey));
    expect(a.scores.peer).to.deep.equal({ suppressed: true });
    expect(a.scores.other).to.deep.equal({ suppressed: true });
    expect(a.scores.others).to.deep.equal({ mean: 3, n: 3 });
    expect(a.overall).to.deep.equal({ mean: 3, n: 3 });
    expect(a.scores.self).to.deep.equal({ mean: 5, n: 1 });
  });

  it('suppresses a small group, "others" and the overall when nothing can cover it', () => {
    // Manager + two peers: overall − manager would give the two peers' mean.
    const a = scoreOf(aggregate([...raters('manager', [4]), ...raters('peer', [1, 2])], survey));
    expect(a.scores.manager).to.deep.equal({ mean: 4, n: 1 });
    expect(a.scores.peer).to.deep.equal({ suppressed: true });
    expect(a.scores.others).to.deep.equal({ suppressed: true });
    expect(a.overall).to.deep.equal({ suppressed: true });
    expect(JSON.stringify(a)).not.to.include('1.5');
  });

  it('applies complementary suppression: a hidden group cannot be recovered by subtraction', () => {
    // Without it: overall (7 raters) − manager − peers (4) would reveal the two direct reports.
    const responses = [...raters('manager', [5]), ...raters('peer', [4, 4, 4, 4]), ...raters('direct-report', [1, 2])];
    const a = scoreOf(aggregate(responses, survey));
    expect(a.scores['direct-report']).to.deep.equal({ suppressed: true });
    expect(a.scores.peer, 'the smallest shown group is hidden too').to.deep.equal({ suppressed: true });
    expect(a.scores.others).to.deep.equal({ mean: 19 / 6, n: 6 });
    const overall = shown(a.overall);
    const manager = shown(a.scores.manager);
    const others = shown(a.scores.others);
    // Everything the overall holds is covered by shown figures of at least `threshold` raters.
    expect(overall.n - manager.n - others.n).to.equal(0);
  });

  it('hides the smallest shown group for complementary suppression', () => {
    const responses = [...raters('peer', [3, 3, 3, 3, 3]), ...raters('direct-report', [4, 4, 4]), ...raters('other', [1])];
    const a = scoreOf(aggregate(responses, survey));
    expect(a.scores.peer).to.deep.equal({ mean: 3, n: 5 });
    expect(a.scores['direct-report']).to.deep.equal({ suppressed: true });
    expect(a.scores.other).to.deep.equal({ suppressed: true });
    expect(a.scores.others).to.deep.equal({ mean: 13 / 4, n: 4 });
  });

  it('never lets a hidden group be derived from the published figures (exhaustive)', () => {
    // Published figures are sums over sets of groups; a hidden group is recoverable exactly when
    // its indicator vector lies in the span of the published sets' vectors.
    const groups: Relationship[] = ['manager', 'peer', 'direct-report', 'other'];
    let cases = 0;
    for (let manager = 0; manager <= 1; manager++)
      for (let peer = 0; peer <= 5; peer++)
        for (let dr = 0; dr <= 5; dr++)
          for (let other = 0; other <= 4; other++) {
            const counts = { manager, peer, 'direct-report': dr, other } as Record<Relationship, number>;
            const responses = groups.flatMap((g) => raters(g, Array.from({ length: counts[g] }, (_, i) => 1 + ((i + groups.indexOf(g)) % 5))));
            const a = scoreOf(aggregate([...raters('self', [3]), ...responses], survey));
            const vector = (members: Relationship[]) => groups.map((g) => (members.includes(g) ? 1 : 0));
            const published: number[][] = [];
            for (const g of groups) if (a.scores[g] && 'mean' in a.scores[g]!) published.push(vector([g]));
            const hidden = groups.filter((g) => a.scores[g] && 'suppressed' in a.scores[g]!);
            if (a.scores.others && 'mean' in a.scores.others) {
              expect(a.scores.others.n).to.be.at.least(3);
              published.push(vector(hidden));
            }
            if (a.overall && 'mean' in a.overall) published.push(vector(groups.filter((g) => counts[g] > 0)));
            for (const g of hidden) {
              expect(counts[g], `${g} is hidden only when present`).to.be.greaterThan(0);
              expect(rank([...published, vector([g])]), `case ${JSON.stringify(counts)}: ${g} recoverable`).to.equal(rank(published) + 1);
            }
            for (const g of ['peer', 'direct-report', 'other'] as const) {
              const s = a.scores[g];
              if (s && 'mean' in s) expect(s.n).to.be.at.least(3);
            }
            cases++;
          }
    expect(cases).to.equal(2 * 6 * 6 * 5);
  });

  it('uses the threshold option over the survey threshold', () => {
    const responses = [...raters('peer', [2, 4])];
    expect(scoreOf(aggregate(responses, survey, { threshold: 2 })).scores.peer).to.deep.equal({ mean: 3, n: 2 });
    expect(scoreOf(aggregate(responses, { ...survey, threshold: 2 })).scores.peer).to.deep.equal({ mean: 3, n: 2 });
    expect(scoreOf(aggregate(responses, survey)).scores.peer).to.deep.equal({ suppressed: true });
    expect(scoreOf(aggregate(raters('other', [5]), survey, { threshold: 1 })).scores.other).to.deep.equal({ mean: 5, n: 1 });
  });

  it('refuses a threshold below 1 or not whole', () => {
    expect(() => aggregate([], survey, { threshold: 0 })).to.throw(RangeError);
    expect(() => aggregate([], survey, { threshold: 2.5 })).to.throw(RangeError);
  });

  it('takes names, descriptions and targets from the competency list', () => {
    const [a] = aggregate(raters('self', [3]), survey, { competencies: [{ id: 'a', name: 'Clarity', description: 'Be clear', target: 4 }] });
    expect(a).to.include({ id: 'a', name: 'Clarity', description: 'Be clear', target: 4 });
  });

  it('keeps a competency nobody rated, with empty scores', () => {
    const b = scoreOf(aggregate([{ relationship: 'peer', answers: { a1: 3 } }], survey), 'b');
    expect(b.scores).to.deep.equal({});
    expect(b).not.to.have.property('overall');
  });

  it('fills previous from the previous cycle: its overall, else its shown groups', () => {
    const before = aggregate([...raters('self', [5]), ...raters('peer', [2, 2, 2]), ...raters('manager', [5])], survey);
    expect(previousFigure(before[0]!)).to.equal((6 + 5) / 4);
    const now = aggregate(raters('peer', [4, 4, 4]), survey, { previous: before });
    expect(now[0]!.previous).to.equal(11 / 4);
    const noOverall: CompetencyScore = { id: 'a', name: 'A', scores: { self: { mean: 5, n: 1 }, peer: { mean: 2, n: 3 }, other: { mean: 4, n: 3 } }, overall: { suppressed: true } };
    expect(previousFigure(noOverall)).to.equal(3);
    expect(previousFigure({ id: 'a', name: 'A', scores: { self: { mean: 5, n: 1 } } })).to.equal(undefined);
  });

  it('does not change its inputs', () => {
    const responses = Object.freeze(raters('peer', [1, 2]).map((r) => Object.freeze({ ...r, answers: Object.freeze(r.answers) })));
    const frozenSurvey = structuredClone(survey);
    expect(() => aggregate(responses, frozenSurvey)).not.to.throw();
    expect(frozenSurvey).to.deep.equal(survey);
  });
});

describe('anonymity rule: discloseGroups', () => {
  it('lists shown and merged groups in a stable order', () => {
    expect(discloseGroups({ self: 1, manager: 1, peer: 3, 'direct-report': 1, other: 2 }, 3)).to.deep.equal({
      shown: ['self', 'manager', 'peer'], merged: ['direct-report', 'other'], pooled: 3, othersShown: true, overallShown: true,
    });
  });

  it('merges the smallest shown group when the pool is too small', () => {
    expect(discloseGroups({ peer: 6, 'direct-report': 4, other: 1 }, 3)).to.deep.equal({
      shown: ['peer'], merged: ['direct-report', 'other'], pooled: 5, othersShown: true, overallShown: true,
    });
  });

  it('suppresses the overall when no group can complete the pool', () => {
    expect(discloseGroups({ self: 1, manager: 1, peer: 2 }, 3)).to.deep.include({ othersShown: false, overallShown: false, pooled: 2 });
    expect(discloseGroups({}, 3)).to.deep.equal({ shown: [], merged: [], pooled: 0, othersShown: false, overallShown: true });
  });

  it('covers every relationship', () => {
    const all = Object.fromEntries(RELATIONSHIPS.map((r) => [r, 5]));
    expect(discloseGroups(all, 3).shown).to.deep.equal([...RELATIONSHIPS]);
  });
});

describe('anonymity rule: aggregateComments', () => {
  const comment = (relationship: Relationship, text: string, rating: number | null = 3): RaterResponse => ({
    relationship, answers: { a1: rating, ac: text },
  });

  it('shows self and manager comments, and groups that reach the threshold, sorted', () => {
    const result = aggregateComments([
      comment('self', 'Mine'), comment('manager', 'Boss'),
      comment('peer', 'zeta'), comment('peer', 'alpha'), comment('peer', 'mid'),
    ], survey);
    expect(result).to.have.length(1);
    expect(result[0]).to.deep.equal({
      sectionId: 'sa', questionId: 'ac', competencyId: 'a',
      groups: { self: { comments: ['Mine'] }, manager: { comments: ['Boss'] }, peer: { comments: ['alpha', 'mid', 'zeta'] } },
    });
  });

  it('counts raters who answered the section, not only those who commented', () => {
    const result = aggregateComments([comment('peer', 'Only one comment'), comment('peer', ''), { relationship: 'peer', answers: { a1: 4 } }], survey);
    expect(result[0]!.groups.peer).to.deep.equal({ comments: ['Only one comment'] });
  });

  it('merges small groups into others, or suppresses them', () => {
    const merged = aggregateComments([comment('peer', 'p1'), comment('peer', 'p2'), comment('other', 'o1')], survey);
    expect(merged[0]!.groups).to.deep.equal({ peer: { suppressed: true }, other: { suppressed: true }, others: { comments: ['o1', 'p1', 'p2'] } });
    const hidden = aggregateComments([comment('self', 's'), comment('direct-report', 'secret'), comment('direct-report', 'quiet')], survey);
    expect(hidden[0]!.groups).to.deep.equal({ self: { comments: ['s'] }, 'direct-report': { suppressed: true }, others: { suppressed: true } });
    expect(JSON.stringify(hidden)).not.to.include('secret');
  });

  it('marks every pooled group hidden, so "others" comments cannot be pinned on the one group that commented (shrunk counterexample)', () => {
    // Found by the property test: one peer commented, one direct report and one other answered
    // without a comment. Marking only "peer" hidden beside "others: ['!']" told the reader the
    // comment was the lone peer's.
    const result = aggregateComments([
      { relationship: 'peer', answers: { a1: 1, ac: '!' } },
      { relationship: 'direct-report', answers: { a1: 1 } },
      { relationship: 'direct-report', answers: { a1: null, ac: ' ' } },
      { relationship: 'other', answers: { a1: 1 } },
    ], survey, { threshold: 2 });
    expect(result[0]!.groups).to.deep.equal({
      peer: { suppressed: true }, 'direct-report': { suppressed: true }, other: { suppressed: true }, others: { comments: ['!'] },
    });
  });

  it('accepts a rating between scale points as the number it is (property test: 2.5 on a 1–5 scale)', () => {
    const a = scoreOf(aggregate([...raters('other', [2.5, 3, 4])], survey));
    expect(a.scores.other).to.deep.equal({ mean: 9.5 / 3, n: 3 });
  });

  it('handles sections without a competency and skips blank comments', () => {
    const result = aggregateComments([
      { relationship: 'self', answers: { g1: '  Thanks  ' } },
      { relationship: 'manager', answers: { g1: '   ' } },
    ], survey);
    expect(result).to.deep.equal([{ sectionId: 'sg', questionId: 'g1', groups: { self: { comments: ['Thanks'] } } }]);
  });

  it('treats N/A-only answers as not answering the section', () => {
    const result = aggregateComments([
      comment('peer', 'c1'), comment('peer', 'c2'), { relationship: 'peer', answers: { a1: null, a2: null } },
    ], survey);
    expect(result[0]!.groups.peer).to.deep.equal({ suppressed: true });
  });
});
