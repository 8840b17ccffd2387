export { PmGoalTree } from './goal-tree.js';
export { PmGoalChangeEvent, PmGoalSelectEvent } from './events.js';
export { STATUS_ICONS, GOAL_CHANGE_ACTIONS, type GoalChangeAction, type GoalDraft } from './types.js';
export { applyDraft } from './draft.js';
export { type GoalTreeMessages } from './messages.js';
export { goalTreeMessages } from './messages-complete.js';
