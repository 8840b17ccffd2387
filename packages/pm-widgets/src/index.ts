/**
 * pm-widgets: every element defined, and the public API of core, in one import. The build also
 * makes dist/pm-widgets.js from this file, for a `<script type="module">` on a page without a
 * bundler: lit inside, and the parts a first render does not need (zod/mini, fetched only to word
 * a validation error; languages other than English; editing forms) as chunks beside it. The zod/mini
 * schemas themselves are exported from `pm-widgets/schemas`.
 */
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/survey-360/pm-survey-360.js';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';

export * from '@pm-widgets/core/api';
export { PmGoalTree } from '@pm-widgets/goal-tree';
export { PmCheckIn } from '@pm-widgets/check-in';
export { PmSurvey360 } from '@pm-widgets/survey-360';
export { PmCompetencyRadar } from '@pm-widgets/competency-radar';
export { PmFeedbackTimeline } from '@pm-widgets/feedback-timeline';
