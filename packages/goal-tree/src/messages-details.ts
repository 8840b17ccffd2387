/**
 * English of the details of a selected goal (goal-details.ts). It ships in the details chunk and
 * completes the catalogue when that loads (see `addEnglish` in messages.ts); other languages are
 * whole catalogues (locales/).
 */
export const detailsEnglish = {
  overdue: 'Overdue',
  expectedByToday: (percent: string) => `Expected by today: ${percent}`,
  paceLabel: 'Pace',
  krOf: (current: string, target: string) => `${current} of ${target}`,
  krFrom: (start: string) => `from ${start}`,
  krDecreasing: 'lower is better',
  milestones: (current: string, target: string) => `${current} of ${target} milestones`,
  booleanDone: 'Achieved',
  booleanNotDone: 'Not yet achieved',
  alignedOwner: (owner: string) => `owned by ${owner}`,
  notInView: (id: string) => `Goal ${id} (not in this view)`,
  why: (percent: string) => `Why ${percent}?`,
  explain_stored: 'Progress is set by hand.',
  explain_key_results: 'The mean of the key results’ progress, each between 0% and 100%.',
  explain_children: 'The weighted mean of the sub-goals’ progress. Archived sub-goals are not counted.',
  explain_children_equal: 'Every active sub-goal has weight 0, so they count equally.',
  explain_stored_no_key_results: 'Measured by key results, but there are none yet: the stored value is shown.',
  explain_stored_no_active_children: 'Rolled up from sub-goals, but none is active: the stored value is shown.',
  explainItem: 'Item',
  explainProgress: 'Progress',
  explainWeight: 'Weight',
  explainShare: 'Share',
  excluded_archived: 'Archived: not counted',
  excluded_zero_weight: 'Weight 0: not counted',
  paceFromStart: (date: string) => `Measured from the start date, ${date}.`,
  paceFromCreated: (date: string) => `No start date: measured from when the goal was created, ${date}.`,
  paceFromCycle: (date: string) => `No start date: measured from the start of the cycle, ${date}.`,
  paceStartsOn: (date: string) => `Starts ${date}; pace is judged from then.`,
  paceNoDue: 'Set a due date to see the pace.',
  paceNoStart: 'Set a start date to see the pace.',
  paceNotJudgedDone: 'Done: pace no longer applies.',
  paceNotJudgedArchived: 'Archived: pace no longer applies.',
};
