import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { withValidation, type PerformanceAdapter, type PortMethod } from '@pm-widgets/core';

// zod's side of the validating wrapper loads on demand, on the first answer a generated check
// cannot prove valid. One invalid answer here loads it up front, so "settled" means the same for a
// widget's first run as for its thirtieth. (That valid data never loads it: test/core/validation-on-demand.test.ts.)
await withValidation({ listGoals: async () => 42 } as never as PerformanceAdapter).listGoals({}).catch(() => undefined);

/**
 * The seed every fuzz suite starts from, so a run can be repeated exactly. fast-check prints the
 * seed and the shrunk counterexample (with its path) when a property fails; to explore other
 * seeds, change this number (or run with `?fuzz-seed=N` in the test page's URL).
 */
export const FUZZ_SEED = Number(new URLSearchParams(location.search).get('fuzz-seed') ?? 20261201);

/** Runs per widget and port: enough to reach the mutations, bounded so `npm test` stays quick. */
export const RUNS = 30;

type Widget = HTMLElement & { adapter?: PerformanceAdapter; updateComplete: Promise<unknown> };

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** Errors that reach the window: an uncaught exception or an unhandled rejection. */
export function watchPage() {
  const errors: string[] = [];
  // The widgets' developer warnings ("n feedback item(s) left out", "Saving a goal failed") are
  // expected here by the hundred: keep them out of the test log while a run lasts.
  const warn = console.warn;
  console.warn = () => {};
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const protoNames = (o: object) => Object.getOwnPropertyNames(o).sort().join(',');
  const before = { object: protoNames(Object.prototype), array: protoNames(Array.prototype), fn: protoNames(Function.prototype) };
  return {
    errors,
    /** Nothing uncaught, and no prototype touched. */
    check(label: string) {
      expect(errors, `${label}: uncaught errors`).to.deep.equal([]);
      expect(protoNames(Object.prototype), `${label}: Object.prototype`).to.equal(before.object);
      expect(protoNames(Array.prototype), `${label}: Array.prototype`).to.equal(before.array);
      expect(protoNames(Function.prototype), `${label}: Function.prototype`).to.equal(before.fn);
      expect(({} as Record<string, unknown>).polluted, `${label}: polluted`).to.equal(undefined);
      expect(({} as Record<string, unknown>).isAdmin, `${label}: polluted`).to.equal(undefined);
    },
    stop() {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** True when some element in the widget's shadow root is rendered with text (or is a chart). */
export function showsSomething(el: Element): boolean {
  const host = el.getBoundingClientRect();
  if (host.width === 0 || host.height === 0) return false;
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].some((node) => {
    if (node.closest('style, [hidden]')) return false;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || !node.checkVisibility({ visibilityProperty: true })) return false;
    return node.localName === 'svg' || [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== '');
  });
}

/** Waits until the widget has left its loading skeleton, then one more update. */
export async function settled(el: Widget, label: string): Promise<void> {
  await waitUntil(() => !$(el, '[part~="skeleton"]') && showsSomething(el), `${label}: widget settled with visible content`, { timeout: 5000 });
  // A widget's second read (the timeline's requests) may settle a few tasks later: wait until its
  // shadow DOM stops changing.
  let last: string | undefined;
  for (let round = 0; round < 50; round++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    const now = el.shadowRoot!.innerHTML;
    if (now === last) return;
    last = now;
  }
}

export interface ReadFuzzOptions {
  tag: string;
  attributes: Record<string, string>;
  /** The read port method fed with fuzzed payloads. */
  method: PortMethod;
  payloads: fc.Arbitrary<unknown>;
  /** A valid answer, given once Retry is pressed. */
  valid: () => unknown;
  /** Other methods the widget calls, answered validly. */
  extra?: Partial<Record<PortMethod, () => unknown>>;
  /** Mount inside a `<pm-provider>` with this viewer (the adapter then comes from the provider). */
  viewer?: string;
  numRuns?: number;
  seed?: number;
}

/** What one fuzzed run ended with. */
export type Outcome = 'data' | 'error';

/**
 * Mounts the widget with an adapter whose `method` answers `payload` (through the widget's own
 * validating wrapper), and checks the run's end: visible data, or an error with a Retry that loads
 * the valid answer; never an uncaught error, never a blank, never a polluted prototype.
 */
export async function fuzzOnce(options: ReadFuzzOptions, payload: unknown): Promise<Outcome> {
  const page = watchPage();
  try {
    let answerValid = false;
    const adapter: PerformanceAdapter = {};
    for (const [method, value] of Object.entries(options.extra ?? {})) (adapter as Record<string, unknown>)[method] = async () => value();
    (adapter as Record<string, unknown>)[options.method] = async () => (answerValid ? options.valid() : payload);
    const el = document.createElement(options.tag) as Widget;
    for (const [name, value] of Object.entries(options.attributes)) el.setAttribute(name, value);
    if (options.viewer) {
      const provider = document.createElement('pm-provider') as HTMLElement & { adapter?: PerformanceAdapter; viewer?: string };
      provider.adapter = adapter;
      provider.viewer = options.viewer;
      provider.append(el);
      await fixture(html`<div style="width: 720px">${provider}</div>`);
    } else {
      el.adapter = adapter;
      await fixture(html`<div style="width: 720px">${el}</div>`);
    }
    await settled(el, options.method);
    page.check(options.method);
    const alert = $(el, '[part~="error"][role="alert"]');
    if (!alert) return 'data';
    const retry = $(el, '[part~="retry"]') as HTMLButtonElement | null;
    expect(retry, `${options.method}: an error state offers Retry`).to.exist;
    answerValid = true;
    retry!.click();
    await waitUntil(() => !$(el, '[part~="error"][role="alert"]') && !$(el, '[part~="skeleton"]'), `${options.method}: Retry loads the valid answer`, { timeout: 5000 });
    await settled(el, `${options.method} after Retry`);
    page.check(`${options.method} after Retry`);
    return 'error';
  } finally {
    page.stop();
    fixtureCleanup();
    localStorage.clear();
  }
}

/** The property: every payload ends in data or a working error state. Returns how many ran into each. */
export async function fuzzReads(options: ReadFuzzOptions): Promise<Record<Outcome, number>> {
  const seen: Record<Outcome, number> = { data: 0, error: 0 };
  await fc.assert(
    fc.asyncProperty(options.payloads, async (payload) => {
      seen[await fuzzOnce(options, payload)]++;
    }),
    { seed: options.seed ?? FUZZ_SEED, numRuns: options.numRuns ?? RUNS },
  );
  return seen;
}
