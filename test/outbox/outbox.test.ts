import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { AdapterError, type PerformanceAdapter } from '@pm-widgets/core';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/survey-360/pm-survey-360.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import type { PmSurvey360 } from '@pm-widgets/survey-360';
import type { PmFeedbackTimeline } from '@pm-widgets/feedback-timeline';
import { MANAGER, PERSON, backend as checkInBackend, checkIn, context } from '../check-in/fixtures.js';
import { backend as surveyBackend } from '../survey-360/fixtures.js';
import {
  behindNetwork, blockIndexedDb, clearStoredEntries, freshScope, goOffline, goOnline, resetNetwork, storedEntries,
} from './network.js';

type Widget = PmCheckIn | PmSurvey360 | PmFeedbackTimeline;
const $ = <T extends Element = HTMLElement>(el: Widget, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const notice = (el: Widget) => $(el, '[part~="outbox"]');

async function typeInto(el: Widget, selector: string, value: string): Promise<void> {
  const field = $<HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

beforeEach(async () => {
  localStorage.clear();
  resetNetwork();
  await clearStoredEntries();
});
afterEach(async () => {
  resetNetwork();
  await clearStoredEntries();
});

// ── check-in ───────────────────────────────────────────────────────────────────────────
async function mountCheckIn(adapter: PerformanceAdapter, viewer?: string): Promise<PmCheckIn> {
  const el = document.createElement('pm-check-in');
  el.setAttribute('person', PERSON);
  el.setAttribute('period', '2026-W47');
  el.autosaveDelay = 30;
  el.retryDelay = 5;
  if (viewer) {
    const provider = document.createElement('pm-provider');
    provider.adapter = adapter;
    provider.viewer = viewer;
    provider.append(el);
    await fixture(html`<div>${provider}</div>`);
  } else {
    el.adapter = adapter;
    await fixture(html`<div>${el}</div>`);
  }
  await waitUntil(() => $(el, 'form, [part~="summary"]') && !$(el, '[part~="skeleton"]'), 'check-in loaded');
  return el;
}

async function fillCheckIn(el: PmCheckIn): Promise<void> {
  await typeInto(el, '#wins', 'Shipped the outbox');
  await typeInto(el, '#focus', 'Nothing lost offline');
  $<HTMLInputElement>(el, 'input[name="q-0"][value="3"]')!.click();
  await el.updateComplete;
}

const submitCheckIn = (el: PmCheckIn) => $<HTMLButtonElement>(el, '[part~="submit"]')!.click();

describe('outbox: check-in submission', () => {
  it('offline: waits in IndexedDB, says so with the count, keeps the text; back online it is sent once', async () => {
    const b = checkInBackend();
    const adapter = behindNetwork(b.adapter, freshScope());
    const el = await mountCheckIn(adapter);
    await fillCheckIn(el);
    goOffline();
    submitCheckIn(el);
    await waitUntil(() => notice(el), 'the pending notice');
    expect(notice(el)!.textContent).to.contain('Saved on this device — will be sent when you\'re back online (1 waiting)');
    expect(notice(el)!.getAttribute('role')).to.equal('status');
    expect($(el, '[part~="outbox-warning"]'), 'storage works: no warning').to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#focus')!.value).to.equal('Nothing lost offline');
    expect($(el, '[part~="submit-error"]')).to.equal(null);
    const entries = await storedEntries();
    expect(entries.map((e) => e.method)).to.deep.equal(['submitCheckIn']);
    expect(b.submissions.size).to.equal(0);
    await expect(el).to.be.accessible();

    const submitted = oneEvent(el, 'pm-check-in-submit');
    goOnline();
    await submitted;
    await el.updateComplete;
    expect(b.submissions.size, 'stored exactly once').to.equal(1);
    expect([...b.submissions.keys()]).to.deep.equal([entries[0]!.key]);
    expect(new Set(adapter.calls.keys['submitCheckIn']).size, 'one idempotency key for every attempt').to.equal(1);
    expect($(el, '[part~="summary"]')!.textContent).to.contain('Nothing lost offline');
    expect(notice(el)).to.equal(null);
    expect(await storedEntries()).to.deep.equal([]);
  });

  it('after the tab was closed, the next page on that backend sends what was waiting, with the same key', async () => {
    const b = checkInBackend();
    const scope = freshScope();
    const first = await mountCheckIn(behindNetwork(b.adapter, scope));
    await fillCheckIn(first);
    goOffline();
    submitCheckIn(first);
    await waitUntil(() => notice(first), 'queued');
    const [entry] = await storedEntries();
    expect(entry!.method).to.equal('submitCheckIn');
    first.remove();
    // The network comes back while no page is open (no `online` event reaches the old page).
    resetNetwork();
    expect(b.submissions.size).to.equal(0);

    // A new page: a new adapter object for the same backend and a new widget.
    const again = behindNetwork(b.adapter, scope);
    const second = document.createElement('pm-check-in');
    second.setAttribute('person', PERSON);
    second.setAttribute('period', '2026-W47');
    second.adapter = again;
    const submitted = oneEvent(second, 'pm-check-in-submit');
    await fixture(html`<div>${second}</div>`);
    await submitted;
    expect(b.submissions.size).to.equal(1);
    expect([...b.submissions.keys()]).to.deep.equal([entry!.key]);
    expect(again.calls.keys['submitCheckIn'], 'sent by the new page, with the stored key').to.deep.equal([entry!.key]);
    await waitUntil(() => $(second, '[part~="summary"]'), 'the summary');
    expect(await storedEntries()).to.deep.equal([]);
  });

  it('the server stored it but the answer was lost: the outbox retries with the same key, one check-in stored', async () => {
    const b = checkInBackend();
    let lost = 1;
    const adapter = behindNetwork({
      ...b.adapter,
      submitCheckIn: async (...args: Parameters<NonNullable<PerformanceAdapter['submitCheckIn']>>) => {
        const stored = await b.adapter.submitCheckIn!(...args);
        if (lost-- > 0) throw new TypeError('Failed to fetch');
        return stored;
      },
    }, freshScope());
    const el = await mountCheckIn(adapter);
    await fillCheckIn(el);
    const submitted = oneEvent(el, 'pm-check-in-submit');
    submitCheckIn(el);
    await submitted;
    expect(adapter.calls.reached['submitCheckIn']).to.be.greaterThan(1);
    expect(new Set(adapter.calls.keys['submitCheckIn']).size).to.equal(1);
    expect(b.submissions.size).to.equal(1);
  });

  it('a 5xx that outlasts the automatic retries waits in the outbox instead of failing, then is sent once', async () => {
    const b = checkInBackend();
    let down = true;
    const keys: string[] = [];
    const adapter = behindNetwork({
      ...b.adapter,
      submitCheckIn: async (...args: Parameters<NonNullable<PerformanceAdapter['submitCheckIn']>>) => {
        keys.push(args[1].idempotencyKey);
        if (down) throw new AdapterError('unavailable', 'answered 503');
        return b.adapter.submitCheckIn!(...args);
      },
    }, freshScope());
    const el = await mountCheckIn(adapter);
    await fillCheckIn(el);
    submitCheckIn(el);
    await waitUntil(() => notice(el), 'queued after the retries', { timeout: 5000 });
    expect(keys.length, 'one try and three retries, then the outbox').to.be.at.least(4);
    expect($(el, '[part~="submit-error"]')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#wins')!.value).to.equal('Shipped the outbox');
    expect((await storedEntries()).map((e) => e.method)).to.deep.equal(['submitCheckIn']);
    const submitted = oneEvent(el, 'pm-check-in-submit');
    down = false;
    // No `online` event: the outbox's own backoff timer sends it.
    await submitted;
    expect(new Set(keys).size, 'one key for every attempt').to.equal(1);
    expect(b.submissions.size).to.equal(1);
  });

  it('a rejection (4xx) is shown with the text kept, and is not queued', async () => {
    const b = checkInBackend();
    const adapter = behindNetwork({
      ...b.adapter,
      submitCheckIn: async () => {
        throw new AdapterError('forbidden', 'not yours', { retryable: false });
      },
    }, freshScope());
    const el = await mountCheckIn(adapter);
    await fillCheckIn(el);
    submitCheckIn(el);
    await waitUntil(() => $(el, '[part~="submit-error"]'), 'the error');
    expect($(el, '[part~="submit-error"]')!.getAttribute('role')).to.equal('alert');
    expect(notice(el)).to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#focus')!.value).to.equal('Nothing lost offline');
    expect(await storedEntries()).to.deep.equal([]);
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(adapter.calls.reached['submitCheckIn']).to.equal(1);
  });

  it('without storage (IndexedDB refused): kept in memory, a visible warning, and still sent once online', async () => {
    const unblock = blockIndexedDb();
    try {
      const b = checkInBackend();
      const el = await mountCheckIn(behindNetwork(b.adapter, freshScope()));
      await fillCheckIn(el);
      goOffline();
      submitCheckIn(el);
      await waitUntil(() => notice(el), 'queued in memory', { timeout: 5000 });
      const warning = $(el, '[part~="outbox-warning"]');
      expect(warning, 'the warning').to.exist;
      expect(warning!.textContent).to.contain('Keep this tab open until it is sent');
      expect(warning!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      const submitted = oneEvent(el, 'pm-check-in-submit');
      goOnline();
      await submitted;
      expect(b.submissions.size).to.equal(1);
    } finally {
      unblock();
    }
    expect(await storedEntries()).to.deep.equal([]);
  });
});

describe('outbox: manager reply', () => {
  it('offline: the reply waits, shown as waiting; online it is sent once', async () => {
    const b = checkInBackend(context({ checkIn: checkIn({ status: 'submitted', focus: 'Delegate more', submittedAt: '2026-11-20T09:00:00Z' }) }));
    const adapter = behindNetwork(b.adapter, freshScope());
    const el = await mountCheckIn(adapter, MANAGER);
    await typeInto(el, '#reply', 'Great week — keep going.');
    goOffline();
    $<HTMLButtonElement>(el, 'form.reply button[type="submit"]')!.click();
    await waitUntil(() => notice(el), 'the reply waits');
    expect(notice(el)!.textContent).to.contain('1 waiting');
    expect($<HTMLTextAreaElement>(el, '#reply')!.value).to.equal('Great week — keep going.');
    expect(b.replies).to.have.length(0);
    expect((await storedEntries()).map((e) => e.method)).to.deep.equal(['replyToCheckIn']);
    const replied = oneEvent(el, 'pm-check-in-reply');
    goOnline();
    await replied;
    expect(b.replies).to.have.length(1);
    expect(new Set(adapter.calls.keys['replyToCheckIn']).size).to.equal(1);
    await el.updateComplete;
    expect($(el, '[part~="reply"]')!.textContent).to.contain('Great week — keep going.');
    expect(notice(el)).to.equal(null);
  });

  it('a rejected reply is shown and not queued', async () => {
    const b = checkInBackend(context({ checkIn: checkIn({ status: 'submitted', focus: 'Delegate more' }) }));
    const adapter = behindNetwork({
      ...b.adapter,
      replyToCheckIn: async () => {
        throw new AdapterError('forbidden', 'not their manager', { retryable: false });
      },
    }, freshScope());
    const el = await mountCheckIn(adapter, MANAGER);
    await typeInto(el, '#reply', 'Hello');
    $<HTMLButtonElement>(el, 'form.reply button[type="submit"]')!.click();
    await waitUntil(() => $(el, '[part~="reply"] [role="alert"]'), 'the error');
    expect(notice(el)).to.equal(null);
    expect(await storedEntries()).to.deep.equal([]);
    expect($<HTMLTextAreaElement>(el, '#reply')!.value).to.equal('Hello');
  });
});

// ── survey ─────────────────────────────────────────────────────────────────────────────
async function mountSurvey(adapter: PerformanceAdapter, id: string): Promise<PmSurvey360> {
  const el = document.createElement('pm-survey-360');
  el.setAttribute('assignment', id);
  el.layout = 'single';
  el.autosaveDelay = 30;
  el.retryDelay = 5;
  el.adapter = adapter;
  await fixture(html`<div style="width: 760px">${el}</div>`);
  await waitUntil(() => $(el, 'form') && !$(el, '[part~="skeleton"]'), 'survey loaded');
  return el;
}

async function answerSurvey(el: PmSurvey360): Promise<void> {
  const pick = (q: string, value: string) =>
    [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`[data-question="${q}"] input`)].find((i) => i.value === value)!.click();
  pick('c1', '4');
  pick('c2', '5');
  pick('k1', 'na');
  await el.updateComplete;
  await typeInto(el, '[data-question="k2"] textarea', 'Clear weekly notes.');
}

describe('outbox: 360 survey submission', () => {
  it('offline: the answers wait, shown with the count; online they are sent once and the rater is thanked', async () => {
    const b = surveyBackend();
    const adapter = behindNetwork(b.adapter, freshScope());
    const el = await mountSurvey(adapter, b.current.id);
    await answerSurvey(el);
    goOffline();
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitUntil(() => notice(el), 'the pending notice');
    expect(notice(el)!.textContent).to.contain('1 waiting');
    expect((await storedEntries()).map((e) => e.method)).to.deep.equal(['submitSurvey']);
    expect(b.responses.size).to.equal(0);
    expect($<HTMLTextAreaElement>(el, '[data-question="k2"] textarea')!.value).to.equal('Clear weekly notes.');
    const submitted = oneEvent(el, 'pm-survey-submit');
    goOnline();
    await submitted;
    await waitUntil(() => $(el, '[part~="thanks"]'), 'thanks');
    expect(b.responses.size).to.equal(1);
    expect(new Set(adapter.calls.keys['submitSurvey']).size).to.equal(1);
    expect(await storedEntries()).to.deep.equal([]);
  });

  it('a rejection (already submitted) is shown and not queued', async () => {
    const b = surveyBackend();
    const adapter = behindNetwork({
      ...b.adapter,
      submitSurvey: async () => {
        throw new AdapterError('conflict', 'already submitted', { retryable: false });
      },
    }, freshScope());
    const el = await mountSurvey(adapter, b.current.id);
    await answerSurvey(el);
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitUntil(() => $(el, '[part~="submit-error"]'), 'the error');
    expect(notice(el)).to.equal(null);
    expect(await storedEntries()).to.deep.equal([]);
  });
});

// ── feedback ───────────────────────────────────────────────────────────────────────────
const viewer: string = DEMO.viewerId;
const colleague: string = DEMO.managerId;

async function mountTimeline(adapter: PerformanceAdapter, person = colleague): Promise<PmFeedbackTimeline> {
  const el = document.createElement('pm-feedback-timeline');
  el.setAttribute('person', person);
  el.composer = true;
  el.retryDelay = 5;
  const provider = document.createElement('pm-provider');
  provider.adapter = adapter;
  provider.viewer = viewer;
  provider.append(el);
  await fixture(html`<div style="width: 720px">${provider}</div>`);
  await waitUntil(() => $(el, '#body') && !$(el, '[part~="skeleton"]'), 'timeline loaded');
  return el;
}

describe('outbox: feedback', () => {
  it('offline: given feedback waits, shown with the count; online it is stored once', async () => {
    const memory = createMemoryAdapter({ viewerId: viewer });
    const adapter = behindNetwork(memory, freshScope());
    const el = await mountTimeline(adapter);
    await typeInto(el, '#body', 'Thanks for the calm release.');
    goOffline();
    $<HTMLButtonElement>(el, '[part~="give"]')!.click();
    await waitUntil(() => notice(el), 'the pending notice');
    expect(notice(el)!.textContent).to.contain('1 waiting');
    expect($<HTMLTextAreaElement>(el, '#body')!.value).to.equal('Thanks for the calm release.');
    expect((await storedEntries()).map((e) => e.method)).to.deep.equal(['giveFeedback']);
    const given = oneEvent(el, 'pm-feedback-give');
    goOnline();
    await given;
    const stored = await memory.listFeedback({ personId: colleague, limit: 50 });
    expect(stored.items.filter((f) => f.body === 'Thanks for the calm release.')).to.have.length(1);
    expect(new Set(adapter.calls.keys['giveFeedback']).size).to.equal(1);
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
  });

  it('a rejected give is shown, the text kept, nothing queued', async () => {
    const memory = createMemoryAdapter({ viewerId: viewer });
    const adapter = behindNetwork({
      ...memory,
      giveFeedback: async () => {
        throw new AdapterError('forbidden', 'no', { retryable: false });
      },
    }, freshScope());
    const el = await mountTimeline(adapter);
    await typeInto(el, '#body', 'Kept.');
    $<HTMLButtonElement>(el, '[part~="give"]')!.click();
    await waitUntil(() => $(el, '[part~="give-error"]'), 'the error');
    expect(notice(el)).to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#body')!.value).to.equal('Kept.');
    expect(await storedEntries()).to.deep.equal([]);
  });

  it('offline: a feedback request waits, shown with the count; online it is stored once', async () => {
    const memory = createMemoryAdapter({ viewerId: viewer });
    const adapter = behindNetwork(memory, freshScope());
    const el = await mountTimeline(adapter, viewer);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find((b) => b.textContent!.includes('Ask for feedback'))!.click();
    await waitUntil(() => $(el, `[part~="ask"] input[value="${colleague}"]`), 'people to ask');
    $<HTMLInputElement>(el, `[part~="ask"] input[value="${colleague}"]`)!.click();
    await typeInto(el, '#ask-question', 'How was my offline demo?');
    goOffline();
    $<HTMLButtonElement>(el, '[part~="ask"] button[type="submit"]')!.click();
    await waitUntil(() => notice(el), 'the request waits');
    expect(notice(el)!.textContent).to.contain('1 waiting');
    expect((await storedEntries()).map((e) => e.method)).to.deep.equal(['requestFeedback']);
    const asked = oneEvent(el, 'pm-feedback-request');
    goOnline();
    await asked;
    const open = await memory.listFeedbackRequests({ personId: colleague });
    expect(open.requests.filter((r) => r.question === 'How was my offline demo?')).to.have.length(1);
    expect(new Set(adapter.calls.keys['requestFeedback']).size).to.equal(1);
  });
});
