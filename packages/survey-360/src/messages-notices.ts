/**
 * English of the survey's notices and outcomes (survey-notices.ts). It ships in that chunk and
 * completes the catalogue when it loads (see `addEnglish` in messages.ts); other languages are
 * whole catalogues (locales/).
 */
export const noticesEnglish = {
  badDataTitle: 'This survey cannot be shown',
  badData: (detail: string) => `The survey data is not valid (${detail}). Ask the survey’s owner to check it.`,
  duplicateId: (id: string) => `Two questions share the id “${id}”, so their answers could not be told apart. Ask the survey’s owner to fix the survey.`,
  badScale: (range: string) => `Its rating scale (${range}) has no points to choose from. Ask the survey’s owner to fix the survey.`,
  tooManyPoints: (points: string) => `Its rating scale has ${points} points; at most 11 can be shown. Ask the survey’s owner to fix the survey.`,
  noQuestionsTitle: 'Nothing to answer yet',
  noQuestions: 'This survey has no questions. There is nothing to fill in; you can close it.',

  ratingMissing: 'Choose a rating, or N/A if you cannot say.',
  ratingMissingNoNA: 'Choose a rating.',
  textMissing: 'Write an answer.',
  choiceMissing: 'Choose an answer.',
  errorSummary: (count: number) => (count === 1 ? 'One question needs an answer' : `${count} questions need an answer`),
  errorSummaryHelp: 'Answer them, then submit again.',
  submitFailed: 'Your answers were not sent. Nothing is lost — they are kept here and on this device. Try again.',
  tryAgain: 'Try again',
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
