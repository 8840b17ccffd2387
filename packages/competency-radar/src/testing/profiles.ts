import type { CompetencyProfile, CompetencyScore, GroupScore } from '@pm-widgets/core';

/**
 * Competency profiles for stories, tests and benchmarks: deterministic, schema-valid, shaped like
 * what core's `aggregate` publishes (so they follow the anonymity rule unless asked not to).
 */

export const COMPETENCY_NAMES = [
  'Coaching', 'Delegation', 'Clarity', 'Courage', 'Collaboration', 'Customer focus', 'Strategic thinking',
  'Decision making', 'Giving feedback', 'Inclusion', 'Execution', 'Building trust', 'Learning agility',
  'Stakeholder management', 'Prioritisation', 'Resilience', 'Developing talent', 'Innovation',
  'Communicating change', 'Ownership',
];

export interface ProfileOptions {
  /** Number of competencies (axes); names repeat with a number beyond the list. */
  axes?: number;
  /** Earlier cycles in `history` (0 = none). */
  cycles?: number;
  /** Groups published as `{ suppressed: true }` (pooled into `others`). */
  suppressed?: readonly ('peer' | 'direct-report' | 'other')[];
  /** Leave out the target. */
  noTarget?: boolean;
  /** Leave out the self-assessment. */
  noSelf?: boolean;
  names?: readonly string[];
  threshold?: number;
}

/** A value in 1..5 that varies with the competency and the group, but always the same. */
function value(axis: number, salt: number): number {
  const raw = 3.3 + 0.9 * Math.sin(axis * 1.7 + salt * 2.3) + 0.25 * Math.cos(axis * 0.6 + salt);
  return Math.round(Math.min(5, Math.max(1, raw)) * 10) / 10;
}

export function makeProfile(options: ProfileOptions = {}): CompetencyProfile {
  const { axes = 6, cycles = 0, suppressed = [], noTarget = false, noSelf = false, threshold = 3 } = options;
  const names = options.names ?? COMPETENCY_NAMES;
  const groups = { manager: 1, peer: 4, 'direct-report': 5, other: 3 } as const;
  const competencies: CompetencyScore[] = Array.from({ length: axes }, (_, i) => {
    const name = names[i % names.length]! + (i >= names.length ? ` ${Math.floor(i / names.length) + 1}` : '');
    const scores: CompetencyScore['scores'] = {};
    if (!noSelf) scores.self = { mean: value(i, 9), n: 1 };
    let overallSum = 0;
    let overallN = 0;
    let pooledSum = 0;
    let pooledN = 0;
    (['manager', 'peer', 'direct-report', 'other'] as const).forEach((g, k) => {
      const mean = value(i, k + 1);
      const n = groups[g];
      overallSum += mean * n;
      overallN += n;
      if (g !== 'manager' && suppressed.includes(g)) {
        scores[g] = { suppressed: true };
        pooledSum += mean * n;
        pooledN += n;
      } else {
        scores[g] = { mean, n } satisfies GroupScore;
      }
    });
    if (pooledN) scores.others = { mean: Math.round((pooledSum / pooledN) * 100) / 100, n: pooledN };
    const overall = Math.round((overallSum / overallN) * 100) / 100;
    // A blind spot on the second competency and a hidden strength on the fourth (every sixth).
    if (scores.self && i % 6 === 1) scores.self = { mean: Math.min(5, Math.round((overall + 1.5) * 10) / 10), n: 1 };
    if (scores.self && i % 6 === 3) scores.self = { mean: Math.max(1, Math.round((overall - 1.4) * 10) / 10), n: 1 };
    const score: CompetencyScore = { id: `c${i + 1}`, name, scores, overall: { mean: overall, n: overallN } };
    if (!noTarget) score.target = Math.min(5, Math.round((value(i, 7) + 0.4) * 2) / 2);
    return score;
  });
  const profile: CompetencyProfile = {
    personId: 'p-story', cycleId: 'cycle-3', cycleLabel: 'H2 2026 review', scale: { min: 1, max: 5, labels: ['Rarely', 'Sometimes', 'Often', 'Very often', 'Always'] },
    threshold, competencies,
  };
  if (cycles > 0) {
    const labels = ['H1 2026 review', 'H2 2025 review', 'H1 2025 review', 'H2 2024 review'];
    profile.history = Array.from({ length: cycles }, (_, k) => {
      const back = cycles - k; // oldest first
      return {
        cycleId: `cycle-${3 - back}`,
        label: labels[back - 1] ?? `Cycle ${3 - back}`,
        scores: competencies.map((c, i) => ({
          id: c.id,
          scores: { manager: { mean: Math.max(1, value(i, 1) - 0.3 * back), n: 1 }, peer: { mean: Math.max(1, value(i, 2) - 0.3 * back), n: 4 } },
          overall: { mean: Math.max(1, Math.round(((c.overall as { mean: number }).mean - 0.25 * back - 0.1 * Math.sin(i + back)) * 100) / 100), n: 5 },
        })),
      };
    });
    for (const c of competencies) c.previous = (profile.history.at(-1)!.scores.find((s) => s.id === c.id)!.overall as { mean: number }).mean;
  }
  return profile;
}
