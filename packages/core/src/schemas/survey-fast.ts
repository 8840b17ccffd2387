import * as z from 'zod/mini';
import { LIMITS } from './common.js';
import { everyOf, isId, isPlain, isText, onlyKeys, optional } from './exact.js';
import { surveyAssignmentSchema, surveySchema, type SurveyAssignment, type SurveySection } from './survey.js';

/**
 * A fast, CSP-safe (no eval) check for a survey's sections and questions, the homogeneous part of
 * an assignment that grows with the survey (like `goal-fast.ts` for goals). `isExactSection`
 * answers `true` only when `surveySectionSchema` would accept the section AND its output would
 * equal the input (plain object, no unknown keys, no key present with `undefined`).
 * `parseAssignmentFast` runs zod over everything else (the assignment, the survey's head, the
 * draft: small) and keeps the sections as they came when every one passes; otherwise it answers
 * `undefined` and the caller runs the full zod parse, with the same result and messages as before.
 */
const SECTION_KEYS = new Set(['id', 'title', 'description', 'competencyId', 'questions']);
const QUESTION_KEYS = new Set(['id', 'kind', 'text', 'help', 'required', 'allowNA', 'options', 'multiple']);

const isBoolean = (v: unknown) => typeof v === 'boolean';
const isOption = (v: unknown) => isText(v, LIMITS.title, 1);

export function isExactQuestion(v: unknown): boolean {
  return isPlain(v) && onlyKeys(v, QUESTION_KEYS) && isId(v.id) && isText(v.kind, LIMITS.unit, 1)
    && isText(v.text, LIMITS.shortText, 1) && optional(v.help, (h) => isText(h, LIMITS.shortText))
    && isBoolean(v.required) && optional(v.allowNA, isBoolean) && optional(v.options, (o) => everyOf(o, 50, isOption))
    && optional(v.multiple, isBoolean);
}

export function isExactSection(v: unknown): v is SurveySection {
  return isPlain(v) && onlyKeys(v, SECTION_KEYS) && isId(v.id) && isText(v.title, LIMITS.title, 1)
    && optional(v.description, (d) => isText(d, LIMITS.longText)) && optional(v.competencyId, isId)
    && everyOf(v.questions, 200, isExactQuestion);
}

/** The assignment with the survey's sections only counted (checked by `isExactSection`). */
const envelopeSchema = z.extend(surveyAssignmentSchema, {
  survey: z.extend(surveySchema, { sections: z.array(z.unknown()).check(z.maxLength(100)) }),
});

/** The parsed assignment with its sections as they came, or `undefined`: then parse it in full. */
export function parseAssignmentFast(raw: unknown): SurveyAssignment | undefined {
  if (!isPlain(raw) || !isPlain(raw.survey) || !everyOf(raw.survey.sections, 100, isExactSection)) return undefined;
  const result = z.safeParse(envelopeSchema, raw);
  if (!result.success) return undefined;
  return { ...result.data, survey: { ...result.data.survey, sections: raw.survey.sections as SurveySection[] } };
}
