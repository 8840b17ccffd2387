import { PmFeedbackTimeline } from './feedback-timeline.js';

export { PmFeedbackTimeline };

if (!customElements.get('pm-feedback-timeline')) customElements.define('pm-feedback-timeline', PmFeedbackTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'pm-feedback-timeline': PmFeedbackTimeline;
  }
}
