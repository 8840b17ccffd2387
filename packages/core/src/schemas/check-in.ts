import * as z from 'zod/mini';
import { CHECK_IN_STATUSES } from './values.js';
import {
  LIMITS, between, finite, idSchema, isoDateTimeSchema, isoWeekSchema, list, text,
} from './common.js';
import { goalSchema } from './goal.js';
import { personSchema } from './person.js';
import { answersSchema, questionSchema } from './question.js';

export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

/** A key result's value as the person reports it in a check-in (key-results-mode goals). */
export const keyResultUpdateSchema = z.object({
  keyResultId: idSchema,
  current: finite,
});
export type KeyResultUpdate = z.infer<typeof keyResultUpdateSchema>;

/**
 * One goal in a check-in. `progress` is what the person reports for a manual goal, and the
 * goal's computed progress (from `keyResults`, or rolled up from its children) otherwise.
 */
export const goalUpdateSchema = z.object({
  goalId: idSchema,
  progress: between(0, 1),
  confidence: between(0, 10, { int: true }),
  note: z.optional(text(LIMITS.longText)),
  /** Key-results-mode goals: the key results' current values. */
  keyResults: z.optional(list(keyResultUpdateSchema, 100)),
  /** Set by the backend on submission: the goal's version after this update was applied to it. */
  goalVersion: z.optional(z.int().check(z.gte(0))),
});
export type GoalUpdate = z.infer<typeof goalUpdateSchema>;

export const managerReplySchema = z.object({
  authorId: idSchema,
  body: text(LIMITS.longText, { min: 1 }),
  /** Backend-managed: shown as the reply's date when present. */
  createdAt: z.optional(isoDateTimeSchema),
});
export type ManagerReply = z.infer<typeof managerReplySchema>;

export const checkInSchema = z.object({
  id: idSchema,
  personId: idSchema,
  period: isoWeekSchema,
  status: z.enum(CHECK_IN_STATUSES),
  mood: z.optional(between(1, 5, { int: true })),
  goalUpdates: list(goalUpdateSchema, 200),
  wins: text(LIMITS.longText),
  blockers: text(LIMITS.longText),
  /** The one thing the person will improve before the next check-in. */
  focus: text(LIMITS.longText),
  /** How last period's focus went, written beside it. */
  focusReview: z.optional(text(LIMITS.longText)),
  /** What the person needs from their manager. */
  needs: z.optional(text(LIMITS.longText)),
  answers: answersSchema,
  managerReply: z.optional(managerReplySchema),
  submittedAt: z.optional(isoDateTimeSchema),
  /** Backend-managed: without it the check-in cannot tell that a draft on this device is newer. */
  updatedAt: z.optional(isoDateTimeSchema),
});
export type CheckIn = z.infer<typeof checkInSchema>;

/** A draft as the widget sends it: no id or timestamps yet on the first save. */
export const checkInDraftSchema = z.object({
  ...checkInSchema.shape,
  id: z.optional(idSchema),
  status: z.literal('draft'),
  updatedAt: z.optional(isoDateTimeSchema),
});
export type CheckInDraft = z.infer<typeof checkInDraftSchema>;

export const checkInSubmissionSchema = z.object({
  ...checkInSchema.shape,
  id: z.optional(idSchema),
  updatedAt: z.optional(isoDateTimeSchema),
});
export type CheckInSubmission = z.infer<typeof checkInSubmissionSchema>;

export const checkInQuerySchema = z.object({ personId: idSchema, period: isoWeekSchema });
export type CheckInQuery = z.infer<typeof checkInQuerySchema>;

export const checkInContextSchema = z.object({
  person: z.optional(personSchema),
  checkIn: z.nullable(checkInSchema),
  previous: z.nullable(checkInSchema),
  goals: list(goalSchema, 500),
  questions: list(questionSchema, 100),
});
export type CheckInContext = z.infer<typeof checkInContextSchema>;

export const managerReplyInputSchema = z.object({
  checkInId: idSchema,
  body: text(LIMITS.longText, { min: 1 }),
});
export type ManagerReplyInput = z.infer<typeof managerReplyInputSchema>;

export { CHECK_IN_STATUSES };
