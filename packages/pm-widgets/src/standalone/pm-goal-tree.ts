/**
 * Standalone bundle entry: `<pm-goal-tree>` and `<pm-provider>` with lit and zod/mini inside, built to
 * dist/bundles/pm-goal-tree.js for one `<script type="module">`. Load this or pm-widgets.js on a page, not both.
 */
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';

export { PmGoalTree } from '@pm-widgets/goal-tree';
export { PmProvider } from '@pm-widgets/core';
