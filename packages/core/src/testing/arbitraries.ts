/**
 * fast-check arbitraries for every entity the ports carry, written beside the schemas they follow.
 *
 * - `valid.*`: every value passes its zod/mini schema (test/fuzz/arbitraries.test.ts proves it).
 * - `nearValid(arb)`: a valid value with ONE thing wrong — a field of the wrong type, missing,
 *   extra, out of range, a wrong enum, a bad date, NaN/Infinity, null, a 100,000-character string,
 *   a huge array, a duplicated element, or `__proto__` / `constructor` / `prototype` keys as
 *   `JSON.parse` makes them (own properties). Some mutations leave the value valid (an optional
 *   field removed); a consumer must cope either way.
 * - `nearValidGoalList`: also the tree's own hazards — dangling parent references and cycles.
 *
 * Testing code only: no browser entry imports this module, so it adds nothing to any bundle. It is
 * published as `@pm-widgets/core/arbitraries` for adapter authors, with fast-check as an optional
 * peer dependency.
 */
import fc from 'fast-check';
import { LIMITS } from '../schemas/common.js';
import {
  GOAL_LEVELS, GOAL_STATUSES, KEY_RESULT_KINDS, PROGRESS_MODES,
  type Alignment, type Goal, type GoalList, type KeyResult,
} from '../schemas/goal.js';
import type { Person } from '../schemas/person.js';
import { QUESTION_KINDS, type Answer, type Answers, type Question } from '../schemas/question.js';
import {
  CHECK_IN_STATUSES, type CheckIn, type CheckInContext, type GoalUpdate, type ManagerReply,
} from '../schemas/check-in.js';
import {
  ASSIGNMENT_STATUSES, RELATIONSHIPS,
  type AssignmentList, type AssignmentSummary, type RatingScale, type Survey, type SurveyAssignment,
  type SurveyDraft, type SurveySection,
} from '../schemas/survey.js';
import {
  FEEDBACK_KINDS, FEEDBACK_REQUEST_STATUSES, VISIBILITIES,
  type FeedbackCatalogue, type FeedbackItem, type FeedbackPage, type FeedbackRequest, type FeedbackRequestList,
} from '../schemas/feedback.js';
import {
  RATER_GROUPS, type CompetencyProfile, type CompetencyScore, type CycleCompetencyScore, type GroupScore,
  type ProfileCycle,
} from '../schemas/competency.js';
import type { SurveyQuestion } from '../schemas/question.js';

// ── building blocks ───────────────────────────────────────────────────────────────────────

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** Plain objects only: fast-check may otherwise build null-prototype records, which JSON never does. */
const rec = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, requiredKeys: (keyof T)[]): fc.Arbitrary<T> =>
  fc.record(model, { requiredKeys, noNullPrototype: true }) as unknown as fc.Arbitrary<T>;

/** Ids: mostly slug-like, sometimes any characters (quotes, spaces, astral symbols) a backend may use. */
export const id: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/), weight: 4 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 24, unit: 'binary' }), weight: 1 },
).filter((s) => s.length >= 1 && s.length <= LIMITS.id && !FORBIDDEN.has(s));

/** Text of at most `max` UTF-16 units: usually short, of any code points; now and then at the limit. */
export function text(max: number, { min = 0 }: { min?: number } = {}): fc.Arbitrary<string> {
  const cap = Math.max(min, Math.min(40, Math.floor(max / 2)));
  return fc.oneof(
    { arbitrary: fc.string({ minLength: min, maxLength: cap, unit: 'grapheme-ascii' }), weight: 5 },
    { arbitrary: fc.string({ minLength: min, maxLength: cap, unit: 'binary' }), weight: 3 },
    { arbitrary: fc.integer({ min: Math.max(min, 1), max }).map((n) => 'W'.repeat(n)), weight: 1 },
  ).filter((s) => s.length >= min && s.length <= max);
}

export const finite: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
export const between = (min: number, max: number, { int = false } = {}): fc.Arbitrary<number> =>
  int ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });

const dateRange = { min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true };
export const isoDate: fc.Arbitrary<string> = fc.date(dateRange).map((d) => d.toISOString().slice(0, 10));
export const isoDateTime: fc.Arbitrary<string> = fc.oneof(
  fc.date(dateRange).map((d) => d.toISOString()),
  fc.tuple(fc.date(dateRange), fc.constantFrom('+02:00', '-05:30', '+00:00'))
    .map(([d, offset]) => `${d.toISOString().slice(0, 19)}${offset}`),
);
export const isoWeek: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 1970, max: 2099 }), fc.integer({ min: 1, max: 53 }))
  .map(([y, w]) => `${y}-W${String(w).padStart(2, '0')}`);
export const httpUrl: fc.Arbitrary<string> = fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true });

const list = <T>(item: fc.Arbitrary<T>, maxLength: number) => fc.array(item, { maxLength });
const uniqueById = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(item, { maxLength, selector: (v) => v.id });

// ── entities ──────────────────────────────────────────────────────────────────────────────

export const person: fc.Arbitrary<Person> = rec<Person>({
  id,
  name: text(LIMITS.name, { min: 1 }),
  title: text(LIMITS.name),
  avatarUrl: httpUrl,
  managerId: fc.option(id, { nil: null }),
  teamId: id,
}, ['id', 'name']);

export const keyResult: fc.Arbitrary<KeyResult> = rec<KeyResult>({
  id,
  title: text(LIMITS.title, { min: 1 }),
  kind: fc.constantFrom(...KEY_RESULT_KINDS),
  start: finite,
  target: finite,
  current: finite,
  unit: text(LIMITS.unit),
}, ['id', 'title', 'kind', 'start', 'target', 'current']);

export const alignment: fc.Arbitrary<Alignment> = rec<Alignment>({ goalId: id, keyResultId: id }, ['goalId']);

export const goal: fc.Arbitrary<Goal> = rec<Goal>({
  id,
  parentId: fc.constant(null),
  title: text(LIMITS.title, { min: 1 }),
  description: text(LIMITS.longText),
  level: fc.constantFrom(...GOAL_LEVELS),
  ownerId: id,
  cycleId: id,
  status: fc.constantFrom(...GOAL_STATUSES),
  progress: between(0, 1),
  progressMode: fc.constantFrom(...PROGRESS_MODES),
  weight: between(0, 1000),
  startDate: isoDate,
  dueDate: isoDate,
  keyResults: uniqueById(keyResult, 4),
  alignedTo: list(alignment, 2),
  version: fc.nat(),
  updatedAt: isoDateTime,
  createdAt: isoDateTime,
}, ['id', 'parentId', 'title', 'level', 'status', 'progress', 'progressMode', 'weight', 'keyResults']);

/** A forest: each goal's parent (if any) comes earlier in the list; owners are among the people. */
export const goalList: fc.Arbitrary<GoalList> = fc.tuple(
  uniqueById(goal, 12),
  uniqueById(person, 4),
  fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  fc.boolean(),
).map(([goals, people, picks, withPeople]) => {
  const linked = goals.map((g, i) => {
    const pick = picks[i] ?? 0;
    const parentId = i === 0 || pick % 3 === 0 ? null : goals[pick % i]!.id;
    const owner = people.length && pick % 2 ? { ownerId: people[pick % people.length]!.id } : {};
    return { ...g, parentId, ...owner };
  });
  return withPeople ? { goals: linked, people } : { goals: linked };
});

export const question: fc.Arbitrary<Question> = rec<Question>({
  id,
  kind: fc.constantFrom(...QUESTION_KINDS),
  text: text(LIMITS.shortText, { min: 1 }),
  help: text(LIMITS.shortText),
  required: fc.boolean(),
  allowNA: fc.boolean(),
  options: list(text(LIMITS.title, { min: 1 }), 6),
  multiple: fc.boolean(),
}, ['id', 'kind', 'text', 'required']);

export const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.constant(null),
  finite,
  text(LIMITS.longText),
  list(text(LIMITS.title), 4),
);
export const answers: fc.Arbitrary<Answers> = fc.dictionary(id, answer, { maxKeys: 6, noNullPrototype: true });

export const goalUpdate: fc.Arbitrary<GoalUpdate> = rec<GoalUpdate>({
  goalId: id,
  progress: between(0, 1),
  confidence: between(0, 10, { int: true }),
  note: text(LIMITS.longText),
  keyResults: list(rec({ keyResultId: id, current: finite }, ['keyResultId', 'current']), 3),
  goalVersion: fc.nat(),
}, ['goalId', 'progress', 'confidence']);

export const managerReply: fc.Arbitrary<ManagerReply> = rec<ManagerReply>({
  authorId: id, body: text(LIMITS.longText, { min: 1 }), createdAt: isoDateTime,
}, ['authorId', 'body']);

export const checkIn: fc.Arbitrary<CheckIn> = rec<CheckIn>({
  id,
  personId: id,
  period: isoWeek,
  status: fc.constantFrom(...CHECK_IN_STATUSES),
  mood: between(1, 5, { int: true }),
  goalUpdates: uniqueById(goalUpdate.map((u) => ({ ...u, id: u.goalId })), 4).map((us) => us.map(({ id: _id, ...u }) => u)),
  wins: text(LIMITS.longText),
  blockers: text(LIMITS.longText),
  focus: text(LIMITS.longText),
  focusReview: text(LIMITS.longText),
  needs: text(LIMITS.longText),
  answers,
  managerReply,
  submittedAt: isoDateTime,
  updatedAt: isoDateTime,
}, ['id', 'personId', 'period', 'status', 'goalUpdates', 'wins', 'blockers', 'focus', 'answers']);

export const checkInContext: fc.Arbitrary<CheckInContext> = rec<CheckInContext>({
  person,
  checkIn: fc.option(checkIn, { nil: null }),
  previous: fc.option(checkIn, { nil: null }),
  goals: uniqueById(goal, 6),
  questions: uniqueById(question, 5),
}, ['checkIn', 'previous', 'goals', 'questions']);

/** A scale as people use them: 2 to 11 points, labels for some. */
export const ratingScale: fc.Arbitrary<RatingScale> = fc.tuple(fc.integer({ min: -2, max: 2 }), fc.integer({ min: 1, max: 10 }))
  .chain(([min, span]) => list(text(LIMITS.title), 11).map((labels) => ({ min, max: min + span, labels })));

export const surveyQuestion: fc.Arbitrary<SurveyQuestion> = fc.oneof(
  { arbitrary: question, weight: 5 },
  { arbitrary: question.chain((q) => text(LIMITS.unit, { min: 1 }).map((kind) => ({ ...q, kind }))), weight: 1 },
);

export const surveySection: fc.Arbitrary<SurveySection> = rec<SurveySection>({
  id,
  title: text(LIMITS.title, { min: 1 }),
  description: text(LIMITS.longText),
  competencyId: id,
  questions: uniqueById(surveyQuestion, 4),
}, ['id', 'title', 'questions']);

/** Question ids are unique across the whole survey (answers are keyed by them). */
export const survey: fc.Arbitrary<Survey> = rec<Survey>({
  id,
  title: text(LIMITS.title, { min: 1 }),
  intro: text(LIMITS.longText),
  scale: ratingScale,
  sections: uniqueById(surveySection, 3),
  threshold: between(1, 100, { int: true }),
}, ['id', 'title', 'scale', 'sections', 'threshold']).map((s) => {
  const seen = new Set<string>();
  return {
    ...s,
    sections: s.sections.map((section) => ({
      ...section,
      questions: section.questions.filter((q) => !seen.has(q.id) && seen.add(q.id)),
    })),
  };
});

export const surveyDraft: fc.Arbitrary<SurveyDraft> = rec<SurveyDraft>({ answers, savedAt: isoDateTime }, ['answers', 'savedAt']);

export const surveyAssignment: fc.Arbitrary<SurveyAssignment> = rec<SurveyAssignment>({
  id,
  survey,
  subject: person,
  relationship: fc.constantFrom(...RELATIONSHIPS),
  status: fc.constantFrom(...ASSIGNMENT_STATUSES),
  cycleId: id,
  dueDate: isoDate,
  draft: surveyDraft,
  submittedAt: isoDateTime,
}, ['id', 'survey', 'subject', 'relationship', 'status']);

export const assignmentSummary: fc.Arbitrary<AssignmentSummary> = rec<AssignmentSummary>({
  id,
  subject: person,
  relationship: fc.constantFrom(...RELATIONSHIPS),
  status: fc.constantFrom(...ASSIGNMENT_STATUSES),
  cycleId: id,
  dueDate: isoDate,
  submittedAt: isoDateTime,
  surveyId: id,
  surveyTitle: text(LIMITS.title, { min: 1 }),
  draftSavedAt: isoDateTime,
}, ['id', 'subject', 'relationship', 'status', 'surveyId', 'surveyTitle']);

export const assignmentList: fc.Arbitrary<AssignmentList> = rec<AssignmentList>({
  assignments: uniqueById(assignmentSummary, 6),
}, ['assignments']);

const feedbackKindRead = fc.oneof(
  { arbitrary: fc.constantFrom(...FEEDBACK_KINDS), weight: 5 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 40 }), weight: 1 },
);

export const feedbackItem: fc.Arbitrary<FeedbackItem> = rec<FeedbackItem>({
  id,
  kind: feedbackKindRead,
  from: person,
  toId: id,
  body: text(LIMITS.longText, { min: 1 }),
  competencyIds: list(id, 3),
  values: list(text(LIMITS.title, { min: 1 }), 3),
  visibility: fc.constantFrom(...VISIBILITIES),
  requested: fc.boolean(),
  link: httpUrl,
  requestId: id,
  question: text(LIMITS.shortText),
  createdAt: isoDateTime,
}, ['id', 'kind', 'toId', 'body', 'competencyIds', 'values', 'visibility', 'requested', 'createdAt']);

export const feedbackCatalogue: fc.Arbitrary<FeedbackCatalogue> = rec<FeedbackCatalogue>({
  competencies: uniqueById(rec({ id, name: text(LIMITS.name, { min: 1 }) }, ['id', 'name']), 5),
  values: list(text(LIMITS.title, { min: 1 }), 5),
}, ['competencies', 'values']);

export const feedbackPage: fc.Arbitrary<FeedbackPage> = rec<FeedbackPage>({
  items: uniqueById(feedbackItem, 12),
  nextCursor: fc.option(text(LIMITS.shortText), { nil: null }),
  total: fc.nat(),
  counts: fc.dictionary(feedbackKindRead, fc.nat(), { maxKeys: 6, noNullPrototype: true }),
  person,
  catalogue: feedbackCatalogue,
  dropped: fc.nat(),
}, ['items', 'nextCursor']);

export const feedbackRequest: fc.Arbitrary<FeedbackRequest> = rec<FeedbackRequest>({
  id,
  from: person,
  toId: id,
  aboutId: id,
  about: person,
  question: text(LIMITS.shortText, { min: 1 }),
  status: fc.constantFrom(...FEEDBACK_REQUEST_STATUSES),
  createdAt: isoDateTime,
}, ['id', 'toId', 'aboutId', 'question', 'status', 'createdAt']);

export const feedbackRequestList: fc.Arbitrary<FeedbackRequestList> = rec<FeedbackRequestList>({
  requests: uniqueById(feedbackRequest, 5),
  people: uniqueById(person, 5),
}, ['requests']);

export const groupScore: fc.Arbitrary<GroupScore> = fc.oneof(
  rec({ mean: finite, n: fc.integer({ min: 1, max: 1000 }) }, ['mean', 'n']),
  fc.constant({ suppressed: true as const }),
);
const groupScores = rec(
  Object.fromEntries(RATER_GROUPS.map((g) => [g, groupScore])) as Record<(typeof RATER_GROUPS)[number], fc.Arbitrary<GroupScore>>,
  [],
) as fc.Arbitrary<CompetencyScore['scores']>;

export const competencyScore: fc.Arbitrary<CompetencyScore> = rec<CompetencyScore>({
  id,
  name: text(LIMITS.name, { min: 1 }),
  description: text(LIMITS.longText),
  target: finite,
  scores: groupScores,
  overall: groupScore,
  previous: finite,
}, ['id', 'name', 'scores']);

export const cycleCompetencyScore: fc.Arbitrary<CycleCompetencyScore> = rec<CycleCompetencyScore>({
  id, scores: groupScores, overall: groupScore,
}, ['id', 'scores']);

export const profileCycle: fc.Arbitrary<ProfileCycle> = rec<ProfileCycle>({
  cycleId: id,
  label: text(LIMITS.name, { min: 1 }),
  scores: uniqueById(cycleCompetencyScore, 4),
}, ['cycleId', 'label', 'scores']);

export const competencyProfile: fc.Arbitrary<CompetencyProfile> = rec<CompetencyProfile>({
  personId: id,
  cycleId: id,
  cycleLabel: text(LIMITS.name, { min: 1 }),
  scale: ratingScale,
  threshold: between(1, 100, { int: true }),
  competencies: uniqueById(competencyScore, 8),
  history: uniqueById(profileCycle.map((c) => ({ ...c, id: c.cycleId })), 3).map((cs) => cs.map(({ id: _id, ...c }) => c)),
}, ['personId', 'scale', 'threshold', 'competencies']);

/** Every valid arbitrary, by the name of the schema it follows. */
export const valid = {
  person, keyResult, alignment, goal, goalList, question, answers, goalUpdate, managerReply, checkIn, checkInContext,
  ratingScale, surveySection, survey, surveyDraft, surveyAssignment, assignmentSummary, assignmentList,
  feedbackItem, feedbackCatalogue, feedbackPage, feedbackRequest, feedbackRequestList, groupScore, competencyScore,
  profileCycle, competencyProfile,
} as const;

// ── near-valid: one thing wrong ───────────────────────────────────────────────────────────

/** What a field may wrongly hold. */
export const BAD_VALUES: readonly unknown[] = [
  null, undefined, 0, -1, 1.5, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
  '', ' ', 'x', 'x'.repeat(100_000), true, false, [], {}, [null], { id: 42 },
  'javascript:alert(1)', 'data:text/html,<b>x</b>', '2026-13-45', '2026-02-30', '2026-W99', 'not a date',
  '__proto__', 'constructor', 'prototype', -0, 2 ** 53, '42', 'null',
];

/** One mutation of a JSON-like value, at one of its nodes. */
export type Mutation =
  | { kind: 'replace'; with: unknown }
  | { kind: 'delete' }
  | { kind: 'extra-key'; key: string; value: unknown }
  | { kind: 'proto-key'; key: '__proto__' | 'constructor' | 'prototype' }
  | { kind: 'duplicate' }
  | { kind: 'huge-array' }
  | { kind: 'null-prototype' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.constantFrom(...BAD_VALUES).map((v) => ({ kind: 'replace' as const, with: v })), weight: 6 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => ({ kind: 'replace' as const, with: v })), weight: 1 },
  { arbitrary: fc.constant({ kind: 'delete' as const }), weight: 2 },
  { arbitrary: fc.tuple(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => ({ kind: 'extra-key' as const, key, value })), weight: 1 },
  { arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => ({ kind: 'proto-key' as const, key })), weight: 2 },
  { arbitrary: fc.constant({ kind: 'duplicate' as const }), weight: 2 },
  { arbitrary: fc.constant({ kind: 'huge-array' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'null-prototype' as const }), weight: 1 },
);

type Path = (string | number)[];

/** Every node's path, the root's (`[]`) first. */
export function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

/** A deep copy of JSON-like data that keeps own `__proto__` keys as data, as `JSON.parse` does. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  for (const [k, v] of Object.entries(value)) define(out, k, copy(v));
  return out;
}

function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A JSON-parsed object carrying `key` as its own property, e.g. `{"__proto__": {"polluted": "yes"}}`. */
const PROTO_PAYLOAD = () => JSON.parse('{"polluted":"yes","toString":"polluted","isAdmin":true}') as unknown;

/** Applies `m` at the node `pick` selects (modulo the number of nodes); returns a new value. */
export function mutate(value: unknown, pick: number, m: Mutation): unknown {
  const root = copy(value);
  const paths = pathsOf(root);
  // Mutations that need a parent (delete, replace) skip the root unless it is the only node.
  const candidates = m.kind === 'delete' || m.kind === 'replace' ? (paths.length > 1 ? paths.slice(1) : paths) : paths;
  const path = candidates[pick % candidates.length]!;
  const parent = path.length ? path.slice(0, -1).reduce<any>((node, key) => node[key], root) : undefined;
  const key = path.at(-1);
  const node = path.reduce<any>((n, k) => n[k], root);
  const set = (v: unknown) => {
    if (parent === undefined) return v;
    if (Array.isArray(parent)) parent[key as number] = v;
    else define(parent, key as string, v);
    return root;
  };
  switch (m.kind) {
    case 'replace':
      return set(m.with);
    case 'delete':
      if (parent === undefined) return undefined;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return root;
    case 'extra-key':
      if (typeof node === 'object' && node !== null && !Array.isArray(node)) define(node, m.key, m.value);
      else return set({ [m.key]: m.value });
      return root;
    case 'proto-key': {
      const target = typeof node === 'object' && node !== null && !Array.isArray(node) ? node : (parent ?? root);
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        define(target, m.key, PROTO_PAYLOAD());
        // Also an id that is a reserved word, where the object has one.
        if (typeof (target as { id?: unknown }).id === 'string') define(target, 'id', m.key);
      }
      return root;
    }
    case 'duplicate':
      if (Array.isArray(node) && node.length) node.push(copy(node[0]));
      else if (Array.isArray(parent)) parent.push(copy(node));
      return root;
    case 'huge-array':
      if (Array.isArray(node)) return set(Array.from({ length: 1001 + node.length }, (_, i) => copy(node[i % Math.max(1, node.length)] ?? null)));
      return set(Array.from({ length: 1001 }, () => copy(node)));
    case 'null-prototype':
      if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
        const bare = Object.create(null) as Record<string, unknown>;
        for (const [k, v] of Object.entries(node)) bare[k] = v;
        return set(bare);
      }
      return root;
  }
}

/** A valid value of `arb` with one mutation applied somewhere in it. */
export const nearValid = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.tuple(arb, fc.nat(), mutation).map(([value, pick, m]) => mutate(value, pick, m));

/** A goal list whose tree is broken: a dangling parent, a self-parent, or a cycle. */
export const brokenTree: fc.Arbitrary<GoalList> = fc.tuple(goalList, fc.nat(), fc.constantFrom('dangling', 'self', 'cycle', 'duplicate-id'))
  .filter(([list]) => list.goals.length >= 2)
  .map(([list, pick, how]) => {
    const goals = list.goals.map((g) => ({ ...g }));
    const a = goals[pick % goals.length]!;
    const b = goals[(pick + 1) % goals.length]!;
    if (how === 'dangling') a.parentId = `${a.id}-missing-parent`;
    else if (how === 'self') a.parentId = a.id;
    else if (how === 'cycle') { a.parentId = b.id; b.parentId = a.id; }
    else b.id = a.id;
    return { ...list, goals };
  });

export const nearValidGoalList: fc.Arbitrary<unknown> = fc.oneof(nearValid(goalList), brokenTree);

/** Anything at all: what a broken backend or proxy might answer. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...BAD_VALUES),
  fc.anything({ maxDepth: 2 }),
  fc.jsonValue({ maxDepth: 3 }),
);
