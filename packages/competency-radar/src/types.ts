/** Rater groups drawn as polygons, in legend order (`others` is where small groups are pooled). */
export const GROUP_SERIES = ['self', 'manager', 'peer', 'direct-report', 'other', 'others'] as const;
export type GroupSeries = (typeof GROUP_SERIES)[number];

/** Every series the chart can draw: the rater groups, the target and the compared (earlier) cycle. */
export const SERIES = [...GROUP_SERIES, 'target', 'previous'] as const;
export type SeriesId = (typeof SERIES)[number];

/** Groups whose raters are anonymous: never drawn from fewer than the profile's threshold. */
export const PROTECTED_SERIES = ['peer', 'direct-report', 'other', 'others'] as const satisfies readonly GroupSeries[];

/** Why a competency is offered as a focus. */
export const FOCUS_REASONS = ['blind-spot', 'hidden-strength', 'weakest', 'strongest'] as const;
export type FocusReason = (typeof FOCUS_REASONS)[number];

/** A radar needs at least three axes; beyond twenty it is no longer readable. */
export const MIN_AXES = 3;
export const MAX_AXES = 20;

/** Container widths (px) at which the layout changes: narrow below, wide above. */
export const NARROW_BELOW = 420;
export const WIDE_ABOVE = 800;
