// The custom questions and a goal's key results are on-demand chunks (check-in-questions,
// check-in-key-results). This file runs in its own page, so neither is loaded before its first
// test: a check-in asking for neither must never fetch them; one that asks fetches them once, and
// they paint with the form. Later tests make the parts slow or failing by swapping their importer.
import { fetched } from '../shared/resource-timing.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CheckInContext, Goal } from '@pm-widgets/core';
import '@pm-widgets/check-in/pm-check-in.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import { keyResultsPart, questionsPart } from '../../packages/check-in/src/check-in.js';
import { backend, checkIn, context, goal, mountCheckIn, type TestBackend } from './fixtures.js';

const $ = <T extends Element = HTMLElement>(el: PmCheckIn, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PmCheckIn, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

const measured = (id: string, status: Goal['status'] = 'at-risk'): Goal => ({
  ...goal(id, 'Grow weekly active teams', 0.2, status),
  progressMode: 'key-results',
  keyResults: [
    { id: 'kr-teams', title: 'Weekly active teams', kind: 'number', start: 100, target: 200, current: 120 },
    { id: 'kr-launch', title: 'Launch the referral programme', kind: 'milestone', start: 0, target: 1, current: 0 },
  ],
});

/** Both parts: the fixture's three questions, and a key-results goal beside a manual one. */
const withBoth = (overrides: Partial<CheckInContext> = {}) =>
  context({ goals: [goal('g-1', 'Ship the onboarding flow', 0.4), measured('g-kr')], ...overrides });

/** Mounts a check-in and waits for its form; `watch` sees it connected, before its check-in has loaded. */
async function mount(b: TestBackend, watch?: (el: PmCheckIn) => void): Promise<PmCheckIn> {
  const el = await mountCheckIn(b, watch);
  await waitUntil(() => $(el, 'form'), 'the form', { timeout: 5000 });
  return el;
}

/** The last draft the backend was sent. */
const lastDraft = (b: TestBackend) => b.drafts[b.drafts.length - 1];

describe('<pm-check-in> questions and key results on demand', () => {
  const importers = { questions: questionsPart.importer, keyResults: keyResultsPart.importer };
  let asked: string[] = [];
  beforeEach(() => {
    localStorage.clear();
    asked = [];
    questionsPart.importer = () => (asked.push('questions'), importers.questions());
    keyResultsPart.importer = () => (asked.push('key-results'), importers.keyResults());
  });
  afterEach(() => {
    questionsPart.importer = importers.questions;
    keyResultsPart.importer = importers.keyResults;
  });

  it('a check-in without questions or key results to report never fetches their code', async () => {
    // A finished key-results goal is not asked about, so it needs no key-result inputs.
    const el = await mount(backend(context({ questions: [], goals: [goal('g-1', 'Ship the onboarding flow', 0.4), measured('g-done', 'done')] })));
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked).to.deep.equal([]);
    expect(fetched('check-in-questions'), 'check-in-questions fetched').to.equal(false);
    expect(fetched('check-in-key-results'), 'check-in-key-results fetched').to.equal(false);
    expect(questionsPart.module).to.equal(undefined);
    expect(keyResultsPart.module).to.equal(undefined);
    expect($(el, '[data-section="questions"]')).to.equal(null);
    expect($(el, '[part~="skeleton"]')).to.equal(null);
  });

  it('with questions and a key-results goal: both are fetched once and paint with the form; answers and values are saved', async () => {
    const b = backend(withBoth());
    // Every render of the form is seen: a placeholder in it, however briefly, would be caught.
    let placeholders = 0;
    let observer!: MutationObserver;
    const el = await mount(b, (el) => {
      observer = new MutationObserver(() => (placeholders += el.shadowRoot!.querySelectorAll('form [part~="skeleton"]').length));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    observer.disconnect();
    // The form's first paint already has them.
    expect($$(el, '[data-question]').length, 'question fields').to.be.greaterThan(0);
    expect($(el, '[part~="key-results"]'), 'key results').to.exist;
    expect(placeholders, 'placeholders shown in the form').to.equal(0);
    expect(asked.sort()).to.deep.equal(['key-results', 'questions']);
    await waitUntil(() => fetched('check-in-questions') && fetched('check-in-key-results'), 'both chunks in the resource timing');

    // Their styles came with them: question chips are not bold (a `.field label` is), key results are a grid.
    expect(getComputedStyle($(el, 'input[name="q-0"]')!.closest('label')!).fontWeight).to.equal('400');
    expect(getComputedStyle($(el, '.key-result')!).display).to.equal('grid');

    $<HTMLTextAreaElement>(el, '#q-1')!.focus();
    await sendKeys({ type: 'Pairing on the hard parts' });
    $<HTMLInputElement>(el, 'input[name="q-0"][value="4"]')!.click();
    const teams = $<HTMLInputElement>(el, 'input[data-kr="kr-teams"]')!;
    teams.focus();
    teams.select();
    await sendKeys({ type: '150' });
    await waitUntil(() => lastDraft(b)?.goalUpdates.find((u) => u.goalId === 'g-kr')?.keyResults?.[0]?.current === 150, 'the key result saved');
    const saved = lastDraft(b)!;
    expect(saved.answers).to.deep.equal({ 'q-learn': 'Pairing on the hard parts', 'q-energy': 4 });
    // (150 − 100) / 100 = 50 %, the milestone 0 % → 25 %
    expect(saved.goalUpdates.find((u) => u.goalId === 'g-kr')!.progress).to.equal(0.25);
    expect($(el, '[data-goal="g-kr"] .pm-meter .value')!.textContent!.trim()).to.equal('25%');
    await expect(el).to.be.accessible();
  });

  it('code slower than the form’s short wait: the form shows with placeholders, works, and takes the parts when they come', async () => {
    questionsPart.reset();
    keyResultsPart.reset();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    questionsPart.importer = () => held.then(importers.questions);
    keyResultsPart.importer = () => held.then(importers.keyResults);
    const b = backend(withBoth());
    const el = await mount(b);

    const section = $(el, '[data-section="questions"]')!;
    expect(section.querySelector('h3')!.textContent).to.contain('A few more questions');
    expect(section.querySelector('[part~="skeleton"] [role="status"]')!.textContent).to.equal('Loading…');
    expect(section.querySelector('[data-question]')).to.equal(null);
    expect($(el, '[data-goal="g-kr"] [part~="skeleton"]')).to.exist;
    expect($(el, '[data-goal="g-kr"] input[data-kind="key-result"]')).to.equal(null);
    // The goal's figure is there without its key results' code.
    expect($(el, '[data-goal="g-kr"] .pm-meter .value')!.textContent!.trim()).to.equal('10%');

    // The rest of the form works meanwhile.
    $<HTMLTextAreaElement>(el, '#focus')!.focus();
    await sendKeys({ type: 'Ship the beta' });
    await waitUntil(() => lastDraft(b)?.focus === 'Ship the beta', 'the focus saved');

    release();
    await waitUntil(() => $(el, '#q-1') && $(el, 'input[data-kr="kr-teams"]'), 'the questions and key results');
    expect($(el, '[part~="skeleton"]')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#focus')!.value).to.equal('Ship the beta');
    expect(el.shadowRoot!.activeElement, 'the focus stays where the person is typing').to.equal($(el, '#focus'));
    $<HTMLTextAreaElement>(el, '#q-1')!.focus();
    await sendKeys({ type: 'Typing works' });
    await waitUntil(() => lastDraft(b)?.answers['q-learn'] === 'Typing works', 'the answer saved');
    expect(lastDraft(b)!.focus).to.equal('Ship the beta');
  });

  it('code that cannot be fetched: an alert with Retry in the section, the draft kept; Retry by keyboard brings the fields and focuses the first', async () => {
    questionsPart.reset();
    keyResultsPart.reset();
    const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    questionsPart.importer = offline;
    keyResultsPart.importer = offline;
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      // What the person wrote before: an answer and a key-result value on the server's draft.
      const b = backend(withBoth({
        checkIn: checkIn({
          answers: { 'q-learn': 'Written last time' },
          goalUpdates: [{ goalId: 'g-kr', progress: 0.3, confidence: 6, keyResults: [{ keyResultId: 'kr-teams', current: 160 }, { keyResultId: 'kr-launch', current: 0 }] }],
        }),
      }));
      const el = await mount(b);
      const section = $(el, '[data-section="questions"]')!;
      const alert = section.querySelector('[role="alert"]')!;
      expect(alert.querySelector('h2')!.textContent).to.equal('The questions could not be loaded');
      expect(alert.textContent).to.contain('The server could not be reached');
      expect(alert.querySelector('code')!.textContent).to.contain('Failed to fetch dynamically imported module');
      const krAlerts = $$(el, '[part~="goal"] [role="alert"]');
      expect(krAlerts.length, 'one alert for the key results').to.equal(1);
      expect($(el, '[data-goal="g-kr"] [role="alert"] h2')!.textContent).to.equal('The key results could not be loaded');
      // The goal still shows the progress its saved values give: (160 − 100) / 100 = 60 %, the milestone 0 % → 30 %.
      expect($(el, '[data-goal="g-kr"] .pm-meter .value')!.textContent!.trim()).to.equal('30%');
      await expect(el).to.be.accessible();

      $<HTMLTextAreaElement>(el, '#wins')!.focus();
      await sendKeys({ type: 'Shipped it' });
      await waitUntil(() => lastDraft(b)?.wins === 'Shipped it', 'the wins saved');
      expect(lastDraft(b)!.answers, 'the earlier answer is kept').to.deep.equal({ 'q-learn': 'Written last time' });
      expect(lastDraft(b)!.goalUpdates.find((u) => u.goalId === 'g-kr')!.keyResults).to.deep.equal([
        { keyResultId: 'kr-teams', current: 160 }, { keyResultId: 'kr-launch', current: 0 },
      ]);

      // Still offline: Retry keeps the alert, and the focus on Retry.
      const retry = section.querySelector<HTMLButtonElement>('[part~="retry"]')!;
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(section.querySelector('[role="alert"]')).to.exist;
      expect(el.shadowRoot!.activeElement).to.equal(retry);

      questionsPart.importer = importers.questions;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#questions-body [data-question]'), 'the focus on the first question');
      expect(section.querySelector('[role="alert"]')).to.equal(null);
      expect($<HTMLTextAreaElement>(el, '#q-1')!.value, 'the earlier answer shows').to.equal('Written last time');
      expect($<HTMLTextAreaElement>(el, '#wins')!.value).to.equal('Shipped it');
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => lastDraft(b)?.answers['q-energy'] === 2, 'the rating chosen by keyboard is saved');

      keyResultsPart.importer = importers.keyResults;
      $<HTMLButtonElement>(el, '[data-goal="g-kr"] [part~="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'input[data-kr="kr-teams"]'), 'the focus on the first key result');
      expect($$(el, '[role="alert"]')).to.deep.equal([]);
      expect($<HTMLInputElement>(el, 'input[data-kr="kr-teams"]')!.value, 'the saved value shows').to.equal('160');
      expect(lastDraft(b)!.answers).to.deep.equal({ 'q-learn': 'Written last time', 'q-energy': 2 });
      expect(lastDraft(b)!.wins).to.equal('Shipped it');
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(uncaught, 'nothing thrown past the widget').to.deep.equal([]);
  });

  it('submitting while a required question’s code could not be loaded moves the focus to its Retry', async () => {
    questionsPart.reset();
    questionsPart.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const b = backend(context());
    const el = await mount(b);
    $<HTMLTextAreaElement>(el, '#focus')!.focus();
    await sendKeys({ type: 'Ship the beta' });
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#questions-body [part~="retry"]'), 'the focus on Retry');
    expect($(el, '.error-count')!.textContent).to.equal('One field needs attention.');
    expect(b.submitKeys).to.deep.equal([]);
  });
});
