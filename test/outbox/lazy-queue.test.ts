import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { PerformanceAdapter } from '@pm-widgets/core';
import { $, loadWidgets, mountCheckIn, type Loaded } from './lazy-page.js';
import {
  behindNetwork, clearStoredEntries, fetchedOutboxCode, freshScope, goOffline, goOnline, resetNetwork, storedEntries,
} from './network.js';

// The outbox is fetched on demand (issue 13), also by a write that must wait when nothing fetched
// it before. Here the person types nothing on this page: the check-in was restored from the device
// copy an earlier page kept, and they only press Submit. This file runs in a page of its own, in
// this order: a rejection fetches nothing, then an offline submission fetches the outbox and waits.

let fx: Loaded;
const notice = (el: Element) => el.shadowRoot!.querySelector('[part~="outbox"]');

/** The device copy an earlier page left: a complete check-in, never saved to the backend. */
function restoreDraft(): void {
  localStorage.setItem(fx.checkIn.storageKey(), JSON.stringify({
    savedAt: new Date().toISOString(),
    value: fx.checkIn.checkIn({ id: undefined as never, wins: 'Shipped the outbox', focus: 'Nothing lost offline', answers: { 'q-energy': 3 } }),
  }));
}

describe('outbox on demand: a failing write', () => {
  before(async () => {
    fx = await loadWidgets();
  });
  beforeEach(() => {
    localStorage.clear();
    resetNetwork();
  });
  after(async () => {
    resetNetwork();
    await clearStoredEntries();
  });

  it('a rejection (4xx) is shown and fetches no outbox code', async () => {
    const b = fx.checkIn.backend();
    const adapter = behindNetwork({
      ...b.adapter,
      submitCheckIn: async () => {
        throw new fx.core.AdapterError('forbidden', 'not yours', { retryable: false });
      },
    }, freshScope()) as PerformanceAdapter;
    restoreDraft();
    const el = await mountCheckIn(adapter, fx);
    expect($<HTMLTextAreaElement>(el, '#focus')!.value, 'restored from the device copy').to.equal('Nothing lost offline');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitUntil(() => $(el, '[part~="submit-error"]'), 'the error');
    expect(notice(el)).to.equal(null);
    expect(fetchedOutboxCode()).to.deep.equal({ outbox: false, idbKeyval: false });
  });

  it('offline, the failed submission fetches the outbox and waits in it; back online it is sent once', async () => {
    const b = fx.checkIn.backend();
    const adapter = behindNetwork(b.adapter, freshScope());
    restoreDraft();
    const el = await mountCheckIn(adapter, fx);
    expect(fetchedOutboxCode().outbox, 'not fetched before the write failed').to.equal(false);
    goOffline();
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitUntil(() => notice(el), 'the pending notice');
    expect(fetchedOutboxCode()).to.deep.equal({ outbox: true, idbKeyval: true });
    expect(notice(el)!.textContent).to.contain('Saved on this device — will be sent when you\'re back online (1 waiting)');
    expect($(el, '[part~="outbox-warning"]'), 'stored in IndexedDB: no warning').to.equal(null);
    const [entry] = await storedEntries();
    expect(entry!.method).to.equal('submitCheckIn');
    expect(b.submissions.size).to.equal(0);
    const submitted = oneEvent(el, 'pm-check-in-submit');
    goOnline();
    await submitted;
    expect([...b.submissions.keys()], 'stored once, with the queued key').to.deep.equal([entry!.key]);
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    expect(await storedEntries()).to.deep.equal([]);
  });
});
