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
  /** Each id once, in input order: the first goal with an id wins, later copies are reported and dropped. */
  goals: readonly G[];
  /** Top-level goals in input order, then orphans (a parent id that is not in the list). */
  roots: G[];
  /**
   * Every placed goal, breadth first from the roots: the children of `order[i]` are
   * `order[childStart[i] .. childStart[i] + childCount[i])`, so walks need no lookups.
   */
  order: G[];
  childStart: Int32Array;
  childCount: Int32Array;
  /** Goals whose parent id is unknown; they are also in `roots`. */
  orphanIds: Set<string>;
  /** Goals in or below a parent-link cycle; they cannot be placed and are not in the forest. */
  cycleIds: Set<string>;
  problems: GoalStructureProblem[];
  /** The goal with this id (the first one, if the id repeats). */
  goalOf(id: string): G | undefined;
  /** Direct children in input order (empty for leaves and unknown ids). */
  childrenOf(id: string): G[];
  hasChildren(id: string): boolean;
  /** The parent of a placed goal as displayed (null for roots and orphans). */
  parentIdOf(id: string): string | null;
  /** Whether the goal is in the forest (known, and not in or below a cycle). */
  isPlaced(id: string): boolean;
  /** Index of a placed goal in `order`, or -1 (an index is built on first use). */
  positionOf(id: string): number;
}

interface Node<G> {
  goal: G | undefined;
  children: Node<G>[] | undefined;
}

export interface GoalStructureOptions {
  /**
   * The list is a filtered view (one owner's goals, a subtree): a parent outside it is expected,
   * so such goals are roots of the view rather than orphans with a warning.
   */
  partial?: boolean;
}

export function analyzeGoalStructure<G extends Goal>(
  input: readonly G[],
  { partial = false }: GoalStructureOptions = {},
): GoalStructure<G> {
  // One pass, one entry per id: each goal finds its own entry and its parent's (two lookups).
  const nodes = new Map<string, Node<G>>();
  const problems: GoalStructureProblem[] = [];
  const goals: G[] = [];
  const rootNodes: Node<G>[] = [];
  const placeholders: [string, Node<G>][] = [];
  let duplicates: Map<string, number> | undefined;
  for (let i = 0; i < input.length; i++) {
    const goal = input[i];
    if (!goal || typeof goal.id !== 'string') continue;
    let node = nodes.get(goal.id);
    if (node?.goal) {
      duplicates ??= new Map();
      duplicates.set(goal.id, (duplicates.get(goal.id) ?? 1) + 1);
      continue;
    }
    if (node) node.goal = goal;
    else nodes.set(goal.id, (node = { goal, children: undefined }));
    goals.push(goal);
    const parentId = goal.parentId;
    if (parentId === null) {
      rootNodes.push(node);
      continue;
    }
    const parent = nodes.get(parentId);
    if (!parent) {
      const placeholder: Node<G> = { goal: undefined, children: [node] };
      nodes.set(parentId, placeholder);
      placeholders.push([parentId, placeholder]);
    } else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  if (duplicates) for (const [goalId, count] of duplicates) problems.push({ kind: 'duplicate-id', goalId, count });
  // Parent ids that name no goal: their children are orphans, shown at the root.
  const orphanIds = new Set<string>();
  for (const [parentId, placeholder] of placeholders) {
    if (placeholder.goal) continue;
    nodes.delete(parentId);
    for (const child of placeholder.children!) {
      rootNodes.push(child);
      if (partial) continue;
      orphanIds.add(child.goal!.id);
      problems.push({ kind: 'unknown-parent', goalId: child.goal!.id, parentId });
    }
  }

  // Breadth first from the roots. Every chain of parent links ends at a root, an orphan or a
  // cycle, so whatever this walk does not reach is in or below a cycle.
  const queue: Node<G>[] = rootNodes.slice();
  const childStart = new Int32Array(goals.length);
  const childCount = new Int32Array(goals.length);
  for (let i = 0; i < queue.length; i++) {
    const children = queue[i]!.children;
    if (!children) continue;
    childStart[i] = queue.length;
    childCount[i] = children.length;
    for (let j = 0; j < children.length; j++) queue.push(children[j]!);
  }
  const order = queue.map((node) => node.goal!);
  const roots = rootNodes.map((node) => node.goal!);
  const goalOf = (id: string) => nodes.get(id)?.goal;
  const cycleIds = new Set<string>();
  if (order.length < goals.length) {
    const placed = new Set<string>();
    for (const goal of order) placed.add(goal.id);
    for (const goal of goals) if (!placed.has(goal.id)) cycleIds.add(goal.id);
    // Name each cycle once: walk up from each unplaced goal until a goal repeats.
    const named = new Set<string>();
    for (const start of cycleIds) {
      if (named.has(start)) continue;
      const seenAt = new Map<string, number>();
      const path: string[] = [];
      let id: string = start;
      while (!seenAt.has(id) && !named.has(id)) {
        seenAt.set(id, path.length);
        path.push(id);
        id = goalOf(id)!.parentId!;
      }
      if (!named.has(id)) problems.push({ kind: 'cycle', goalIds: path.slice(seenAt.get(id)!) });
      for (const visited of path) named.add(visited);
    }
  }
  let positions: Map<string, number> | undefined;
  return {
    goals, roots, order, childStart, childCount, orphanIds, cycleIds, problems, goalOf,
    childrenOf: (id) => nodes.get(id)?.children?.map((node) => node.goal!) ?? [],
    hasChildren: (id) => (nodes.get(id)?.children?.length ?? 0) > 0,
    parentIdOf: (id) => (orphanIds.has(id) ? null : goalOf(id)?.parentId ?? null),
    isPlaced: (id) => goalOf(id) !== undefined && !cycleIds.has(id),
    positionOf: (id) => {
      if (!positions) {
        positions = new Map();
        for (let i = 0; i < order.length; i++) positions.set(order[i]!.id, i);
      }
      return positions.get(id) ?? -1;
    },
  };
}

/** True when `candidateId` is `goalId` itself or lies below it: moving there would make a cycle. */
export function isSelfOrDescendant(structure: GoalStructure, goalId: string, candidateId: string): boolean {
  let id: string | null | undefined = candidateId;
  let guard = structure.goals.length + 1;
  while (id != null && guard-- > 0) {
    if (id === goalId) return true;
    id = structure.parentIdOf(id);
  }
  return false;
}

/** The ids of every goal below `goalId`. */
export function descendantIds(structure: GoalStructure, goalId: string): Set<string> {
  const result = new Set<string>();
  const stack = [goalId];
  while (stack.length) {
    const children = structure.childrenOf(stack.pop()!);
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
  /** Index in `structure.order` (and in rolled-up progress values). */
  position: number;
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
  const { order, childStart, childCount } = structure;
  // The visible positions among `count` siblings from `start`.
  const pick = (start: number, count: number): Int32Array => {
    if (!visible) {
      const all = new Int32Array(count);
      for (let k = 0; k < count; k++) all[k] = start + k;
      return all;
    }
    const kept: number[] = [];
    for (let k = start; k < start + count; k++) if (visible.has(order[k]!.id)) kept.push(k);
    return Int32Array.from(kept);
  };
  const rows: FlatGoalRow<G>[] = [];
  // An explicit stack of sibling lists keeps this iterative (trees may be 100,000 deep).
  const stack: { list: Int32Array; index: number; level: number }[] = [
    { list: pick(0, structure.roots.length), index: 0, level: 1 },
  ];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.list.length) {
      stack.pop();
      continue;
    }
    const position = frame.list[frame.index++]!;
    const goal = order[position]!;
    const count = childCount[position]!;
    const children = count ? pick(childStart[position]!, count) : undefined;
    const hasChildren = children !== undefined && children.length > 0;
    const expanded = hasChildren && isExpanded(goal.id, frame.level);
    rows.push({ goal, position, level: frame.level, posinset: frame.index, setsize: frame.list.length, hasChildren, expanded });
    if (expanded) stack.push({ list: children!, index: 0, level: frame.level + 1 });
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
      current = structure.parentIdOf(current);
    }
  }
  return result;
}
