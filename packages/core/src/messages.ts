import type { AdapterErrorCode } from './errors.js';
import type { Catalogues } from './i18n.js';

const en = {
  loading: 'Loading…',
  retry: 'Retry',
  technicalDetails: 'Technical details',
  errorTitle: 'This could not be loaded',
  noAdapter: 'No data source is connected. Wrap the widget in <pm-provider> with an adapter, or set its adapter property.',
  errorNetwork: 'The server could not be reached. Check your connection and try again.',
  errorInvalidResponse: 'The server sent data this widget cannot read.',
  errorInvalidRequest: 'The request was not accepted.',
  errorNotFound: 'It was not found. It may have been deleted.',
  errorForbidden: 'You do not have access to this.',
  errorConflict: 'Someone else changed this in the meantime.',
  errorNotSupported: 'The connected data source does not support this widget.',
  errorUnavailable: 'The service is unavailable right now. Try again in a moment.',
};
export type CoreMessages = typeof en;

export const coreMessages: Catalogues<CoreMessages> = {
  en,
  de: {
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
  },
};

export function errorText(messages: CoreMessages, code: AdapterErrorCode): string {
  switch (code) {
    case 'network': return messages.errorNetwork;
    case 'invalid-response': return messages.errorInvalidResponse;
    case 'invalid-request': return messages.errorInvalidRequest;
    case 'not-found': return messages.errorNotFound;
    case 'forbidden': return messages.errorForbidden;
    case 'conflict': return messages.errorConflict;
    case 'not-supported': return messages.errorNotSupported;
    case 'unavailable': return messages.errorUnavailable;
  }
}
