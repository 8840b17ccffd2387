import { dateFormat, mondayOfIsoWeek, type Catalogues } from '@pm-widgets/core';
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
  keyResultFor: (keyResult: string, goal: string) => `${keyResult} (${goal}), current value`,
  keyResultTarget: (target: string) => `of ${target}`,
  keyResultDone: 'Done',
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

  submittedHeading: 'Check-in submitted',
  submittedOn: (date: string) => `Submitted on ${date}`,
  nothingWritten: 'Nothing written',
  moodValue: (label: string, mood: number) => `${label} (${mood} of 5)`,
  confidenceValue: (value: number) => `confidence ${value} of 10`,
  goalGone: 'A goal that no longer exists',

  replyHeading: 'Reply from the manager',
  replyLabel: 'Your reply: feedback and one coaching note',
  replySend: 'Send reply',
  replySending: 'Sending…',
  replyMissing: 'Write a reply first.',
  replyFailed: 'The reply was not sent. Your text is still here; try again.',
  notSubmittedYet: (name: string) => `${name} has not submitted this check-in yet.`,
  theirCheckIn: (name: string) => `${name}’s check-in`,
  someone: 'This person',
};
export type CheckInMessages = typeof en;

const de: CheckInMessages = {
  title: 'Check-in',
  weekLabel: (week: number, year: number, range: string) => `Woche ${week}, ${year} · ${range}`,
  noPerson: 'Setzen Sie das Attribut person auf die ID der Person, die den Check-in ausfüllt.',
  badPeriodTitle: 'Diese Woche kann nicht angezeigt werden',
  badPeriod: (period: string) => `„${period}“ ist keine Woche. Verwenden Sie eine ISO-Woche wie 2026-W47.`,
  loadErrorTitle: 'Der Check-in konnte nicht geladen werden',

  moodLegend: 'Wie war Ihre Woche?',
  mood1: 'Schwierig',
  mood2: 'Nicht so gut',
  mood3: 'Okay',
  mood4: 'Gut',
  mood5: 'Großartig',

  goalsHeading: 'Ziele',
  goalsEmpty: 'Sie haben in diesem Zeitraum keine aktiven Ziele. Der Rest des Check-ins zählt trotzdem.',
  progressNumberFor: (goal: string) => `Fortschritt bei ${goal}, in Prozent`,
  progress: 'Fortschritt',
  percent: '%',
  changeUp: (points: string) => `${points} ${points === '1' ? 'Punkt' : 'Punkte'} mehr als beim letzten Check-in`,
  changeDown: (points: string) => `${points} ${points === '1' ? 'Punkt' : 'Punkte'} weniger als beim letzten Check-in`,
  changeNone: 'Keine Veränderung seit dem letzten Check-in',
  changeFirst: 'Erster Check-in zu diesem Ziel',
  confidence: 'Zuversicht',
  confidenceHint: '0 = wird nicht klappen, 10 = sicher',
  note: 'Notiz (optional)',
  staleGoals: (count: number) =>
    count === 1
      ? 'Ein Ziel in diesem Check-in gibt es nicht mehr. Seine Angaben wurden weggelassen; alles andere bleibt erhalten.'
      : `${count} Ziele in diesem Check-in gibt es nicht mehr. Ihre Angaben wurden weggelassen; alles andere bleibt erhalten.`,

  wins: 'Erfolge',
  winsHelp: 'Was lief gut? Worauf sind Sie stolz?',
  blockers: 'Hindernisse',
  blockersHelp: 'Was steht Ihnen im Weg?',
  focus: 'Fokus für den nächsten Zeitraum',
  focusHelp: 'Die eine Sache, die Sie bis zum nächsten Check-in verbessern.',
  lastFocus: 'Fokus des letzten Zeitraums',
  noLastFocus: 'Es gibt keinen früheren Check-in, auf den Sie zurückblicken können.',
  focusReview: 'Wie ist es gelaufen?',
  needs: 'Was brauchen Sie von Ihrer Führungskraft?',
  questionsHeading: 'Noch ein paar Fragen',
  required: 'Pflichtfeld',
  notApplicable: 'k. A.',

  focusMissing: 'Schreiben Sie die eine Sache auf, auf die Sie sich als Nächstes konzentrieren.',
  answerMissing: 'Beantworten Sie diese Frage.',
  progressInvalid: 'Geben Sie eine ganze Zahl von 0 bis 100 ein.',
  keyResultInvalid: 'Geben Sie eine Zahl ein.',
  goalColumn: 'Ziel',
  confidenceScale: '0–10',
  progressFor: (goal: string) => `Fortschritt bei ${goal}`,
  confidenceFor: (goal: string) => `Zuversicht bei ${goal}`,
  noteToggle: 'Notiz',
  noteFor: (goal: string) => `Notiz zu ${goal}`,
  fromKeyResults: 'Aus den Schlüsselergebnissen',
  fromChildren: 'Aus den Unterzielen',
  keyResultFor: (keyResult: string, goal: string) => `${keyResult} (${goal}), aktueller Wert`,
  keyResultTarget: (target: string) => `von ${target}`,
  keyResultDone: 'Erledigt',
  statusOnTrack: 'Im Plan',
  statusAtRisk: 'Gefährdet',
  statusOffTrack: 'Nicht im Plan',
  statusNotStarted: 'Nicht begonnen',
  reflectionHeading: 'Erfolge, Hindernisse und Fokus',
  errorSummary: (count: number) => (count === 1 ? 'Bitte prüfen Sie ein Feld.' : `Bitte prüfen Sie ${count} Felder.`),

  submit: 'Check-in absenden',
  submitting: 'Wird gesendet…',
  submitFailed: 'Der Check-in wurde nicht abgesendet. Nichts von dem, was Sie geschrieben haben, ist verloren; versuchen Sie es erneut.',
  statusSaved: 'Gespeichert',
  statusSaving: 'Wird gespeichert…',
  statusOffline: 'Offline – auf diesem Gerät gespeichert',
  statusRetrying: 'Nicht gespeichert – neuer Versuch folgt',
  statusFailed: 'Nicht gespeichert – auf diesem Gerät behalten',
  restored: (time: string) =>
    `Der um ${time} auf diesem Gerät gespeicherte Entwurf wurde wiederhergestellt. Er war neuer als die Kopie auf dem Server.`,
  dismiss: 'Schließen',

  submittedHeading: 'Check-in abgesendet',
  submittedOn: (date: string) => `Abgesendet am ${date}`,
  nothingWritten: 'Nichts geschrieben',
  moodValue: (label: string, mood: number) => `${label} (${mood} von 5)`,
  confidenceValue: (value: number) => `Zuversicht ${value} von 10`,
  goalGone: 'Ein Ziel, das es nicht mehr gibt',

  replyHeading: 'Antwort der Führungskraft',
  replyLabel: 'Ihre Antwort: Feedback und ein Coaching-Hinweis',
  replySend: 'Antwort senden',
  replySending: 'Wird gesendet…',
  replyMissing: 'Schreiben Sie zuerst eine Antwort.',
  replyFailed: 'Die Antwort wurde nicht gesendet. Ihr Text ist noch da; versuchen Sie es erneut.',
  notSubmittedYet: (name: string) => `${name} hat diesen Check-in noch nicht abgesendet.`,
  theirCheckIn: (name: string) => `Check-in von ${name}`,
  someone: 'Diese Person',
};

export const checkInMessages: Catalogues<CheckInMessages> = { en, de };

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
