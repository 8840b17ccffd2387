import { addEnglish } from './messages.js';
import { composerEnglish } from './messages-composer.js';

/** The timeline's catalogues with all of their English, for hosts and tools (the element loads its composer as it needs it). */
export const feedbackTimelineMessages = addEnglish(composerEnglish);
