import { fetched } from '../shared/resource-timing.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@pm-widgets/survey-360/pm-survey-360.js';
import type { PmSurvey360 } from '@pm-widgets/survey-360';
import { noticesPart } from '../../packages/survey-360/src/survey-360.js';
import { $, $$, assignment, backend, choose, input, next, sectionTitle, write, type TestBackend } from './fixtures.js';

// The survey's notices and outcomes (thank-you, submitted and closed, draft notices, the error
// summary, a failed submission) are an on-demand chunk, `survey-notices`. This file runs in a page
// of its own, so the chunk has not been loaded before it, and the tests run in order: the first ones
// see it never fetched, then fetched for real, failing, through the dev server's faults
// (scripts/wtr-chunk-faults.mjs). Once it has loaded the browser keeps the module, so the last tests
// see a slow load by holding `noticesPart`'s importer instead.

const fault = (path: string | undefined, mode: 'fail' | 'clear') => executeServerCommand('pm-chunk-fault', { path, mode });

async function mount(b: TestBackend, { layout = 'paged', locale }: { layout?: 'paged' | 'single'; locale?: string } = {}): Promise<PmSurvey360> {
  const el = document.createElement('pm-survey-360');
  el.setAttribute('assignment', b.current.id);
  if (locale) el.setAttribute('locale', locale);
  el.layout = layout;
  el.autosaveDelay = 30;
  el.retryDelay = 10;
  el.adapter = b.adapter;
  await fixture(html`<div style="width: 760px">${el}</div>`);
  await waitUntil(() => $(el, 'form, [part~="notice"], [role="alert"], [part~="thanks"]') && !$(el, '[part~="skeleton"]'), 'survey loaded');
  await el.updateComplete;
  return el;
}

const alertTitle = (el: PmSurvey360) => $(el, '[role="alert"] h2')?.textContent?.trim();

/** Makes the notices' chunk slow: `load` runs (again) only once the returned function is called. */
function holdNotices(load: typeof noticesPart.importer): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  noticesPart.reset();
  noticesPart.importer = () => gate.then(load);
  return release;
}

/** Errors nobody caught: a chunk that fails must never end in one. */
const uncaught: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);

describe('<pm-survey-360> notices on demand', () => {
  const importer = noticesPart.importer;
  before(() => {
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
  });
  after(() => {
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
  });
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    noticesPart.importer = importer;
    await fault(undefined, 'clear');
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  it('an open survey’s first render, and moving through its pages, never fetches the chunk', async () => {
    const paged = await mount(backend());
    expect($(paged, 'form[part~="form"]')).to.exist;
    await next(paged);
    expect(sectionTitle(paged)).to.equal('Coaching');
    const single = await mount(backend(), { layout: 'single' });
    expect($$(single, '.section')).to.have.length(2);
    // Long enough for a fetch started by any of that to have ended and been recorded.
    await aTimeout(300);
    expect(fetched('survey-notices'), 'survey-notices fetched without an answer').to.equal(false);
    expect(noticesPart.module).to.equal(undefined);
  });

  it('the first answer fetches it; when that early fetch fails, nothing on screen changes', async () => {
    await fault('survey-notices', 'fail');
    const el = await mount(backend());
    await aTimeout(100);
    expect(fetched('survey-notices')).to.equal(false);
    await choose(el, 'c1', 4);
    await waitUntil(() => fetched('survey-notices'), 'fetched on the first answer');
    await aTimeout(50);
    await el.updateComplete;
    expect(noticesPart.module, 'the server failed it').to.equal(undefined);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(input(el, 'c1', '4').checked).to.equal(true);
    expect($(el, '.progress-text')!.textContent).to.contain('1 of 4');
  });

  it('a survey closed at load, while the chunk cannot be fetched: the header and intro, and an alert with Retry where the note goes', async () => {
    await fault('survey-notices', 'fail');
    const el = await mount(backend({ assignment: assignment({ status: 'closed' }) }));
    expect($(el, '#title')!.textContent).to.equal('Leadership 360');
    expect($(el, '[part~="intro"]')).to.exist;
    expect(alertTitle(el)).to.equal('This part of the survey could not be loaded');
    expect($(el, '[role="alert"]')!.textContent).to.contain('The server could not be reached');
    expect($(el, '[data-kind="closed"]')).to.equal(null);
    await expect(el).to.be.accessible();

    // Still failing: Retry fetches again, and the alert (with the focus on Retry) stays.
    const before = performance.getEntriesByType('resource').filter((e) => e.name.includes('survey-notices')).length;
    $(el, '[part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('survey-notices')).length > before, 'fetched again');
    await el.updateComplete;
    expect(alertTitle(el)).to.equal('This part of the survey could not be loaded');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~="retry"]'));

    const german = await mount(backend({ assignment: assignment({ status: 'closed' }) }), { locale: 'de' });
    expect(alertTitle(german)).to.equal('Dieser Teil der Umfrage konnte nicht geladen werden');
  });

  it('a failed fetch when the error summary is due: an alert with Retry, the answers stay; Retry brings the summary, then submitting thanks', async () => {
    await fault('survey-notices', 'fail');
    const b = backend();
    const el = await mount(b);
    await choose(el, 'c1', 4);
    await next(el);
    await write(el, 'k2', 'Clear weekly notes.');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitUntil(() => alertTitle(el), 'an alert above the form');
    expect(alertTitle(el)).to.equal('This part of the survey could not be loaded');
    expect($(el, '[role="alert"] code')!.textContent).to.contain('The survey notices could not be loaded');
    // Nothing was sent, the focus went to the first question still to answer, every answer is there.
    expect(b.submitKeys).to.have.length(0);
    expect(sectionTitle(el)).to.equal('Clarity');
    expect((el.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('q1');
    expect(input(el, 'c1', '4').checked).to.equal(true);
    await expect(el).to.be.accessible();

    await fault('survey-notices', 'clear');
    $(el, '[part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part~="error-summary"]'), 'the summary after Retry');
    expect($(el, '[part~="retry"]')).to.equal(null);
    expect($(el, '[part~="error-summary"]')!.textContent).to.contain('2 questions need an answer');
    expect($(el, '[data-question="c2"] [part~="error-message"]')!.textContent).to.contain('Choose a rating.');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'summary-title', 'focus on the summary');
    // Its styles came with it.
    expect(getComputedStyle($(el, '[part~="error-summary"]')!).display).to.equal('grid');
    expect(input(el, 'c1', '4').checked).to.equal(true);

    await choose(el, 'c2', 5);
    await next(el);
    expect($<HTMLTextAreaElement>(el, '[data-question="k2"] textarea')!.value).to.equal('Clear weekly notes.');
    await choose(el, 'k1', 'na');
    expect($(el, '[part~="error-summary"]')).to.equal(null);
    const submitted = oneEvent(el, 'pm-survey-submit');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await submitted;
    await el.updateComplete;
    expect($(el, '[part~="thanks"]')!.textContent).to.contain('Thank you — your feedback was sent');
    expect(el.shadowRoot!.activeElement?.id).to.equal('thanks-title');
    expect(b.responses.size).to.equal(1);
    expect([...b.responses.values()][0]).to.deep.equal({ c1: 4, c2: 5, k1: null, k2: 'Clear weekly notes.' });
  });

  it('a slow chunk does not hold up submitting: the answers go at once, sent once, and the thank-you follows the chunk', async () => {
    const release = holdNotices(importer);
    const b = backend();
    const el = await mount(b, { layout: 'single' });
    await choose(el, 'c1', 4);
    await choose(el, 'c2', 5);
    await choose(el, 'k1', 'na');
    await write(el, 'k2', 'Clear weekly notes.');
    const submitted = oneEvent(el, 'pm-survey-submit');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await submitted;
    expect(b.responses.size).to.equal(1);
    expect(noticesPart.module, 'the chunk is still on its way').to.equal(undefined);
    // The form is still on screen: pressing Submit again sends nothing more.
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await aTimeout(50);
    expect(b.submitKeys).to.have.length(1);
    expect($(el, '[part~="thanks"]')).to.equal(null);

    release();
    await waitUntil(() => $(el, '[part~="thanks"]'), 'the thank-you once the chunk is here');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'thanks-title', 'focus on the thank-you');
    expect($(el, 'form')).to.equal(null);
    expect(b.submitKeys).to.have.length(1);
    expect(b.gets, 'no reload after a second submit').to.equal(1);
  });

  it('a submit with questions left while the chunk is slow: the summary, messages and focus arrive together', async () => {
    const release = holdNotices(importer);
    const b = backend();
    const el = await mount(b, { layout: 'single' });
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await aTimeout(50);
    expect($(el, '[part~="error-summary"]')).to.equal(null);
    expect($$(el, '[aria-invalid="true"]')).to.have.length(0);
    release();
    await waitUntil(() => $(el, '[part~="error-summary"]'), 'the summary');
    expect($(el, '[part~="error-summary"]')!.textContent).to.contain('4 questions need an answer');
    expect($$(el, '[part~="error-message"]')).to.have.length(4);
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLInputElement | null)?.name === 'q0', 'focus on the first question');
    expect(b.submitKeys).to.have.length(0);
  });

  it('a survey already submitted at load waits for the chunk: the skeleton, then header and note together', async () => {
    const release = holdNotices(importer);
    const b = backend({ assignment: assignment({ status: 'submitted', submittedAt: '2026-11-20T10:00:00Z' }) });
    const el = document.createElement('pm-survey-360');
    el.setAttribute('assignment', b.current.id);
    el.adapter = b.adapter;
    await fixture(html`<div style="width: 760px">${el}</div>`);
    await waitUntil(() => b.gets === 1, 'asked for the assignment');
    await aTimeout(50);
    expect($(el, '[part~="skeleton"]'), 'still the skeleton').to.exist;
    expect($(el, '[part~="header"]')).to.equal(null);
    release();
    await waitUntil(() => $(el, '[data-kind="submitted"]'), 'the submitted note');
    expect($(el, '[data-kind="submitted"]')!.textContent).to.contain('You submitted this survey on');
    expect($(el, '[part~="header"]')).to.exist;
    expect($(el, '[part~="skeleton"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
