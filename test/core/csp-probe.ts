export {};
// Runs inside the CSP iframe of csp.test.ts: imports core only after listening for violations.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}:${event.blockedURI}`));
const mode = (document.currentScript ?? document.querySelector('script[data-body]'))?.getAttribute('data-body');

async function run(): Promise<string> {
  if (mode === 'eval') {
    try {
      // eslint-disable-next-line no-new-func
      new Function('return 1')();
      return 'allowed';
    } catch {
      return 'blocked';
    }
  }
  const { withValidation, AdapterError } = await import('@pm-widgets/core');
  const goal = (id: string, progress: number) => ({
    id, parentId: null, title: id, level: 'team', status: 'on-track', progress, progressMode: 'manual',
    weight: 1, keyResults: [], version: 1, updatedAt: '2026-11-20T10:00:00Z',
  });
  const bad = withValidation({ listGoals: async () => ({ goals: [goal('a', 0.1), goal('b', 3)], people: [] }) as never });
  const good = withValidation({ listGoals: async () => ({ goals: [goal('a', 0.1), goal('b', 0.3)], people: [] }) as never });
  const failed = await bad.listGoals({}).then(() => 'resolved', (e: unknown) => (AdapterError.is(e) ? `${e.code}:${e.message}` : String(e)));
  const passed = await good.listGoals({});
  return `${failed}|ok:${passed.goals.length}`;
}

run().then(async (result) => {
  await new Promise((r) => setTimeout(r, 50)); // violation events are dispatched asynchronously
  parent.postMessage({ result, violations }, '*');
});
