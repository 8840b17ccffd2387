import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Answers, SurveyAssignment } from '@pm-widgets/core';
import '@pm-widgets/survey-360/pm-survey-360.js';
import type { PmSurvey360, PmSurveyProgressEvent, PmSurveySubmitEvent } from '@pm-widgets/survey-360';
import { runAdapterStatesSuite } from '../shared/adapter-states.suite.js';
import {
  $, $$, ASSIGNMENT, COMPLETE, assignment, backend, choose, input, next, sectionTitle, storageKey, survey, write, type BackendOptions, type TestBackend,
} from './fixtures.js';

// ── helpers ─────────────────────────────────────────────────────────────────────────────

interface MountOptions {
  layout?: 'paged' | 'single';
  delay?: number;
  retryDelay?: number;
  locale?: string;
}

async function mount(b: TestBackend, { layout = 'paged', delay = 30, retryDelay = 10, locale }: MountOptions = {}): Promise<PmSurvey360> {
  const el = document.createElement('pm-survey-360');
  el.setAttribute('assignment', b.current.id);
  el.layout = layout;
  if (locale) el.setAttribute('locale', locale);
  el.autosaveDelay = delay;
  el.retryDelay = retryDelay;
  el.adapter = b.adapter;
  await fixture(html`<div style="width: 760px">${el}</div>`);
  await loaded(el);
  return el;
}

async function loaded(el: PmSurvey360): Promise<void> {
  await waitUntil(() => $(el, 'form, [part~="notice"], [role="alert"], [part~="empty"], [part~="thanks"]') && !$(el, '[part~="skeleton"]'), 'survey loaded');
  await el.updateComplete;
}


function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** Answers every required question through the UI, across both pages. */
async function answerAll(el: PmSurvey360): Promise<void> {
  await choose(el, 'c1', 4);
  await choose(el, 'c2', 5);
  if (el.layout === 'paged') await next(el);
  await choose(el, 'k1', 'na');
  await write(el, 'k2', 'Clear weekly notes.');
}

async function submit(el: PmSurvey360): Promise<void> {
  $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
  await el.updateComplete;
}

function deviceCopy(): { savedAt: string; value: { answers: Answers } } | undefined {
  const raw = localStorage.getItem(storageKey());
  return raw ? JSON.parse(raw) : undefined;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  delete (navigator as { onLine?: boolean }).onLine;
});

// ── shared suite ────────────────────────────────────────────────────────────────────────
runAdapterStatesSuite({
  tag: 'pm-survey-360',
  attributes: { assignment: ASSIGNMENT },
  method: 'getAssignment',
  loaded: assignment(),
  empty: assignment({ survey: survey({ sections: [] }) }),
  malformed: { ...assignment(), relationship: 'boss' },
});

describe('<pm-survey-360>', () => {
  describe('accessibility in every state', () => {
    it('paged: first and second page, with the error summary', async () => {
      const el = await mount(backend());
      await expect(el).to.be.accessible();
      await next(el);
      await expect(el).to.be.accessible();
      await submit(el);
      expect($(el, '[part~="error-summary"]')).to.exist;
      await expect(el).to.be.accessible();
      await answerAll(el);
      await expect(el).to.be.accessible();
    });

    it('single page, past due, restored draft and dropped answers', async () => {
      localStorage.setItem(storageKey(), JSON.stringify({ savedAt: new Date().toISOString(), value: { assignmentId: ASSIGNMENT, answers: { c1: 3, gone: 2 } } }));
      const el = await mount(backend({ assignment: assignment({ dueDate: '2020-01-02' }) }), { layout: 'single' });
      expect($(el, '[data-kind="restored"]')).to.exist;
      expect($(el, '[data-kind="dropped"]')).to.exist;
      expect($(el, '[data-kind="past-due"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('thank-you, submitted and closed', async () => {
      const b = backend();
      const el = await mount(b);
      await answerAll(el);
      await submit(el);
      await waitUntil(() => $(el, '[part~="thanks"]'), 'thank-you shown');
      await expect(el).to.be.accessible();
      const submitted = await mount(backend({ assignment: assignment({ status: 'submitted', submittedAt: '2026-11-20T10:00:00Z' }) }));
      await expect(submitted).to.be.accessible();
      const closed = await mount(backend({ assignment: assignment({ status: 'closed' }) }));
      await expect(closed).to.be.accessible();
    });

    it('bad definitions and unknown kinds', async () => {
      const unknown = await mount(backend({
        assignment: assignment({ survey: survey({ sections: [{ id: 's', title: 'New', questions: [{ id: 'x', kind: 'slider', text: 'Slide it', required: true }, { id: 'y', kind: 'rating', text: 'Rate it', required: true }] }] }) }),
      }));
      await expect(unknown).to.be.accessible();
      const bad = await mount(backend({ assignment: assignment({ survey: survey({ scale: { min: 5, max: 5, labels: [] } }) }) }));
      await expect(bad).to.be.accessible();
    });
  });

  describe('introduction and confidentiality', () => {
    it('names the subject, the relationship in words and the due date', async () => {
      const el = await mount(backend());
      const intro = $(el, '[part~="intro"]')!.textContent!;
      expect(intro).to.contain('Mei Chen');
      expect(intro).to.contain('Engineering Manager');
      expect(intro).to.contain('You are giving upward feedback to your manager, Mei Chen.');
      expect(intro).to.match(/Due/);
      expect($(el, '[part~="subject"] .pm-avatar')!.textContent).to.equal('MC');
    });

    it('tells a direct report their answers are grouped, with the survey’s threshold', async () => {
      const el = await mount(backend({ assignment: assignment({ survey: survey({ threshold: 4 }) }) }));
      const text = $(el, '[part~="confidentiality"]')!.textContent!;
      expect(text).to.contain('only as a group average');
      expect(text).to.contain('at least 4 direct reports');
      expect(text).to.contain('Comments follow the same rule');
    });

    it('tells self and manager raters that their answers are attributed', async () => {
      const self = await mount(backend({ assignment: assignment({ relationship: 'self' }) }));
      expect($(self, '[part~="intro"]')!.textContent).to.contain('This is your self-assessment.');
      expect($(self, '[part~="confidentiality"]')!.textContent).to.contain('as your own view');
      expect($(self, '[part~="confidentiality"]')!.textContent).to.contain('not anonymous');
      const manager = await mount(backend({ assignment: assignment({ relationship: 'manager' }) }));
      expect($(manager, '[part~="confidentiality"]')!.textContent).to.contain('as given');
      expect($(manager, '[part~="confidentiality"]')!.textContent).not.to.contain('group average');
    });

    it('is honest when the threshold is 1', async () => {
      const el = await mount(backend({ assignment: assignment({ relationship: 'peer', survey: survey({ threshold: 1 }) }) }));
      expect($(el, '[part~="confidentiality"]')!.textContent).to.contain('may be able to tell your answers apart');
    });
  });

  describe('rating groups', () => {
    it('are radio groups named by the question, with every point’s label and N/A where allowed', async () => {
      const el = await mount(backend());
      const group = $(el, '[data-question="c1"]')!;
      expect(group.getAttribute('role')).to.equal('radiogroup');
      const name = el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent!;
      expect(name).to.contain('Explains the why behind the work.');
      const labels = $$(el, '[data-question="c1"] label').map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
      expect(labels).to.deep.equal(['1Rarely', '2Sometimes', '3Often', '4Very often', '5Always', 'N/ACan’t say']);
      expect($$<HTMLInputElement>(el, '[data-question="c2"] input').map((i) => i.value)).to.deep.equal(['1', '2', '3', '4', '5']);
    });

    it('have targets of at least 24 px', async () => {
      const el = await mount(backend());
      for (const face of $$(el, '[data-question="c1"] .point')) {
        const box = face.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });

    it('show anchors only where a scale names its ends, for 2 to 11 points', async () => {
      const el = await mount(backend({ assignment: assignment({ survey: survey({ scale: { min: 0, max: 10, labels: ['Not at all', 'Completely'] } }) }) }));
      const faces = $$(el, '[data-question="c2"] .point');
      expect(faces).to.have.length(11);
      expect(faces[0]!.textContent).to.contain('Not at all');
      expect(faces[10]!.textContent).to.contain('Completely');
      expect(faces[5]!.textContent!.trim()).to.equal('5');
      const two = await mount(backend({ assignment: assignment({ survey: survey({ scale: { min: 1, max: 2, labels: ['No', 'Yes'] } }) }) }));
      expect($$(two, '[data-question="c2"] input')).to.have.length(2);
    });

    it('N/A is stored as null, counts as answered, and is offered only where allowed', async () => {
      const b = backend();
      const el = await mount(b);
      const progress = oneEvent(el, 'pm-survey-progress') as Promise<PmSurveyProgressEvent>;
      await choose(el, 'c1', 'na');
      expect((await progress).detail).to.deep.equal({ answered: 1, required: 4, complete: false });
      expect(el.progress.answered).to.equal(1);
      expect($$(el, '[data-question="c2"] input[value="na"]')).to.have.length(0);
      await waitUntil(() => b.drafts.length > 0, 'draft saved');
      expect(b.drafts.at(-1)).to.deep.equal({ c1: null });
      await next(el);
      await submit(el);
      // Back on the first page, where c2 (no N/A) still needs a rating.
      expect($(el, '[data-question="c1"] [part~="error-message"]')).to.not.exist;
      expect($(el, '[data-question="c2"] [part~="error-message"]')!.textContent).to.equal('Choose a rating.');
    });
  });

  describe('keyboard', () => {
    it('completes a paged survey with the keyboard alone', async () => {
      const b = backend();
      const el = await mount(b);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.parentElement!.prepend(before);
      before.focus();
      const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
      // Tab lands on the first radio of the first group; arrows move and select.
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('name')).to.equal('q0');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect((active() as HTMLInputElement).value).to.equal('4');
      expect((active() as HTMLInputElement).checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('name')).to.equal('q1');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      expect(active()?.textContent?.trim()).to.equal('Next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(sectionTitle(el)).to.equal('Coaching');
      expect(active()?.id).to.equal('section-title');
      // Arrow back from the first point wraps to N/A.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      expect((active() as HTMLInputElement).value).to.equal('na');
      await sendKeys({ press: 'Tab' });
      expect(active()?.localName).to.equal('textarea');
      await sendKeys({ type: 'Great notes' });
      // Shift+Tab back into the rating lands on the checked point.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect((active() as HTMLInputElement).value).to.equal('na');
      await sendKeys({ press: 'Tab' });
      for (let i = 0; i < 10 && active()?.getAttribute('part') !== 'submit'; i++) await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('part')).to.equal('submit');
      const submitted = oneEvent(el, 'pm-survey-submit') as Promise<PmSurveySubmitEvent>;
      await sendKeys({ press: 'Enter' });
      const event = await submitted;
      expect(event.detail.answers).to.deep.equal({ c1: 4, c2: 2, k1: null, k2: 'Great notes' });
      expect([...b.responses.values()]).to.deep.equal([{ c1: 4, c2: 2, k1: null, k2: 'Great notes' }]);
      before.remove();
    });
  });

  describe('layout and progress', () => {
    it('paged: one section per page with Next and Back; single: every section', async () => {
      const el = await mount(backend());
      expect($$(el, '.section')).to.have.length(1);
      expect($(el, '.page-of')!.textContent).to.equal('Section 1 of 2');
      await next(el);
      expect(sectionTitle(el)).to.equal('Coaching');
      // Past the first page the notice folds into a disclosure, still one click away.
      const folded = $(el, '[part~="confidentiality"]')!;
      expect(folded.localName).to.equal('details');
      expect(folded.textContent).to.contain('only as a group average');
      $$<HTMLButtonElement>(el, '[part~="nav"] button').find((b) => b.textContent!.trim() === 'Back')!.click();
      await el.updateComplete;
      expect(sectionTitle(el)).to.equal('Clarity');
      const single = await mount(backend(), { layout: 'single' });
      expect($$(single, '.section')).to.have.length(2);
      expect($(single, '[part~="submit"]')).to.exist;
    });

    it('counts required questions answered and fires pm-survey-progress as it changes', async () => {
      const el = await mount(backend(), { layout: 'single' });
      const events: PmSurveyProgressEvent[] = [];
      el.addEventListener('pm-survey-progress', (e) => events.push(e));
      await choose(el, 'c1', 3);
      await choose(el, 'c1', 4);
      await choose(el, 'k3', 'Be clear');
      await write(el, 'k2', 'x');
      expect(events.map((e) => e.detail.answered)).to.deep.equal([1, 2]);
      expect($(el, '[part~="progress"]')!.textContent).to.contain('2 of 4 required questions answered');
    });
  });

  describe('autosave and resume', () => {
    it('saves debounced, and a reload resumes on the page where the rater stopped', async () => {
      const b = backend();
      const el = await mount(b);
      await choose(el, 'c1', 4);
      await choose(el, 'c2', 3);
      await next(el);
      await choose(el, 'k1', 2);
      expect(deviceCopy()?.value.answers).to.deep.equal({ c1: 4, c2: 3, k1: 2 });
      await waitUntil(() => $(el, '[part~="status"]')!.textContent === 'Saved', 'saved');
      expect(b.drafts).to.have.length(1);
      expect(b.drafts[0]).to.deep.equal({ c1: 4, c2: 3, k1: 2 });
      el.remove();
      const again = await mount(b);
      expect(sectionTitle(again)).to.equal('Coaching');
      expect(input(again, 'k1', '2').checked).to.equal(true);
    });

    it('keeps answers on the device while offline and saves them when back online', async () => {
      const b = backend();
      const el = await mount(b);
      setOnline(false);
      await choose(el, 'c1', 5);
      await aTimeout(80);
      expect($(el, '[part~="status"]')!.textContent).to.contain('Offline');
      expect(b.drafts).to.have.length(0);
      expect(deviceCopy()?.value.answers).to.deep.equal({ c1: 5 });
      setOnline(true);
      await waitUntil(() => b.drafts.length === 1, 'saved when online');
      expect(b.drafts[0]).to.deep.equal({ c1: 5 });
    });

    it('restores a device copy newer than the server’s draft, says so, and pushes it', async () => {
      const b = backend({ assignment: assignment({ draft: { answers: { c1: 2 }, savedAt: '2026-01-01T00:00:00Z' } }) });
      localStorage.setItem(storageKey(), JSON.stringify({ savedAt: new Date().toISOString(), value: { assignmentId: ASSIGNMENT, answers: { c1: 5, c2: 4 } } }));
      const el = await mount(b, { layout: 'single' });
      expect($(el, '[data-kind="restored"]')!.textContent).to.contain('Restored the answers saved on this device');
      expect(input(el, 'c1', '5').checked).to.equal(true);
      await waitUntil(() => b.drafts.length === 1, 'pushed');
      expect(b.drafts[0]).to.deep.equal({ c1: 5, c2: 4 });
    });

    it('takes the server’s draft when the device copy is older', async () => {
      const b = backend({ assignment: assignment({ draft: { answers: { c1: 2 }, savedAt: new Date().toISOString() } }) });
      localStorage.setItem(storageKey(), JSON.stringify({ savedAt: '2026-01-01T00:00:00Z', value: { assignmentId: ASSIGNMENT, answers: { c1: 5 } } }));
      const el = await mount(b);
      expect($(el, '[data-kind="restored"]')).to.not.exist;
      expect(input(el, 'c1', '2').checked).to.equal(true);
      expect(deviceCopy()).to.equal(undefined);
    });
  });

  describe('submit', () => {
    it('validates required questions: messages, a summary linking to them, focus to the first', async () => {
      const el = await mount(backend());
      await next(el);
      await submit(el);
      const summary = $(el, '[part~="error-summary"]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.textContent).to.contain('4 questions need an answer');
      const links = $$<HTMLAnchorElement>(el, '[part~="error-summary"] a');
      expect(links.map((l) => l.textContent)).to.deep.equal([
        'Explains the why behind the work.', 'Communicates decisions early.', 'Gives timely feedback.', 'What should they keep doing?',
      ]);
      // Focus moved to the first question, on its page.
      expect(sectionTitle(el)).to.equal('Clarity');
      expect((el.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('q0');
      expect($(el, '[data-question="c1"]')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '[data-question="c1"] [part~="error-message"]')!.textContent).to.contain('Choose a rating, or N/A');
      links[3]!.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(sectionTitle(el)).to.equal('Coaching');
      expect(el.shadowRoot!.activeElement?.localName).to.equal('textarea');
      // Messages clear as questions are answered.
      await write(el, 'k2', 'Done');
      expect($$(el, '[part~="error-summary"] a')).to.have.length(3);
    });

    it('submits once with an idempotency key, fires pm-survey-submit after the backend confirmed, and thanks', async () => {
      const b = backend({ latency: 20 });
      const el = await mount(b);
      await answerAll(el);
      const submitted = oneEvent(el, 'pm-survey-submit') as Promise<PmSurveySubmitEvent>;
      await submit(el);
      await submit(el);
      const event = await submitted;
      expect(b.responses.size).to.equal(1);
      expect(b.submitKeys).to.have.length(1);
      expect(event.detail.assignment.status).to.equal('submitted');
      expect(event.detail.answers).to.deep.equal(COMPLETE);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('thanks-title');
      expect($(el, 'form')).to.not.exist;
      expect(deviceCopy()).to.equal(undefined);
      expect(localStorage.length).to.equal(0);
    });

    it('a failed submission keeps every answer; it waits in the outbox and stores exactly one response', async () => {
      const b = backend({ failSubmits: 4 });
      const el = await mount(b, { layout: 'single', retryDelay: 300 });
      await answerAll(el);
      const submitted = oneEvent(el, 'pm-survey-submit');
      await submit(el);
      // A transient failure that outlasts the automatic retries waits on the device (see test/outbox).
      await waitUntil(() => $(el, '[part~="outbox"]'), 'waiting shown', { timeout: 5000 });
      expect($(el, '[part~="outbox"]')!.textContent).to.contain('Saved on this device');
      expect(b.submitKeys).to.have.length(4);
      expect(input(el, 'c1', '4').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '[data-question="k2"] textarea')!.value).to.equal('Clear weekly notes.');
      expect(deviceCopy()?.value.answers).to.deep.equal(COMPLETE);
      await submitted;
      expect(b.responses.size).to.equal(1);
      expect(new Set(b.submitKeys).size, 'one key across every attempt').to.equal(1);
    });

    it('a reload between a lost answer and the retry still stores once (same key)', async () => {
      const b = backend({ loseAnswers: 1, staleReads: true });
      const el = await mount(b, { layout: 'single' });
      await answerAll(el);
      await submit(el);
      await waitUntil(() => $(el, '[part~="submit-error"]'), 'lost answer shown as a failure');
      expect(b.responses.size).to.equal(1);
      el.remove();
      const again = await mount(b, { layout: 'single' });
      expect(input(again, 'c1', '4').checked, 'answers kept on the device').to.equal(true);
      const submitted = oneEvent(again, 'pm-survey-submit');
      await submit(again);
      await submitted;
      expect(b.submitKeys).to.have.length(2);
      expect(b.submitKeys[0]).to.equal(b.submitKeys[1]);
      expect(b.responses.size).to.equal(1);
    });

    it('after a lost answer, a reload that finds it submitted opens read-only', async () => {
      const b = backend({ loseAnswers: 1 });
      const el = await mount(b, { layout: 'single' });
      await answerAll(el);
      await submit(el);
      await waitUntil(() => $(el, '[part~="submit-error"]'), 'failure shown');
      el.remove();
      const again = await mount(b);
      expect($(again, '[data-kind="submitted"]')).to.exist;
      expect($$(again, 'input, textarea').map((x) => x.outerHTML)).to.deep.equal([]);
      expect(localStorage.length).to.equal(0);
      expect(b.responses.size).to.equal(1);
    });
  });

  describe('read-only states', () => {
    it('submitted: says when, nothing editable', async () => {
      const el = await mount(backend({ assignment: assignment({ status: 'submitted', submittedAt: '2026-11-20T10:00:00Z' }) }));
      expect($(el, '[data-kind="submitted"]')!.textContent).to.contain('You submitted this survey on');
      expect($$(el, 'input, textarea, [part~="submit"]')).to.have.length(0);
    });

    it('closed: says so, nothing editable', async () => {
      const el = await mount(backend({ assignment: assignment({ status: 'closed' }) }));
      expect($(el, '[data-kind="closed"]')!.textContent).to.contain('closed');
      expect($$(el, 'input, textarea, button')).to.have.length(0);
    });

    it('past due: a visible note, still submittable', async () => {
      const b = backend({ assignment: assignment({ dueDate: '2020-03-01' }) });
      const el = await mount(b, { layout: 'single' });
      expect($(el, '[data-kind="past-due"]')!.textContent).to.contain('was due on');
      await answerAll(el);
      const submitted = oneEvent(el, 'pm-survey-submit');
      await submit(el);
      await submitted;
      expect(b.responses.size).to.equal(1);
    });
  });

  describe('without an adapter', () => {
    it('takes .assignment directly, keeps answers and fires the events', async () => {
      const el = document.createElement('pm-survey-360');
      el.layout = 'single';
      el.assignment = assignment();
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      const progress = oneEvent(el, 'pm-survey-progress');
      await choose(el, 'c1', 4);
      await progress;
      await answerAll(el);
      const submitted = oneEvent(el, 'pm-survey-submit') as Promise<PmSurveySubmitEvent>;
      await submit(el);
      const event = await submitted;
      expect(event.detail.answers).to.deep.equal(COMPLETE);
      await waitUntil(() => $(el, '[part~="thanks"]'));
    });

    it('keeps answers on the device across a reload', async () => {
      const first = document.createElement('pm-survey-360');
      first.layout = 'single';
      first.assignment = assignment();
      await fixture(html`<div>${first}</div>`);
      await choose(first, 'c2', 3);
      await write(first, 'k2', 'Kept here');
      first.remove();
      const again = document.createElement('pm-survey-360');
      again.layout = 'single';
      again.assignment = assignment();
      await fixture(html`<div>${again}</div>`);
      await again.updateComplete;
      expect(input(again, 'c2', '3').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(again, '[data-question="k2"] textarea')!.value).to.equal('Kept here');
      expect($(again, '[data-kind="restored"]')).to.exist;
    });
  });

  describe('bad input', () => {
    async function withSurvey(overrides: Partial<SurveyAssignment>): Promise<PmSurvey360> {
      return mount(backend({ assignment: assignment(overrides) }), { layout: 'single' });
    }

    it('duplicate question ids: a clear message', async () => {
      const s = survey();
      s.sections[1]!.questions[0]!.id = 'c1';
      const el = await withSurvey({ survey: s });
      expect($(el, '[role="alert"]')!.textContent).to.contain('Two questions share the id “c1”');
      expect($$(el, 'input')).to.have.length(0);
    });

    it('a scale with min ≥ max, or more than 11 points: a clear message', async () => {
      const flat = await withSurvey({ survey: survey({ scale: { min: 3, max: 1, labels: [] } }) });
      expect($(flat, '[role="alert"]')!.textContent).to.contain('rating scale (3–1)');
      const long = await withSurvey({ survey: survey({ scale: { min: 0, max: 11, labels: [] } }) });
      expect($(long, '[role="alert"]')!.textContent).to.contain('12 points');
    });

    it('an empty section is left out', async () => {
      const s = survey();
      s.sections.splice(1, 0, { id: 'empty', title: 'Nothing here', questions: [] });
      const el = await mount(backend({ assignment: assignment({ survey: s }) }));
      expect($(el, '.page-of')!.textContent).to.equal('Section 1 of 2');
      expect(el.shadowRoot!.textContent).not.to.contain('Nothing here');
    });

    it('a survey with no questions: says there is nothing to answer', async () => {
      const el = await withSurvey({ survey: survey({ sections: [{ id: 'a', title: 'A', questions: [] }] }) });
      expect($(el, '[part~="empty"]')!.textContent).to.contain('no questions');
    });

    it('draft answers outside the scale or for unknown questions are dropped, with a notice', async () => {
      const el = await withSurvey({ draft: { answers: { c1: 9, c2: 2, nope: 3, k3: 'Not an option', k1: 2.5 }, savedAt: '2026-11-01T00:00:00Z' } });
      expect($(el, '[data-kind="dropped"]')!.textContent).to.contain('4 answers from your saved draft');
      expect(input(el, 'c2', '2').checked).to.equal(true);
      expect($$<HTMLInputElement>(el, '[data-question="c1"] input').some((i) => i.checked)).to.equal(false);
    });

    it('N/A in a draft where N/A is not allowed is dropped', async () => {
      const el = await withSurvey({ draft: { answers: { c2: null }, savedAt: '2026-11-01T00:00:00Z' } });
      expect($(el, '[data-kind="dropped"]')).to.exist;
    });

    it('an unknown question kind renders as an explained placeholder and is not required', async () => {
      const s = survey();
      s.sections[0]!.questions.push({ id: 'x', kind: 'slider', text: 'Slide to rate', required: true });
      const el = await withSurvey({ survey: s });
      const placeholder = $(el, '[part~="unknown"]')!;
      expect(placeholder.textContent).to.contain('Slide to rate');
      expect(placeholder.textContent).to.contain('“slider”');
      expect(el.progress.required).to.equal(4);
    });

    it('hostile text in every string is shown as text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      const s = survey({ title: evil, intro: evil });
      s.sections[0]!.title = evil;
      s.sections[0]!.description = evil;
      s.sections[0]!.questions[0]!.text = evil;
      s.sections[0]!.questions[0]!.help = evil;
      s.sections[1]!.questions[2]!.options = [evil, 'ok'];
      s.scale.labels = [evil, 'b', 'c', 'd', 'e'];
      const el = await withSurvey({ survey: s, subject: { id: 'p-x', name: evil, title: evil } });
      expect($$(el, 'img')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect($(el, '#title')!.textContent).to.equal(evil);
      expect(el.shadowRoot!.textContent!.split(evil).length).to.be.greaterThan(8);
    });

    it('an invalid .assignment object: a clear message naming the field', async () => {
      const el = document.createElement('pm-survey-360');
      el.assignment = { ...assignment(), status: 'maybe' } as never;
      await fixture(html`<div>${el}</div>`);
      // zod words the message, loaded on demand.
      await waitUntil(() => $(el, '[role="alert"]'), 'the error is shown');
      expect($(el, '[role="alert"]')!.textContent).to.contain('status');
    });
  });

  describe('layout by container width', () => {
    async function sized(width: number, a = assignment()): Promise<PmSurvey360> {
      const el = document.createElement('pm-survey-360');
      el.adapter = backend({ assignment: a }).adapter;
      el.setAttribute('assignment', ASSIGNMENT);
      await fixture(html`<div style=${`width: ${width}px`}>${el}</div>`);
      await loaded(el);
      return el;
    }

    it('nothing scrolls sideways at 320 px, even with 11 points and long words', async () => {
      const s = survey({ scale: { min: 0, max: 10, labels: ['Not at all', 'Completely'] } });
      s.sections[0]!.questions[0]!.text = 'Supercalifragilisticexpialidocious'.repeat(3);
      const el = await sized(320, assignment({ survey: s, subject: { id: 'p', name: 'Maximiliane Montgomery-Featherstonehaugh', title: 'Principal' } }));
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const node of $$(el, '.point, .question, [part~="intro"]')) {
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });

    it('narrow: a fully labelled scale becomes a list; medium: a row', async () => {
      const narrow = await sized(360);
      const points = $$(narrow, '[data-question="c1"] .point');
      expect(points[1]!.getBoundingClientRect().top).to.be.greaterThan(points[0]!.getBoundingClientRect().bottom - 1);
      const medium = await sized(600);
      const row = $$(medium, '[data-question="c1"] .point');
      expect(row[1]!.getBoundingClientRect().top).to.equal(row[0]!.getBoundingClientRect().top);
    });

    it('right-to-left: the scale runs from the right', async () => {
      const el = document.createElement('pm-survey-360');
      el.adapter = backend().adapter;
      el.setAttribute('assignment', ASSIGNMENT);
      el.setAttribute('locale', 'ar');
      await fixture(html`<div style="width: 700px">${el}</div>`);
      await loaded(el);
      expect(el.getAttribute('dir')).to.equal('rtl');
      const [one, two] = $$(el, '[data-question="c1"] .point');
      expect(one!.getBoundingClientRect().left).to.be.greaterThan(two!.getBoundingClientRect().left);
    });
  });

  describe('locale', () => {
    it('speaks German', async () => {
      const el = await mount(backend(), { locale: 'de' });
      expect($(el, '[part~="intro"]')!.textContent).to.contain('Aufwärts-Feedback');
      expect($(el, '[part~="confidentiality"] h3')!.textContent).to.equal('Wer Ihre Antworten sieht');
      expect($$(el, '[part~="nav"] button').map((b) => b.textContent!.trim())).to.include('Weiter');
    });
  });
});
