import * as z from 'zod/mini';
import { QUESTION_KINDS } from './values.js';
import { LIMITS, idRecord, idSchema, list, text } from './common.js';

export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A question in a survey section or a check-in's custom questions. */
export const questionSchema = z.object({
  id: idSchema,
  kind: z.enum(QUESTION_KINDS),
  text: text(LIMITS.shortText, { min: 1 }),
  help: z.optional(text(LIMITS.shortText)),
  required: z.boolean(),
  allowNA: z.optional(z.boolean()),
  /** For `choice`: the options offered. */
  options: z.optional(list(text(LIMITS.title, { min: 1 }), 50)),
  /** For `choice`: several options may be picked. */
  multiple: z.optional(z.boolean()),
});
export type Question = z.infer<typeof questionSchema>;

/**
 * A question in a survey. Like `questionSchema`, except that a kind this version does not know
 * (sent by a newer backend) still parses: `<pm-survey-360>` shows it as an explained placeholder
 * instead of refusing the whole survey.
 */
export const surveyQuestionSchema = z.object({
  ...questionSchema.shape,
  kind: text(LIMITS.unit, { min: 1 }),
});
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

/** An answer: a rating, free text, chosen options, or null for N/A. */
export const answerSchema = z.nullable(
  z.union([z.number(), text(LIMITS.longText), list(text(LIMITS.title), 50)]),
);
export type Answer = z.infer<typeof answerSchema>;

export const answersSchema = idRecord(answerSchema);
export type Answers = z.infer<typeof answersSchema>;

export { QUESTION_KINDS };
