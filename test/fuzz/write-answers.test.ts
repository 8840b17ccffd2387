import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { checkInSchema, feedbackItemSchema, goalSchema, surveyAssignmentSchema, type PerformanceAdapter } from '@pm-widgets/core';
import * as arb from '@pm-widgets/core/arbitraries';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/survey-360/pm-survey-360.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import { smallOrg } from '../goal-tree/fixtures.js';
import { backend as checkInBackend } from '../check-in/fixtures.js';
import { COMPLETE, backend as surveyBackend } from '../survey-360/fixtures.js';
import { FUZZ_SEED, watchPage } from './fuzz-harness.js';

/** Runs per write: each one fills a form, so fewer than for reads. */
const WRITE_RUNS = 20;

/** Answers that are certainly not what the write returns: garbage, or the right entity with one thing wrong. */
const badAnswer = (schema: z.core.$ZodType, valid: fc.Arbitrary<unknown>) =>
  fc.oneof(arb.garbage, arb.nearValid(valid)).filter((v) => !z.safeParse(schema, v).success);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const alerts = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="alert"]')].filter((a) => a.textContent!.trim() !== '');

async function fill(el: Element & { updateComplete: Promise<unknown> }, selector: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The property for one write: garbage back → an alert, the user's text still in the form, nothing uncaught. */
async function fuzzWrite(name: string, payloads: fc.Arbitrary<unknown>, run: (answer: () => unknown) => Promise<HTMLElement & { updateComplete: Promise<unknown> }>, kept: (el: HTMLElement) => string) {
  await fc.assert(fc.asyncProperty(payloads, async (payload) => {
    const page = watchPage();
    try {
      const el = await run(() => payload);
      await waitUntil(() => alerts(el).length > 0, `${name}: an error is shown`, { timeout: 5000 });
      await el.updateComplete;
      expect(kept(el), `${name}: the user's text is kept`).to.equal('Written by hand, kept on failure');
      page.check(name);
    } finally {
      page.stop();
      fixtureCleanup();
      localStorage.clear();
    }
  }), { seed: FUZZ_SEED, numRuns: WRITE_RUNS });
}

describe('fuzz: write answers (garbage back from a save or submit)', function () {
  this.timeout(120_000);

  it('pm-goal-tree ← saveGoal', async () => {
    await fuzzWrite('saveGoal', badAnswer(goalSchema, arb.valid.goal), async (answer) => {
      const adapter: PerformanceAdapter = { listGoals: async () => smallOrg(), saveGoal: async () => answer() as never, deleteGoal: async () => undefined };
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<pm-goal-tree .adapter=${adapter} editable></pm-goal-tree>`);
      await waitUntil(() => $(el, '[role="treeitem"][data-id="platform"]'), 'rows');
      $(el, '[role="treeitem"][data-id="platform"]')!.click();
      await el.updateComplete;
      await fill(el, '[part~="edit-form"] input[name="title"]', 'Written by hand, kept on failure');
      $<HTMLButtonElement>(el, '[part~="edit-form"] button[type="submit"]')!.click();
      return el;
    }, (el) => $<HTMLInputElement>(el, '[part~="edit-form"] input[name="title"]')?.value ?? '(the form closed)');
  });

  it('pm-check-in ← submitCheckIn', async () => {
    await fuzzWrite('submitCheckIn', badAnswer(checkInSchema, arb.valid.checkIn), async (answer) => {
      const b = checkInBackend();
      b.adapter.submitCheckIn = async () => answer() as never;
      const el = document.createElement('pm-check-in');
      el.setAttribute('person', 'p-ada');
      el.setAttribute('period', '2026-W47');
      el.retryDelay = 5;
      el.adapter = b.adapter;
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => $(el, 'form') && !$(el, '[part~="skeleton"]'), 'form');
      $<HTMLInputElement>(el, 'input[name="mood"][value="3"]')!.click();
      $<HTMLInputElement>(el, 'input[name="q-0"][value="3"]')!.click();
      await fill(el, '#wins', 'Written by hand, kept on failure');
      await fill(el, '#focus', 'One thing');
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      return el;
    }, (el) => $<HTMLTextAreaElement>(el, '#wins')?.value ?? '(the form closed)');
  });

  it('pm-survey-360 ← submitSurvey', async () => {
    await fuzzWrite('submitSurvey', badAnswer(surveyAssignmentSchema, arb.valid.surveyAssignment), async (answer) => {
      const b = surveyBackend();
      b.adapter.submitSurvey = async () => answer() as never;
      const el = document.createElement('pm-survey-360');
      el.setAttribute('assignment', 'a-test');
      el.layout = 'single';
      el.retryDelay = 5;
      el.adapter = b.adapter;
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => $(el, 'form') && !$(el, '[part~="skeleton"]'), 'form');
      for (const [question, value] of Object.entries(COMPLETE)) {
        if (typeof value === 'number' || value === null) $<HTMLInputElement>(el, `[data-question="${question}"] input[value="${value ?? 'na'}"]`)!.click();
      }
      await fill(el, '[data-question="k2"] textarea', 'Written by hand, kept on failure');
      $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
      return el;
    }, (el) => $<HTMLTextAreaElement>(el, '[data-question="k2"] textarea')?.value ?? '(the form closed)');
  });

  it('pm-feedback-timeline ← giveFeedback', async () => {
    await fuzzWrite('giveFeedback', badAnswer(feedbackItemSchema, arb.valid.feedbackItem), async (answer) => {
      const memory = createMemoryAdapter({ viewerId: DEMO.viewerId });
      const adapter: PerformanceAdapter = { ...memory, giveFeedback: async () => answer() as never };
      const el = document.createElement('pm-feedback-timeline');
      el.setAttribute('person', DEMO.managerId);
      el.composer = true;
      el.retryDelay = 5;
      const provider = document.createElement('pm-provider');
      provider.adapter = adapter;
      provider.viewer = DEMO.viewerId;
      provider.append(el);
      await fixture(html`<div style="width: 720px">${provider}</div>`);
      await waitUntil(() => $(el, '#body'), 'composer');
      await fill(el, '#body', 'Written by hand, kept on failure');
      $<HTMLButtonElement>(el, '[part~="give"]')!.click();
      return el;
    }, (el) => $<HTMLTextAreaElement>(el, '#body')?.value ?? '(the composer closed)');
  });
});
