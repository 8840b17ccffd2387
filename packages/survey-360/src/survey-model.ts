import {
  LIMITS, QUESTION_KINDS, checkedValue,
  type Answer, type Answers, type RatingScale, type Survey, type SurveyQuestion, type SurveySection,
} from '@pm-widgets/core';
import { isBlank } from '@pm-widgets/core/drafts';
import { MAX_SCALE_POINTS, MIN_SCALE_POINTS, type SurveyProblemKind, type SurveyProgress } from './types.js';

/** The longest text answer the schemas accept; the counter shows it. */
export const TEXT_LIMIT = LIMITS.longText;

/** A question where the form shows it: its section (page) and its index (DOM ids use the index, never data). */
export interface PlacedQuestion {
  question: SurveyQuestion;
  index: number;
  page: number;
  /** False for a kind this version does not know: shown as a placeholder, never counted or required. */
  known: boolean;
}

export interface SurveyPage {
  section: SurveySection;
  questions: PlacedQuestion[];
}

export interface SurveyProblem {
  kind: SurveyProblemKind;
  /** The duplicated question id, or the scale's bounds. */
  detail: string;
}

/** A survey as the form uses it: pages (sections with questions), every question placed, the scale's points. */
export interface SurveyModel {
  pages: SurveyPage[];
  questions: PlacedQuestion[];
  byId: Map<string, PlacedQuestion>;
  /** The scale's points, e.g. [1, 2, 3, 4, 5]. */
  points: number[];
  /** The visible label of each point (undefined where the scale has none for it). */
  pointLabels: (string | undefined)[];
  /** Set when the definition cannot be shown at all. */
  problem?: SurveyProblem;
  /** Sections without questions, left out. */
  emptySections: number;
}

const isKnownKind = (kind: string) => (QUESTION_KINDS as readonly string[]).includes(kind);

/**
 * Labels per point: one per point when the scale names them all; otherwise the labels are anchors
 * — the first on the lowest point, the last on the highest, and a middle one (of three) on the
 * middle point when there is one.
 */
export function pointLabels(scale: RatingScale, points: number): (string | undefined)[] {
  const labels = scale.labels.map((l) => (isBlank(l) ? undefined : l));
  if (labels.length === points) return labels;
  const result: (string | undefined)[] = Array.from({ length: points }, () => undefined);
  if (labels.length === 0) return result;
  result[0] = labels[0];
  if (labels.length > 1) result[points - 1] = labels[labels.length - 1];
  if (labels.length === 3 && points % 2 === 1) result[(points - 1) / 2] = labels[1];
  return result;
}

/** Checks a definition and places its questions. Problems that make it unusable are reported, never thrown. */
export function buildModel(survey: Survey): SurveyModel {
  const model: SurveyModel = { pages: [], questions: [], byId: new Map(), points: [], pointLabels: [], emptySections: 0 };
  const { min, max } = survey.scale;
  const count = max - min + 1;
  const usesRating = survey.sections.some((s) => s.questions.some((q) => q.kind === 'rating'));
  if (usesRating && min >= max) {
    model.problem = { kind: 'bad-scale', detail: `${min}–${max}` };
    return model;
  }
  if (usesRating && count > MAX_SCALE_POINTS) {
    model.problem = { kind: 'too-many-points', detail: String(count) };
    return model;
  }
  if (count >= MIN_SCALE_POINTS && count <= MAX_SCALE_POINTS) {
    model.points = Array.from({ length: count }, (_, i) => min + i);
    model.pointLabels = pointLabels(survey.scale, count);
  }
  for (const section of survey.sections) {
    if (section.questions.length === 0) {
      model.emptySections++;
      continue;
    }
    const page: SurveyPage = { section, questions: [] };
    for (const question of section.questions) {
      if (model.byId.has(question.id)) {
        model.problem = { kind: 'duplicate-id', detail: question.id };
        return model;
      }
      const placed: PlacedQuestion = { question, index: model.questions.length, page: model.pages.length, known: isKnownKind(question.kind) };
      model.byId.set(question.id, placed);
      model.questions.push(placed);
      page.questions.push(placed);
    }
    model.pages.push(page);
  }
  return model;
}

/** True when an answer fits its question (kind, scale, options, length). */
export function answerFits(placed: PlacedQuestion, answer: Answer | undefined, model: SurveyModel): boolean {
  const q = placed.question;
  if (answer === undefined || !placed.known) return false;
  if (answer === null) return q.kind === 'rating' && !!q.allowNA;
  switch (q.kind) {
    case 'rating':
      return typeof answer === 'number' && model.points.includes(answer);
    case 'text':
      return typeof answer === 'string' && answer.length <= TEXT_LIMIT;
    default: {
      const options = q.options ?? [];
      if (q.multiple) return Array.isArray(answer) && answer.every((o) => options.includes(o));
      return typeof answer === 'string' && (answer === '' || options.includes(answer));
    }
  }
}

/** True when a question counts as answered: a rating or N/A (where allowed), text, a choice. */
export function isQuestionAnswered(placed: PlacedQuestion, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (answer === null) return placed.question.kind === 'rating' && !!placed.question.allowNA;
  if (typeof answer === 'string') return !isBlank(answer);
  if (Array.isArray(answer)) return answer.length > 0;
  return true;
}

/** Required questions answered, of all required (known) questions. */
export function progressOf(model: SurveyModel, answers: Answers): SurveyProgress {
  let required = 0;
  let answered = 0;
  for (const placed of model.questions) {
    if (!placed.known || !placed.question.required) continue;
    required++;
    if (isQuestionAnswered(placed, answers[placed.question.id])) answered++;
  }
  return { answered, required, complete: answered === required };
}

/**
 * A saved draft's answers, keeping only those that fit this survey: answers to questions that no
 * longer exist, ratings outside the scale and the like are dropped and counted.
 */
export function sanitizeAnswers(model: SurveyModel, raw: unknown): { answers: Answers; dropped: number } {
  const parsed = checkedValue('answers', raw);
  const source: Record<string, unknown> = parsed ?? {};
  let dropped = parsed ? 0 : raw && typeof raw === 'object' ? Object.keys(raw).length : 0;
  const answers: Answers = {};
  for (const [id, answer] of Object.entries(source)) {
    const placed = model.byId.get(id);
    if (placed && answerFits(placed, answer as Answer, model)) answers[id] = answer as Answer;
    else dropped++;
  }
  return { answers, dropped };
}

/** Question id → the reason it stops a submission, in form order. */
export function validateAnswers(
  model: SurveyModel,
  answers: Answers,
  messages: { ratingMissing: string; textMissing: string; choiceMissing: string },
): Map<string, string> {
  const errors = new Map<string, string>();
  for (const placed of model.questions) {
    const q = placed.question;
    if (!placed.known || !q.required || isQuestionAnswered(placed, answers[q.id])) continue;
    errors.set(q.id, q.kind === 'rating' ? messages.ratingMissing : q.kind === 'text' ? messages.textMissing : messages.choiceMissing);
  }
  return errors;
}

/**
 * Where a resumed draft opens — where the rater stopped: the page of their last answer (in form
 * order), or the page after it when that one is complete; the first page when nothing is answered.
 */
export function resumePage(model: SurveyModel, answers: Answers): number {
  let last = -1;
  for (const placed of model.questions) if (isQuestionAnswered(placed, answers[placed.question.id])) last = placed.page;
  if (last < 0) return 0;
  const open = model.pages[last]!.questions.some((p) => p.known && p.question.required && !isQuestionAnswered(p, answers[p.question.id]));
  return open ? last : Math.min(last + 1, model.pages.length - 1);
}

/** The answers to send: only those to questions of this survey, text as typed. */
export function answersToSubmit(model: SurveyModel, answers: Answers): Answers {
  const result: Answers = {};
  for (const placed of model.questions) {
    const answer = answers[placed.question.id];
    if (answer !== undefined && placed.known) result[placed.question.id] = answer;
  }
  return result;
}

/** True when two answer sets say the same (ignoring key order). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  return true;
}

/** True when a date (YYYY-MM-DD) is before today (the reader's calendar day). */
export function isPastDue(dueDate: string | undefined, now = new Date()): boolean {
  if (!dueDate) return false;
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return dueDate < today;
}
