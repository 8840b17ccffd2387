export { PmFeedbackTimeline } from './feedback-timeline.js';
export { PmFeedbackGiveEvent, PmFeedbackRequestEvent, PmFeedbackSelectEvent } from './events.js';
export { feedbackTimelineMessages } from './messages-complete.js';
export type { FeedbackTimelineMessages } from './messages.js';
export { combineSbi } from './feedback-composer.js';
export * from './types.js';
