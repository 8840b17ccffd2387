import { expect, waitUntil } from '@open-wc/testing';
import { $, loadWidgets, mountAll, type Loaded } from './lazy-page.js';
import { deleteOutboxDatabase, fetchedOutboxCode, outboxDatabaseExists } from './network.js';

// The outbox is fetched on demand (issue 13). This file runs in a page of its own, so nothing has
// fetched it before: a first render of each writing widget, on a backend with a durable outbox
// scope and nothing waiting, fetches no outbox code and creates no database; the first thing the
// person types fetches the code (a write failing offline could not fetch it then) and still opens
// no storage. What the page fetched is read from the browser's resource timing.

const SCOPE = `test ${crypto.randomUUID()}`;
let fx: Loaded;

const typeInto = (field: HTMLTextAreaElement, value: string) => {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};

describe('outbox on demand: first render', () => {
  before(async () => {
    localStorage.clear();
    await deleteOutboxDatabase();
    fx = await loadWidgets();
  });

  it('a first render of the check-in, the survey and the timeline fetches no outbox code and creates no database', async () => {
    const { checkIn, survey, timeline } = await mountAll(SCOPE, fx);
    // The widgets asked whether anything waits for their backend; that look is over once this one is.
    expect(await fx.drafts.outboxMayBeWaiting(SCOPE)).to.equal(false);
    await Promise.all([checkIn.updateComplete, survey.updateComplete, timeline.updateComplete]);
    expect(fetchedOutboxCode()).to.deep.equal({ outbox: false, idbKeyval: false });
    expect(await outboxDatabaseExists(), 'no database for a visitor who never queued').to.equal(false);
  });

  it('the first keystroke fetches the outbox code (a write failing offline later could not), and still opens no storage', async () => {
    const { timeline } = await mountAll(SCOPE, fx);
    expect(fetchedOutboxCode().outbox).to.equal(false);
    typeInto($<HTMLTextAreaElement>(timeline, '#body')!, 'Thanks for the calm release.');
    await waitUntil(() => fetchedOutboxCode().outbox && fetchedOutboxCode().idbKeyval, 'the outbox code fetched');
    await timeline.updateComplete;
    expect(await outboxDatabaseExists(), 'the code alone opens no storage').to.equal(false);
  });
});
