import * as z from 'zod/mini';
import {
  LIMITS, httpUrlSchema, idSchema, isoDateTimeSchema, list, text,
} from './common.js';
import { personSchema } from './person.js';

export const FEEDBACK_KINDS = ['praise', 'constructive', 'coaching', 'recognition', 'note'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const VISIBILITIES = ['public', 'private', 'manager'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const feedbackItemSchema = z.object({
  id: idSchema,
  kind: z.enum(FEEDBACK_KINDS),
  /** Absent for anonymous feedback. */
  from: z.optional(personSchema),
  toId: idSchema,
  body: text(LIMITS.longText, { min: 1 }),
  competencyIds: list(idSchema, 50),
  values: list(text(LIMITS.title, { min: 1 }), 50),
  visibility: z.enum(VISIBILITIES),
  requested: z.boolean(),
  link: z.optional(httpUrlSchema),
  createdAt: isoDateTimeSchema,
});
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;

export const feedbackQuerySchema = z.object({
  personId: idSchema,
  kinds: z.optional(list(z.enum(FEEDBACK_KINDS), FEEDBACK_KINDS.length)),
  cursor: z.optional(text(LIMITS.shortText)),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type FeedbackQuery = z.infer<typeof feedbackQuerySchema>;

export const feedbackPageSchema = z.object({
  items: list(feedbackItemSchema, 500),
  nextCursor: z.nullable(text(LIMITS.shortText)),
  total: z.optional(z.int().check(z.gte(0))),
});
export type FeedbackPage = z.infer<typeof feedbackPageSchema>;

export const feedbackInputSchema = z.object({
  kind: z.enum(FEEDBACK_KINDS),
  toId: idSchema,
  fromId: z.optional(idSchema),
  body: text(LIMITS.longText, { min: 1 }),
  competencyIds: z.optional(list(idSchema, 50)),
  values: z.optional(list(text(LIMITS.title, { min: 1 }), 50)),
  visibility: z.enum(VISIBILITIES),
  requested: z.optional(z.boolean()),
});
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;
