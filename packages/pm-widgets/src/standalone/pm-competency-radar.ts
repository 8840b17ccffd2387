/**
 * Standalone bundle entry: `<pm-competency-radar>` and `<pm-provider>` with lit and zod/mini inside, built to
 * dist/bundles/pm-competency-radar.js for one `<script type="module">`. Load this or pm-widgets.js on a page, not both.
 */
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/competency-radar/pm-competency-radar.js';

export { PmCompetencyRadar } from '@pm-widgets/competency-radar';
export { PmProvider } from '@pm-widgets/core';
