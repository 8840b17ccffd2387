import { addEnglish } from './messages.js';
import { noticesEnglish } from './messages-notices.js';

/** The survey's catalogues with all of their English, for hosts and tools (the element loads its notices' English with their chunk). */
export const surveyMessages = addEnglish(noticesEnglish);
