import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { OutboxEntry } from '@pm-widgets/core/drafts';
import { $, loadWidgets, mountCheckIn, type Loaded } from './lazy-page.js';
import { behindNetwork, clearStoredEntries, fetchedOutboxCode, freshScope, putStoredEntry, resetNetwork, storedEntries } from './network.js';

// The outbox is fetched on demand (issue 13), also when a page starts and something waits for its
// backend: an earlier page, closed offline, left a check-in submission in IndexedDB with its key
// beside the device copy. This file runs in a page of its own, in this order: an entry for another
// backend fetches nothing; an entry for this one is found, fetched for, sent once and shown as sent.

let fx: Loaded;

/** What an earlier page left waiting for `scope`: the submission, with its key kept beside the device copy. */
async function leftWaiting(scope: string): Promise<OutboxEntry> {
  const { updatedAt: _stale, id: _id, ...draft } = fx.checkIn.checkIn({ wins: 'Shipped the outbox', focus: 'Sent on the next page', answers: { 'q-energy': 3 } });
  const entry: OutboxEntry = {
    key: crypto.randomUUID(), scope, method: 'submitCheckIn', args: [{ ...draft, status: 'submitted' }],
    queuedAt: new Date().toISOString(), attempts: 0,
  };
  await putStoredEntry(entry);
  localStorage.setItem(`${fx.checkIn.storageKey()}:submission`, entry.key);
  return entry;
}

describe('outbox on demand: a page starts with a write waiting', () => {
  before(async () => {
    fx = await loadWidgets();
    await clearStoredEntries();
  });
  beforeEach(() => {
    localStorage.clear();
    resetNetwork();
  });
  after(async () => {
    await clearStoredEntries();
  });

  it('an entry waiting for another backend: the first render fetches no outbox code and leaves it alone', async () => {
    const other = await leftWaiting(freshScope());
    localStorage.clear();
    const scope = freshScope();
    const b = fx.checkIn.backend();
    const el = await mountCheckIn(behindNetwork(b.adapter, scope), fx);
    expect(await fx.drafts.outboxMayBeWaiting(scope)).to.equal(false);
    expect(await fx.drafts.outboxMayBeWaiting(other.scope), 'the probe does see the other backend\'s entry').to.equal(true);
    await el.updateComplete;
    expect(fetchedOutboxCode().outbox).to.equal(false);
    expect(b.submissions.size).to.equal(0);
    expect((await storedEntries()).map((e) => e.key)).to.deep.equal([other.key]);
    await clearStoredEntries();
  });

  it('an entry waiting for this backend: the page start fetches the outbox, sends it once with its key, and shows the check-in as submitted', async () => {
    const scope = freshScope();
    const entry = await leftWaiting(scope);
    const b = fx.checkIn.backend();
    const adapter = behindNetwork(b.adapter, scope);
    const el = document.createElement('pm-check-in');
    el.setAttribute('person', fx.checkIn.PERSON);
    el.setAttribute('period', fx.checkIn.PERIOD);
    el.adapter = adapter;
    const submitted = oneEvent(el, 'pm-check-in-submit');
    document.body.append(el);
    try {
      await submitted;
      expect(fetchedOutboxCode().outbox).to.equal(true);
      expect([...b.submissions.keys()], 'stored once').to.deep.equal([entry.key]);
      expect(adapter.calls.keys['submitCheckIn'], 'sent by this page, with the stored key').to.deep.equal([entry.key]);
      await waitUntil(() => $(el, '[part~="summary"]'), 'the summary');
      expect($(el, '[part~="summary"]')!.textContent).to.contain('Sent on the next page');
      expect(await storedEntries()).to.deep.equal([]);
      expect(localStorage.getItem(`${fx.checkIn.storageKey()}:submission`), 'the key is forgotten once sent').to.equal(null);
    } finally {
      el.remove();
    }
  });
});
