import type { AdapterErrorCode } from './errors.js';
import { defineCatalogues, type Catalogues } from './i18n.js';

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
  outboxWaiting: (count: number): string =>
    `Saved on this device — will be sent when you're back online (${count === 1 ? '1 waiting' : `${count} waiting`}).`,
  outboxMemoryOnly: 'This browser does not let the page keep it on this device (private mode or storage turned off). Keep this tab open until it is sent.',
};
export type CoreMessages = typeof en;

export const coreMessages: Catalogues<CoreMessages> = defineCatalogues<CoreMessages>('core', {
  en,
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
});

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
