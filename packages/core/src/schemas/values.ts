/**
 * The schemas' constant values (limits, enum members), kept apart from zod so widgets that only
 * need a list of statuses or a limit do not load the schemas (zod/mini is loaded only to word an error).
 */

/**
 * Limits shared by every entity schema. They are generous for real data and small
 * enough that a hostile backend cannot make a widget render megabytes of text.
 */

export const LIMITS = {
  id: 128,
  name: 200,
  title: 200,
  shortText: 500,
  longText: 5000,
  unit: 24,
  listItems: 1000,
  /** Upper bound for collections that legitimately grow large (goals, feedback pages). */
  bigList: 200_000,
} as const;

export const CHECK_IN_STATUSES = ['draft', 'submitted'] as const;
/** Rater groups in display order. `others` is where small groups are merged. */
export const RATER_GROUPS = ['self', 'manager', 'peer', 'direct-report', 'other', 'others'] as const;
export const FEEDBACK_KINDS = ['praise', 'constructive', 'coaching', 'recognition', 'note'] as const;
export const VISIBILITIES = ['public', 'private', 'manager'] as const;
export const FEEDBACK_REQUEST_STATUSES = ['open', 'answered'] as const;
export const GOAL_LEVELS = ['organization', 'department', 'team', 'individual'] as const;
export const GOAL_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'done', 'archived'] as const;
export const PROGRESS_MODES = ['manual', 'key-results', 'children'] as const;
export const KEY_RESULT_KINDS = ['number', 'percent', 'currency', 'boolean', 'milestone'] as const;
export const QUESTION_KINDS = ['rating', 'text', 'choice'] as const;
export const RELATIONSHIPS = ['self', 'manager', 'peer', 'direct-report', 'other'] as const;
export const ASSIGNMENT_STATUSES = ['open', 'submitted', 'closed'] as const;
