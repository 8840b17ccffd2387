import type { CompetencyScore, GroupScore, RaterGroup } from '../schemas/competency.js';
import type { Answers } from '../schemas/question.js';
import type { Relationship, Survey, SurveySection } from '../schemas/survey.js';
import { RELATIONSHIPS } from '../schemas/values.js';

/**
 * The anonymity rule for 360° results. Pure functions, no DOM: every adapter and the reference
 * server compute competency profiles and comment lists through this one file.
 *
 * The rule, for each competency (and, for comments, each section):
 * 1. N/A (`null`) answers, missing answers and ratings outside the survey's scale are ignored:
 *    they count neither in a mean nor in a group's `n`. A rater counts in a group when they gave
 *    at least one valid rating for the competency; their ratings are averaged first, and a group's
 *    mean is the mean of its raters' averages (every rater weighs the same).
 * 2. `self` and `manager` are shown as they are, whatever their size.
 * 3. `peer`, `direct-report` and `other` groups with at least `threshold` raters are shown. Smaller
 *    (non-empty) groups are hidden (`{ suppressed: true }`) and their raters pooled into `others`.
 * 4. Complementary suppression: if the pool is non-empty but still below the threshold, the
 *    smallest shown group among peer / direct-report / other is hidden too and pooled with it,
 *    so the pool reaches the threshold. Without this, the `overall` figure minus the shown groups
 *    would give the hidden group's mean exactly.
 * 5. `others` is shown when the pool reaches the threshold, else suppressed (or absent if empty).
 * 6. `overall` (every rater except self) is shown unless some of its raters sit in a hidden group
 *    that no shown figure covers (e.g. a manager and two peers: overall − manager = the peers).
 *
 * Comments follow the same rule, decided on the number of raters in each group who answered the
 * section at all; shown comments are sorted so their order says nothing about who wrote them.
 * Every group pooled into `others` is marked hidden, whether or not its raters commented.
 */

/** One submitted questionnaire: who the rater is to the subject, and what they answered. */
export interface RaterResponse {
  relationship: Relationship;
  answers: Answers;
}

/** Names, descriptions and targets for competencies, keyed by the sections' `competencyId`. */
export interface CompetencyInfo {
  id: string;
  name: string;
  description?: string;
  target?: number;
}

export interface AggregateOptions {
  /** Smallest group shown on its own; defaults to the survey's threshold. */
  threshold?: number;
  /** Overrides the section titles as names and adds descriptions and targets. */
  competencies?: readonly CompetencyInfo[];
  /** The previous cycle's scores (as returned by `aggregate`): fills `previous` from their figures. */
  previous?: readonly CompetencyScore[];
}

/** Groups that are shown only when large enough. */
export const SMALL_GROUP_RELATIONSHIPS = ['peer', 'direct-report', 'other'] as const satisfies readonly Relationship[];
const ALWAYS_SHOWN = ['self', 'manager'] as const satisfies readonly Relationship[];

/** Raters per relationship. */
export type GroupCounts = Partial<Record<Relationship, number>>;

/** What may be published for one competency (or one comment section). */
export interface Disclosure {
  /** Relationships shown on their own. */
  shown: Relationship[];
  /** Relationships hidden and pooled into `others` (primary and complementary suppression). */
  merged: Relationship[];
  /** Raters in the pool. */
  pooled: number;
  /** `others` (the pool) may be shown. */
  othersShown: boolean;
  /** The overall figure (every rater except self) may be shown. */
  overallShown: boolean;
}

export const DEFAULT_THRESHOLD = 3;

function checkThreshold(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`The anonymity threshold must be a whole number of at least 1, not ${threshold}`);
  }
  return threshold;
}

/**
 * The heart of the rule: given how many raters each relationship has, which figures may be
 * shown. Used for ratings and comments alike.
 */
export function discloseGroups(counts: GroupCounts, threshold: number = DEFAULT_THRESHOLD): Disclosure {
  checkThreshold(threshold);
  const count = (r: Relationship) => Math.max(0, counts[r] ?? 0);
  const shown: Relationship[] = ALWAYS_SHOWN.filter((r) => count(r) > 0);
  const merged: Relationship[] = [];
  const shownSmall: Relationship[] = [];
  for (const r of SMALL_GROUP_RELATIONSHIPS) {
    if (count(r) >= threshold) shownSmall.push(r);
    else if (count(r) > 0) merged.push(r);
  }
  let pooled = merged.reduce((sum, r) => sum + count(r), 0);
  if (pooled > 0 && pooled < threshold && shownSmall.length > 0) {
    // Complementary suppression: hide the smallest shown group too (stable by group order).
    const smallest = shownSmall.reduce((a, b) => (count(b) < count(a) ? b : a));
    shownSmall.splice(shownSmall.indexOf(smallest), 1);
    merged.push(smallest);
    merged.sort((a, b) => SMALL_GROUP_RELATIONSHIPS.indexOf(a as never) - SMALL_GROUP_RELATIONSHIPS.indexOf(b as never));
    pooled += count(smallest);
  }
  shown.push(...shownSmall);
  const othersShown = pooled >= threshold;
  // Whatever the overall holds beyond the shown figures must be empty or itself large enough.
  const uncovered = othersShown ? 0 : pooled;
  return { shown, merged, pooled, othersShown, overallShown: uncovered === 0 };
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function isRelationship(value: unknown): value is Relationship {
  return (RELATIONSHIPS as readonly unknown[]).includes(value);
}

interface CompetencyQuestions {
  info: CompetencyInfo;
  questionIds: string[];
}

/** Rating questions per competency, in the order the competencies first appear in the survey. */
function competenciesOf(survey: Survey, infos: readonly CompetencyInfo[] = []): CompetencyQuestions[] {
  const byId = new Map<string, CompetencyQuestions>();
  const given = new Map(infos.map((info) => [info.id, info]));
  for (const section of survey.sections) {
    const id = section.competencyId;
    if (!id) continue;
    let entry = byId.get(id);
    if (!entry) {
      entry = { info: given.get(id) ?? { id, name: section.title }, questionIds: [] };
      byId.set(id, entry);
    }
    for (const q of section.questions) if (q.kind === 'rating') entry.questionIds.push(q.id);
  }
  return [...byId.values()];
}

/** A rater's mean over the given rating questions, or undefined when they gave no valid rating. */
function raterMean(answers: Answers, questionIds: readonly string[], survey: Survey): number | undefined {
  const values: number[] = [];
  for (const id of questionIds) {
    if (!Object.hasOwn(answers, id)) continue;
    const value = answers[id];
    if (typeof value === 'number' && Number.isFinite(value) && value >= survey.scale.min && value <= survey.scale.max) {
      values.push(value);
    }
  }
  return values.length ? mean(values) : undefined;
}

const score = (values: readonly number[]): GroupScore => ({ mean: mean(values), n: values.length });
/** A fresh marker each time, so no two results share an object. */
const suppressed = (): { suppressed: true } => ({ suppressed: true });

/**
 * The figure that stands for a competency in a cycle: the overall mean when shown, else the
 * n-weighted mean of the shown groups other than self. Undefined when nothing is shown.
 */
export function previousFigure(competency: CompetencyScore): number | undefined {
  if (competency.overall && 'mean' in competency.overall) return competency.overall.mean;
  let sum = 0;
  let n = 0;
  for (const [group, value] of Object.entries(competency.scores) as [RaterGroup, GroupScore | undefined][]) {
    if (group === 'self' || !value || !('mean' in value)) continue;
    sum += value.mean * value.n;
    n += value.n;
  }
  return n > 0 ? sum / n : undefined;
}

/**
 * Competency scores per rater group for one subject in one cycle, following the anonymity rule
 * (see the top of this file). One entry per competency in the survey, in survey order; a
 * competency nobody rated has empty `scores`.
 */
export function aggregate(
  responses: readonly RaterResponse[],
  survey: Survey,
  options: AggregateOptions = {},
): CompetencyScore[] {
  const threshold = checkThreshold(options.threshold ?? survey.threshold ?? DEFAULT_THRESHOLD);
  const previous = new Map((options.previous ?? []).map((c) => [c.id, previousFigure(c)]));
  const valid = responses.filter((r) => isRelationship(r.relationship) && r.answers && typeof r.answers === 'object');

  return competenciesOf(survey, options.competencies).map(({ info, questionIds }) => {
    const values = new Map<Relationship, number[]>();
    for (const response of valid) {
      const value = raterMean(response.answers, questionIds, survey);
      if (value === undefined) continue;
      const list = values.get(response.relationship) ?? [];
      list.push(value);
      values.set(response.relationship, list);
    }
    const counts: GroupCounts = Object.fromEntries([...values].map(([r, list]) => [r, list.length]));
    const disclosure = discloseGroups(counts, threshold);

    const scores: CompetencyScore['scores'] = {};
    for (const r of RELATIONSHIPS) {
      const list = values.get(r);
      if (!list) continue;
      scores[r] = disclosure.shown.includes(r) ? score(list) : suppressed();
    }
    if (disclosure.pooled > 0) {
      scores.others = disclosure.othersShown
        ? score(disclosure.merged.flatMap((r) => values.get(r) ?? []))
        : suppressed();
    }
    const everyoneButSelf = [...values].filter(([r]) => r !== 'self').flatMap(([, list]) => list);

    const result: CompetencyScore = { id: info.id, name: info.name, scores };
    if (info.description !== undefined) result.description = info.description;
    if (info.target !== undefined) result.target = info.target;
    if (everyoneButSelf.length > 0) result.overall = disclosure.overallShown ? score(everyoneButSelf) : suppressed();
    const before = previous.get(info.id);
    if (before !== undefined) result.previous = before;
    return result;
  });
}

/** Comments on one text question, by rater group. Suppressed groups had comments that are hidden. */
export interface QuestionComments {
  sectionId: string;
  questionId: string;
  competencyId?: string;
  groups: Partial<Record<RaterGroup, { comments: string[] } | { suppressed: true }>>;
}

function answeredSection(answers: Answers, section: SurveySection): boolean {
  return section.questions.some((q) => {
    if (!Object.hasOwn(answers, q.id)) return false;
    const value = answers[q.id];
    if (value === null || value === undefined) return false;
    if (typeof value === 'string') return value.trim() !== '';
    if (Array.isArray(value)) return value.length > 0;
    return Number.isFinite(value);
  });
}

function commentOf(answers: Answers, questionId: string): string | undefined {
  if (!Object.hasOwn(answers, questionId)) return undefined;
  const value = answers[questionId];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Free-text answers per text question, grouped and hidden by the same rule as ratings. A group's
 * size is the number of its raters who answered the section at all. Comments are sorted by text.
 * Questions nobody commented on are left out.
 */
export function aggregateComments(
  responses: readonly RaterResponse[],
  survey: Survey,
  options: Pick<AggregateOptions, 'threshold'> = {},
): QuestionComments[] {
  const threshold = checkThreshold(options.threshold ?? survey.threshold ?? DEFAULT_THRESHOLD);
  const valid = responses.filter((r) => isRelationship(r.relationship) && r.answers && typeof r.answers === 'object');
  const result: QuestionComments[] = [];
  for (const section of survey.sections) {
    const textQuestions = section.questions.filter((q) => q.kind === 'text');
    if (textQuestions.length === 0) continue;
    const counts: GroupCounts = {};
    for (const response of valid) {
      if (answeredSection(response.answers, section)) {
        counts[response.relationship] = (counts[response.relationship] ?? 0) + 1;
      }
    }
    const disclosure = discloseGroups(counts, threshold);
    for (const question of textQuestions) {
      const byGroup = new Map<Relationship, string[]>();
      for (const response of valid) {
        const comment = commentOf(response.answers, question.id);
        if (comment === undefined) continue;
        const list = byGroup.get(response.relationship) ?? [];
        list.push(comment);
        byGroup.set(response.relationship, list);
      }
      if (byGroup.size === 0) continue;
      const groups: QuestionComments['groups'] = {};
      for (const r of RELATIONSHIPS) {
        const list = byGroup.get(r);
        // Every merged group is marked, commented or not: marking only those who commented would
        // tell which group the pooled comments came from (a peer's lone comment shown as "others"
        // beside "peer: hidden" is that peer's).
        if (disclosure.merged.includes(r)) groups[r] = suppressed();
        else if (list) groups[r] = disclosure.shown.includes(r) ? { comments: [...list].sort(byText) } : suppressed();
      }
      const pooled = disclosure.merged.flatMap((r) => byGroup.get(r) ?? []);
      if (pooled.length > 0) {
        groups.others = disclosure.othersShown ? { comments: pooled.sort(byText) } : suppressed();
      }
      const entry: QuestionComments = { sectionId: section.id, questionId: question.id, groups };
      if (section.competencyId !== undefined) entry.competencyId = section.competencyId;
      result.push(entry);
    }
  }
  return result;
}
