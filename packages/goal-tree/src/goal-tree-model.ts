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
  /** Lower-cased title and owner name per placed goal (in `structure.order`), built as filters need them. */
  search?: string[];
  /** The last completed search, so toggles in a filtered tree do not search again. */
  lastSearch?: GoalSearch;
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

/** A search for a filter, done in one go or in slices (see {@link continueSearch}). */
export interface GoalSearch {
  /** The trimmed, lower-cased filter. */
  query: string;
  /** Position in `structure.order` where the search goes on. */
  next: number;
  /** Ids of the goals matched so far, in `structure.order`. */
  matches: string[];
  /** The matches and their ancestors, once the search is complete. */
  visible?: Set<string>;
}

export function startSearch(filter: string): GoalSearch {
  return { query: filter.trim().toLowerCase(), next: 0, matches: [] };
}

/**
 * Goes on with `search` until the end of the goals or until `performance.now()` passes
 * `deadline`, whichever comes first; `true` when the search is complete. The lower-cased search
 * text of each goal is made on first use and kept in the model, so later filters only compare.
 */
export function continueSearch(model: GoalTreeModel, search: GoalSearch, deadline = Number.POSITIVE_INFINITY): boolean {
  const { order } = model.structure;
  const texts = (model.search ??= new Array<string>(order.length));
  const { query, matches } = search;
  const start = search.next;
  let i = start;
  for (; i < order.length; i++) {
    if ((i - start) % 512 === 511 && performance.now() > deadline) break;
    let text = texts[i];
    const goal = order[i]!;
    if (text === undefined) {
      const owner = goal.ownerId ? model.people.get(goal.ownerId)?.name ?? '' : '';
      text = texts[i] = `${goal.title}\u0000${owner}`.toLowerCase();
    }
    if (text.includes(query)) matches.push(goal.id);
  }
  search.next = i;
  const done = i >= order.length;
  if (done) model.lastSearch = search;
  return done;
}

/** The rows of a completed search: every match below its ancestors. */
export function rowsOfSearch(
  model: GoalTreeModel,
  search: GoalSearch,
  isOpen: (goalId: string, level: number) => boolean,
): VisibleRows {
  return {
    rows: flattenGoalTree(model.structure, { visible: (search.visible ??= withAncestors(model.structure, search.matches)), isExpanded: isOpen }),
    matchCount: search.matches.length,
  };
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
  const search = startSearch(filter);
  if (!search.query) return { rows: flattenGoalTree(model.structure, { isExpanded: isOpen }), matchCount: 0 };
  const last = model.lastSearch;
  if (last?.query === search.query) return rowsOfSearch(model, last, isOpen);
  continueSearch(model, search);
  return rowsOfSearch(model, search, isOpen);
}
