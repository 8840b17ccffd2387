import { expect } from '@open-wc/testing';
import type { RaterResponse } from '../../packages/core/src/rules/index.js';
import type { CompetencyScore, Relationship, Survey } from '../../packages/core/src/index.js';

const RELATIONSHIPS: readonly Relationship[] = ['self', 'manager', 'peer', 'direct-report', 'other'];

/**
 * An attacker's view of one competency (or one comment question): every published figure as the
 * set of rater groups it claims to cover (from its label alone: `peer`, `others` = every group
 * the output marks suppressed, `overall` = everyone but self) with its published sum and count.
 * The attacker combines figures by any linear combination (differences of sums and more).
 */
export interface PublishedFigure {
  label: string;
  groups: readonly Relationship[];
  /** mean × n, or the number of comments for comment lists. */
  sum: number;
  n: number;
}

export const PROTECTED: readonly Relationship[] = ['peer', 'direct-report', 'other'];
const ALL: readonly Relationship[] = ['self', 'manager', 'peer', 'direct-report', 'other'];

export interface Leak {
  /** The protected groups whose raters the combination isolates. */
  groups: Relationship[];
  raters: number;
  /** How it was found: a small integer combination of figures, or linear algebra. */
  how: string;
}

/** The rank of a matrix (Gaussian elimination): a group is recoverable when its vector lies in the published span. */
export function rank(rows: readonly number[][]): number {
  const m = rows.map((r) => [...r]);
  const cols = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      m[i] = m[i]!.map((v, k) => v - f * m[r]![k]!);
    }
    r++;
  }
  return r;
}

const vector = (groups: readonly Relationship[]) => ALL.map((g) => (groups.includes(g) ? 1 : 0));

/**
 * Every way the published figures can isolate raters of protected groups, fewer than
 * `threshold` of them: (1) brute force over all combinations with coefficients −1, 0, 1 (sums and
 * differences of sums), (2) exactly, by linear algebra: for every set T of protected groups with
 * fewer than `threshold` raters, whether some non-zero combination of figures involves only T.
 * `counts` are the true numbers of raters per group (from the raw responses, not the output).
 */
export function findLeaks(figures: readonly PublishedFigure[], counts: Partial<Record<Relationship, number>>, threshold: number): Leak[] {
  const leaks: Leak[] = [];
  const raters = (gs: readonly Relationship[]) => gs.reduce((s, g) => s + (counts[g] ?? 0), 0);
  const present = ALL.filter((g) => (counts[g] ?? 0) > 0);
  // (1) brute force, figures × {−1, 0, 1}
  const k = figures.length;
  const total = 3 ** k;
  for (let code = 1; code < total; code++) {
    const coefficient = new Array<number>(ALL.length).fill(0);
    let c = code;
    for (let i = 0; i < k; i++) {
      const digit = (c % 3) - 1;
      c = Math.floor(c / 3);
      if (!digit) continue;
      for (const g of figures[i]!.groups) coefficient[ALL.indexOf(g)]! += digit;
    }
    const support = ALL.filter((g, i) => coefficient[i] !== 0 && present.includes(g));
    if (support.length === 0) continue;
    if (support.every((g) => PROTECTED.includes(g)) && raters(support) < threshold) {
      leaks.push({ groups: support, raters: raters(support), how: `combination #${code}` });
    }
  }
  // (2) linear algebra over every small protected set
  const rows = figures.map((f) => vector(f.groups.filter((g) => present.includes(g))));
  const base = rows.length ? rank(rows) : 0;
  const protectedPresent = PROTECTED.filter((g) => present.includes(g));
  for (let mask = 1; mask < 1 << protectedPresent.length; mask++) {
    const set = protectedPresent.filter((_, i) => mask & (1 << i));
    if (raters(set) >= threshold) continue;
    // dim(span ∩ coordinates(set)) = rank(span) + |set| − rank(span + unit vectors of set)
    const units = set.map((g) => vector([g]));
    const together = rank([...rows, ...units]);
    if (base + set.length - together > 0) leaks.push({ groups: set, raters: raters(set), how: 'linear algebra' });
  }
  return leaks;
}

/** The truth, from the raw responses: each rater's mean for a competency, by relationship. */
export function raterMeans(responses: readonly RaterResponse[], survey: Survey, competencyId: string): Map<Relationship, number[]> {
  const ids = survey.sections.filter((s) => s.competencyId === competencyId).flatMap((s) => s.questions.filter((q) => q.kind === 'rating').map((q) => q.id));
  const out = new Map<Relationship, number[]>();
  for (const r of responses) {
    const values = ids.map((id) => r.answers[id]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 5);
    if (!values.length) continue;
    out.set(r.relationship, [...(out.get(r.relationship) ?? []), values.reduce((a, b) => a + b, 0) / values.length]);
  }
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** The published figures of one competency, checked against the truth, as the attacker sees them. */
export function publishedRatings(score: Pick<CompetencyScore, 'scores' | 'overall'>, truth: Map<Relationship, number[]>): PublishedFigure[] {
  const figures: PublishedFigure[] = [];
  const sumOf = (groups: readonly Relationship[]) => groups.flatMap((g) => truth.get(g) ?? []).reduce((a, b) => a + b, 0);
  const countOf = (groups: readonly Relationship[]) => groups.reduce((s, g) => s + (truth.get(g)?.length ?? 0), 0);
  const add = (label: string, groups: readonly Relationship[], value: { mean: number; n: number }) => {
    expect(value.n, `${label}.n is the number of raters it covers`).to.equal(countOf(groups));
    expect(close(value.mean * value.n, sumOf(groups)), `${label} is the mean of the raters it covers`).to.equal(true);
    figures.push({ label, groups, sum: value.mean * value.n, n: value.n });
  };
  const suppressedGroups = RELATIONSHIPS.filter((g) => { const s = score.scores[g]; return !!s && 'suppressed' in s; });
  for (const g of RELATIONSHIPS) {
    const s = score.scores[g];
    if (s && 'mean' in s) add(g, [g], s);
  }
  if (score.scores.others && 'mean' in score.scores.others) add('others', suppressedGroups, score.scores.others);
  if (score.overall && 'mean' in score.overall) add('overall', RELATIONSHIPS.filter((g) => g !== 'self'), score.overall);
  // Every rater with a rating is accounted for: a present group is either shown or marked suppressed.
  for (const g of truth.keys()) expect(score.scores[g], `${g} is present in the output`).to.exist;
  for (const g of Object.keys(score.scores)) if (g !== 'others') expect(truth.has(g as Relationship), `${g} has raters`).to.equal(true);
  return figures;
}

