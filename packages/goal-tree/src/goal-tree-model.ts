import type { Goal, Person } from '@pm-widgets/core';
import {
  analyzeGoalStructure, flattenGoalTree, rollUpForest,
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
  /** What searches learn about titles, kept for later searches (see goal-search.ts). */
  search?: SearchIndex;
  /** The last completed search, so toggles in a filtered tree do not search again. */
  lastSearch?: GoalSearch;
}

/**
 * Per position in `structure.order`: 0 not looked at yet, 1 an ASCII title (matched in place, with
 * no new string), 2 any other title (its lower-cased copy is in `lower`).
 */
export interface SearchIndex {
  kind: Uint8Array;
  lower: Map<number, string>;
  /** The owners (`people`'s values), for searches to go through a slice at a time. */
  owners: Person[];
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

/** A search for a filter, done in one go or in slices (see `continueSearch` in goal-search.ts). */
export interface GoalSearch {
  /** The trimmed, lower-cased filter. */
  query: string;
  /** How far the search has gone through its candidates. */
  next: number;
  /** Positions (in `structure.order`) to look at: all of them, or the matches of a shorter query. */
  candidates?: readonly number[];
  /** Positions of the goals matched so far, in `structure.order`. */
  matches: number[];
  /** Owners whose name matches (looked through before the goals). */
  owners?: Set<string>;
  /** How far the search has gone through the owners. */
  nextOwner?: number;
  /** 1 for each position shown: the matches and their ancestors, once the search is complete. */
  visible?: Uint8Array;
}

/**
 * The rows after goals were opened or closed one by one: each changed goal on screen gains or
 * loses the rows below it and the other rows stay as they were, so one toggle in a tree of
 * 100,000 rows does not flatten it all again. `undefined` when flattening again is simpler (many
 * changes, or a filter whose search is not at hand).
 */
export function toggledRows(
  model: GoalTreeModel,
  filter: string,
  rows: readonly FlatGoalRow[],
  changed: ReadonlySet<string>,
  isOpen: (goalId: string, level: number) => boolean,
): FlatGoalRow[] | undefined {
  if (changed.size > 32) return undefined;
  const query = filter.trim().toLowerCase();
  const visibleAt = query ? model.lastSearch?.query === query ? model.lastSearch.visible : undefined : null;
  if (visibleAt === undefined) return undefined;
  let next = rows as FlatGoalRow[];
  for (const id of changed) {
    const i = next.findIndex((row) => row.goal.id === id);
    const row = next[i];
    // A goal not on screen (below a closed one) changes no rows; a goal without children has none to show.
    if (!row?.hasChildren) continue;
    const open = isOpen(id, row.level);
    if (open === row.expanded) continue;
    let end = i + 1;
    if (row.expanded) while (end < next.length && next[end]!.level > row.level) end++;
    const added = open
      ? flattenGoalTree(model.structure, { ...(visibleAt ? { visibleAt } : {}), isExpanded: isOpen, below: { position: row.position, level: row.level } })
      : [];
    next = next.slice(0, i).concat([{ ...row, expanded: open }], added, next.slice(end));
  }
  return next;
}
