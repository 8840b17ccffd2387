import type { Goal, Person } from '@pm-widgets/core';
import {
  analyzeGoalStructure, flattenGoalTree, rollUpForest, withAncestors,
  type FlatGoalRow, type ForestProgress, type GoalStructure,
} from '@pm-widgets/core/rules';

/** Everything the tree derives from one goal list: the forest, rolled-up progress and owners. */
export interface GoalTreeModel {
  goals: readonly Goal[];
  structure: GoalStructure;
  progress: ForestProgress;
  /** The list `people` was made from. */
  personList: readonly Person[];
  people: Map<string, Person>;
  /** Lower-cased title and owner name per placed goal, built on the first filter. */
  search?: { id: string; text: string }[];
}

/**
 * Analyses and rolls up a goal list. `partial` says the list is one owner's goals or a subtree,
 * where parents outside the answer are expected rather than missing.
 */
export function buildGoalTreeModel(
  goals: readonly Goal[],
  people: readonly Person[],
  { partial }: { partial: boolean },
): GoalTreeModel {
  const structure = analyzeGoalStructure(goals, { partial });
  return { goals, structure, progress: rollUpForest(structure), ...owners(people) };
}

/** The same goals with another list of people (names and avatars change; the structure does not). */
export function withPeople(model: GoalTreeModel, people: readonly Person[]): GoalTreeModel {
  const { goals, structure, progress } = model;
  return { goals, structure, progress, ...owners(people) };
}

function owners(people: readonly Person[]): Pick<GoalTreeModel, 'personList' | 'people'> {
  const byId = new Map<string, Person>();
  for (const person of people) byId.set(person.id, person);
  return { personList: people, people: byId };
}

/** The rows on screen: the whole tree as far as it is open, or the matches of a filter with their ancestors. */
export interface VisibleRows {
  rows: FlatGoalRow[];
  /** Goals whose title or owner matched the filter (0 without a filter). */
  matchCount: number;
}

/**
 * The rows a reader sees. Without a filter, `isOpen` decides which goals show their children;
 * with one, every goal whose title or owner name contains it is shown below its ancestors.
 */
export function visibleRows(
  model: GoalTreeModel,
  filter: string,
  isOpen: (goalId: string, level: number) => boolean,
): VisibleRows {
  const query = filter.trim().toLowerCase();
  if (!query) return { rows: flattenGoalTree(model.structure, { isExpanded: isOpen }), matchCount: 0 };
  model.search ??= model.structure.order.map((goal) => {
    const owner = goal.ownerId ? model.people.get(goal.ownerId)?.name ?? '' : '';
    return { id: goal.id, text: `${goal.title}\u0000${owner}`.toLowerCase() };
  });
  const matches: string[] = [];
  for (const entry of model.search) if (entry.text.includes(query)) matches.push(entry.id);
  return {
    rows: flattenGoalTree(model.structure, { visible: withAncestors(model.structure, matches), isExpanded: isOpen }),
    matchCount: matches.length,
  };
}
