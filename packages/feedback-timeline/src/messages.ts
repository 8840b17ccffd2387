import type { Catalogues } from '@pm-widgets/core';

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

const de: FeedbackTimelineMessages = {
  title: 'Feedback',
  noPerson: 'Setzen Sie das Attribut person auf die ID der Person, um deren Feedback es geht, oder übergeben Sie Einträge über die Eigenschaft items.',
  loadErrorTitle: 'Feedback konnte nicht geladen werden',
  empty: 'Noch kein Feedback. Würdigen Sie einen Erfolg oder fragen Sie jemanden, wie etwas gelaufen ist.',
  emptyFiltered: 'Zu diesen Filtern passt nichts.',
  clearFilters: 'Filter zurücksetzen',
  feedLabel: (name: string) => `Feedback für ${name}`,
  feedLabelAnonymous: 'Feedback',

  kindPraise: 'Lob',
  kindConstructive: 'Konstruktiv',
  kindCoaching: 'Coaching',
  kindRecognition: 'Anerkennung',
  kindNote: '1:1-Notiz',
  kindOther: 'Feedback',

  visibilityPublic: 'Öffentlich',
  visibilityPrivate: 'Privat',
  visibilityManager: 'Nur Führungskraft',
  visibilityLabel: 'Wer es sehen kann',

  privateNote: 'Private Notiz',
  anonymous: 'Anonym',
  requested: 'Erbeten',
  requestedAnswer: (question: string) => `Antwort auf die Bitte: „${question}“`,
  showMore: 'Mehr anzeigen',
  showLess: 'Weniger anzeigen',
  emptyBody: 'Es wurde kein Text geschrieben.',
  link: 'Link öffnen',
  sending: 'Wird gesendet…',
  tagsLabel: 'Schlagwörter',

  filtersLabel: 'Feedback filtern',
  kindFilterLabel: 'Arten',
  allKinds: 'Alle',
  from: 'Von',
  to: 'Bis',
  resultCount: (count: number) => (count === 1 ? '1 Eintrag' : `${count} Einträge`),
  resultCountUnknown: 'Feedback wird angezeigt; beim Scrollen wird mehr geladen',
  badRange: 'Das Startdatum liegt nach dem Enddatum.',

  loadingMore: 'Mehr wird geladen…',
  loadMoreFailed: 'Weiteres Feedback konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  endOfFeed: 'Das ist das gesamte Feedback.',
  cursorRepeated: 'Der Server hat dieselbe Seite wiederholt gesendet, daher wurde das Laden hier beendet.',
  dropped: (count: number) =>
    count === 1
      ? 'Ein Eintrag kann nicht angezeigt werden, weil der Server ihn unvollständig gesendet hat.'
      : `${count} Einträge können nicht angezeigt werden, weil der Server sie unvollständig gesendet hat.`,

  composerHeading: (name: string) => `Feedback an ${name} geben`,
  composerHeadingSelf: 'Private Notiz schreiben',
  composerHeadingAnswer: (name: string) => `${name} antworten`,
  composerOpen: 'Feedback geben',
  composerOpenSelf: 'Notiz schreiben',
  composerClose: 'Schließen',
  kindLegend: 'Art',
  body: 'Feedback',
  bodyNote: 'Notiz',
  bodyHelpPraise: 'Sagen Sie, was die Person getan hat und warum es wichtig war. Konkret schlägt allgemein.',
  bodyHelpNote: 'Nur Sie sehen diese Notiz.',
  sbiIntro: 'Schwierige Gespräche gelingen mit Fakten besser. Füllen Sie aus, was hilft; jedes Feld ist optional.',
  sbiSituation: 'Situation',
  sbiSituationHelp: 'Wann und wo? „Im Planungsmeeting am Dienstag …“',
  sbiBehaviour: 'Verhalten',
  sbiBehaviourHelp: 'Was haben Sie gesehen oder gehört? Beschreiben Sie Handlungen, nicht den Charakter.',
  sbiImpact: 'Wirkung',
  sbiImpactHelp: 'Wozu hat es geführt – für Sie, das Team oder die Kundschaft?',
  sbiNext: 'Meine Bitte für das nächste Mal',
  sbiNextHelp: 'Eine konkrete Sache, die beim nächsten Mal ausprobiert werden kann.',
  competencies: 'Kompetenzen',
  values: 'Werte',
  tagsSummary: (count: number) => (count === 0 ? 'Schlagwörter hinzufügen' : count === 1 ? '1 Schlagwort' : `${count} Schlagwörter`),
  visibility: 'Sichtbarkeit',
  give: 'Feedback geben',
  saveNote: 'Notiz speichern',
  giving: 'Wird gesendet…',
  bodyMissing: 'Schreiben Sie zuerst das Feedback.',
  giveFailed: (reason: string) => `Nicht gesendet: ${reason} Ihr Text bleibt erhalten; versuchen Sie es erneut.`,
  given: (name: string) => `Feedback an ${name} gesendet.`,
  noteSaved: 'Notiz gespeichert.',
  draftKept: 'Entwurf auf diesem Gerät gespeichert',
  discard: 'Entwurf verwerfen',

  requestsHeading: 'An Sie gerichtet',
  requestFrom: (name: string) => `${name} fragt`,
  answer: 'Antworten',
  askOpen: 'Um Feedback bitten',
  askHeading: 'Um Feedback bitten',
  askWho: 'Wer soll antworten?',
  askManager: 'Ihre Führungskraft',
  askReport: 'berichtet an Sie',
  askQuestion: 'Ihre Frage',
  askQuestionHelp: 'Eine konkrete Frage bringt bessere Antworten, z. B. „Wie habe ich das Q3-Planungsmeeting geleitet?“',
  askSend: 'Bitte senden',
  askSending: 'Wird gesendet…',
  askNobody: 'Wählen Sie mindestens eine Person.',
  askNoQuestion: 'Schreiben Sie Ihre Frage.',
  askNoPeople: 'Es gibt noch niemanden, den Sie fragen können.',
  askSent: (count: number) => (count === 1 ? 'Bitte an 1 Person gesendet.' : `Bitte an ${count} Personen gesendet.`),
  askFailed: (reason: string) => `Bitte nicht gesendet: ${reason}`,
};

export const feedbackTimelineMessages: Catalogues<FeedbackTimelineMessages> = { en, de };

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
