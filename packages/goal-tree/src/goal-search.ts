/**
 * Filtering the tree: finding the goals whose title or owner contains the filter, in one go or in
 * slices, and the rows that show them below their ancestors. Its own chunk, fetched when the reader
 * points at or focuses the tree or its filter (see goal-tree.ts): a tree nobody filters never loads it.
 */
import { flattenGoalTree } from '@pm-widgets/core/rules';
import type { GoalSearch, GoalTreeModel, SearchIndex, VisibleRows } from './goal-tree-model.js';

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

