import * as z from 'zod/mini';
import {
  checkInContextSchema, checkInDraftSchema, checkInQuerySchema, checkInSchema, checkInSubmissionSchema, managerReplyInputSchema,
} from './check-in.js';
import { LIMITS, idSchema, list } from './common.js';
import { competencyProfileSchema, competencyQuerySchema } from './competency.js';
import {
  feedbackInputSchema, feedbackItemSchema, feedbackPageSchema, feedbackQuerySchema, feedbackRequestInputSchema,
  feedbackRequestListSchema, feedbackRequestQuerySchema, feedbackRequestSchema,
} from './feedback.js';
import { goalInputSchema, goalListSchema, goalQuerySchema, goalSchema } from './goal.js';
import { personSchema } from './person.js';
import { answersSchema } from './question.js';
import { assignmentListSchema, assignmentQuerySchema, surveyAssignmentSchema, surveyDraftSchema } from './survey.js';

/**
 * Every schema the validating wrapper checks a value against, by the name the generated checks
 * (checks.generated.ts, `npm run checks`) and the port table (port-table.ts) use. zod/mini stays
 * the single source of truth: the checks are generated from these, and zod words every error.
 */
export const CHECKED = {
  id: idSchema,
  version: z.optional(z.int()),
  goalQuery: goalQuerySchema,
  goalList: goalListSchema,
  /** A goal list's envelope: goals counted only, people in full (large lists check their goals in stages). */
  goalListEnvelope: z.object({ goals: z.array(z.unknown()).check(z.maxLength(LIMITS.bigList, `expected at most ${LIMITS.bigList} items`)), people: goalListSchema.shape.people }),
  goal: goalSchema,
  goalInput: goalInputSchema,
  checkInQuery: checkInQuerySchema,
  checkInContext: checkInContextSchema,
  checkInDraft: checkInDraftSchema,
  checkIn: checkInSchema,
  checkInSubmission: checkInSubmissionSchema,
  managerReplyInput: managerReplyInputSchema,
  assignmentQuery: assignmentQuerySchema,
  assignmentList: assignmentListSchema,
  surveyAssignment: surveyAssignmentSchema,
  surveyDraft: surveyDraftSchema,
  answers: answersSchema,
  feedbackQuery: feedbackQuerySchema,
  /** A feedback page's envelope: items counted only, each item checked on its own (bad ones are left out). */
  feedbackPageEnvelope: z.object({ ...feedbackPageSchema.shape, items: z.array(z.unknown()).check(z.maxLength(500, 'expected at most 500 items')) }),
  feedbackItem: feedbackItemSchema,
  feedbackInput: feedbackInputSchema,
  feedbackRequestInput: feedbackRequestInputSchema,
  feedbackRequests: z.array(feedbackRequestSchema),
  feedbackRequestQuery: feedbackRequestQuerySchema,
  feedbackRequestList: feedbackRequestListSchema,
  competencyQuery: competencyQuerySchema,
  competencyProfile: competencyProfileSchema,
  person: personSchema,
  people: list(personSchema, LIMITS.bigList),
} as const;

export type CheckName = keyof typeof CHECKED;
/** What a check of `N` returns: the value as zod would. */
export type Checked<N extends CheckName> = z.infer<(typeof CHECKED)[N]>;
