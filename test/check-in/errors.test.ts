import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AdapterError, type PerformanceAdapter } from '@pm-widgets/core';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/check-in/pm-check-in.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import { MANAGER, PERIOD, PERSON, backend, checkIn, context } from './fixtures.js';

const $ = <T extends Element = HTMLElement>(el: PmCheckIn, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** Counts console.warn calls for the length of a test. */
function watchWarnings() {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(String(args[0]));
  return { calls, restore: () => (console.warn = original) };
}

async function mount(adapter: PerformanceAdapter, viewer?: string): Promise<PmCheckIn> {
  const root = await fixture(html`<pm-provider .adapter=${adapter} viewer=${viewer ?? PERSON}>
    <pm-check-in person=${PERSON} period=${PERIOD} autosave-delay="10" retry-delay="5"></pm-check-in>
  </pm-provider>`);
  const el = root.querySelector('pm-check-in')!;
  await waitUntil(() => $(el, 'form, [part~="summary"]'), 'loaded');
  return el;
}

async function writeFocusAndSubmit(el: PmCheckIn) {
  const focus = $<HTMLTextAreaElement>(el, '#focus')!;
  focus.value = 'Listen more';
  focus.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const rating = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q-0"]');
  rating?.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
}

describe('<pm-check-in>: errors developers can act on', () => {
  let warnings: ReturnType<typeof watchWarnings>;
  beforeEach(() => {
    localStorage.clear();
    warnings = watchWarnings();
  });
  afterEach(() => warnings.restore());

  it('a submission answered with data of the wrong shape shows technical details and warns once', async () => {
    const b = backend();
    b.adapter.submitCheckIn = async () => ({ id: 'ci-1', status: 'maybe' }) as never;
    const el = await mount(b.adapter);
    await writeFocusAndSubmit(el);
    await waitUntil(() => $(el, '[part~="submit-error"]'), 'failure shown');
    const alert = $(el, '[part~="submit-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('The server sent data this widget cannot read');
    const details = alert.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Technical details');
    expect(details.querySelector('code')!.textContent).to.contain('submitCheckIn returned personId = undefined');
    el.requestUpdate();
    await el.updateComplete;
    const relevant = warnings.calls.filter((w) => w.includes('Submitting the check-in'));
    expect(relevant).to.have.length(1);
    expect(relevant[0]).to.contain('submitCheckIn returned');
    await expect(el).to.be.accessible();
  });

  it('a draft save answered with the wrong shape shows technical details beside the status, warned once across retries', async () => {
    const b = backend();
    b.adapter.saveCheckInDraft = async () => ({ nonsense: true }) as never;
    // (the adapter object is read per call, so the counting wrapper below sees later saves)
    const el = await mount(b.adapter);
    const wins = $<HTMLTextAreaElement>(el, '#wins')!;
    wins.value = 'Shipped it';
    wins.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => $(el, '[part~="status"]')?.dataset['state'] === 'failed', 'save failed');
    const box = $(el, '.status-box')!;
    expect(box.closest('[data-section]')?.getAttribute('data-section'), 'status beside the section edited').to.equal('reflection');
    expect(box.querySelector('details code')!.textContent).to.contain('saveCheckInDraft returned');
    wins.value = 'Shipped it twice';
    wins.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    let calls = 0;
    const adapterSave = b.adapter.saveCheckInDraft!;
    b.adapter.saveCheckInDraft = (draft) => {
      calls++;
      return adapterSave(draft);
    };
    await waitUntil(() => calls > 0 && $(el, '[part~="status"]')?.dataset['state'] === 'failed', 'the second save failed too');
    expect(warnings.calls.filter((w) => w.includes('Saving the draft'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a failed reply shows technical details and warns once', async () => {
    const b = backend(context({ checkIn: checkIn({ status: 'submitted', focus: 'Delegate more', submittedAt: '2026-11-20T09:00:00Z' }) }));
    b.adapter.replyToCheckIn = async () => {
      throw new AdapterError('forbidden', 'replyToCheckIn failed with HTTP 403: only the manager may reply');
    };
    const el = await mount(b.adapter, MANAGER);
    const reply = $<HTMLTextAreaElement>(el, '#reply')!;
    reply.value = 'Good week.';
    reply.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('form.reply button[type="submit"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.reply [role="alert"]'), 'failure shown');
    const alert = el.shadowRoot!.querySelector('.reply [role="alert"]')!;
    expect(alert.querySelector('details code')!.textContent).to.equal('replyToCheckIn failed with HTTP 403: only the manager may reply');
    expect(warnings.calls.filter((w) => w.includes('Sending the reply'))).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
