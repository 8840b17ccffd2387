/**
 * Standalone bundle entry: `<pm-feedback-timeline>` and `<pm-provider>` with lit and zod/mini inside, built to
 * dist/bundles/pm-feedback-timeline.js for one `<script type="module">`. Load this or pm-widgets.js on a page, not both.
 */
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';

export { PmFeedbackTimeline } from '@pm-widgets/feedback-timeline';
export { PmProvider } from '@pm-widgets/core';
