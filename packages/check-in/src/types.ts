/** Mood scale, 1 (rough week) to 5 (great week). */
export const MOODS = [1, 2, 3, 4, 5] as const;
export type Mood = (typeof MOODS)[number];

/** Confidence that a goal will be met, 0 (none) to 10 (certain). */
export const CONFIDENCE_MIN = 0;
export const CONFIDENCE_MAX = 10;

/** Scale of a custom `rating` question. */
export const RATING_SCALE = [1, 2, 3, 4, 5] as const;

/** What the autosave status line can say (core's draft mechanism). */
export { SAVE_STATES, type SaveState } from '@pm-widgets/core/drafts';

/** Goal statuses that are no longer worked on, so not asked about in a check-in. */
export const INACTIVE_GOAL_STATUSES = ['done', 'archived'] as const;

/** The free-text fields of a check-in, in the order the form shows them. */
export const TEXT_FIELDS = ['wins', 'blockers', 'focusReview', 'focus', 'needs'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
