import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PerformanceAdapter, PortMethod } from '@pm-widgets/core';

export interface AdapterStatesSuiteOptions {
  /** The element's tag, e.g. `pm-goal-tree`. */
  tag: string;
  /** Attributes the widget needs before it loads, e.g. `{ person: 'p-1' }`. */
  attributes: Record<string, string>;
  /** The read method the widget calls first. */
  method: PortMethod;
  /** A valid answer with content. */
  loaded: unknown;
  /** A valid answer the widget must show as its empty state; omit for widgets with no empty state. */
  empty?: unknown;
  /** An answer that fails the schemas. */
  malformed: unknown;
  /** Other port methods the widget may call while loading, answered with these values. */
  extra?: Partial<Record<PortMethod, unknown>>;
}

type Call = { args: unknown[]; signal: AbortSignal | undefined };

/** An adapter whose read method answers with whatever `answer` returns, and records its calls. */
function scriptedAdapter(options: AdapterStatesSuiteOptions, answer: (call: Call) => Promise<unknown>) {
  const calls: Call[] = [];
  const adapter: PerformanceAdapter = {};
  for (const [method, value] of Object.entries(options.extra ?? {})) {
    (adapter as Record<string, unknown>)[method] = async () => structuredClone(value);
  }
  (adapter as Record<string, unknown>)[options.method] = (...args: unknown[]) => {
    const last = args.at(-1) as { signal?: AbortSignal } | undefined;
    const call = { args, signal: last?.signal };
    calls.push(call);
    return answer(call);
  };
  return { adapter, calls };
}

async function mount(options: AdapterStatesSuiteOptions, adapter?: PerformanceAdapter): Promise<HTMLElement> {
  const el = document.createElement(options.tag) as HTMLElement & {
    adapter?: PerformanceAdapter;
    updateComplete: Promise<unknown>;
  };
  el.adapter = adapter;
  for (const [name, value] of Object.entries(options.attributes)) el.setAttribute(name, value);
  await fixture(html`<div>${el}</div>`);
  await el.updateComplete;
  return el;
}

const inShadow = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector(selector);
const never = () => new Promise<never>(() => {});

/**
 * The states every widget renders the same way, driven through the real element and the real
 * validating wrapper: initial, pending, empty, error with Retry, malformed data, missing port,
 * and abort on adapter change. Each state is also checked with axe.
 */
export function runAdapterStatesSuite(options: AdapterStatesSuiteOptions): void {
  describe(`${options.tag}: adapter states`, () => {
    it('without an adapter, says what to configure', async () => {
      const el = await mount(options);
      const initial = inShadow(el, '[part~="initial"]');
      expect(initial, 'initial state').to.exist;
      expect(initial!.textContent!.trim().length).to.be.greaterThan(10);
      await expect(el).to.be.accessible();
    });

    it('while loading, shows a busy skeleton with a status', async () => {
      const { adapter } = scriptedAdapter(options, never);
      const el = await mount(options, adapter);
      await waitUntil(() => inShadow(el, '[part~="skeleton"]'), 'skeleton shown');
      expect(inShadow(el, '[part~="skeleton"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(inShadow(el, '[role="status"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the loaded content', async () => {
      const { adapter } = scriptedAdapter(options, async () => structuredClone(options.loaded));
      const el = await mount(options, adapter);
      await waitUntil(() => !inShadow(el, '[part~="skeleton"]'), 'loading finished');
      expect(inShadow(el, '[role="alert"]'), 'no error').to.not.exist;
      expect(inShadow(el, '[part~="initial"]')).to.not.exist;
      await expect(el).to.be.accessible();
    });

    if (options.empty !== undefined) {
      it('shows the empty state for an empty answer', async () => {
        const { adapter } = scriptedAdapter(options, async () => structuredClone(options.empty));
        const el = await mount(options, adapter);
        await waitUntil(() => inShadow(el, '[part~="empty"]'), 'empty state shown');
        await expect(el).to.be.accessible();
      });
    }

    it('shows an alert with Retry when the call fails, and Retry loads again', async () => {
      let fail = true;
      const { adapter, calls } = scriptedAdapter(options, async () => {
        if (fail) throw new TypeError('Failed to fetch');
        return structuredClone(options.loaded);
      });
      const el = await mount(options, adapter);
      await waitUntil(() => inShadow(el, '[role="alert"]'), 'error shown');
      await expect(el).to.be.accessible();
      const retry = inShadow(el, '[part~="retry"]') as HTMLButtonElement;
      expect(retry, 'retry button').to.exist;
      fail = false;
      retry.click();
      await waitUntil(() => !inShadow(el, '[role="alert"]') && !inShadow(el, '[part~="skeleton"]'), 'reloaded');
      expect(calls.length).to.equal(2);
    });

    it('shows an alert naming the bad field when the answer is malformed', async () => {
      const { adapter } = scriptedAdapter(options, async () => structuredClone(options.malformed));
      const el = await mount(options, adapter);
      await waitUntil(() => inShadow(el, '[role="alert"]'), 'error shown');
      expect(inShadow(el, '[role="alert"] code')!.textContent).to.contain(`${options.method} returned`);
      expect(inShadow(el, '[part~="retry"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('says so when the adapter lacks the port', async () => {
      const el = await mount(options, {});
      await waitUntil(() => inShadow(el, '[role="alert"]'), 'error shown');
      expect(inShadow(el, '[role="alert"]')!.textContent).to.contain(options.method);
      expect(inShadow(el, '[part~="retry"]'), 'no retry for a missing port').to.not.exist;
    });

    it('aborts the pending call when the adapter changes, and shows the new data', async () => {
      const first = scriptedAdapter(options, never);
      const el = await mount(options, first.adapter);
      await waitUntil(() => first.calls.length === 1, 'first call made');
      const second = scriptedAdapter(options, async () => structuredClone(options.loaded));
      (el as HTMLElement & { adapter?: PerformanceAdapter }).adapter = second.adapter;
      await waitUntil(() => second.calls.length === 1, 'second call made');
      await aTimeout(0);
      expect(first.calls[0]!.signal?.aborted, 'first signal aborted').to.equal(true);
      await waitUntil(() => !inShadow(el, '[part~="skeleton"]') && !inShadow(el, '[role="alert"]'), 'new data shown');
    });
  });
}
