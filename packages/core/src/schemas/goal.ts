import * as z from 'zod/mini';
import { GOAL_LEVELS, GOAL_STATUSES, PROGRESS_MODES, KEY_RESULT_KINDS } from './values.js';
import {
  LIMITS, between, finite, idSchema, isoDateSchema, isoDateTimeSchema, list, text,
} from './common.js';
import { personSchema } from './person.js';


export type GoalLevel = (typeof GOAL_LEVELS)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type ProgressMode = (typeof PROGRESS_MODES)[number];
export type KeyResultKind = (typeof KEY_RESULT_KINDS)[number];

/**
 * A measurable outcome. `target < start` is a decreasing key result (e.g. churn from 8% to 5%).
 * For `currency`, `unit` is an ISO 4217 code; for `boolean`, start 0 and target 1.
 */
export const keyResultSchema = z.object({
  id: idSchema,
  title: text(LIMITS.title, { min: 1 }),
  kind: z.enum(KEY_RESULT_KINDS),
  start: finite,
  target: finite,
  current: finite,
  unit: z.optional(text(LIMITS.unit)),
});
export type KeyResult = z.infer<typeof keyResultSchema>;

/** Alignment to another owner's goal, or to one of its key results. */
export const alignmentSchema = z.object({
  goalId: idSchema,
  keyResultId: z.optional(idSchema),
});
export type Alignment = z.infer<typeof alignmentSchema>;

export const goalSchema = z.object({
  id: idSchema,
  parentId: z.nullable(idSchema),
  title: text(LIMITS.title, { min: 1 }),
  description: z.optional(text(LIMITS.longText)),
  level: z.enum(GOAL_LEVELS),
  ownerId: z.optional(idSchema),
  cycleId: z.optional(idSchema),
  status: z.enum(GOAL_STATUSES),
  progress: between(0, 1),
  progressMode: z.enum(PROGRESS_MODES),
  weight: between(0, 1000),
  startDate: z.optional(isoDateSchema),
  dueDate: z.optional(isoDateSchema),
  keyResults: list(keyResultSchema, 100),
  alignedTo: z.optional(list(alignmentSchema, 100)),
  /** Backend-managed: without it the widgets cannot detect conflicting edits (writes go through unchecked). */
  version: z.optional(z.int().check(z.gte(0, 'expected a version of 0 or more'))),
  /** Backend-managed. */
  updatedAt: z.optional(isoDateTimeSchema),
  /** When the goal was created (backend-managed): pace measures from it when `startDate` is missing. */
  createdAt: z.optional(isoDateTimeSchema),
});
export type Goal = z.infer<typeof goalSchema>;

/** What a caller sends to `saveGoal`: a new goal has no version or timestamp yet. */
export const goalInputSchema = z.object({
  ...goalSchema.shape,
  version: z.optional(z.int().check(z.gte(0))),
  updatedAt: z.optional(isoDateTimeSchema),
  createdAt: z.optional(isoDateTimeSchema),
});
export type GoalInput = z.infer<typeof goalInputSchema>;

export const goalQuerySchema = z.object({
  ownerId: z.optional(idSchema),
  rootId: z.optional(idSchema),
  cycleId: z.optional(idSchema),
});
export type GoalQuery = z.infer<typeof goalQuerySchema>;

/** `listGoals` answers with the goals and the people who own them, so owners can be shown. */
export const goalListSchema = z.object({
  goals: list(goalSchema, LIMITS.bigList),
  /** The owners, so the tree can show names and avatars; without them it shows goals unattributed. */
  people: z.optional(list(personSchema, LIMITS.bigList)),
});
export type GoalList = z.infer<typeof goalListSchema>;

export { GOAL_LEVELS, GOAL_STATUSES, PROGRESS_MODES, KEY_RESULT_KINDS };
