import { defineCatalogues, type Catalogues } from '@pm-widgets/core';
import type { composerEnglish } from './messages-composer.js';

const en = {
  title: 'Feedback',
  noPerson: 'Set the person attribute to the id of the person whose feedback this is, or give items through the items property.',
  loadErrorTitle: 'Feedback could not be loaded',
  empty: 'No feedback yet. Praise a win, or ask someone how something went.',
  emptyFiltered: 'Nothing matches these filters.',
  clearFilters: 'Clear filters',
  feedLabel: (name: string) => `Feedback for ${name}`,
  feedLabelAnonymous: 'Feedback',

  kindPraise: 'Praise',
  kindConstructive: 'Constructive',
  kindCoaching: 'Coaching',
  kindRecognition: 'Recognition',
  kindNote: '1:1 note',
  kindOther: 'Feedback',

  visibilityPublic: 'Public',
  visibilityPrivate: 'Private',
  visibilityManager: 'Manager only',
  visibilityLabel: 'Who can see it',

  privateNote: 'Private note',
  anonymous: 'Anonymous',
  requested: 'Requested',
  requestedAnswer: (question: string) => `Answers the request: “${question}”`,
  showMore: 'Show more',
  showLess: 'Show less',
  emptyBody: 'No text was written.',
  link: 'Open link',
  sending: 'Sending…',
  tagsLabel: 'Tags',

  filtersLabel: 'Filter feedback',
  kindFilterLabel: 'Kinds',
  allKinds: 'All',
  from: 'From',
  to: 'To',
  resultCount: (count: number) => (count === 1 ? '1 item' : `${count} items`),
  resultCountUnknown: 'Showing feedback; more loads as you scroll',
  badRange: 'The start date is after the end date.',

  loadingMore: 'Loading more…',
  loadMoreFailed: 'More feedback could not be loaded.',
  retry: 'Retry',
  endOfFeed: 'That is all the feedback.',
  cursorRepeated: 'The server kept sending the same page, so loading stopped here.',
  dropped: (count: number) =>
    count === 1
      ? 'One item could not be shown because the server sent it incomplete.'
      : `${count} items could not be shown because the server sent them incomplete.`,

  // requests addressed to the viewer
  requestsHeading: 'Asked of you',
  requestFrom: (name: string) => `${name} asks`,
  answer: 'Answer',
};

export type FeedbackTimelineMessages = typeof en & typeof composerEnglish;


/**
 * The timeline's catalogues. The English of the composer and the ask form ships with the composer's
 * chunk (messages-composer.ts) and completes `en` when it loads (`addEnglish`); the package index
 * exports the catalogue complete (messages-complete.ts).
 */
export const feedbackTimelineMessages: Catalogues<FeedbackTimelineMessages> = defineCatalogues<FeedbackTimelineMessages>('feedback-timeline', {
  en: en as FeedbackTimelineMessages,
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
});

/** Completes the English catalogue with a chunk's part of it. */
export function addEnglish(...parts: Partial<FeedbackTimelineMessages>[]): Catalogues<FeedbackTimelineMessages> {
  Object.assign(feedbackTimelineMessages.en, ...parts);
  return feedbackTimelineMessages;
}

/** The word for a kind; kinds from a newer backend read as plain "Feedback". */
export function kindLabel(text: FeedbackTimelineMessages, kind: string): string {
  switch (kind) {
    case 'praise': return text.kindPraise;
    case 'constructive': return text.kindConstructive;
    case 'coaching': return text.kindCoaching;
    case 'recognition': return text.kindRecognition;
    case 'note': return text.kindNote;
    default: return text.kindOther;
  }
}

export function visibilityLabel(text: FeedbackTimelineMessages, visibility: string): string {
  switch (visibility) {
    case 'public': return text.visibilityPublic;
    case 'manager': return text.visibilityManager;
    default: return text.visibilityPrivate;
  }
}
