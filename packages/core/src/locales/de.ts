import type { CoreMessages } from '../messages.js';

const de: CoreMessages = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  technicalDetails: 'Technische Details',
  errorTitle: 'Das konnte nicht geladen werden',
  noAdapter: 'Keine Datenquelle verbunden. Umschließen Sie das Widget mit <pm-provider> und einem Adapter oder setzen Sie seine adapter-Eigenschaft.',
  errorNetwork: 'Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  errorInvalidResponse: 'Der Server hat Daten gesendet, die dieses Widget nicht lesen kann.',
  errorInvalidRequest: 'Die Anfrage wurde nicht angenommen.',
  errorNotFound: 'Nicht gefunden. Es wurde vielleicht gelöscht.',
  errorForbidden: 'Sie haben darauf keinen Zugriff.',
  errorConflict: 'Jemand anderes hat das inzwischen geändert.',
  errorNotSupported: 'Die verbundene Datenquelle unterstützt dieses Widget nicht.',
  errorUnavailable: 'Der Dienst ist gerade nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  outboxWaiting: (count) =>
    `Auf diesem Gerät gespeichert – wird gesendet, sobald Sie wieder online sind (${count === 1 ? '1 wartet' : `${count} warten`}).`,
  outboxMemoryOnly: 'Dieser Browser erlaubt der Seite nicht, es auf dem Gerät zu speichern (privater Modus oder Speicher abgeschaltet). Lassen Sie diesen Tab offen, bis es gesendet ist.',
};

export default de;
