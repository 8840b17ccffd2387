import { createMemoryAdapter } from '@pm-widgets/core/memory';

/**
 * The demo organisation's people, for the portal's own pickers ("Viewing as", "Whose …"). The
 * reference server seeds the same organisation, so this holds whichever backend the page uses.
 */
export const people = createMemoryAdapter().snapshot().people;
