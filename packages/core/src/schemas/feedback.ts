import * as z from 'zod/mini';
import { FEEDBACK_KINDS, VISIBILITIES, FEEDBACK_REQUEST_STATUSES } from './values.js';
import {
  LIMITS, httpUrlSchema, idSchema, isoDateSchema, isoDateTimeSchema, list, text,
} from './common.js';
import { personSchema } from './person.js';

export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export type Visibility = (typeof VISIBILITIES)[number];

/**
 * A kind as read: one of FEEDBACK_KINDS, or a kind a newer backend added (widgets show those as a
 * generic item). Writes (`giveFeedback`) accept FEEDBACK_KINDS only.
 */
export const feedbackKindReadSchema = z.string().check(
  z.minLength(1, 'expected a non-empty kind'),
  z.maxLength(40, 'expected a kind of at most 40 characters'),
);

export const feedbackItemSchema = z.object({
  id: idSchema,
  kind: feedbackKindReadSchema,
  /** Absent for anonymous feedback. */
  from: z.optional(personSchema),
  toId: idSchema,
  body: text(LIMITS.longText, { min: 1 }),
  competencyIds: list(idSchema, 50),
  values: list(text(LIMITS.title, { min: 1 }), 50),
  visibility: z.enum(VISIBILITIES),
  requested: z.boolean(),
  link: z.optional(httpUrlSchema),
  /** The request this item answers (then `requested` is true). */
  requestId: z.optional(idSchema),
  /** The question of that request, so the item can say what it answers. */
  question: z.optional(text(LIMITS.shortText)),
  createdAt: isoDateTimeSchema,
});
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;

export const feedbackQuerySchema = z.object({
  personId: idSchema,
  kinds: z.optional(list(z.enum(FEEDBACK_KINDS), FEEDBACK_KINDS.length)),
  /** Only items created on or after this day (ISO date, the reader's calendar day, inclusive). */
  from: z.optional(isoDateSchema),
  /** Only items created on or before this day (ISO date, inclusive). */
  to: z.optional(isoDateSchema),
  /** Ask for `counts` (items per kind in the date range, ignoring `kinds`) on this page. */
  counts: z.optional(z.boolean()),
  cursor: z.optional(text(LIMITS.shortText)),
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type FeedbackQuery = z.infer<typeof feedbackQuerySchema>;

/** Competencies and company values a feedback item may be tagged with. */
export const feedbackCatalogueSchema = z.object({
  competencies: list(z.object({ id: idSchema, name: text(LIMITS.name, { min: 1 }) }), 200),
  values: list(text(LIMITS.title, { min: 1 }), 200),
});
export type FeedbackCatalogue = z.infer<typeof feedbackCatalogueSchema>;

const count = z.int().check(z.gte(0));

export const feedbackPageSchema = z.object({
  items: list(feedbackItemSchema, 500),
  nextCursor: z.nullable(text(LIMITS.shortText)),
  /** Items matching the query across all pages, when the backend knows. */
  total: z.optional(count),
  /** Items per kind (in the date range, whatever `kinds` says), when asked for with `counts`. */
  counts: z.optional(z.record(feedbackKindReadSchema, count)),
  /** Whose feedback this is (name for headings); backends send it on the first page (no cursor). */
  person: z.optional(personSchema),
  /** The tags a composer offers; backends send it on the first page (no cursor). */
  catalogue: z.optional(feedbackCatalogueSchema),
  /**
   * Set by core's validating wrapper, never by a backend: how many items of this page failed the
   * schema and were left out (the valid ones are kept). See `withValidation`.
   */
  dropped: z.optional(count),
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
  /** The request this answers; the stored item is then `requested` and the request answered. */
  requestId: z.optional(idSchema),
});
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;


/** One person asked (`toId`) for feedback on `aboutId` (usually the asker) about a question. */
export const feedbackRequestSchema = z.object({
  id: idSchema,
  /** Who asked. */
  from: z.optional(personSchema),
  toId: idSchema,
  aboutId: idSchema,
  /** The person the feedback is about, to show their name. */
  about: z.optional(personSchema),
  question: text(LIMITS.shortText, { min: 1 }),
  status: z.enum(FEEDBACK_REQUEST_STATUSES),
  createdAt: isoDateTimeSchema,
});
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

export const feedbackRequestInputSchema = z.object({
  toIds: list(idSchema, 50).check(z.minLength(1, 'expected at least one person to ask')),
  aboutId: idSchema,
  question: text(LIMITS.shortText, { min: 1 }),
});
export type FeedbackRequestInput = z.infer<typeof feedbackRequestInputSchema>;

export const feedbackRequestQuerySchema = z.object({
  /** Whose open requests: the ones addressed to this person. */
  personId: idSchema,
});
export type FeedbackRequestQuery = z.infer<typeof feedbackRequestQuerySchema>;

export const feedbackRequestListSchema = z.object({
  /** Open requests addressed to the person, newest first. */
  requests: list(feedbackRequestSchema, 500),
  /** People the person may ask (manager, direct reports, peers), when the backend knows. */
  people: z.optional(list(personSchema, LIMITS.listItems)),
});
export type FeedbackRequestList = z.infer<typeof feedbackRequestListSchema>;

export { FEEDBACK_KINDS, VISIBILITIES, FEEDBACK_REQUEST_STATUSES };
