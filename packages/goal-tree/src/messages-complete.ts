import { addEnglish } from './messages.js';
import { detailsEnglish } from './messages-details.js';
import { editingEnglish } from './messages-editing.js';

/**
 * The tree's catalogues with all their English, for hosts and tools that read them (translations,
 * key lists). The element itself loads each part's English with that part's chunk.
 */
export const goalTreeMessages = addEnglish(detailsEnglish, editingEnglish);
