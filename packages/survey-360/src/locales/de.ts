import type { SurveyMessages } from '../messages.js';

const de: SurveyMessages = {
  noAssignment: 'Setzen Sie das Attribut assignment auf die ID der Umfrage-Zuweisung, die beantwortet werden soll.',
  loadErrorTitle: 'Die Umfrage konnte nicht geladen werden',
  partLoadFailed: 'Dieser Teil der Umfrage konnte nicht geladen werden',
  badDataTitle: 'Diese Umfrage kann nicht angezeigt werden',
  badData: (detail: string) => `Die Daten der Umfrage sind ungültig (${detail}). Bitten Sie die verantwortliche Person, sie zu prüfen.`,
  duplicateId: (id: string) => `Zwei Fragen haben dieselbe ID „${id}“, ihre Antworten wären nicht zu unterscheiden. Bitten Sie die verantwortliche Person, die Umfrage zu korrigieren.`,
  badScale: (range: string) => `Ihre Bewertungsskala (${range}) hat keine wählbaren Stufen. Bitten Sie die verantwortliche Person, die Umfrage zu korrigieren.`,
  tooManyPoints: (points: string) => `Ihre Bewertungsskala hat ${points} Stufen; höchstens 11 können angezeigt werden. Bitten Sie die verantwortliche Person, die Umfrage zu korrigieren.`,
  noQuestionsTitle: 'Noch nichts zu beantworten',
  noQuestions: 'Diese Umfrage hat keine Fragen. Es gibt nichts auszufüllen; Sie können sie schließen.',

  relationSelf: 'Dies ist Ihre Selbsteinschätzung.',
  relationManager: (name: string) => `Sie geben Ihrer Mitarbeiterin bzw. Ihrem Mitarbeiter ${name} Feedback.`,
  relationPeer: (name: string) => `Sie geben ${name} Feedback als Kollegin bzw. Kollege auf gleicher Ebene.`,
  relationDirectReport: (name: string) => `Sie geben Ihrer Führungskraft ${name} Feedback (Aufwärts-Feedback).`,
  relationOther: (name: string) => `Sie geben ${name} Feedback als jemand, der mit ihr bzw. ihm zusammenarbeitet.`,
  aboutSubject: 'Über',

  confidentialityHeading: 'Wer Ihre Antworten sieht',
  confidentialSelf: (_name: string) =>
    'Ihre Antworten erscheinen in Ihren Ergebnissen als Ihre eigene Sicht, neben der Sicht der anderen. Sie sind nicht anonym, Ihre Kommentare ebenso wenig.',
  confidentialManager: (name: string) =>
    `Ihre Antworten werden ${name} so gezeigt, wie Sie sie geben – als Sicht der Führungskraft, nicht mit anderen zusammengefasst. Ihre Kommentare ebenso, mit Ihrer Rolle.`,
  confidentialGroup: (name: string, group: string, threshold: number) =>
    `Antworten der Gruppe „${group}“ sieht ${name} nur als Gruppendurchschnitt, und nur wenn mindestens ${threshold} Personen dieser Gruppe geantwortet haben; sonst werden sie mit anderen kleinen Gruppen zusammengefasst oder gar nicht gezeigt. Für Kommentare gilt dieselbe Regel; sie tragen nie Ihren Namen.`,
  confidentialGroupOfOne: (name: string, group: string) =>
    `Antworten der Gruppe „${group}“ sieht ${name} als Gruppendurchschnitt, auch wenn nur eine Person geantwortet hat – ${name} kann Ihre Antworten also womöglich erkennen. Für Kommentare gilt dieselbe Regel.`,
  groupPeer: 'Kolleginnen und Kollegen',
  groupDirectReport: 'Mitarbeitende',
  groupOther: 'Weitere',

  due: (date: string) => `Fällig am ${date}`,
  pastDue: (date: string) => `Diese Umfrage war am ${date} fällig. Sie können sie trotzdem noch absenden.`,
  progress: (answered: number, required: number) => `${answered} von ${required} Pflichtfragen beantwortet`,
  progressNone: 'Keine Pflichtfragen',
  pageOf: (page: number, pages: number) => `Abschnitt ${page} von ${pages}`,
  next: 'Weiter',
  back: 'Zurück',
  required: 'Pflichtfeld',
  notApplicable: 'k. A.',
  notApplicableLong: 'Kann ich nicht sagen',
  characters: (count: string, limit: string) => `${count} / ${limit} Zeichen`,
  chooseOne: 'Wählen Sie eine Antwort.',
  chooseAny: 'Wählen Sie alle zutreffenden.',
  unknownKind: (kind: string) =>
    `Diese Frage („${kind}“) braucht eine neuere Version dieses Formulars und kann hier nicht beantwortet werden. Sie können sie überspringen; sie zählt nicht zum Fortschritt.`,

  ratingMissing: 'Wählen Sie eine Bewertung oder „k. A.“, wenn Sie es nicht sagen können.',
  ratingMissingNoNA: 'Wählen Sie eine Bewertung.',
  textMissing: 'Schreiben Sie eine Antwort.',
  choiceMissing: 'Wählen Sie eine Antwort.',
  errorSummary: (count: number) => (count === 1 ? 'Eine Frage braucht noch eine Antwort' : `${count} Fragen brauchen noch eine Antwort`),
  errorSummaryHelp: 'Beantworten Sie sie und senden Sie dann erneut ab.',

  submit: 'Feedback absenden',
  submitting: 'Wird gesendet…',
  submitFailed: 'Ihre Antworten wurden nicht gesendet. Nichts ist verloren – sie bleiben hier und auf diesem Gerät erhalten. Versuchen Sie es erneut.',
  tryAgain: 'Erneut versuchen',
  statusSaved: 'Gespeichert',
  statusSaving: 'Wird gespeichert…',
  statusOffline: 'Offline – auf diesem Gerät gespeichert',
  statusRetrying: 'Nicht gespeichert – neuer Versuch läuft',
  statusFailed: 'Nicht gespeichert – auf diesem Gerät aufbewahrt',
  restored: (time: string) => `Die um ${time} auf diesem Gerät gespeicherten Antworten wurden wiederhergestellt. Sie waren neuer als die Kopie auf dem Server.`,
  dropped: (count: number) =>
    count === 1
      ? 'Eine Antwort aus Ihrem Entwurf passt nicht mehr zu dieser Umfrage (die Frage wurde geändert oder entfernt) und wurde weggelassen.'
      : `${count} Antworten aus Ihrem Entwurf passen nicht mehr zu dieser Umfrage (die Fragen wurden geändert oder entfernt) und wurden weggelassen.`,
  dismiss: 'Ausblenden',

  thanksHeading: 'Vielen Dank – Ihr Feedback wurde gesendet',
  thanksText: (name: string) => `${name} sieht es mit dem übrigen Feedback dieser Runde, wie oben beschrieben.`,
  thanksSelf: 'Ihre Selbsteinschätzung ist eingegangen. Sie sehen sie neben der Sicht der anderen.',
  submittedNotice: (date: string) => `Sie haben diese Umfrage am ${date} abgesendet. Vielen Dank – die Antworten können nicht mehr geändert werden.`,
  submittedNoticeNoDate: 'Sie haben diese Umfrage abgesendet. Vielen Dank – die Antworten können nicht mehr geändert werden.',
  closedNotice: 'Diese Umfrage ist geschlossen und nimmt keine Antworten mehr an.',
};

export default de;
