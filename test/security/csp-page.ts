/**
 * The strict-CSP test page's own script (same origin, loaded before the widget bundle): records
 * every `securitypolicyviolation` and every widget event, and gives the page's provider the
 * memory adapter (the demo organisation) as its backend.
 */
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';

interface Recorded {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  events: { type: string; detail: unknown }[];
  backend: ReturnType<typeof createMemoryAdapter>;
}

const recorded: Recorded = {
  violations: [],
  events: [],
  backend: createMemoryAdapter({ viewerId: DEMO.viewerId }),
};
(window as unknown as { pmCsp: Recorded }).pmCsp = recorded;

document.addEventListener('securitypolicyviolation', (event) => {
  recorded.violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
  });
});

for (const type of ['pm-goal-change', 'pm-check-in-submit', 'pm-survey-submit', 'pm-feedback-give', 'pm-error']) {
  document.addEventListener(type, (event) => {
    recorded.events.push({ type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) });
  });
}

for (const provider of document.querySelectorAll('pm-provider')) {
  (provider as HTMLElement & { adapter?: unknown }).adapter = recorded.backend;
}
