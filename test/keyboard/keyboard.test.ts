import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Goal, Person } from '@pm-widgets/core';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/survey-360/pm-survey-360.js';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import { makeProfile } from '@pm-widgets/competency-radar/testing';
import { goal } from '../shared/fixtures.js';
import { backend as checkInBackend } from '../check-in/fixtures.js';
import { backend as surveyBackend } from '../survey-360/fixtures.js';
import { describeFocus, expectVisibleFocus, press, selectAll, tabTo, type } from './focus.js';

/*
 * Each widget's main task done with the keyboard only (sendKeys: Tab, Shift+Tab, arrows, Enter,
 * Space, typing), following the APG patterns. The only programmatic focus is on a plain button
 * placed before the widget, where a keyboard user arrives from the page. After every key, focus
 * must be visible (:focus-visible with a drawn ring) and never lost to <body>.
 */

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const is = (el: Element, selector: string) => el.matches(selector);

/** Mounts `content` between a start and an end button and puts focus on the start one. */
async function page(content: unknown): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<div style="width: 900px">
    <button id="start">Start</button>${content}<button id="end">End</button></div>`);
  return root;
}
const start = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('#start')!.focus();

describe('keyboard only: each widget\'s main task', function () {
  this.timeout(60_000);

  it('goal tree (treeview): move, expand, open a goal, edit its title and progress, save', async () => {
    const NOW = new Date('2026-07-02T12:00:00Z');
    const people: Person[] = [{ id: 'boss', name: 'Bea Boss' }, { id: 'ana', name: 'Ana Silva', managerId: 'boss' }];
    const goals: Goal[] = [
      goal('root', { title: 'Company goal', level: 'organization', ownerId: 'boss', progressMode: 'children' }),
      goal('anas', { parentId: 'root', title: 'Ana’s goal', level: 'individual', ownerId: 'ana', progress: 0.4 }),
      goal('second', { title: 'Second root', level: 'organization', ownerId: 'boss' }),
    ];
    const adapter = createMemoryAdapter({ now: NOW, data: { goals, people } });
    const root = await page(html`<pm-provider .adapter=${adapter} viewer="ana">
      <pm-goal-tree editable .now=${NOW}></pm-goal-tree></pm-provider>`);
    const tree = root.querySelector('pm-goal-tree')!;
    await waitUntil(() => $(tree, '[role="treeitem"]'), 'rows rendered');
    start(root);

    await tabTo(tree, 'the tree', (el) => is(el, '[role="treeitem"]'));
    const row = () => $(tree, '[role="treeitem"]:focus')!;
    expect(row().dataset['id']).to.equal('root');
    expect(row().getAttribute('aria-expanded'), 'the first level starts open').to.equal('true');
    await press(tree, 'ArrowLeft');
    expect(row().getAttribute('aria-expanded'), 'ArrowLeft collapses').to.equal('false');
    await press(tree, 'ArrowDown');
    expect(row().dataset['id'], 'ArrowDown moves to the next visible row').to.equal('second');
    await press(tree, 'ArrowUp');
    expect(row().dataset['id']).to.equal('root');
    await press(tree, 'ArrowRight');
    expect(row().getAttribute('aria-expanded'), 'ArrowRight expands').to.equal('true');
    await press(tree, 'ArrowRight');
    expect(row().dataset['id'], 'ArrowRight on an open row moves to its first child').to.equal('anas');
    await press(tree, 'Enter');
    await waitUntil(() => $(tree, '[part~="edit-form"]'), 'Enter opens the goal with its form');

    await tabTo(tree, 'the title field', (el) => is(el, '[name="title"]'));
    await selectAll(tree);
    await type(tree, 'Ana ships the API');
    await tabTo(tree, 'the progress field', (el) => is(el, '[name="progress"]'));
    await selectAll(tree);
    await type(tree, '65');
    const saved = oneEvent(tree, 'pm-goal-change');
    await press(tree, 'Enter');
    await saved;
    await waitUntil(() => adapter.snapshot().goals.find((g) => g.id === 'anas')!.title === 'Ana ships the API', 'saved in the adapter');
    const stored = adapter.snapshot().goals.find((g) => g.id === 'anas')!;
    expect(stored.progress).to.be.closeTo(0.65, 1e-9);
    await tree.updateComplete;
    expect($$(tree, '[role="treeitem"]').map((r) => r.textContent).join(' ')).to.contain('Ana ships the API');
    expectVisibleFocus(`after saving (${describeFocus()})`, tree);
  });

  it('check-in: fill the form (mood, progress, confidence, wins, focus, a question) and submit', async () => {
    const b = checkInBackend();
    const root = await page(html`<pm-check-in person="p-ada" period="2026-W47" .adapter=${b.adapter}></pm-check-in>`);
    const el = root.querySelector('pm-check-in')!;
    await waitUntil(() => $(el, 'form') && !$(el, '[part~="skeleton"]'), 'form shown');
    start(root);

    await tabTo(el, 'the mood', (f) => is(f, 'input[name="mood"]'));
    await press(el, 'Space', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect($<HTMLInputElement>(el, 'input[name="mood"]:checked')!.value, 'arrows move the mood radio group').to.equal('4');
    await tabTo(el, 'the first goal\'s progress', (f) => is(f, '#goal-0-progress'));
    await press(el, 'ArrowRight', 'ArrowRight');
    const progress = Number($<HTMLInputElement>(el, '#goal-0-progress')!.value);
    expect(progress, 'the slider moved').to.be.greaterThan(40);
    await tabTo(el, 'the first goal\'s confidence', (f) => is(f, '#goal-0-confidence'));
    await press(el, 'ArrowLeft');
    await tabTo(el, 'wins', (f) => is(f, '#wins'));
    await type(el, 'Shipped the sign-up step');
    await tabTo(el, 'focus', (f) => is(f, '#focus'));
    await type(el, 'Pair on every review');
    await tabTo(el, 'the energy question', (f) => is(f, 'input[name="q-0"]'));
    await press(el, 'Space', 'ArrowRight');
    await tabTo(el, 'the learning question', (f) => is(f, '#q-1'));
    await type(el, 'Small steps');
    await tabTo(el, 'Submit', (f) => is(f, '[part~="submit"]'));
    const submitted = oneEvent(el, 'pm-check-in-submit');
    await press(el, 'Enter');
    await submitted;

    expect(b.submissions.size, 'stored once').to.equal(1);
    const [stored] = [...b.submissions.values()];
    expect(stored!.mood).to.equal(4);
    expect(stored!.wins).to.equal('Shipped the sign-up step');
    expect(stored!.focus).to.equal('Pair on every review');
    expect(stored!.answers['q-energy']).to.equal(2);
    expect(stored!.answers['q-learn']).to.equal('Small steps');
    const update = stored!.goalUpdates.find((u) => u.goalId === 'g-1')!;
    expect(update.progress).to.be.closeTo(progress / 100, 1e-9);
    expect(update.confidence).to.equal(6);
    await el.updateComplete;
    expect($(el, '[part~="summary"]'), 'the submitted summary is shown').to.exist;
    expectVisibleFocus(`after submitting (${describeFocus()})`, el);
  });

  it('survey (radio groups): answer every question of a small two-page survey and submit', async () => {
    const b = surveyBackend();
    const root = await page(html`<pm-survey-360 assignment="a-test" .adapter=${b.adapter}></pm-survey-360>`);
    const el = root.querySelector('pm-survey-360')!;
    await waitUntil(() => $(el, 'form') && !$(el, '[part~="skeleton"]'), 'survey shown');
    start(root);
    const checked = (q: string) => $$<HTMLInputElement>(el, `[data-question="${q}"] input`).filter((i) => i.checked).map((i) => i.value);

    await tabTo(el, 'the first rating', (f) => is(f, '[data-question="c1"] input'));
    await press(el, 'Space', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(checked('c1')).to.deep.equal(['4']);
    await tabTo(el, 'the second rating', (f) => is(f, '[data-question="c2"] input'));
    await press(el, 'Space', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(checked('c2')).to.deep.equal(['5']);
    await tabTo(el, 'Next', (f) => is(f, 'button') && f.textContent!.trim() === 'Next');
    await press(el, 'Enter');
    await waitUntil(() => $(el, '[data-question="k1"]'), 'second page');
    expectVisibleFocus(`after Next (${describeFocus()})`, el);

    await tabTo(el, 'the third rating', (f) => is(f, '[data-question="k1"] input'));
    await press(el, 'Space', 'ArrowRight');
    expect(checked('k1')).to.deep.equal(['2']);
    await tabTo(el, 'the comment', (f) => is(f, '[data-question="k2"] textarea'));
    await type(el, 'Clear weekly notes.');
    await tabTo(el, 'the value choice', (f) => is(f, '[data-question="k3"] input'));
    await press(el, 'Space', 'ArrowDown');
    expect(checked('k3')).to.deep.equal(['Grow together']);
    await tabTo(el, 'the first checkbox', (f) => is(f, '[data-question="k4"] input'));
    await press(el, 'Space');
    await tabTo(el, 'the third checkbox', (f) => is(f, '[data-question="k4"] input[value="One-on-ones"]'));
    await press(el, 'Space');
    expect(checked('k4')).to.deep.equal(['Planning', 'One-on-ones']);
    await tabTo(el, 'Submit', (f) => is(f, '[part~="submit"]'));
    const submitted = oneEvent(el, 'pm-survey-submit');
    await press(el, 'Enter');
    await submitted;

    expect(b.responses.size, 'stored once').to.equal(1);
    expect([...b.responses.values()][0]).to.deep.include({ c1: 4, c2: 5, k1: 2, k2: 'Clear weekly notes.', k3: 'Grow together' });
    expect([...b.responses.values()][0]!['k4']).to.deep.equal(['Planning', 'One-on-ones']);
    await waitUntil(() => $(el, '[part~="thanks"]'), 'thanks shown');
    expectVisibleFocus(`after submitting (${describeFocus()})`, el);
  });

  it('competency radar: toggle a series in the legend, switch to the table and read a value', async () => {
    const profile = makeProfile();
    const root = await page(html`<pm-competency-radar person="p-story" .adapter=${{ getCompetencyProfile: async () => structuredClone(profile) }}></pm-competency-radar>`);
    const el = root.querySelector('pm-competency-radar')!;
    await waitUntil(() => $(el, 'svg [data-series="self"]'), 'chart drawn');
    start(root);

    const self = await tabTo(el, 'the Self legend entry', (f) => is(f, '[part~="legend-item"][data-series="self"]'));
    expect(self.getAttribute('aria-pressed')).to.equal('true');
    await press(el, 'Enter');
    expect($(el, '[part~="legend-item"][data-series="self"]')!.getAttribute('aria-pressed'), 'Enter toggles the series off').to.equal('false');
    expect($(el, 'svg [data-series="self"]'), 'the self series is no longer drawn').to.not.exist;
    await press(el, 'Space');
    expect($(el, '[part~="legend-item"][data-series="self"]')!.getAttribute('aria-pressed'), 'Space toggles it back').to.equal('true');
    expect($(el, 'svg [data-series="self"]')).to.exist;

    await tabTo(el, 'Show table', (f) => is(f, 'button') && /table/i.test(f.textContent!));
    await press(el, 'Enter');
    await waitUntil(() => $(el, '[part~="scores-table"]'), 'table shown');
    const row = $$(el, '[part~="scores-table"] tbody tr').find((r) => r.querySelector('th')!.textContent!.trim() === profile.competencies[0]!.name)!;
    const manager = row.querySelector<HTMLElement>('td[data-series="manager"]')!;
    const expected = (profile.competencies[0]!.scores.manager as { mean: number }).mean;
    expect(Number(manager.dataset['value'])).to.equal(expected);
    expect(manager.textContent).to.contain(String(expected));
    expectVisibleFocus(`after switching to the table (${describeFocus()})`, el);
  });

  it('feedback timeline: give feedback with the composer, then filter by kind', async () => {
    const viewer = DEMO.viewerId;
    const colleague = DEMO.managerId;
    const memory = createMemoryAdapter({ viewerId: viewer });
    const root = await page(html`<pm-provider .adapter=${memory} viewer=${viewer}>
      <pm-feedback-timeline composer person=${colleague}></pm-feedback-timeline></pm-provider>`);
    const el = root.querySelector('pm-feedback-timeline')!;
    await waitUntil(() => $(el, '#body') && $(el, '[part~="item"]'), 'timeline and composer shown');
    start(root);

    await tabTo(el, 'the kind', (f) => is(f, 'input[name="kind"]'));
    await press(el, 'ArrowRight', 'ArrowLeft');
    expect($<HTMLInputElement>(el, 'input[name="kind"]:checked')!.value).to.equal('praise');
    await tabTo(el, 'the message', (f) => is(f, '#body'));
    await type(el, 'Your planning session was crisp. Thank you!');
    await tabTo(el, 'Give feedback', (f) => is(f, '[part~="give"]'));
    const given = oneEvent(el, 'pm-feedback-give');
    await press(el, 'Enter');
    await given;
    const stored = await memory.listFeedback({ personId: colleague, limit: 500 });
    expect(stored.items.filter((f) => f.body === 'Your planning session was crisp. Thank you!' && f.kind === 'praise')).to.have.length(1);
    expectVisibleFocus(`after giving (${describeFocus()})`, el);

    await tabTo(el, 'the Constructive filter', (f) => is(f, '[part~="kind-filter"]') && /constructive/i.test(f.textContent!));
    await press(el, 'Enter');
    await waitUntil(() => {
      const kinds = $$(el, '[part~="item"]').map((a) => a.dataset['kind']);
      return kinds.length > 0 && kinds.every((k) => k === 'constructive');
    }, 'only constructive items shown');
    expect($$(el, '[part~="kind-filter"]').filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.textContent)).to.have.length(1);
    expectVisibleFocus(`after filtering (${describeFocus()})`, el);
  });

  it('the focus check itself fails for a focused control without a ring, and for focus on <body>', async () => {
    const root = await page(html`<div id="w"><button id="bare" style="outline: none; box-shadow: none">Bare</button></div>`);
    const widget = root.querySelector('#w')!;
    start(root);
    await sendKeys({ press: 'Tab' });
    expect(() => expectVisibleFocus('bare', widget)).to.throw(/focus ring/);
    (document.activeElement as HTMLElement).blur();
    expect(() => expectVisibleFocus('blurred', widget)).to.throw(/<body>/);
  });
});
