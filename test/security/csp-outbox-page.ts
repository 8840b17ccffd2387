/**
 * The page of test/node/csp-outbox-chunk.test.mjs: a check-in inside a provider, built WITH code
 * splitting (as an app's bundler builds the packages), so the outbox is a chunk of its own fetched
 * on demand under the page's strict Content-Security-Policy. The backend is the memory adapter
 * with a durable `outboxScope`; while the browser is offline its writes fail as `fetch` does.
 * Records every `securitypolicyviolation` and the check-in's submit event.
 */
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import { outboxMayBeWaiting } from '@pm-widgets/core/drafts';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/check-in/pm-check-in.js';

const SCOPE = 'csp test backend';
const recorded = {
  violations: [] as string[],
  submitted: 0,
  /** Whether something waits for the backend: joins the look the widget took at start, if still running. */
  probe: () => outboxMayBeWaiting(SCOPE),
};
(window as unknown as { pmCsp: typeof recorded }).pmCsp = recorded;
document.addEventListener('securitypolicyviolation', (event) => {
  recorded.violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
document.addEventListener('pm-check-in-submit', () => recorded.submitted++);

const memory = createMemoryAdapter({ viewerId: DEMO.viewerId, persist: false });
const adapter: Record<string, unknown> = {};
for (const [name, method] of Object.entries(memory)) {
  if (typeof method !== 'function') continue;
  adapter[name] = (...args: unknown[]) => {
    if (!navigator.onLine) return Promise.reject(new TypeError('Failed to fetch'));
    return (method as (...a: unknown[]) => unknown).apply(memory, args);
  };
}
Object.defineProperty(adapter, 'outboxScope', { value: SCOPE, enumerable: false });

const provider = document.createElement('pm-provider') as HTMLElement & { adapter: unknown; viewer: string };
provider.adapter = adapter;
provider.viewer = DEMO.viewerId;
const checkIn = document.createElement('pm-check-in') as HTMLElement & { retryDelay: number };
checkIn.setAttribute('person', DEMO.viewerId);
checkIn.retryDelay = 50;
provider.append(checkIn);
document.getElementById('main')!.append(provider);
