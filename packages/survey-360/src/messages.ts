import { defineCatalogues, type Catalogues, type Relationship } from '@pm-widgets/core';
import type { SaveState } from '@pm-widgets/core/drafts';

const en = {
  noAssignment: 'Set the assignment attribute to the id of the survey assignment to answer.',
  loadErrorTitle: 'The survey could not be loaded',
  badDataTitle: 'This survey cannot be shown',
  badData: (detail: string) => `The survey data is not valid (${detail}). Ask the survey’s owner to check it.`,
  duplicateId: (id: string) => `Two questions share the id “${id}”, so their answers could not be told apart. Ask the survey’s owner to fix the survey.`,
  badScale: (range: string) => `Its rating scale (${range}) has no points to choose from. Ask the survey’s owner to fix the survey.`,
  tooManyPoints: (points: string) => `Its rating scale has ${points} points; at most 11 can be shown. Ask the survey’s owner to fix the survey.`,
  noQuestionsTitle: 'Nothing to answer yet',
  noQuestions: 'This survey has no questions. There is nothing to fill in; you can close it.',

  relationSelf: 'This is your self-assessment.',
  relationManager: (name: string) => `You are giving feedback to your direct report, ${name}.`,
  relationPeer: (name: string) => `You are giving feedback to your peer, ${name}.`,
  relationDirectReport: (name: string) => `You are giving upward feedback to your manager, ${name}.`,
  relationOther: (name: string) => `You are giving feedback to ${name}, someone you work with.`,
  aboutSubject: 'About',

  confidentialityHeading: 'Who sees your answers',
  confidentialSelf: (_name: string) =>
    'Your answers appear in your results as your own view, beside how others see you. They are not anonymous; your comments neither.',
  confidentialManager: (name: string) =>
    `Your answers are shown to ${name} as given, as their manager’s view — not combined with anyone else’s. Your comments too, with your role.`,
  confidentialGroup: (name: string, group: string, threshold: number) =>
    `Answers from ${group} are shown to ${name} only as a group average, and only when at least ${threshold} ${group} answered; otherwise they are combined with other small groups or not shown at all. Comments follow the same rule and never carry your name.`,
  confidentialGroupOfOne: (name: string, group: string) =>
    `Answers from ${group} are shown to ${name} as a group average even when only one person answered, so ${name} may be able to tell your answers apart. Comments follow the same rule.`,
  groupPeer: 'peers',
  groupDirectReport: 'direct reports',
  groupOther: 'other colleagues',

  due: (date: string) => `Due ${date}`,
  pastDue: (date: string) => `This survey was due on ${date}. You can still submit it.`,
  progress: (answered: number, required: number) => `${answered} of ${required} required questions answered`,
  progressNone: 'No required questions',
  pageOf: (page: number, pages: number) => `Section ${page} of ${pages}`,
  next: 'Next',
  back: 'Back',
  required: 'required',
  notApplicable: 'N/A',
  notApplicableLong: 'Can’t say',
  characters: (count: string, limit: string) => `${count} / ${limit} characters`,
  chooseOne: 'Choose one.',
  chooseAny: 'Choose any that apply.',
  unknownKind: (kind: string) =>
    `This question (“${kind}”) needs a newer version of this form and cannot be answered here. You can skip it; it does not count towards your progress.`,

  ratingMissing: 'Choose a rating, or N/A if you cannot say.',
  ratingMissingNoNA: 'Choose a rating.',
  textMissing: 'Write an answer.',
  choiceMissing: 'Choose an answer.',
  errorSummary: (count: number) => (count === 1 ? 'One question needs an answer' : `${count} questions need an answer`),
  errorSummaryHelp: 'Answer them, then submit again.',

  submit: 'Submit feedback',
  submitting: 'Submitting…',
  submitFailed: 'Your answers were not sent. Nothing is lost — they are kept here and on this device. Try again.',
  tryAgain: 'Try again',
  statusSaved: 'Saved',
  statusSaving: 'Saving…',
  statusOffline: 'Offline — saved on this device',
  statusRetrying: 'Not saved — retrying',
  statusFailed: 'Not saved — kept on this device',
  restored: (time: string) => `Restored the answers saved on this device at ${time}. They were newer than the copy on the server.`,
  dropped: (count: number) =>
    count === 1
      ? 'One answer from your saved draft no longer fits this survey (the question changed or was removed) and was left out.'
      : `${count} answers from your saved draft no longer fit this survey (the questions changed or were removed) and were left out.`,
  dismiss: 'Dismiss',

  thanksHeading: 'Thank you — your feedback was sent',
  thanksText: (name: string) => `${name} will see it with the rest of this round’s feedback, as described above.`,
  thanksSelf: 'Your self-assessment is in. You will see it beside how others see you.',
  submittedNotice: (date: string) => `You submitted this survey on ${date}. Thank you — answers can no longer be changed.`,
  submittedNoticeNoDate: 'You have submitted this survey. Thank you — answers can no longer be changed.',
  closedNotice: 'This survey is closed. It no longer takes answers.',
};

export type SurveyMessages = typeof en;


export const surveyMessages: Catalogues<SurveyMessages> = defineCatalogues<SurveyMessages>('survey-360', {
  en,
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
});

/** "You are giving upward feedback to your manager, Mei Chen." */
export function relationshipText(t: SurveyMessages, relationship: Relationship, name: string): string {
  switch (relationship) {
    case 'self': return t.relationSelf;
    case 'manager': return t.relationManager(name);
    case 'peer': return t.relationPeer(name);
    case 'direct-report': return t.relationDirectReport(name);
    case 'other': return t.relationOther(name);
  }
}

/** The group name a small-group rater belongs to. */
export function groupName(t: SurveyMessages, relationship: 'peer' | 'direct-report' | 'other'): string {
  return relationship === 'peer' ? t.groupPeer : relationship === 'direct-report' ? t.groupDirectReport : t.groupOther;
}

/** What the autosave status line says. */
export function saveStatusText(t: SurveyMessages, state: SaveState): string {
  switch (state) {
    case 'idle': return '';
    case 'saving': return t.statusSaving;
    case 'saved': return t.statusSaved;
    case 'offline': return t.statusOffline;
    case 'retrying': return t.statusRetrying;
    case 'failed': return t.statusFailed;
  }
}
