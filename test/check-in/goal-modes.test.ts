import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type CheckIn, type CheckInContext, type Goal } from '@pm-widgets/core';
import '@pm-widgets/check-in/pm-check-in.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import { PERIOD, PERSON, backend, context, goal } from './fixtures.js';

const $ = <T extends Element = HTMLElement>(el: PmCheckIn, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: PmCheckIn, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

const measured: Goal = {
  ...goal('g-kr', 'Grow weekly active teams', 0.2, 'at-risk'),
  progressMode: 'key-results',
  keyResults: [
    { id: 'kr-teams', title: 'Weekly active teams', kind: 'number', start: 100, target: 200, current: 120 },
    { id: 'kr-churn', title: 'Monthly churn', kind: 'percent', start: 8, target: 4, current: 8 },
    { id: 'kr-launch', title: 'Launch the referral programme', kind: 'milestone', start: 0, target: 1, current: 0 },
  ],
};
const rolledUp: Goal = { ...goal('g-parent', 'Become the team’s go-to for reliability', 0.63), progressMode: 'children' };

function modesContext(): CheckInContext {
  return context({ goals: [goal('g-1', 'Ship the onboarding flow', 0.4), measured, rolledUp], previous: null, questions: [] });
}

async function mount(ctx = modesContext()): Promise<PmCheckIn> {
  const b = backend(ctx);
  const el = await fixture<PmCheckIn>(html`<pm-check-in person=${PERSON} period=${PERIOD} .adapter=${b.adapter} autosave-delay="10"></pm-check-in>`);
  await waitUntil(() => $(el, 'form'), 'form shown');
  return el;
}

const row = (el: PmCheckIn, id: string) => $(el, `[part~="goal"][data-goal="${id}"]`)!;

describe('<pm-check-in>: goals by progress mode', () => {
  beforeEach(() => localStorage.clear());

  it('is accessible with manual, key-results and rolled-up goals', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });

  it('asks a key-results goal for its key results’ current values, not a percentage', async () => {
    const el = await mount();
    const goalRow = row(el, 'g-kr');
    expect(goalRow.querySelector('[data-kind="progress"]'), 'no progress slider').to.equal(null);
    expect(goalRow.querySelector('[data-kind="progress-number"]'), 'no percentage').to.equal(null);
    const inputs = [...goalRow.querySelectorAll<HTMLInputElement>('input[data-kind="key-result"]')];
    expect(inputs.map((i) => i.type)).to.deep.equal(['number', 'number', 'checkbox']);
    expect(inputs[0]!.value).to.equal('120');
    expect(goalRow.querySelector(`label[for="${inputs[0]!.id}"]`)!.textContent).to.contain('Weekly active teams');
    expect(goalRow.querySelector('.source')!.textContent).to.equal('From key results');
    // (120-100)/100 = 20 %, churn 0 %, launch 0 % → 7 %
    expect(goalRow.querySelector('.pm-meter .value')!.textContent!.trim()).to.equal('7%');
  });

  it('typing a key result’s value moves the goal’s progress and is submitted with the values', async () => {
    const el = await mount();
    const goalRow = row(el, 'g-kr');
    const teams = goalRow.querySelector<HTMLInputElement>('input[data-kr="kr-teams"]')!;
    teams.focus();
    teams.select();
    await sendKeys({ type: '180' });
    const churn = goalRow.querySelector<HTMLInputElement>('input[data-kr="kr-churn"]')!;
    churn.focus();
    churn.select();
    await sendKeys({ type: '6' });
    goalRow.querySelector<HTMLInputElement>('input[data-kr="kr-launch"]')!.click();
    await el.updateComplete;
    // (80 % + 50 % + 100 %) / 3 = 77 %
    expect(goalRow.querySelector('.pm-meter .value')!.textContent!.trim()).to.equal('77%');
    const focus = $<HTMLTextAreaElement>(el, '#focus')!;
    focus.value = 'One thing';
    focus.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const submitted = oneEvent(el, 'pm-check-in-submit');
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    const result = (await submitted).detail.checkIn as CheckIn;
    const update = result.goalUpdates.find((u) => u.goalId === 'g-kr')!;
    expect(update.keyResults).to.deep.equal([
      { keyResultId: 'kr-teams', current: 180 },
      { keyResultId: 'kr-churn', current: 6 },
      { keyResultId: 'kr-launch', current: 1 },
    ]);
    expect(update.progress).to.be.closeTo(0.7667, 0.001);
  });

  it('a key-result value that is not a number is flagged and blocks the submission', async () => {
    const el = await mount();
    const teams = row(el, 'g-kr').querySelector<HTMLInputElement>('input[data-kr="kr-teams"]')!;
    teams.value = '';
    teams.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const focus = $<HTMLTextAreaElement>(el, '#focus')!;
    focus.value = 'One thing';
    focus.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="submit"]')!.click();
    await waitUntil(() => $(el, `#${teams.id}-error`), 'error shown');
    expect($(el, `#${teams.id}-error`)!.textContent).to.equal('Enter a number.');
    expect(teams.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(teams);
    await expect(el).to.be.accessible();
  });

  it('shows a goal rolled up from sub-goals with its computed progress, read-only', async () => {
    const el = await mount();
    const goalRow = row(el, 'g-parent');
    expect(goalRow.querySelectorAll('input:not([data-kind="confidence"])').length).to.equal(0);
    expect(goalRow.querySelector('.pm-meter .value')!.textContent!.trim()).to.equal('63%');
    expect(goalRow.querySelector('.source')!.textContent).to.equal('From sub-goals');
    expect(goalRow.querySelector<HTMLInputElement>('[data-kind="confidence"]'), 'confidence is still asked').to.exist;
  });

  it('a manual goal keeps its slider and number', async () => {
    const el = await mount();
    expect(row(el, 'g-1').querySelector('[data-kind="progress"]')).to.exist;
    expect(row(el, 'g-1').querySelector('[data-kind="key-result"]')).to.equal(null);
  });

  it('one header says Progress and Confidence once, not per goal', async () => {
    const el = await mount();
    expect($$(el, '.goal-head').length).to.equal(1);
    const goalRows = $$(el, '[part~="goal"]');
    expect(goalRows.length).to.equal(3);
    for (const r of goalRows) {
      const visible = [...r.querySelectorAll('label:not(.visually-hidden), .goal-meta')].map((n) => n.textContent ?? '').join(' ');
      expect(visible).to.not.match(/\bConfidence\b|\bProgress\b|Note \(optional\)/);
    }
  });

  it('the note opens from its toggle and sections fold away', async () => {
    const el = await mount();
    const toggle = row(el, 'g-1').querySelector<HTMLButtonElement>('.note-toggle')!;
    const box = $(el, `#${toggle.getAttribute('aria-controls')}`)!;
    expect(box.hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(box.hidden).to.equal(false);
    const goalsToggle = $<HTMLButtonElement>(el, 'button.disclosure[data-section="goals"]')!;
    goalsToggle.click();
    await el.updateComplete;
    expect(goalsToggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#goals-body')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
