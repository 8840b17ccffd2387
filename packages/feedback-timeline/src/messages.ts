import { defineCatalogues, type Catalogues } from '@pm-widgets/core';

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

  // composer
  composerHeading: (name: string) => `Give feedback to ${name}`,
  composerHeadingSelf: 'Write a private note',
  composerHeadingAnswer: (name: string) => `Answer ${name}`,
  composerOpen: 'Give feedback',
  composerOpenSelf: 'Write a note',
  composerClose: 'Close',
  kindLegend: 'Kind',
  body: 'Feedback',
  bodyNote: 'Note',
  bodyHelpPraise: 'Say what they did and why it mattered. Specific beats general.',
  bodyHelpNote: 'Only you can see this note.',
  sbiIntro: 'Hard conversations go better with facts. Fill in what helps; every box is optional.',
  sbiSituation: 'Situation',
  sbiSituationHelp: 'When and where? “In Tuesday’s planning meeting…”',
  sbiBehaviour: 'Behaviour',
  sbiBehaviourHelp: 'What did you see or hear? Describe actions, not character.',
  sbiImpact: 'Impact',
  sbiImpactHelp: 'What did it lead to, for you, the team or the customer?',
  sbiNext: 'What I ask next',
  sbiNextHelp: 'One concrete thing to try next time.',
  competencies: 'Competencies',
  values: 'Values',
  tagsSummary: (count: number) => (count === 0 ? 'Add tags' : count === 1 ? '1 tag' : `${count} tags`),
  visibility: 'Visibility',
  give: 'Give feedback',
  saveNote: 'Save note',
  giving: 'Sending…',
  bodyMissing: 'Write the feedback first.',
  giveFailed: (reason: string) => `Not sent: ${reason} Your text is kept; try again.`,
  given: (name: string) => `Feedback sent to ${name}.`,
  noteSaved: 'Note saved.',
  draftKept: 'Draft kept on this device',
  discard: 'Discard draft',

  // requests
  requestsHeading: 'Asked of you',
  requestFrom: (name: string) => `${name} asks`,
  answer: 'Answer',
  askOpen: 'Ask for feedback',
  askHeading: 'Ask for feedback',
  askWho: 'Who should answer?',
  askManager: 'your manager',
  askReport: 'reports to you',
  askQuestion: 'Your question',
  askQuestionHelp: 'One specific question gets better answers, e.g. “How did I run the Q3 planning meeting?”',
  askSend: 'Send request',
  askSending: 'Sending…',
  askNobody: 'Choose at least one person.',
  askNoQuestion: 'Write your question.',
  askNoPeople: 'There is nobody to ask yet.',
  askSent: (count: number) => (count === 1 ? 'Request sent to 1 person.' : `Request sent to ${count} people.`),
  askFailed: (reason: string) => `Request not sent: ${reason}`,
};

export type FeedbackTimelineMessages = typeof en;


export const feedbackTimelineMessages: Catalogues<FeedbackTimelineMessages> = defineCatalogues<FeedbackTimelineMessages>('feedback-timeline', {
  en,
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
});

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
