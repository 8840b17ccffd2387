import * as z from 'zod/mini';
import { RELATIONSHIPS, ASSIGNMENT_STATUSES } from './values.js';
import {
  LIMITS, between, idSchema, isoDateSchema, isoDateTimeSchema, list, text,
} from './common.js';
import { personSchema } from './person.js';
import { answersSchema, surveyQuestionSchema } from './question.js';

export type Relationship = (typeof RELATIONSHIPS)[number];
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const ratingScaleSchema = z.object({
  min: z.int(),
  max: z.int(),
  labels: list(text(LIMITS.title), 11),
});
export type RatingScale = z.infer<typeof ratingScaleSchema>;

export const surveySectionSchema = z.object({
  id: idSchema,
  title: text(LIMITS.title, { min: 1 }),
  description: z.optional(text(LIMITS.longText)),
  competencyId: z.optional(idSchema),
  questions: list(surveyQuestionSchema, 200),
});
export type SurveySection = z.infer<typeof surveySectionSchema>;

export const surveySchema = z.object({
  id: idSchema,
  title: text(LIMITS.title, { min: 1 }),
  intro: z.optional(text(LIMITS.longText)),
  scale: ratingScaleSchema,
  sections: list(surveySectionSchema, 100),
  /** Smallest rater group shown on its own; smaller groups are merged or suppressed. */
  threshold: between(1, 100, { int: true }),
});
export type Survey = z.infer<typeof surveySchema>;

export const surveyDraftSchema = z.object({
  answers: answersSchema,
  savedAt: isoDateTimeSchema,
});
export type SurveyDraft = z.infer<typeof surveyDraftSchema>;

export const surveyAssignmentSchema = z.object({
  id: idSchema,
  survey: surveySchema,
  subject: personSchema,
  relationship: z.enum(RELATIONSHIPS),
  status: z.enum(ASSIGNMENT_STATUSES),
  cycleId: z.optional(idSchema),
  dueDate: z.optional(isoDateSchema),
  draft: z.optional(surveyDraftSchema),
  submittedAt: z.optional(isoDateTimeSchema),
});
export type SurveyAssignment = z.infer<typeof surveyAssignmentSchema>;

/** `listAssignments`: a rater's assignments, optionally only those in one status. */
export const assignmentQuerySchema = z.object({
  raterId: idSchema,
  status: z.optional(z.enum(ASSIGNMENT_STATUSES)),
});
export type AssignmentQuery = z.infer<typeof assignmentQuerySchema>;

/** An assignment in a list: everything but the survey's questions and the draft's answers. */
const { survey: _survey, draft: _draft, ...assignmentShape } = surveyAssignmentSchema.shape;
export const assignmentSummarySchema = z.object({
  ...assignmentShape,
  surveyId: idSchema,
  surveyTitle: text(LIMITS.title, { min: 1 }),
  /** When the rater's saved draft was last written, if there is one. */
  draftSavedAt: z.optional(isoDateTimeSchema),
});
export type AssignmentSummary = z.infer<typeof assignmentSummarySchema>;

export const assignmentListSchema = z.object({
  assignments: list(assignmentSummarySchema, LIMITS.bigList),
});
export type AssignmentList = z.infer<typeof assignmentListSchema>;

export { RELATIONSHIPS, ASSIGNMENT_STATUSES };
