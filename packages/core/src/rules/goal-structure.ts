import type { Goal } from '../schemas/goal.js';

/**
 * Goal hierarchies come from backends we do not control: parent links may point nowhere, loop,
 * or ids may repeat. `analyzeGoalStructure` turns any list into a forest in one linear pass,
 * never recursing and never looping forever, and says exactly what was wrong.
 */

export type GoalStructureProblem =
  | { kind: 'duplicate-id'; goalId: string; count: number }
  | { kind: 'unknown-parent'; goalId: string; parentId: string }
  | { kind: 'cycle'; goalIds: string[] };

export interface GoalStructure<G extends Goal = Goal> {
  /** Each id once: the first goal with that id wins, later copies are reported and dropped. */
  byId: Map<string, G>;
  /** Children per parent id, in input order. Only goals reachable from a root are listed. */
  childrenOf: Map<string, G[]>;
  /** Top-level goals: no parent, or (orphans) a parent id that is not in the list. Input order. */
  roots: G[];
  /** Goals whose parent id is unknown; they are also in `roots`. */
  orphanIds: Set<string>;
  /** Goals in or below a parent-link cycle; they cannot be placed and are not in the forest. */
  cycleIds: Set<string>;
  /** Depth of every placed goal, 1 for roots (the `aria-level`). */
  depthOf: Map<string, number>;
  /** Parent of every placed goal (null for roots and orphans). */
  parentOf: Map<string, string | null>;
  problems: GoalStructureProblem[];
}

const ON_PATH = 1;
const PLACED = 2;
const CYCLIC = 3;

export function analyzeGoalStructure<G extends Goal>(goals: readonly G[]): GoalStructure<G> {
  const byId = new Map<string, G>();
  const problems: GoalStructureProblem[] = [];
  const duplicates = new Map<string, number>();
  for (const goal of goals) {
    if (byId.has(goal.id)) duplicates.set(goal.id, (duplicates.get(goal.id) ?? 1) + 1);
    else byId.set(goal.id, goal);
  }
  for (const [goalId, count] of duplicates) problems.push({ kind: 'duplicate-id', goalId, count });

  // Walk each goal's parent chain iteratively, marking states, so the whole pass is O(n).
  const state = new Map<string, number>();
  const orphanIds = new Set<string>();
  const cycleIds = new Set<string>();
  const path: string[] = [];
  for (const start of byId.keys()) {
    if (state.has(start)) continue;
    path.length = 0;
    let id: string | null = start;
    let outcome = PLACED;
    while (id !== null) {
      const seen = state.get(id);
      if (seen === ON_PATH) {
        const cycle = path.slice(path.indexOf(id));
        problems.push({ kind: 'cycle', goalIds: cycle });
        outcome = CYCLIC;
        break;
      }
      if (seen !== undefined) {
        outcome = seen;
        break;
      }
      state.set(id, ON_PATH);
      path.push(id);
      const parentId: string | null = byId.get(id)!.parentId;
      if (parentId !== null && !byId.has(parentId)) {
        orphanIds.add(id);
        problems.push({ kind: 'unknown-parent', goalId: id, parentId });
        break;
      }
      id = parentId;
    }
    for (const visited of path) {
      state.set(visited, outcome);
      if (outcome === CYCLIC) cycleIds.add(visited);
    }
  }

  const childrenOf = new Map<string, G[]>();
  const roots: G[] = [];
  for (const goal of byId.values()) {
    if (cycleIds.has(goal.id)) continue;
    if (goal.parentId === null || orphanIds.has(goal.id)) {
      roots.push(goal);
      continue;
    }
    let siblings = childrenOf.get(goal.parentId);
    if (!siblings) childrenOf.set(goal.parentId, (siblings = []));
    siblings.push(goal);
  }

  // Depths and parents, breadth first from the roots (no recursion: chains may be 100,000 deep).
  const depthOf = new Map<string, number>();
  const parentOf = new Map<string, string | null>();
  const queue: G[] = roots.slice();
  for (const root of roots) {
    depthOf.set(root.id, 1);
    parentOf.set(root.id, null);
  }
  for (let i = 0; i < queue.length; i++) {
    const goal = queue[i]!;
    const children = childrenOf.get(goal.id);
    if (!children) continue;
    const depth = depthOf.get(goal.id)! + 1;
    for (const child of children) {
      depthOf.set(child.id, depth);
      parentOf.set(child.id, goal.id);
      queue.push(child);
    }
  }
  return { byId, childrenOf, roots, orphanIds, cycleIds, depthOf, parentOf, problems };
}

/** True when `candidateId` is `goalId` itself or lies below it: moving there would make a cycle. */
export function isSelfOrDescendant(structure: GoalStructure, goalId: string, candidateId: string): boolean {
  let id: string | null | undefined = candidateId;
  let guard = structure.byId.size + 1;
  while (id != null && guard-- > 0) {
    if (id === goalId) return true;
    id = structure.parentOf.get(id);
  }
  return false;
}

/** The ids of every goal below `goalId`. */
export function descendantIds(structure: GoalStructure, goalId: string): Set<string> {
  const result = new Set<string>();
  const stack = [goalId];
  while (stack.length) {
    const children = structure.childrenOf.get(stack.pop()!);
    if (!children) continue;
    for (const child of children) {
      if (result.has(child.id)) continue;
      result.add(child.id);
      stack.push(child.id);
    }
  }
  return result;
}

/** One visible row of a flattened tree: what a virtualised list renders and ARIA needs. */
export interface FlatGoalRow<G extends Goal = Goal> {
  goal: G;
  /** 1-based depth (`aria-level`). */
  level: number;
  /** 1-based position among its visible siblings (`aria-posinset`). */
  posinset: number;
  /** Number of visible siblings (`aria-setsize`). */
  setsize: number;
  /** Whether it has children to show (then `aria-expanded` applies). */
  hasChildren: boolean;
  expanded: boolean;
}

export interface FlattenOptions {
  /** Is this goal open? Called only for goals with visible children. */
  isExpanded: (goalId: string, level: number) => boolean;
  /** When set, only these goals are shown (e.g. filter matches plus their ancestors). */
  visible?: ReadonlySet<string>;
}

/** Depth-first, pre-order list of the rows a reader can see, with the ARIA facts of each. */
export function flattenGoalTree<G extends Goal>(structure: GoalStructure<G>, options: FlattenOptions): FlatGoalRow<G>[] {
  const { visible, isExpanded } = options;
  const pick = (list: G[] | undefined): G[] =>
    !list ? [] : visible ? list.filter((goal) => visible.has(goal.id)) : list;
  const rows: FlatGoalRow<G>[] = [];
  // An explicit stack of sibling lists and positions keeps this iterative.
  const stack: { list: G[]; index: number; level: number }[] = [{ list: pick(structure.roots), index: 0, level: 1 }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.list.length) {
      stack.pop();
      continue;
    }
    const goal = frame.list[frame.index++]!;
    const children = pick(structure.childrenOf.get(goal.id));
    const hasChildren = children.length > 0;
    const expanded = hasChildren && isExpanded(goal.id, frame.level);
    rows.push({ goal, level: frame.level, posinset: frame.index, setsize: frame.list.length, hasChildren, expanded });
    if (expanded) stack.push({ list: children, index: 0, level: frame.level + 1 });
  }
  return rows;
}

/** The goals matching `predicate` plus all their ancestors, so a filtered tree keeps its context. */
export function withAncestors(structure: GoalStructure, matches: Iterable<string>): Set<string> {
  const result = new Set<string>();
  for (const id of matches) {
    let current: string | null | undefined = id;
    while (current != null && !result.has(current)) {
      result.add(current);
      current = structure.parentOf.get(current);
    }
  }
  return result;
}
