import * as z from 'zod/mini';
import { checkInSchema } from '../schemas/check-in.js';
import { LIMITS, idSchema, isoDateSchema, isoDateTimeSchema, list, text } from '../schemas/common.js';
import { feedbackItemSchema, feedbackRequestSchema } from '../schemas/feedback.js';
import { goalSchema } from '../schemas/goal.js';
import { personSchema } from '../schemas/person.js';
import { answersSchema, questionSchema } from '../schemas/question.js';
import { RELATIONSHIPS, surveyAssignmentSchema, surveySchema } from '../schemas/survey.js';

/**
 * What the memory adapter holds. Entities the widgets see directly (people, goals, check-ins,
 * questions, surveys, feedback) are stored in their domain shape; survey assignments and
 * responses are stored by reference (ids) and joined when read.
 */

export const teamSchema = z.object({
  id: idSchema,
  name: text(LIMITS.name, { min: 1 }),
  /** The department head. */
  leadId: z.optional(idSchema),
});
export type Team = z.infer<typeof teamSchema>;

/** A review cycle: goals and 360 surveys belong to one. */
export const cycleSchema = z.object({
  id: idSchema,
  name: text(LIMITS.name, { min: 1 }),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** The 360 survey run in this cycle. */
  surveyId: z.optional(idSchema),
});
export type Cycle = z.infer<typeof cycleSchema>;

export const competencySchema = z.object({
  id: idSchema,
  name: text(LIMITS.name, { min: 1 }),
  description: z.optional(text(LIMITS.longText)),
  target: z.optional(z.number()),
  /** The company value the competency comes from. */
  value: z.optional(text(LIMITS.title)),
});
export type Competency = z.infer<typeof competencySchema>;

/** An assignment as stored: the survey and subject by id, joined when read. */
export const storedAssignmentSchema = z.extend(z.omit(surveyAssignmentSchema, { survey: true, subject: true }), {
  surveyId: idSchema,
  subjectId: idSchema,
  /** Who answers. Never shown to the subject. */
  raterId: z.optional(idSchema),
});
export type StoredAssignment = z.infer<typeof storedAssignmentSchema>;

/** A submitted questionnaire. Kept apart from the assignment, as a real backend would. */
export const storedResponseSchema = z.object({
  id: idSchema,
  assignmentId: idSchema,
  surveyId: idSchema,
  subjectId: idSchema,
  cycleId: z.optional(idSchema),
  relationship: z.enum(RELATIONSHIPS),
  answers: answersSchema,
  submittedAt: isoDateTimeSchema,
});
export type StoredResponse = z.infer<typeof storedResponseSchema>;

export const memoryDataSchema = z.object({
  people: list(personSchema, LIMITS.bigList),
  teams: list(teamSchema, LIMITS.bigList),
  goals: list(goalSchema, LIMITS.bigList),
  checkIns: list(checkInSchema, LIMITS.bigList),
  checkInQuestions: list(questionSchema, 100),
  surveys: list(surveySchema, LIMITS.bigList),
  cycles: list(cycleSchema, LIMITS.bigList),
  competencies: list(competencySchema, 100),
  assignments: list(storedAssignmentSchema, LIMITS.bigList),
  responses: list(storedResponseSchema, LIMITS.bigList),
  feedback: list(feedbackItemSchema, LIMITS.bigList),
  /** Requests for feedback, open and answered (optional: data stored before requests existed has none). */
  feedbackRequests: z.optional(list(feedbackRequestSchema, LIMITS.bigList)),
});
export type MemoryData = z.infer<typeof memoryDataSchema>;
