import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError, isoWeekOf, type CheckIn } from '@pm-widgets/core';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/check-in/pm-check-in.js';
import { checkInMessages, type PmCheckIn } from '@pm-widgets/check-in';
import { runAdapterStatesSuite } from '../shared/adapter-states.suite.js';
import { MANAGER, PERIOD, PERSON, backend, checkIn, context, goal, storageKey, type TestBackend } from './fixtures.js';

// ── helpers ─────────────────────────────────────────────────────────────────────────────
const $ = <T extends Element = HTMLElement>(el: PmCheckIn, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PmCheckIn, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

interface MountOptions {
  period?: string | null;
  viewer?: string;
  delay?: number;
  retryDelay?: number;
  locale?: string;
  /** Runs on the new element before it is connected. */
  before?: (el: PmCheckIn) => void;
}

async function mount(b: TestBackend, { period = PERIOD, viewer, delay = 40, retryDelay = 20, locale, before }: MountOptions = {}): Promise<PmCheckIn> {
  const el = document.createElement('pm-check-in');
  el.setAttribute('person', PERSON);
  if (period !== null) el.setAttribute('period', period);
  if (locale) el.setAttribute('locale', locale);
  el.autosaveDelay = delay;
  el.retryDelay = retryDelay;
  before?.(el);
  if (viewer) {
    const provider = document.createElement('pm-provider');
    provider.adapter = b.adapter;
    provider.viewer = viewer;
    provider.append(el);
    await fixture(html`<div>${provider}</div>`);
  } else {
    el.adapter = b.adapter;
    await fixture(html`<div>${el}</div>`);
  }
  await loaded(el);
  return el;
}

async function loaded(el: PmCheckIn): Promise<void> {
  await waitUntil(() => $(el, 'form, [part~="summary"], [part~="notice"], [role="alert"]') && !$(el, '[part~="skeleton"]'), 'check-in loaded');
  await el.updateComplete;
}

async function type(el: PmCheckIn, selector: string, value: string): Promise<void> {
  const field = $<HTMLTextAreaElement | HTMLInputElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

const statusText = (el: PmCheckIn) => $(el, '[part~="status"]')!.textContent!.trim();
const deviceDraft = () => {
  const raw = localStorage.getItem(storageKey());
  return raw ? (JSON.parse(raw) as { savedAt: string; value: CheckIn }) : undefined;
};

beforeEach(() => localStorage.clear());
afterEach(() => {
  delete (navigator as { onLine?: boolean }).onLine;
  delete (document as { visibilityState?: string }).visibilityState;
});

// ── shared states ───────────────────────────────────────────────────────────────────────
runAdapterStatesSuite({
  tag: 'pm-check-in',
  attributes: { person: PERSON, period: PERIOD },
  method: 'getCheckIn',
  loaded: context(),
  empty: context({ previous: null, goals: [], questions: [] }),
  malformed: { ...context(), goals: [{ id: 'g-1', title: 42 }] },
});

describe('pm-check-in', () => {
  describe('accessibility', () => {
    it('is accessible with a loaded form', async () => {
      const el = await mount(backend());
      await expect(el).to.be.accessible();
    });

    it('is accessible with validation messages shown', async () => {
      const el = await mount(backend());
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await waitUntil(() => $(el, '[part~="error-message"]'));
      await expect(el).to.be.accessible();
    });

    it('is accessible when submitted, with the manager’s reply', async () => {
      const b = backend(context({
        checkIn: checkIn({ status: 'submitted', mood: 3, focus: 'Delegate more', submittedAt: '2026-11-20T09:00:00Z',
          managerReply: { authorId: MANAGER, body: 'Good week.', createdAt: '2026-11-20T10:00:00Z' } }),
      }));
      const el = await mount(b);
      expect($(el, '[part~="reply"]')!.textContent).to.contain('Good week.');
      await expect(el).to.be.accessible();
    });

    it('is accessible with the manager’s reply box', async () => {
      const b = backend(context({ checkIn: checkIn({ status: 'submitted', focus: 'Delegate more' }) }));
      const el = await mount(b, { viewer: MANAGER });
      expect($(el, 'textarea#reply')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible offline, with a restored draft, and for a bad period', async () => {
      localStorage.setItem(storageKey(), JSON.stringify({ savedAt: new Date().toISOString(), value: checkIn({ id: undefined as never, focus: 'From the device' }) }));
      setOnline(false);
      const el = await mount(backend());
      await type(el, '#wins', 'x');
      expect(statusText(el)).to.equal('Offline — saved on this device');
      expect($(el, '[part~="notice"]')!.textContent).to.contain('Restored the draft');
      await expect(el).to.be.accessible();
      const bad = await mount(backend(), { period: '2026-W99' });
      await expect(bad).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('loads the current ISO week when no period is given', async () => {
      const b = backend();
      const calls: unknown[] = [];
      const get = b.adapter.getCheckIn!;
      b.adapter.getCheckIn = (query, options) => (calls.push(query), get(query, options));
      const el = await mount(b, { period: null });
      expect(calls.at(-1)).to.deep.equal({ personId: PERSON, period: isoWeekOf(new Date()) });
      expect($(el, '.period')!.textContent).to.contain(`Week ${Number(isoWeekOf(new Date()).slice(6))}`);
    });

    it('shows a labelled mood radio group, one row per active goal, the change since last time and last focus', async () => {
      const el = await mount(backend());
      const mood = $(el, '[role="radiogroup"][aria-labelledby="mood-legend"]')!;
      expect(mood).to.exist;
      const moods = $$<HTMLInputElement>(el, 'input[name="mood"]');
      expect(moods.map((r) => r.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
        ['1 Rough', '2 Not great', '3 Okay', '4 Good', '5 Great'],
      );
      const goals = $$(el, '[part~="goal"]');
      expect(goals.map((g) => g.querySelector('h4')!.textContent)).to.deep.equal(['Ship the onboarding flow', 'Halve the support backlog']);
      expect(goals[0]!.querySelector('[part~="delta"]')!.textContent).to.equal('Up 10 points since last check-in');
      expect(goals[1]!.querySelector('[part~="delta"]')!.textContent).to.equal('First check-in on this goal');
      expect($<HTMLInputElement>(el, '#goal-0-confidence')!.value, 'confidence from last time').to.equal('7');
      expect($(el, '[part~="last-focus"] blockquote')!.textContent).to.equal('Write the test before fixing a bug');
      expect($(el, '#focus')!.hasAttribute('required')).to.equal(true);
    });

    it('keeps the progress slider and number in sync, and updates the change', async () => {
      const el = await mount(backend());
      await type(el, '#goal-0-progress', '55');
      expect($<HTMLInputElement>(el, '#goal-0-progress-number')!.value).to.equal('55');
      expect($(el, '#goal-0-delta')!.textContent).to.equal('Up 25 points since last check-in');
      await type(el, '#goal-0-progress-number', '20');
      expect($<HTMLInputElement>(el, '#goal-0-progress')!.value).to.equal('20');
      expect($(el, '#goal-0-delta')!.textContent).to.equal('Down 10 points since last check-in');
      expect(JSON.parse(el.value).goalUpdates[0].progress).to.equal(0.2);
    });

    it('speaks German with locale="de", for every string', async () => {
      expect(Object.keys((await (checkInMessages['de'] as () => Promise<{ default: object }>)()).default).sort(), 'a German text for every key').to.deep.equal(Object.keys(checkInMessages.en).sort());
      const el = await mount(backend(), { locale: 'de' });
      expect($(el, '#title')!.textContent).to.equal('Check-in');
      expect($(el, '.period')!.textContent).to.contain('Woche 47, 2026 · ');
      expect($(el, '#mood-legend')!.textContent).to.equal('Wie war Ihre Woche?');
      expect($$<HTMLInputElement>(el, 'input[name="mood"]').map((r) => r.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(
        ['1 Schwierig', '2 Nicht so gut', '3 Okay', '4 Gut', '5 Großartig'],
      );
      expect($(el, '#goals-title')!.textContent).to.equal('Ziele');
      expect($(el, '#goal-0-delta')!.textContent).to.equal('10 Punkte mehr als beim letzten Check-in');
      expect($(el, '#goal-0-progress-number')!.getAttribute('aria-label')).to.equal('Fortschritt bei Ship the onboarding flow, in Prozent');
      expect($(el, 'label[for="focus"]')!.textContent!.replace(/\s+/g, ' ')).to.equal('Fokus für den nächsten Zeitraum (Pflichtfeld)');
      expect($(el, '[part~="submit"]')!.textContent!.trim()).to.equal('Check-in absenden');
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await waitUntil(() => $(el, '#focus-error'));
      expect($(el, '#focus-error')!.textContent).to.equal('Schreiben Sie die eine Sache auf, auf die Sie sich als Nächstes konzentrieren.');
      expect($(el, '.error-count')!.textContent).to.equal('Bitte prüfen Sie 2 Felder.');
      await expect(el).to.be.accessible();
      await type(el, '#wins', 'x');
      await waitUntil(() => statusText(el) === 'Gespeichert');
      const done = await mount(backend(context({ checkIn: checkIn({ status: 'submitted', focus: 'f', submittedAt: '2026-11-20T09:00:00Z' }) })), { locale: 'de' });
      expect($(done, '#summary-title')!.textContent).to.equal('Check-in abgesendet');
      expect($(done, '.period')!.textContent).to.contain('Abgesendet am 20.11.2026');
    });
  });

  describe('autosave', () => {
    it('saves once, debounced, with the latest text, and says so', async () => {
      const b = backend();
      const el = await mount(b, { delay: 150 });
      await type(el, '#wins', 'Shipped');
      await aTimeout(50);
      await type(el, '#wins', 'Shipped the beta');
      await aTimeout(50);
      expect(b.drafts.length, 'nothing saved while typing').to.equal(0);
      const saved = oneEvent(el, 'pm-check-in-save');
      await waitUntil(() => b.drafts.length > 0, 'saved after the pause', { timeout: 1000 });
      expect((await saved).detail.checkIn.wins).to.equal('Shipped the beta');
      await aTimeout(200);
      expect(b.drafts.length).to.equal(1);
      expect(b.drafts[0]!.wins).to.equal('Shipped the beta');
      expect(b.drafts[0]!.goalUpdates.map((u) => u.goalId)).to.deep.equal(['g-1', 'g-2']);
      await el.updateComplete;
      expect(statusText(el)).to.equal('Saved');
      // The id the server assigned goes with the next save.
      await type(el, '#blockers', 'None');
      await waitUntil(() => b.drafts.length === 2);
      expect(b.drafts[1]!.id).to.equal('ci-new');
    });

    it('shows "Saving…" while the save is in flight', async () => {
      const b = backend(context(), { hangSaves: true });
      const el = await mount(b);
      await type(el, '#wins', 'A');
      await waitUntil(() => b.drafts.length === 1);
      await el.updateComplete;
      expect(statusText(el)).to.equal('Saving…');
      expect($(el, '[part~="status"]')!.getAttribute('role')).to.equal('status');
    });

    it('writes the device copy synchronously on every change', async () => {
      const el = await mount(backend(), { delay: 10_000 });
      await type(el, '#focus', 'One thing');
      expect(deviceDraft()!.value.focus).to.equal('One thing');
    });

    it('saves at once when the page is hidden', async () => {
      const b = backend();
      const el = await mount(b, { delay: 10_000 });
      await type(el, '#needs', 'A decision on hiring');
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => b.drafts.length === 1, 'saved on hide', { timeout: 500 });
      expect(b.drafts[0]!.needs).to.equal('A decision on hiring');
    });

    it('keeps the draft on the device when the port fails, retries, then clears it', async () => {
      const b = backend(context(), { failSaves: 1 });
      const el = await mount(b, { retryDelay: 100 });
      await type(el, '#wins', 'Kept');
      await waitUntil(() => b.drafts.length === 1);
      await el.updateComplete;
      expect(statusText(el)).to.equal('Not saved — retrying');
      expect(deviceDraft()!.value.wins).to.equal('Kept');
      await waitUntil(() => b.drafts.length === 2, 'retried', { timeout: 1000 });
      await waitUntil(() => statusText(el) === 'Saved');
      expect(deviceDraft(), 'device copy removed once saved').to.equal(undefined);
    });

    it('offline: keeps the draft on the device without calling the port, pushes it when back online', async () => {
      const b = backend();
      const el = await mount(b);
      setOnline(false);
      await type(el, '#wins', 'Written on the train');
      await aTimeout(120);
      expect(b.drafts.length).to.equal(0);
      expect(statusText(el)).to.equal('Offline — saved on this device');
      expect(deviceDraft()!.value.wins).to.equal('Written on the train');
      setOnline(true);
      await waitUntil(() => b.drafts.length === 1, 'pushed when online');
      expect(b.drafts[0]!.wins).to.equal('Written on the train');
      await waitUntil(() => statusText(el) === 'Saved');
    });

    it('a network failure reads as offline', async () => {
      const b = backend(context(), { failSaves: 5, saveError: () => new TypeError('Failed to fetch') });
      const el = await mount(b, { retryDelay: 5000 });
      await type(el, '#wins', 'x');
      await waitUntil(() => b.drafts.length === 1);
      await waitUntil(() => statusText(el) === 'Offline — saved on this device');
    });

    it('after a crash (removed without any event), a new element restores the device draft and says so', async () => {
      const b = backend(context({ checkIn: checkIn({ wins: 'Old server text', updatedAt: '2026-11-17T09:00:00Z' }) }), { hangSaves: true });
      const first = await mount(b, { delay: 10_000 });
      await type(first, '#wins', 'Unsaved words');
      await type(first, '#focus', 'Ask for feedback');
      first.remove();
      const second = await mount(b);
      expect($<HTMLTextAreaElement>(second, '#wins')!.value).to.equal('Unsaved words');
      expect($<HTMLTextAreaElement>(second, '#focus')!.value).to.equal('Ask for feedback');
      expect($(second, '[part~="notice"]')!.textContent).to.contain('Restored the draft saved on this device');
      // … and pushes it to the server, keeping the server's id.
      await waitUntil(() => b.drafts.length === 1);
      expect(b.drafts[0]!).to.include({ id: 'ci-47', wins: 'Unsaved words' });
    });

    it('ignores a device draft older than the server’s copy', async () => {
      localStorage.setItem(storageKey(), JSON.stringify({ savedAt: '2026-11-01T00:00:00Z', value: checkIn({ wins: 'stale' }) }));
      const el = await mount(backend(context({ checkIn: checkIn({ wins: 'fresh', updatedAt: '2026-11-17T09:00:00Z' }) })));
      expect($<HTMLTextAreaElement>(el, '#wins')!.value).to.equal('fresh');
      expect($(el, '[part~="notice"]')).to.equal(null);
      expect(deviceDraft()).to.equal(undefined);
    });

    it('asks before unload only while there is unsaved text', async () => {
      const b = backend();
      const el = await mount(b, { delay: 60 });
      const unload = () => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(unload(), 'nothing typed').to.equal(false);
      await type(el, '#wins', 'Half a thought');
      expect(unload(), 'unsaved text').to.equal(true);
      await waitUntil(() => statusText(el) === 'Saved');
      expect(unload(), 'saved').to.equal(false);
    });
  });

  describe('submit', () => {
    it('moves focus to the first invalid field, with messages tied by aria-describedby', async () => {
      const b = backend();
      const el = await mount(b);
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await waitUntil(() => $(el, '#focus-error'));
      const focus = $(el, '#focus')!;
      expect(el.shadowRoot!.activeElement).to.equal(focus);
      expect(focus.getAttribute('aria-invalid')).to.equal('true');
      expect(focus.getAttribute('aria-describedby')).to.contain('focus-error');
      expect($(el, '#focus-error')!.textContent).to.equal('Write the one thing you will focus on next.');
      const energy = $$(el, 'input[name="q-0"]');
      expect(energy[0]!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '[part~="question"][aria-labelledby="q-0-legend"]')!.getAttribute('aria-describedby')).to.equal('q-0-error');
      expect(b.submitKeys.length).to.equal(0);
      // Fixing a field clears its message.
      await type(el, '#focus', 'Listen more');
      expect($(el, '#focus-error')).to.equal(null);
    });

    it('flags an invalid progress number and keeps the last valid value', async () => {
      const el = await mount(backend());
      await type(el, '#focus', 'x');
      await type(el, '#goal-0-progress-number', '150');
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await waitUntil(() => $(el, '#goal-0-progress-number-error'));
      expect(el.shadowRoot!.activeElement!.id).to.equal('goal-0-progress-number');
      expect(JSON.parse(el.value).goalUpdates[0].progress).to.equal(0.4);
    });

    it('submits, fires pm-check-in-submit, shows a read-only view and clears the device copy', async () => {
      const b = backend();
      const el = await mount(b);
      await type(el, '#focus', 'Delegate the release notes');
      $<HTMLInputElement>(el, 'input[name="q-0"][value="4"]')!.click();
      $<HTMLInputElement>(el, 'input[name="mood"][value="5"]')!.click();
      const submitted = oneEvent(el, 'pm-check-in-submit');
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      const event = await submitted;
      expect(event.detail.checkIn).to.include({ status: 'submitted', focus: 'Delegate the release notes', mood: 5 });
      expect(event.detail.checkIn.answers).to.deep.equal({ 'q-energy': 4 });
      await el.updateComplete;
      expect($(el, 'form[part~="form"]')).to.equal(null);
      expect($(el, '[part~="summary"]')!.textContent).to.contain('Delegate the release notes');
      expect(el.shadowRoot!.activeElement!.id).to.equal('summary-title');
      expect(deviceDraft()).to.equal(undefined);
      expect(b.submissions.size).to.equal(1);
    });

    it('retries a failed submission with the same idempotency key: exactly one stored', async () => {
      const b = backend(context(), { failSubmits: 1, storeThenFail: true });
      const el = await mount(b);
      await type(el, '#focus', 'Once');
      $<HTMLInputElement>(el, 'input[name="q-0"][value="3"]')!.click();
      const submitted = oneEvent(el, 'pm-check-in-submit');
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      await submitted;
      expect(b.submitKeys.length).to.equal(2);
      expect(b.submitKeys[0]).to.equal(b.submitKeys[1]);
      expect(b.submitKeys[0]).to.match(/^[0-9a-f-]{36}$/);
      expect(b.submissions.size).to.equal(1);
    });

    it('keeps every word when submission keeps failing; it waits in the outbox, which reuses the key and stores once', async () => {
      const b = backend(context(), { failSubmits: 4 });
      const el = await mount(b, { retryDelay: 300 });
      await type(el, '#wins', 'Everything I wrote');
      await type(el, '#focus', 'Keep me');
      $<HTMLInputElement>(el, 'input[name="q-0"][value="2"]')!.click();
      const submitted = oneEvent(el, 'pm-check-in-submit');
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      // A transient failure that outlasts the automatic retries waits on the device (see test/outbox).
      await waitUntil(() => $(el, '[part~="outbox"]'), 'waiting shown', { timeout: 5000 });
      expect(b.submitKeys.length, 'one try and three retries').to.equal(4);
      expect($(el, '[part~="outbox"]')!.getAttribute('role')).to.equal('status');
      expect($<HTMLTextAreaElement>(el, '#wins')!.value).to.equal('Everything I wrote');
      expect($<HTMLTextAreaElement>(el, '#focus')!.value).to.equal('Keep me');
      expect(deviceDraft()!.value.focus).to.equal('Keep me');
      await submitted;
      expect(new Set(b.submitKeys).size).to.equal(1);
      expect(b.submissions.size).to.equal(1);
    });

    it('never submits twice on a double click', async () => {
      const b = backend();
      const el = await mount(b);
      await type(el, '#focus', 'x');
      $<HTMLInputElement>(el, 'input[name="q-0"][value="3"]')!.click();
      const button = $<HTMLButtonElement>(el, '[part~="submit"]')!;
      const submitted = oneEvent(el, 'pm-check-in-submit');
      button.click();
      button.click();
      await submitted;
      await aTimeout(50);
      expect(b.submitKeys.length).to.equal(1);
    });
  });

  describe('keyboard', () => {
    it('completes and submits the whole form with the keyboard only', async () => {
      const b = backend(context({ questions: [{ id: 'q-energy', kind: 'rating', text: 'How is your energy?', required: true }] }));
      const el = await mount(b, { delay: 10_000 });
      const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
      const tabTo = async (match: (node: HTMLElement) => boolean, label: string) => {
        for (let i = 0; i < 40; i++) {
          await sendKeys({ press: 'Tab' });
          const node = active();
          if (node && match(node)) return;
        }
        throw new Error(`Tab never reached ${label}`);
      };
      await tabTo((n) => n.getAttribute('name') === 'mood', 'mood');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect((active() as HTMLInputElement).value, 'arrows move and select').to.equal('4');
      await tabTo((n) => n.id === 'goal-0-progress', 'first slider');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      expect(active()!.id).to.equal('goal-0-progress-number');
      await tabTo((n) => n.id === 'goal-0-confidence', 'confidence');
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Tab' });
      expect(active()!.getAttribute('aria-expanded'), 'the note opens from its toggle').to.equal('false');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(active()!.id, 'opening the note moves into it').to.equal('goal-0-note');
      await sendKeys({ type: 'On track after the spike' });
      await tabTo((n) => n.id === 'wins', 'wins');
      await sendKeys({ type: 'Shipped the beta' });
      await tabTo((n) => n.id === 'focusReview', 'how it went');
      await sendKeys({ type: 'Mostly did' });
      await tabTo((n) => n.id === 'focus', 'focus');
      await sendKeys({ type: 'Pair on reviews' });
      await tabTo((n) => n.getAttribute('name') === 'q-0', 'rating');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await tabTo((n) => n.getAttribute('part') === 'submit', 'submit');
      const submitted = oneEvent(el, 'pm-check-in-submit');
      await sendKeys({ press: 'Enter' });
      const { checkIn: result } = (await submitted).detail;
      expect(result.mood).to.equal(4);
      expect(result.goalUpdates[0]).to.deep.include({ goalId: 'g-1', progress: 0.42, confidence: 6, note: 'On track after the spike' });
      expect(result).to.include({ wins: 'Shipped the beta', focusReview: 'Mostly did', focus: 'Pair on reviews' });
      expect(result.answers).to.deep.equal({ 'q-energy': 2 });
    });
  });

  describe('manager', () => {
    it('shows the manager a reply box on a submitted check-in and saves the reply once', async () => {
      const b = backend(context({ checkIn: checkIn({ status: 'submitted', focus: 'Delegate more', submittedAt: '2026-11-20T09:00:00Z' }) }));
      const el = await mount(b, { viewer: MANAGER });
      expect($(el, '#summary-title')!.textContent).to.equal('Ada Lovelace’s check-in');
      $<HTMLButtonElement>(el, 'form.reply button[type="submit"]')!.click();
      await waitUntil(() => $(el, '#reply-error'));
      expect(b.replies.length).to.equal(0);
      await type(el, '#reply', 'Great focus. Try one delegation a day.');
      const replied = oneEvent(el, 'pm-check-in-reply');
      $<HTMLButtonElement>(el, 'form.reply button[type="submit"]')!.click();
      const event = await replied;
      expect(b.replies).to.have.length(1);
      expect(b.replies[0]!.reply).to.deep.equal({ checkInId: 'ci-47', body: 'Great focus. Try one delegation a day.' });
      expect(b.replies[0]!.key).to.match(/^[0-9a-f-]{36}$/);
      expect(event.detail.checkIn.managerReply!.body).to.equal('Great focus. Try one delegation a day.');
      await el.updateComplete;
      expect($(el, 'textarea#reply')).to.equal(null);
      expect($(el, '[part~="reply"]')!.textContent).to.contain('Try one delegation a day.');
    });

    it('a reply that failed for one person is never sent to another person\'s check-in, nor with its key', async () => {
      const keys: string[] = [];
      const sent: string[] = [];
      let fail = true;
      const submittedFor = (personId: string) => context({
        person: { id: personId, name: personId === PERSON ? 'Ada Lovelace' : 'Alan Turing', managerId: MANAGER },
        checkIn: checkIn({ id: `ci-${personId}`, personId, status: 'submitted', focus: 'f', submittedAt: '2026-11-20T09:00:00Z' }),
      });
      const b = backend();
      b.adapter.getCheckIn = async ({ personId }) => structuredClone(submittedFor(personId));
      b.adapter.replyToCheckIn = async (reply, { idempotencyKey }) => {
        keys.push(idempotencyKey);
        sent.push(reply.checkInId);
        if (fail) throw new AdapterError('forbidden', 'not now');
        return { ...submittedFor('p-alan').checkIn!, managerReply: { authorId: MANAGER, body: reply.body, createdAt: '2026-11-20T10:00:00Z' } };
      };
      const el = await mount(b, { viewer: MANAGER });
      await type(el, '#reply', 'For Ada only');
      $<HTMLButtonElement>(el, 'form.reply button[type="submit"]')!.click();
      await waitUntil(() => keys.length === 1 && $(el, '[role="alert"]'), 'the reply failed visibly');

      el.setAttribute('person', 'p-alan');
      await waitUntil(() => $(el, '#summary-title')?.textContent === 'Alan Turing’s check-in', 'Alan’s check-in loaded');
      expect($<HTMLTextAreaElement>(el, 'textarea#reply')!.value, 'Ada’s text is not carried over').to.equal('');
      fail = false;
      await type(el, '#reply', 'For Alan');
      const replied = oneEvent(el, 'pm-check-in-reply');
      $<HTMLButtonElement>(el, 'form.reply button[type="submit"]')!.click();
      await replied;
      expect(sent).to.deep.equal(['ci-p-ada', 'ci-p-alan']);
      expect(keys[1]).to.not.equal(keys[0]);
    });

    it('the person sees the reply and no reply box', async () => {
      const b = backend(context({ checkIn: checkIn({ status: 'submitted', focus: 'f', managerReply: { authorId: MANAGER, body: 'Nice.', createdAt: '2026-11-20T10:00:00Z' } }) }));
      const el = await mount(b, { viewer: PERSON });
      expect($(el, '[part~="reply"]')!.textContent).to.contain('Nice.');
      expect($(el, 'textarea#reply')).to.equal(null);
    });

    it('tells the manager when the check-in is not submitted yet, and shows no form', async () => {
      const el = await mount(backend(context({ checkIn: checkIn({ wins: 'private draft' }) })), { viewer: MANAGER });
      expect($(el, 'form')).to.equal(null);
      expect($(el, '[part~="notice"]')!.textContent).to.contain('Ada Lovelace has not submitted');
      expect(el.shadowRoot!.textContent).to.not.contain('private draft');
    });
  });

  describe('outer form', () => {
    async function inForm(b: TestBackend, required = true) {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><pm-check-in name="checkin" person=${PERSON} period=${PERIOD}
        autosave-delay="40" ?required=${required}></pm-check-in></fieldset></form>`);
      const el = form.querySelector('pm-check-in')!;
      el.adapter = b.adapter;
      await loaded(el);
      return { form, el };
    }

    it('adds the check-in to FormData as JSON', async () => {
      const { form, el } = await inForm(backend());
      await type(el, '#focus', 'Coach Sam');
      const value = JSON.parse(new FormData(form).get('checkin') as string);
      expect(value).to.include({ personId: PERSON, period: PERIOD, status: 'draft', focus: 'Coach Sam' });
      expect(value).to.deep.equal(JSON.parse(el.value));
    });

    it('is valueMissing while required and the focus is empty', async () => {
      const { form, el } = await inForm(backend());
      expect(el.validity.valueMissing).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Write the one thing you will focus on next.');
      await type(el, '#focus', 'x');
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      el.required = false;
      await type(el, '#focus', '');
      expect(el.validity.valid).to.equal(true);
    });

    it('a form reset clears what was written', async () => {
      const b = backend();
      const { form, el } = await inForm(b);
      await type(el, '#wins', 'Gone after reset');
      await type(el, '#focus', 'Gone too');
      form.reset();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#wins')!.value).to.equal('');
      expect(JSON.parse(new FormData(form).get('checkin') as string).focus).to.equal('');
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('follows a disabled outer fieldset', async () => {
      const { form, el } = await inForm(backend());
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#focus')!.matches(':disabled')).to.equal(true);
      expect(new FormData(form).has('checkin'), 'disabled fields are not submitted').to.equal(false);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#focus')!.matches(':disabled')).to.equal(false);
    });

    describe('form state (history navigation, autocomplete)', () => {
      /** The `state` argument of every `setFormValue` call, in order. */
      let states: unknown[];
      const setFormValue = ElementInternals.prototype.setFormValue;
      beforeEach(() => {
        states = [];
        ElementInternals.prototype.setFormValue = function (this: ElementInternals, ...args: Parameters<typeof setFormValue>) {
          states.push(args[1]);
          return setFormValue.apply(this, args);
        };
      });
      afterEach(() => {
        ElementInternals.prototype.setFormValue = setFormValue;
      });

      const draftState = (overrides: Partial<CheckIn> = {}) => {
        const { id: _id, submittedAt: _s, managerReply: _r, updatedAt: _u, ...draft } = checkIn(overrides);
        return JSON.stringify({ ...draft, ...overrides, status: 'draft' });
      };

      it('gives the browser the draft as state, and takes it back when the browser restores the form', async () => {
        const first = await mount(backend(), { delay: 10_000 });
        await type(first, '#wins', 'Typed before leaving');
        await type(first, '#goal-0-note', 'Halfway');
        $<HTMLInputElement>(first, 'input[name="mood"][value="2"]')!.click();
        await type(first, '#focus', 'Back again');
        const state = states.at(-1);
        expect(state).to.be.a('string');
        expect(JSON.parse(state as string)).to.include({ personId: PERSON, period: PERIOD, status: 'draft', wins: 'Typed before leaving', mood: 2 });
        first.remove();
        // No device copy (private mode, storage off): only the browser's form state is left.
        localStorage.clear();
        const b = backend();
        const second = await mount(b, { before: (el) => el.formStateRestoreCallback(state as string, 'restore') });
        expect($<HTMLTextAreaElement>(second, '#wins')!.value).to.equal('Typed before leaving');
        expect($<HTMLTextAreaElement>(second, '#focus')!.value).to.equal('Back again');
        expect($<HTMLTextAreaElement>(second, '#goal-0-note')!.value).to.equal('Halfway');
        expect($<HTMLInputElement>(second, 'input[name="mood"][value="2"]')!.checked).to.equal(true);
        expect(JSON.parse(second.value)).to.include({ wins: 'Typed before leaving', focus: 'Back again' });
        expect($(second, '[part~="notice"]'), 'restored silently, like native fields').to.equal(null);
        // The server never had it: it is saved.
        await waitUntil(() => b.drafts.length === 1, 'restored draft saved');
        expect(b.drafts[0]!).to.include({ wins: 'Typed before leaving', focus: 'Back again', mood: 2 });
        // A submitted check-in is not handed back as form state.
        $<HTMLInputElement>(second, 'input[name="q-0"][value="3"]')!.click();
        const submitted = oneEvent(second, 'pm-check-in-submit');
        $<HTMLButtonElement>(second, '[part~="submit"]')!.click();
        await submitted;
        await second.updateComplete;
        expect(states.at(-1)).to.equal(null);
      });

      it('takes restored state into a form that has already loaded (autocomplete)', async () => {
        const b = backend();
        const el = await mount(b);
        el.formStateRestoreCallback(draftState({ wins: 'Filled in', focus: 'Autocompleted' }), 'autocomplete');
        await el.updateComplete;
        expect($<HTMLTextAreaElement>(el, '#wins')!.value).to.equal('Filled in');
        expect($<HTMLTextAreaElement>(el, '#focus')!.value).to.equal('Autocompleted');
        await waitUntil(() => b.drafts.length === 1, 'saved');
        expect(b.drafts[0]!.focus).to.equal('Autocompleted');
      });

      it('ignores state for another week or person, older than the server’s copy, malformed, or over a submitted check-in', async () => {
        const server = checkIn({ wins: 'Server text', updatedAt: '2026-11-17T09:00:00Z' });
        const cases: [string, string | null, CheckIn][] = [
          ['another week', draftState({ period: '2026-W46', wins: 'Other week' }), server],
          ['another person', draftState({ personId: 'p-someone', wins: 'Other person' }), server],
          ['older than the server', draftState({ wins: 'Old words', updatedAt: '2026-11-10T09:00:00Z' }), server],
          ['not JSON', '{not json', server],
          ['not a draft', JSON.stringify({ wins: 42 }), server],
          ['null', null, server],
        ];
        for (const [label, state, stored] of cases) {
          const b = backend(context({ checkIn: stored }));
          const el = await mount(b, { before: (e) => e.formStateRestoreCallback(state, 'restore') });
          expect($<HTMLTextAreaElement>(el, '#wins')!.value, label).to.equal('Server text');
          el.formStateRestoreCallback(state, 'autocomplete');
          await el.updateComplete;
          expect($<HTMLTextAreaElement>(el, '#wins')!.value, `${label}, after loading`).to.equal('Server text');
          await aTimeout(80);
          expect(b.drafts.length, `${label}: nothing saved`).to.equal(0);
          el.remove();
        }
        const done = await mount(backend(context({ checkIn: checkIn({ status: 'submitted', focus: 'Final' }) })), {
          before: (e) => e.formStateRestoreCallback(draftState({ focus: 'Draft from history' }), 'restore'),
        });
        expect($(done, '[part~="summary"]')!.textContent).to.contain('Final');
        expect($(done, 'form[part~="form"]')).to.equal(null);
      });
    });
  });

  describe('bad input', () => {
    it('leaves out goals that no longer exist, says so, and keeps the rest', async () => {
      const b = backend(context({
        checkIn: checkIn({ wins: 'Kept text', goalUpdates: [
          { goalId: 'g-1', progress: 0.5, confidence: 8 }, { goalId: 'g-gone', progress: 0.9, confidence: 2 },
        ] }),
      }));
      const el = await mount(b);
      expect($(el, '[part~="notice"]')!.textContent).to.contain('One goal in this check-in no longer exists');
      expect($$(el, '[part~="goal"]')).to.have.length(2);
      expect($<HTMLInputElement>(el, '#goal-0-progress-number')!.value).to.equal('50');
      expect($<HTMLTextAreaElement>(el, '#wins')!.value).to.equal('Kept text');
      expect(JSON.parse(el.value).goalUpdates.map((u: { goalId: string }) => u.goalId)).to.deep.equal(['g-1', 'g-2']);
    });

    it('explains a period in a bad format instead of showing a blank form', async () => {
      const b = backend();
      const el = await mount(b, { period: 'next week' });
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain('“next week” is not a week');
      expect(b.gets).to.equal(0);
      el.period = '2026-W53';
      await el.updateComplete;
      expect($(el, '[role="alert"]')?.textContent ?? '', '2026 has 53 weeks').to.not.contain('is not a week');
      el.period = '2025-W53';
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.contain('“2025-W53” is not a week');
    });

    it('the user’s text survives a failed reload', async () => {
      const b = backend(context(), { hangSaves: true });
      const el = await mount(b, { delay: 10_000 });
      await type(el, '#wins', 'Precious words');
      el.adapter = { ...b.adapter, getCheckIn: async () => { throw new AdapterError('unavailable', 'down'); } };
      await waitUntil(() => $(el, '[role="alert"] [part~="retry"]'), 'error with retry');
      el.adapter = b.adapter;
      await waitUntil(() => $(el, '#wins'), 'form back');
      expect($<HTMLTextAreaElement>(el, '#wins')!.value).to.equal('Precious words');
      expect($(el, '[part~="notice"]')!.textContent).to.contain('Restored');
    });
  });
});
