import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import { feedbackTimeline } from './cases.js';
import { runInjectionSuite } from './injection.suite.js';

runInjectionSuite(feedbackTimeline);
