import { defineCatalogues, type Catalogues, type Relationship } from '@pm-widgets/core';
import type { SaveState } from '@pm-widgets/core/drafts';
import type { noticesEnglish } from './messages-notices.js';

const en = {
  noAssignment: 'Set the assignment attribute to the id of the survey assignment to answer.',
  loadErrorTitle: 'The survey could not be loaded',
  partLoadFailed: 'This part of the survey could not be loaded',

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


  submit: 'Submit feedback',
  submitting: 'Submitting…',
  statusSaved: 'Saved',
  statusSaving: 'Saving…',
  statusOffline: 'Offline — saved on this device',
  statusRetrying: 'Not saved — retrying',
  statusFailed: 'Not saved — kept on this device',
};

/** Every message of the survey: the first render's (above) and those of its notices chunk. */
export type SurveyMessages = typeof en & typeof noticesEnglish;

/**
 * The survey's catalogues. The English of the notices and outcomes ships with that chunk
 * (messages-notices.ts) and completes `en` when it loads (`addEnglish`); the package index exports
 * the catalogue complete (messages-complete.ts). Other languages are whole catalogues, so the
 * compiler reports a key that English gains and German lacks.
 */
export const surveyMessages: Catalogues<SurveyMessages> = defineCatalogues<SurveyMessages>('survey-360', {
  en: en as SurveyMessages,
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
});

/** Completes the English catalogue with a chunk's part of it. */
export function addEnglish(...parts: Partial<SurveyMessages>[]): Catalogues<SurveyMessages> {
  Object.assign(surveyMessages.en, ...parts);
  return surveyMessages;
}

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
