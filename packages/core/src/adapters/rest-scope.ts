/**
 * Names a REST backend for the durable outbox (`@pm-widgets/core/drafts`): writes queued offline are
 * sent by the next page that talks to the same base URL. Its own module so `<pm-provider api>` can
 * name the backend before the REST client itself is downloaded.
 */
export function restOutboxScope(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `rest ${typeof location === 'undefined' ? base : new URL(base || '.', location.href).href}`;
}

/** Sets `outboxScope` on an adapter, not enumerable: the adapter's keys stay its methods. */
export function withOutboxScope<T extends object>(adapter: T, baseUrl: string): T & { readonly outboxScope: string } {
  return Object.defineProperty(adapter, 'outboxScope', { value: restOutboxScope(baseUrl), enumerable: false }) as T & { readonly outboxScope: string };
}
