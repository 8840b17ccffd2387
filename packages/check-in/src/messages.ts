import { dateFormat, mondayOfIsoWeek, defineCatalogues, type Catalogues } from '@pm-widgets/core';
import type { summaryEnglish } from './messages-summary.js';
import type { SaveState } from './types.js';

const en = {
  title: 'Check-in',
  weekLabel: (week: number, year: number, range: string) => `Week ${week}, ${year} · ${range}`,
  noPerson: 'Set the person attribute to the id of the person checking in.',
  badPeriodTitle: 'This week cannot be shown',
  badPeriod: (period: string) => `“${period}” is not a week. Use an ISO week such as 2026-W47.`,
  loadErrorTitle: 'The check-in could not be loaded',

  moodLegend: 'How was your week?',
  mood1: 'Rough',
  mood2: 'Not great',
  mood3: 'Okay',
  mood4: 'Good',
  mood5: 'Great',

  goalsHeading: 'Goals',
  goalsEmpty: 'You have no active goals this period. The rest of the check-in still counts.',
  progressNumberFor: (goal: string) => `Progress on ${goal}, in percent`,
  progress: 'Progress',
  percent: '%',
  changeUp: (points: string) => `Up ${points} points since last check-in`,
  changeDown: (points: string) => `Down ${points} points since last check-in`,
  changeNone: 'No change since last check-in',
  changeFirst: 'First check-in on this goal',
  confidence: 'Confidence',
  confidenceHint: '0 = will not happen, 10 = certain',
  note: 'Note (optional)',
  staleGoals: (count: number) =>
    count === 1
      ? 'One goal in this check-in no longer exists. Its update was left out; everything else is kept.'
      : `${count} goals in this check-in no longer exist. Their updates were left out; everything else is kept.`,

  wins: 'Wins',
  winsHelp: 'What went well? What are you proud of?',
  blockers: 'Blockers',
  blockersHelp: 'What is in your way?',
  focus: 'Focus for next period',
  focusHelp: 'The one thing you will improve before the next check-in.',
  lastFocus: 'Last period’s focus',
  noLastFocus: 'There is no earlier check-in to look back on.',
  focusReview: 'How did it go?',
  needs: 'What do you need from your manager?',
  questionsHeading: 'A few more questions',
  questionsLoadFailed: 'The questions could not be loaded',
  required: 'required',
  notApplicable: 'N/A',

  focusMissing: 'Write the one thing you will focus on next.',
  answerMissing: 'Answer this question.',
  progressInvalid: 'Enter a whole number from 0 to 100.',
  keyResultInvalid: 'Enter a number.',
  goalColumn: 'Goal',
  confidenceScale: '0–10',
  progressFor: (goal: string) => `Progress on ${goal}`,
  confidenceFor: (goal: string) => `Confidence in ${goal}`,
  noteToggle: 'Note',
  noteFor: (goal: string) => `Note on ${goal}`,
  fromKeyResults: 'From key results',
  fromChildren: 'From sub-goals',
  keyResultTarget: (target: string) => `of ${target}`,
  keyResultDone: 'Done',
  keyResultsLoadFailed: 'The key results could not be loaded',
  statusOnTrack: 'On track',
  statusAtRisk: 'At risk',
  statusOffTrack: 'Off track',
  statusNotStarted: 'Not started',
  reflectionHeading: 'Wins, blockers and focus',
  errorSummary: (count: number) => (count === 1 ? 'One field needs attention.' : `${count} fields need attention.`),

  submit: 'Submit check-in',
  submitting: 'Submitting…',
  submitFailed: 'The check-in was not submitted. Nothing you wrote was lost; try again.',
  statusSaved: 'Saved',
  statusSaving: 'Saving…',
  statusOffline: 'Offline — saved on this device',
  statusRetrying: 'Not saved — retrying',
  statusFailed: 'Not saved — kept on this device',
  restored: (time: string) =>
    `Restored the draft saved on this device at ${time}. It was newer than the copy on the server.`,
  dismiss: 'Dismiss',

  replyMissing: 'Write a reply first.',
  replyFailed: 'The reply was not sent. Your text is still here; try again.',
  notSubmittedYet: (name: string) => `${name} has not submitted this check-in yet.`,
  theirCheckIn: (name: string) => `${name}’s check-in`,
  someone: 'This person',
};
export type CheckInMessages = typeof en & typeof summaryEnglish;


/**
 * The check-in's catalogues. The English of the submitted view and the manager's reply box ships
 * with that chunk (messages-summary.ts) and completes `en` when it loads (`addEnglish`); the
 * package index exports the catalogue complete (messages-complete.ts).
 */
export const checkInMessages: Catalogues<CheckInMessages> = defineCatalogues<CheckInMessages>('check-in', {
  en: en as CheckInMessages,
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
});

/** Completes the English catalogue with a chunk's part of it. */
export function addEnglish(...parts: Partial<CheckInMessages>[]): Catalogues<CheckInMessages> {
  Object.assign(checkInMessages.en, ...parts);
  return checkInMessages;
}

/** The name of a mood, 1 (rough) to 5 (great). */
export function moodLabel(text: CheckInMessages, mood: number): string {
  return [text.mood1, text.mood2, text.mood3, text.mood4, text.mood5][mood - 1] ?? String(mood);
}

/** "Week 47, 2026 · Nov 16 – 22" for an ISO week, in the locale's words and date format. */
export function weekLabel(text: CheckInMessages, locale: string, period: string): string {
  const monday = mondayOfIsoWeek(period);
  const sunday = new Date(monday);
  sunday.setUTCDate(monday.getUTCDate() + 6);
  const range = dateFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).formatRange(monday, sunday);
  const [year, week] = period.split('-W').map(Number) as [number, number];
  return text.weekLabel(week, year, range);
}

/** The goal status in words (colour is never the only sign). */
export function goalStatusLabel(text: CheckInMessages, status: string): string | undefined {
  switch (status) {
    case 'on-track': return text.statusOnTrack;
    case 'at-risk': return text.statusAtRisk;
    case 'off-track': return text.statusOffTrack;
    case 'not-started': return text.statusNotStarted;
    default: return undefined;
  }
}

/** What the autosave status line says. */
export function saveStatusText(text: CheckInMessages, state: SaveState): string {
  switch (state) {
    case 'idle': return '';
    case 'saving': return text.statusSaving;
    case 'saved': return text.statusSaved;
    case 'offline': return text.statusOffline;
    case 'retrying': return text.statusRetrying;
    case 'failed': return text.statusFailed;
  }
}
