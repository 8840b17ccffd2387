// The submitted check-in's view (and the manager's reply box) is an on-demand chunk. This file
// runs in its own page, so the chunk is not loaded before these tests: they see it arrive, or fail.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@pm-widgets/check-in/pm-check-in.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import { summaryView } from '../../packages/check-in/src/check-in.js';
import { backend, checkIn, context } from './fixtures.js';

const $ = <T extends Element = HTMLElement>(el: PmCheckIn, selector: string) => el.shadowRoot!.querySelector<T>(selector);

async function mount(b = backend(context({ checkIn: checkIn({ status: 'submitted', focus: 'Delegate more', submittedAt: '2026-11-20T09:00:00Z' }) }))): Promise<PmCheckIn> {
  const el = document.createElement('pm-check-in');
  el.setAttribute('person', 'p-ada');
  el.setAttribute('period', '2026-W47');
  el.autosaveDelay = 40;
  el.retryDelay = 20;
  el.adapter = b.adapter;
  await fixture(html`<div>${el}</div>`);
  await waitUntil(() => $(el, 'form, [part~="summary"], [role="alert"]') && !$(el, '[part~="skeleton"]'), 'check-in loaded');
  return el;
}

describe('<pm-check-in> submitted view on demand', () => {
  const importer = summaryView.importer;
  afterEach(() => {
    summaryView.importer = importer;
  });

  it('a check-in being written does not load the submitted view', async () => {
    let asked = 0;
    summaryView.importer = () => {
      asked++;
      return importer();
    };
    const el = await mount(backend());
    expect($(el, 'form[part~="form"]')).to.exist;
    await el.updateComplete;
    expect(asked).to.equal(0);
    expect(summaryView.module).to.equal(undefined);
  });

  it('a failed fetch shows an alert with Retry; Retry by keyboard loads the view and focuses its title', async () => {
    summaryView.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await mount();
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('The check-in could not be loaded');
    expect(alert.textContent).to.contain('The server could not be reached');
    expect(alert.querySelector('code')!.textContent).to.contain('Failed to fetch dynamically imported module');
    await expect(el).to.be.accessible();

    // Still offline: Retry keeps the alert (and the focus on Retry).
    const retry = $<HTMLButtonElement>(el, '[part~="retry"]')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => $(el, '[part~="retry"]'), 'the alert is back');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="retry"]'));
    expect($(el, '[part~="summary"]')).to.equal(null);

    summaryView.importer = importer;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="summary"]'), 'the summary after Retry');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, '[part~="summary"]')!.textContent).to.contain('Delegate more');
    expect(el.shadowRoot!.activeElement!.id).to.equal('summary-title');
    // Its styles came with it: the document's two columns.
    expect(getComputedStyle($(el, '.doc')!).display).to.equal('grid');
  });

  it('submitting by click shows the loaded view, styled, with the focus on its title', async () => {
    const el = await mount(backend());
    const focus = $<HTMLTextAreaElement>(el, '#focus')!;
    focus.value = 'Ship the beta';
    focus.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    $<HTMLInputElement>(el, 'input[name="q-0"][value="4"]')!.click();
    const submitted = oneEvent(el, 'pm-check-in-submit');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await submitted;
    await el.updateComplete;
    expect($(el, '[part~="summary"]')!.textContent).to.contain('Ship the beta');
    expect(el.shadowRoot!.activeElement!.id).to.equal('summary-title');
    expect(getComputedStyle($(el, '.facts')!).marginBlockEnd).to.not.equal('0px');
    await expect(el).to.be.accessible();
  });
});
