import type { Goal, KeyResult, ProgressMode } from '../schemas/goal.js';
import type { GoalStructure } from './goal-structure.js';

/**
 * Progress roll-up: how a goal's percentage is computed, and why.
 *
 * - `manual`: the stored `progress`.
 * - `key-results`: the plain mean of each key result's progress, each clamped to 0..1. A key
 *   result measures (current − start) / (target − start), so a decreasing one (target below start,
 *   e.g. churn 8% → 5%) works the same way. Beyond target counts as 1; worse than start as 0.
 *   With no key results the stored progress is used.
 * - `children`: the weight-weighted mean of the children's own rolled-up progress. Archived
 *   children are excluded. Children of weight 0 count for nothing, unless every active child has
 *   weight 0, in which case they count equally. With no active child, the stored progress is used.
 */

const clamp01 = (value: number) => (value < 0 ? 0 : value > 1 ? 1 : Number.isFinite(value) ? value : 0);

/**
 * Progress of one key result, 0..1. When start equals target there is no distance to cover: the
 * key result is done (1) if current has reached target, else 0.
 */
export function keyResultProgress(kr: Pick<KeyResult, 'start' | 'target' | 'current'>): number {
  const span = kr.target - kr.start;
  if (span === 0) return kr.current === kr.target ? 1 : 0;
  return clamp01((kr.current - kr.start) / span);
}

/**
 * A `key-results` goal's progress: the mean of its key results' progress (the stored progress when
 * it has none). Alone, for code that needs no explanation and no children (a check-in's key results).
 */
export function keyResultsRollUp(goal: Pick<Goal, 'progress' | 'keyResults'>): number {
  const krs = goal.keyResults;
  if (krs.length === 0) return clamp01(goal.progress);
  let sum = 0;
  for (const kr of krs) sum += keyResultProgress(kr);
  return sum / krs.length;
}

/** A key result whose target is below its start: less is better. */
export const isDecreasing = (kr: Pick<KeyResult, 'start' | 'target'>) => kr.target < kr.start;

export type RollUpExclusion = 'archived' | 'zero-weight';

export interface ProgressContribution {
  kind: 'child' | 'key-result';
  id: string;
  title: string;
  /** This item's own progress, 0..1. */
  progress: number;
  /** Its weight as stored (1 for key results). */
  weight: number;
  /** Its share of the result, 0..1 (0 when excluded). */
  share: number;
  excluded?: RollUpExclusion;
  /** Key results only: less is better. */
  decreasing?: boolean;
}

export type ProgressSource =
  | 'stored'
  | 'key-results'
  | 'children'
  | 'children-equal'
  | 'stored-no-key-results'
  | 'stored-no-active-children';

/** Why a goal shows the number it shows ("Why 42%?"). */
export interface ProgressExplanation {
  goalId: string;
  mode: ProgressMode;
  value: number;
  source: ProgressSource;
  items: ProgressContribution[];
  /** Sum of the weights that counted. */
  totalWeight: number;
}

/**
 * Explains one goal, given the rolled-up progress of its children (for `children` mode).
 * `children` are its direct children in display order.
 */
export function explainProgress(
  goal: Goal,
  children: readonly Goal[] = [],
  progressOf: (goal: Goal) => number = (g) => g.progress,
): ProgressExplanation {
  const base = { goalId: goal.id, mode: goal.progressMode };
  if (goal.progressMode === 'key-results') {
    if (goal.keyResults.length === 0) {
      return { ...base, value: clamp01(goal.progress), source: 'stored-no-key-results', items: [], totalWeight: 0 };
    }
    const share = 1 / goal.keyResults.length;
    const items: ProgressContribution[] = goal.keyResults.map((kr) => ({
      kind: 'key-result', id: kr.id, title: kr.title, progress: keyResultProgress(kr), weight: 1, share,
      ...(isDecreasing(kr) ? { decreasing: true } : {}),
    }));
    const value = items.reduce((sum, item) => sum + item.progress, 0) / items.length;
    return { ...base, value, source: 'key-results', items, totalWeight: items.length };
  }
  if (goal.progressMode === 'children') {
    const items: ProgressContribution[] = children.map((child) => ({
      kind: 'child', id: child.id, title: child.title, progress: clamp01(progressOf(child)), weight: child.weight, share: 0,
      ...(child.status === 'archived' ? { excluded: 'archived' as const } : {}),
    }));
    const active = items.filter((item) => !item.excluded);
    if (active.length === 0) {
      return { ...base, value: clamp01(goal.progress), source: 'stored-no-active-children', items, totalWeight: 0 };
    }
    let totalWeight = active.reduce((sum, item) => sum + item.weight, 0);
    const equal = totalWeight === 0;
    if (equal) totalWeight = active.length;
    let value = 0;
    for (const item of active) {
      const weight = equal ? 1 : item.weight;
      if (weight === 0) {
        item.excluded = 'zero-weight';
        continue;
      }
      item.share = weight / totalWeight;
      value += item.progress * item.share;
    }
    return { ...base, value: clamp01(value), source: equal ? 'children-equal' : 'children', items, totalWeight: equal ? 0 : totalWeight };
  }
  return { ...base, value: clamp01(goal.progress), source: 'stored', items: [], totalWeight: 0 };
}

/** The rolled-up progress of one goal, given its children's progress. */
export function rollUpProgress(goal: Goal, children: readonly Goal[] = [], progressOf?: (goal: Goal) => number): number {
  return explainProgress(goal, children, progressOf).value;
}

/** Rolled-up progress of a whole forest. */
export interface ForestProgress {
  /** Progress by position in `structure.order`. */
  values: Float64Array;
  /** Progress of any goal by id (stored progress for goals outside the forest). */
  of(goalId: string): number;
}

/**
 * Rolled-up progress of every placed goal in a forest, bottom-up in one linear pass over the
 * breadth-first order (no recursion, no lookups). Goals in cycles keep their stored progress.
 */
export function rollUpForest(structure: GoalStructure): ForestProgress {
  const { order, childStart, childCount } = structure;
  const values = new Float64Array(order.length);
  for (let i = order.length - 1; i >= 0; i--) {
    values[i] = fastRollUp(order[i]!, order, values, childStart[i]!, childCount[i]!);
  }
  return {
    values,
    of(goalId) {
      const position = structure.positionOf(goalId);
      if (position >= 0) return values[position]!;
      return clamp01(structure.goalOf(goalId)?.progress ?? 0);
    },
  };
}

/** Same numbers as `explainProgress(...).value`, without building the explanation (hot path). */
function fastRollUp(goal: Goal, order: readonly Goal[], values: Float64Array, start: number, count: number): number {
  if (goal.progressMode === 'key-results') return keyResultsRollUp(goal);
  if (goal.progressMode === 'children') {
    let weighted = 0;
    let weights = 0;
    let plain = 0;
    let active = 0;
    for (let k = start; k < start + count; k++) {
      const child = order[k]!;
      if (child.status === 'archived') continue;
      const p = values[k]!;
      active++;
      plain += p;
      weights += child.weight;
      weighted += p * child.weight;
    }
    if (active === 0) return clamp01(goal.progress);
    return clamp01(weights === 0 ? plain / active : weighted / weights);
  }
  return clamp01(goal.progress);
}
