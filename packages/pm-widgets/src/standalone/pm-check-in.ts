/**
 * Standalone bundle entry: `<pm-check-in>` and `<pm-provider>` with lit and zod/mini inside, built to
 * dist/bundles/pm-check-in.js for one `<script type="module">`. Load this or pm-widgets.js on a page, not both.
 */
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/check-in/pm-check-in.js';

export { PmCheckIn } from '@pm-widgets/check-in';
export { PmProvider } from '@pm-widgets/core';
