/**
 * English of the submitted check-in and the manager's reply box (check-in-summary.ts). It ships in
 * that chunk and completes the catalogue when it loads (see `addEnglish` in messages.ts); other
 * languages are whole catalogues (locales/).
 */
export const summaryEnglish = {
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
};
