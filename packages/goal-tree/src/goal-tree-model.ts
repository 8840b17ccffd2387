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
  /** What searches learn about titles, kept for later searches (see {@link continueSearch}). */
  search?: SearchIndex;
  /** The last completed search, so toggles in a filtered tree do not search again. */
  lastSearch?: GoalSearch;
}

/**
 * Per position in `structure.order`: 0 not looked at yet, 1 an ASCII title (matched in place, with
 * no new string), 2 any other title (its lower-cased copy is in `lower`).
 */
interface SearchIndex {
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

/** A search for a filter, done in one go or in slices (see {@link continueSearch}). */
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

export function startSearch(filter: string, model?: GoalTreeModel): GoalSearch {
  const query = filter.trim().toLowerCase();
  // Typing on narrows a search: whatever contains "churn 9" also contains "churn ", so only the
  // earlier matches need a look.
  const last = model?.lastSearch;
  const candidates = last && query.includes(last.query) ? last.matches : undefined;
  return { query, next: 0, matches: [], ...(candidates ? { candidates } : {}) };
}

const NON_ASCII = /[^\u0000-\u007f]/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Goes on with `search` until its end or until `performance.now()` passes `deadline`, whichever
 * comes first; `true` when the search is complete. A goal matches when its lower-cased title or
 * owner's name contains the query. ASCII titles (most of them) are matched in place by a
 * case-insensitive pattern, which for ASCII text is exactly lower-casing both, and make no new
 * string; other titles are lower-cased once and kept in the model, so a search allocates little
 * and does not bring on long garbage collections in the middle of typing.
 */
export function continueSearch(model: GoalTreeModel, search: GoalSearch, deadline = Number.POSITIVE_INFINITY): boolean {
  const { order } = model.structure;
  const index = searchIndex(model);
  const { query, matches, candidates } = search;
  // An ASCII title cannot contain a query with other characters once lower-cased.
  const pattern = NON_ASCII.test(query) ? undefined : new RegExp(escapeRegExp(query), 'i');
  const contains = (text: string) => (NON_ASCII.test(text) ? text.toLowerCase().includes(query) : pattern !== undefined && pattern.test(text));
  // First the owners whose name matches, in slices too (there may be tens of thousands).
  const owners = (search.owners ??= new Set());
  const people = index.owners;
  for (let p = search.nextOwner ?? 0; p < people.length; p++) {
    if (p % 256 === 255 && performance.now() > deadline) {
      search.nextOwner = p;
      return false;
    }
    if (contains(people[p]!.name)) owners.add(people[p]!.id);
  }
  search.nextOwner = people.length;
  const { kind, lower } = index;
  const end = candidates ? candidates.length : order.length;
  const start = search.next;
  let k = start;
  for (; k < end; k++) {
    if ((k - start) % 256 === 255 && performance.now() > deadline) break;
    const i = candidates ? candidates[k]! : k;
    const goal = order[i]!;
    let matched = owners.size > 0 && goal.ownerId !== null && goal.ownerId !== undefined && owners.has(goal.ownerId);
    if (!matched) {
      let how = kind[i];
      if (!how) {
        how = kind[i] = NON_ASCII.test(goal.title) ? 2 : 1;
        if (how === 2) lower.set(i, goal.title.toLowerCase());
      }
      matched = how === 1 ? pattern !== undefined && pattern.test(goal.title) : lower.get(i)!.includes(query);
    }
    if (matched) matches.push(i);
  }
  search.next = k;
  const done = k >= end;
  if (done) model.lastSearch = search;
  return done;
}

function searchIndex(model: GoalTreeModel): SearchIndex {
  return (model.search ??= { kind: new Uint8Array(model.structure.order.length), lower: new Map(), owners: [...model.people.values()] });
}

/** 1 at each match and each of its ancestors (by position in `structure.order`). */
export function withAncestorPositions(model: GoalTreeModel, matches: readonly number[]): Uint8Array {
  const { order, parentAt: parent } = model.structure;
  const visible = new Uint8Array(order.length);
  for (const match of matches) {
    for (let i = match; i >= 0 && !visible[i]; i = parent[i]!) visible[i] = 1;
  }
  return visible;
}

/** The rows of a completed search: every match below its ancestors. */
export function rowsOfSearch(
  model: GoalTreeModel,
  search: GoalSearch,
  isOpen: (goalId: string, level: number) => boolean,
): VisibleRows {
  return {
    rows: flattenGoalTree(model.structure, { visibleAt: (search.visible ??= withAncestorPositions(model, search.matches)), isExpanded: isOpen }),
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
  const search = startSearch(filter, model);
  if (!search.query) return { rows: flattenGoalTree(model.structure, { isExpanded: isOpen }), matchCount: 0 };
  const last = model.lastSearch;
  if (last?.query === search.query) return rowsOfSearch(model, last, isOpen);
  continueSearch(model, search);
  return rowsOfSearch(model, search, isOpen);
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
