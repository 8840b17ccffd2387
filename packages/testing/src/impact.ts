/**
 * What the widgets will do wrong when a contract check fails: the sentence the CLI prints under
 * each failure, so a backend team knows why it matters. Matched against the test's title.
 */
const IMPACT: [RegExp, string][] = [
  [/listGoals.*all, subtree, owner/, '<pm-goal-tree> shows its error state ("could not load goals") instead of the tree, and <pm-check-in> cannot list the person\'s goals.'],
  [/rootId/, '<pm-goal-tree root-id> shows goals outside the subtree, or drops branches.'],
  [/ownerId/, '<pm-goal-tree owner-id> shows other people\'s goals, or cannot show owner names and avatars.'],
  [/› getCheckIn$/, '<pm-check-in> shows its error state instead of the form: nobody can check in.'],
  [/› getAssignment$/, '<pm-survey-360> cannot open the questionnaire.'],
  [/listAssignments/, 'The survey inbox lists the wrong assignments, or in the wrong order.'],
  [/› listFeedback$/, '<pm-feedback-timeline> shows its error state, or items of other people.'],
  [/getCompetencyProfile/, '<pm-competency-radar> refuses to draw (or would reveal a group below the anonymity threshold).'],
  [/creates a goal/, 'Adding a goal in <pm-goal-tree> looks saved but disappears on reload.'],
  [/updates with the current version/, 'Edits in <pm-goal-tree> are lost or not shown after saving.'],
  [/stale version/, 'Two people editing one goal silently overwrite each other (no conflict message).'],
  [/deletes/, 'Deleting a goal fails, or deletes a goal someone else has just changed.'],
  [/draft/, '<pm-check-in> autosave loses text, or creates a second check-in for the week.'],
  [/submits once per idempotency key, and a second submission/, 'A retried check-in submit is stored twice, or a submitted check-in can be overwritten.'],
  [/replies/, 'The manager\'s reply in <pm-check-in> is not saved, duplicated on retry, or allowed on drafts.'],
  [/saves a draft that getAssignment/, '<pm-survey-360> loses answers between visits (no resume).'],
  [/submits once per idempotency key; then the assignment/, 'A retried survey submit is counted twice (skewing the 360), or answers can be changed after submitting.'],
  [/gives feedback/, 'Feedback given in <pm-feedback-timeline> is duplicated on retry, or does not appear at the top.'],
  [/every item exactly once/, '<pm-feedback-timeline> repeats or skips items while scrolling.'],
  [/filters by kind/, 'The timeline\'s kind filter shows the wrong items.'],
  [/date range/, 'The timeline\'s date filter and its per-kind counts are wrong.'],
  [/catalogue/, 'The feedback composer offers no competencies to tag.'],
  [/asks for feedback/, 'Feedback requests are duplicated, never reach the person asked, or stay open after being answered.'],
  [/default page size/, 'The timeline\'s first page is too big (slow) or empty.'],
  [/not-found/, 'Widgets show "something went wrong, retry" forever instead of "not found".'],
  [/aborted signal|aborting a call/, 'Switching person or filter quickly shows stale data from the previous request.'],
];

export function impactOf(title: string): string {
  return IMPACT.find(([re]) => re.test(title))?.[1] ?? 'A widget relying on this behaves differently from the contract.';
}
