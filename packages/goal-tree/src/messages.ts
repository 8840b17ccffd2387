import { localize, defineCatalogues, type Catalogues, type GoalLevel, type GoalStatus, type KeyResultKind } from '@pm-widgets/core';
import type { PaceState } from '@pm-widgets/core/rules';
import type { detailsEnglish } from './messages-details.js';
import type { editingEnglish } from './messages-editing.js';

const en = {
  treeLabel: 'Goals',
  filterLabel: 'Filter goals',
  filterPlaceholder: 'Title or owner',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  matchCount: (count: number) => (count === 1 ? '1 goal matches' : `${count} goals match`),
  noMatches: 'No goal matches this filter.',
  emptyTitle: 'No goals yet',
  emptyText: 'Goals set for this view will appear here.',
  level_organization: 'Organisation',
  level_department: 'Department',
  level_team: 'Team',
  level_individual: 'Individual',
  status_not_started: 'Not started',
  status_on_track: 'On track',
  status_at_risk: 'At risk',
  status_off_track: 'Off track',
  status_done: 'Done',
  status_archived: 'Archived',
  pace_done: 'Complete',
  pace_ahead: 'Ahead of pace',
  pace_on_pace: 'On pace',
  pace_at_risk: 'At risk of falling behind',
  pace_behind: 'Behind pace',
  pace_no_dates: 'No pace yet',
  pace_not_started: 'Starts later',
  due: (date: string) => `Due ${date}`,
  noDueDate: 'No due date',
  progressLabel: 'Progress',
  ownerLabel: 'Owner',
  noOwner: 'No owner',
  levelLabel: 'Level',
  statusLabel: 'Status',
  dueLabel: 'Due date',
  keyResults: 'Key results',
  noKeyResults: 'No key results.',
  alignedTo: 'Aligned to',
  alignedToKeyResult: (kr: string, goal: string) => `${kr} (key result of ${goal})`,
  detailsLabel: 'Goal details',
  selectPrompt: 'Select a goal to see its key results, alignment and how its progress is computed.',
  orphan: 'Parent missing',
  orphanNotice: (count: number) =>
    `${count === 1 ? '1 goal refers' : `${count} goals refer`} to a parent goal that is not here; shown at the top level and marked “Parent missing”.`,
  duplicateNotice: (ids: string) => `Some goal ids appear more than once (${ids}); only the first of each is shown.`,
  cycleTitle: 'Some goals could not be placed',
  cycleText: (titles: string) => `Their parent links form a loop: ${titles}. Fix one of these parents to show them.`,
  addRoot: 'Add goal',
  pace_archived: 'No pace (archived)',
  startLabel: 'Start date',
  errorTitle: 'Goals could not be loaded',
  detailsLoadFailed: 'The details could not be loaded',
  editingLoadFailed: 'Editing could not be loaded',
  searchLoadFailed: 'The search could not be loaded',
};
/** Every message of the tree: the first render's (above) and those its on-demand parts bring. */
export type GoalTreeMessages = typeof en & typeof detailsEnglish & typeof editingEnglish;

/**
 * The catalogues. English holds the first render's messages until a part loads and adds its own
 * (`addEnglish`); the package's index completes it at once for hosts and tools that read it. Other
 * languages are complete, so the compiler reports a key that English gains and German lacks.
 */
export const goalTreeMessages: Catalogues<GoalTreeMessages> = defineCatalogues<GoalTreeMessages>('goal-tree', {
  en: en as GoalTreeMessages,
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
});

/** Completes the English catalogue with a part's messages (an on-demand chunk calls it as it loads). */
export function addEnglish(...parts: Partial<GoalTreeMessages>[]): Catalogues<GoalTreeMessages> {
  Object.assign(goalTreeMessages.en, ...parts);
  return goalTreeMessages;
}

export const goalTreeText = (locale: string) => localize(goalTreeMessages, locale);

export const levelText = (m: GoalTreeMessages, level: GoalLevel) => m[`level_${level}`];
export const statusText = (m: GoalTreeMessages, status: GoalStatus) =>
  m[`status_${status.replace(/-/g, '_') as 'not_started'}`];
export const kindText = (m: GoalTreeMessages, kind: KeyResultKind) => m[`kind_${kind}`];
export const paceText = (m: GoalTreeMessages, pace: PaceState) =>
  m[`pace_${pace.replace(/-/g, '_') as 'on_pace'}`];
