import type { Alignment, GoalStatus, KeyResultKind } from '@pm-widgets/core';
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
  archived: '▪',
};

/** What a `pm-goal-change` reports. */
export const GOAL_CHANGE_ACTIONS = ['create', 'update', 'move', 'delete'] as const;
export type GoalChangeAction = (typeof GOAL_CHANGE_ACTIONS)[number];

/** A key result as the edit form holds it: numbers as typed, so a half-typed value can be shown and explained. */
export interface KeyResultDraft {
  id: string;
  title: string;
  kind: KeyResultKind;
  start: string;
  target: string;
  current: string;
  unit: string;
}

/** An edit in progress in the details form, kept across a version conflict. */
export interface GoalDraft {
  goalId: string;
  title: string;
  description: string;
  ownerId: string;
  status: GoalStatus;
  progress: number;
  weight: string;
  startDate: string;
  dueDate: string;
  alignedTo: Alignment[];
  keyResults: KeyResultDraft[];
  /**
   * The goal fields the reader changed. Only these are applied on save, so a change someone
   * else saved meanwhile to another field (taken in after a conflict) is kept.
   */
  touched: ReadonlySet<DraftField>;
}

/** The goal fields a draft may change. */
export type DraftField = 'title' | 'description' | 'ownerId' | 'status' | 'progress' | 'weight' | 'startDate' | 'dueDate' | 'alignedTo' | 'keyResults';

/** Field name → what is wrong with it, in the reader's language. */
export type DraftErrors = Record<string, string>;
