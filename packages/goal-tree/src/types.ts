import type { Goal, GoalStatus } from '@pm-widgets/core';
import type { PaceState } from '@pm-widgets/core/rules';

/** Icons beside every status, so status never relies on colour alone. */
export const STATUS_ICONS: Record<GoalStatus, string> = {
  'not-started': '○',
  'on-track': '●',
  'at-risk': '▲',
  'off-track': '✕',
  done: '✓',
  archived: '▪',
};

/** Icons beside every pace state, for the same reason. */
export const PACE_ICONS: Record<PaceState, string> = {
  done: '✓',
  ahead: '↑',
  'on-pace': '→',
  'at-risk': '↘',
  behind: '↓',
  'no-dates': '·',
  'not-started': '…',
};

/** What a `pm-goal-change` reports. */
export const GOAL_CHANGE_ACTIONS = ['create', 'update', 'move', 'delete'] as const;
export type GoalChangeAction = (typeof GOAL_CHANGE_ACTIONS)[number];



/** An edit in progress in the details form, kept across a version conflict. */
export interface GoalDraft {
  goalId: string;
  title: string;
  status: GoalStatus;
  progress: number;
  keyResults: Record<string, number>;
}

/** Fields a draft may change on a goal. */
export function applyDraft(goal: Goal, draft: GoalDraft): Goal {
  return {
    ...goal,
    title: draft.title,
    status: draft.status,
    progress: goal.progressMode === 'manual' ? draft.progress : goal.progress,
    keyResults: goal.keyResults.map((kr) =>
      draft.keyResults[kr.id] === undefined ? kr : { ...kr, current: draft.keyResults[kr.id]! },
    ),
  };
}
