import { addEnglish } from './messages.js';
import { summaryEnglish } from './messages-summary.js';

/** The check-in's catalogues with all of their English, for hosts and tools (the element loads its parts as it needs them). */
export const checkInMessages = addEnglish(summaryEnglish);
