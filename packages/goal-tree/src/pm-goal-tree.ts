import { PmGoalTree } from './goal-tree.js';

export { PmGoalTree };

if (!customElements.get('pm-goal-tree')) customElements.define('pm-goal-tree', PmGoalTree);

declare global {
  interface HTMLElementTagNameMap {
    'pm-goal-tree': PmGoalTree;
  }
}
