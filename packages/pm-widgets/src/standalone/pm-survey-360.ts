/**
 * Standalone bundle entry: `<pm-survey-360>` and `<pm-provider>` with lit and zod/mini inside, built to
 * dist/bundles/pm-survey-360.js for one `<script type="module">`. Load this or pm-widgets.js on a page, not both.
 */
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/survey-360/pm-survey-360.js';

export { PmSurvey360 } from '@pm-widgets/survey-360';
export { PmProvider } from '@pm-widgets/core';
