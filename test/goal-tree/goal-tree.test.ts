import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { AdapterError, type Goal, type GoalInput, type GoalList, type PerformanceAdapter } from '@pm-widgets/core';
import type { PmGoalChangeEvent, PmGoalSelectEvent, PmGoalTree } from '@pm-widgets/goal-tree';
import { analyzeGoalStructure, flattenGoalTree } from '@pm-widgets/core/rules';
import { sendKeys } from '@web/test-runner-commands';
import { runAdapterStatesSuite } from '../shared/adapter-states.suite.js';
import { generateGoalForest, goal, people, smallOrg } from './fixtures.js';

runAdapterStatesSuite({
  tag: 'pm-goal-tree',
  attributes: { owner: 'ana' },
  method: 'listGoals',
  loaded: smallOrg(),
  empty: { goals: [], people: [] },
  malformed: { goals: [goal('a'), { ...goal('b'), progress: 1.7 }], people: [] },
});

const NOW = new Date('2026-07-02T12:00:00Z');

const nextChange = (el: PmGoalTree) => oneEvent(el, 'pm-goal-change') as unknown as Promise<PmGoalChangeEvent>;
const nextSelect = (el: PmGoalTree) => oneEvent(el, 'pm-goal-select') as unknown as Promise<PmGoalSelectEvent>;

const $ = (el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: PmGoalTree, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const rows = (el: PmGoalTree) => $$(el, '[role="treeitem"]');
const row = (el: PmGoalTree, id: string) => rows(el).find((r) => r.dataset['id'] === id);
const ids = (el: PmGoalTree) => rows(el).map((r) => r.dataset['id']);
const focusedId = (el: PmGoalTree) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset['id'];

async function mount(data: GoalList = smallOrg(), attrs: { editable?: boolean; depth?: number } = {}): Promise<PmGoalTree> {
  const el = await fixture<PmGoalTree>(html`<pm-goal-tree .goals=${data.goals} .people=${data.people} .now=${NOW}
    expand-depth=${attrs.depth ?? 1} ?editable=${attrs.editable ?? false}></pm-goal-tree>`);
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
  return el;
}

async function press(el: PmGoalTree, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

async function focusRow(el: PmGoalTree, id: string) {
  row(el, id)!.focus();
  await el.updateComplete;
}

/** A GoalsPort over an in-memory list, with hooks to make saves fail. */
function goalsAdapter(data: GoalList = smallOrg()) {
  const state = { goals: structuredClone(data.goals), people: data.people };
  const calls: { method: string; args: unknown[] }[] = [];
  let failNext: unknown;
  const adapter = {
    async listGoals() {
      calls.push({ method: 'listGoals', args: [] });
      return structuredClone(state);
    },
    async saveGoal(input: GoalInput) {
      calls.push({ method: 'saveGoal', args: [input] });
      await aTimeout(20);
      if (failNext) {
        const error = failNext;
        failNext = undefined;
        throw error;
      }
      const existing = state.goals.find((g) => g.id === input.id);
      if (existing && input.version !== existing.version) throw new AdapterError('conflict', 'stale version');
      const saved: Goal = { ...input, version: (existing?.version ?? 0) + 1, updatedAt: '2026-11-02T10:00:00Z' };
      state.goals = existing ? state.goals.map((g) => (g.id === saved.id ? saved : g)) : [...state.goals, saved];
      return saved;
    },
    async deleteGoal(id: string, options: { version: number }) {
      calls.push({ method: 'deleteGoal', args: [id, options.version] });
      await aTimeout(20);
      if (failNext) {
        const error = failNext;
        failNext = undefined;
        throw error;
      }
      state.goals = state.goals.filter((g) => g.id !== id);
    },
  } satisfies PerformanceAdapter;
  return { adapter, state, calls, failNextWith: (error: unknown) => { failNext = error; } };
}

async function mountWithAdapter(adapter: PerformanceAdapter, editable = true): Promise<PmGoalTree> {
  const el = await fixture<PmGoalTree>(html`<pm-goal-tree .adapter=${adapter} .now=${NOW} ?editable=${editable}></pm-goal-tree>`);
  await waitUntil(() => rows(el).length > 0, 'rows rendered');
  return el;
}

async function selectGoal(el: PmGoalTree, id: string) {
  row(el, id)!.click();
  await el.updateComplete;
}

describe('pm-goal-tree: accessibility', () => {
  it('is accessible when loaded, with details open', async () => {
    const el = await mount();
    await selectGoal(el, 'platform');
    ($(el, 'details.why') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });

  it('is accessible when editable, filtered and with a dialog open', async () => {
    const el = await mount(smallOrg(), { editable: true });
    await selectGoal(el, 'sales');
    await expect(el).to.be.accessible();
    const filter = $(el, '[part~="filter"]') as HTMLInputElement;
    filter.value = 'latency';
    filter.dispatchEvent(new Event('input'));
    await waitUntil(() => ids(el).includes('latency') && !ids(el).includes('quality'));
    await expect(el).to.be.accessible();
    ($(el, '[part~="move"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, 'dialog[open]'));
    await expect(el).to.be.accessible();
  });

  it('is accessible with bad structure warnings', async () => {
    const data = smallOrg();
    data.goals.push(goal('orphan', { parentId: 'gone' }), goal('x', { parentId: 'y' }), goal('y', { parentId: 'x' }));
    const el = await mount(data);
    await expect(el).to.be.accessible();
  });
});

describe('pm-goal-tree: rows', () => {
  it('shows top-level goals and their children at expand-depth 1, with correct ARIA', async () => {
    const el = await mount();
    expect(ids(el)).to.deep.equal(['acme', 'platform', 'sales', 'zero', 'quality']);
    expect($(el, '[role="tree"]')!.getAttribute('aria-label')).to.equal('Goals');
    const acme = row(el, 'acme')!;
    expect([acme.getAttribute('aria-level'), acme.getAttribute('aria-posinset'), acme.getAttribute('aria-setsize'), acme.getAttribute('aria-expanded')])
      .to.deep.equal(['1', '1', '2', 'true']);
    const platform = row(el, 'platform')!;
    expect([platform.getAttribute('aria-level'), platform.getAttribute('aria-posinset'), platform.getAttribute('aria-setsize'), platform.getAttribute('aria-expanded')])
      .to.deep.equal(['2', '1', '3', 'false']);
    expect(row(el, 'sales')!.hasAttribute('aria-expanded'), 'leaf has no aria-expanded').to.equal(false);
    expect(rows(el).filter((r) => r.tabIndex === 0)).to.have.length(1);
  });

  it('expand-depth 0 shows only top-level goals, 2 shows grandchildren', async () => {
    expect(ids(await mount(smallOrg(), { depth: 0 }))).to.deep.equal(['acme', 'quality']);
    expect(ids(await mount(smallOrg(), { depth: 2 }))).to.include('latency');
  });

  it('shows rolled-up progress, status text with icon, owner, due date and pace', async () => {
    const el = await mount();
    // platform: KRs uptime 0.5, cost 0.5 → 50%; acme: (platform .5 × 3 + sales .8 × 1 + zero × 0) / 4 = 57.5% → 58%
    expect(row(el, 'platform')!.textContent).to.contain('50%');
    expect(row(el, 'acme')!.textContent).to.contain('58%');
    expect(row(el, 'acme')!.textContent).to.contain('On track');
    expect(row(el, 'acme')!.querySelector('.status .icon')!.textContent).to.equal('●');
    expect(row(el, 'acme')!.textContent).to.contain('Ana Silva');
    // This year's dates read short ("Due Dec 31"); the details give the full date.
    expect(row(el, 'acme')!.textContent).to.match(/Due Dec 31(?!,)/);
    expect(row(el, 'acme')!.textContent).to.contain('On pace');
  });

  it('uses only http(s) avatar URLs and falls back to initials', async () => {
    const data = smallOrg();
    data.people = people;
    data.goals[5]!.ownerId = 'eve';
    const el = await mount(data);
    const img = row(el, 'acme')!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('http://127.0.0.1:9/ana.png');
    expect(img.getAttribute('alt')).to.equal('');
    expect(row(el, 'zero')!.querySelector('img'), 'javascript: URL never rendered').to.equal(null);
    expect(row(el, 'zero')!.querySelector('.pm-avatar')!.textContent).to.equal('EM');
    await waitUntil(() => !row(el, 'acme')!.querySelector('img'), 'broken avatar replaced by initials', { timeout: 4000 });
    expect(row(el, 'acme')!.querySelector('.pm-avatar')!.textContent).to.equal('AS');
  });

  it('explains its number: key results, children, weights, exclusions', async () => {
    const el = await mount(smallOrg(), { depth: 2 });
    await selectGoal(el, 'acme');
    const why = $(el, '[part~="why"]')!;
    expect(why.querySelector('summary')!.textContent).to.equal('Why 58%?');
    const cells = [...why.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells[0]).to.contain('Build the platform').and.contain('50%').and.contain('3').and.contain('75%');
    expect(cells[2]).to.contain('Zero weight').and.contain('Weight 0: not counted');
    await selectGoal(el, 'platform');
    const text = $(el, '[part~="why"]')!.textContent!;
    expect(text).to.contain('Uptime').and.contain('Cloud cost').and.contain('lower is better');
  });

  it('formats key results with Intl and shows alignment to another owner’s key result', async () => {
    const el = await mount();
    await selectGoal(el, 'platform');
    const details = $(el, '[part~="details"]')!.textContent!.replace(/\s+/g, ' ');
    expect(details).to.contain('99.45% of 99.9%');
    expect(details).to.contain('€75,000 of €50,000').and.contain('from €100,000');
    expect(details).to.contain('Deals closed (key result of Sell more)').and.contain('owned by Ana Silva');
    ($(el, '[part~="details"] button.link') as HTMLButtonElement).click();
    await waitUntil(() => focusedId(el) === 'sales');
    expect($(el, '[part~="details"] h2')!.textContent).to.equal('Sell more');
  });

  it('keeps the ancestors of filter matches visible and counts matches', async () => {
    const el = await mount(smallOrg(), { depth: 0 });
    const filter = $(el, '[part~="filter"]') as HTMLInputElement;
    filter.value = 'LATENCY';
    filter.dispatchEvent(new Event('input'));
    await waitUntil(() => ids(el).includes('latency'));
    expect(ids(el)).to.deep.equal(['acme', 'platform', 'latency']);
    expect(row(el, 'platform')!.getAttribute('aria-setsize')).to.equal('1');
    expect($(el, '[part~="filter-status"]')!.textContent).to.equal('1 goal matches');
    filter.value = 'ana silva';
    filter.dispatchEvent(new Event('input'));
    await waitUntil(() => ids(el).includes('sales') && !ids(el).includes('latency'));
    filter.value = 'nothing like this';
    filter.dispatchEvent(new Event('input'));
    await waitUntil(() => rows(el).length === 0);
    expect($(el, '[part~="filter-status"]')!.textContent).to.equal('No goal matches this filter.');
  });

  it('expands and collapses all', async () => {
    const el = await mount();
    ($(el, '[part~="expand-all"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['acme', 'platform', 'latency', 'docs', 'sales', 'zero', 'quality']);
    ($(el, '[part~="collapse-all"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['acme', 'quality']);
  });

  it('shows the empty state', async () => {
    const el = await mount({ goals: [], people: [] });
    expect($(el, '[part~="empty"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('pm-goal-tree: events', () => {
  it('fires pm-goal-select with the goal on click', async () => {
    const el = await mount();
    setTimeout(() => row(el, 'sales')!.click());
    const event = await nextSelect(el);
    expect(event.goal.id).to.equal('sales');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(row(el, 'sales')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('does not fire events on a programmatic set', async () => {
    const el = await mount();
    let fired = 0;
    el.addEventListener('pm-goal-select', () => fired++);
    el.addEventListener('pm-goal-change', () => fired++);
    el.goals = smallOrg().goals;
    await el.updateComplete;
    expect(fired).to.equal(0);
  });
});

describe('pm-goal-tree: keyboard (APG tree view)', () => {
  it('Down/Up move focus and roving tabindex follows', async () => {
    const el = await mount();
    await focusRow(el, 'acme');
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('platform');
    expect(row(el, 'platform')!.tabIndex).to.equal(0);
    expect(row(el, 'acme')!.tabIndex).to.equal(-1);
    await press(el, 'ArrowUp');
    expect(focusedId(el)).to.equal('acme');
    await press(el, 'ArrowUp');
    expect(focusedId(el), 'stays at the first row').to.equal('acme');
  });

  it('Right opens a closed node, then moves to its first child; on a leaf does nothing', async () => {
    const el = await mount();
    await focusRow(el, 'platform');
    await press(el, 'ArrowRight');
    expect(row(el, 'platform')!.getAttribute('aria-expanded')).to.equal('true');
    expect(focusedId(el)).to.equal('platform');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('latency');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('latency');
  });

  it('Left closes an open node, or moves to the parent', async () => {
    const el = await mount(smallOrg(), { depth: 2 });
    await focusRow(el, 'latency');
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('platform');
    await press(el, 'ArrowLeft');
    expect(row(el, 'platform')!.getAttribute('aria-expanded')).to.equal('false');
    expect(ids(el)).to.not.include('latency');
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('acme');
    await press(el, 'ArrowLeft');
    expect(row(el, 'acme')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('Home and End go to the first and last visible rows', async () => {
    const el = await mount();
    await focusRow(el, 'sales');
    await press(el, 'End');
    expect(focusedId(el)).to.equal('quality');
    await press(el, 'Home');
    expect(focusedId(el)).to.equal('acme');
  });

  it('Enter selects and fires pm-goal-select', async () => {
    const el = await mount();
    await focusRow(el, 'zero');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await nextSelect(el);
    expect(event.goal.id).to.equal('zero');
  });

  it('type-ahead moves to the next goal starting with the typed text', async () => {
    const el = await mount();
    await focusRow(el, 'acme');
    await press(el, 'q');
    expect(focusedId(el)).to.equal('quality');
    await aTimeout(700);
    await press(el, 's');
    expect(focusedId(el)).to.equal('sales');
    await aTimeout(700);
    await sendKeys({ type: 'bu' });
    await el.updateComplete;
    await aTimeout(0);
    expect(focusedId(el)).to.equal('platform');
  });

  it('* expands all siblings of the focused goal', async () => {
    const data = smallOrg();
    data.goals.push(goal('sales-child', { parentId: 'sales' }));
    const el = await mount(data);
    await focusRow(el, 'zero');
    await press(el, '*');
    expect(row(el, 'platform')!.getAttribute('aria-expanded')).to.equal('true');
    expect(row(el, 'sales')!.getAttribute('aria-expanded')).to.equal('true');
    expect(ids(el)).to.include('latency').and.include('sales-child');
    expect(focusedId(el)).to.equal('zero');
  });

  it('clicking the chevron toggles without selecting', async () => {
    const el = await mount();
    let selected = 0;
    el.addEventListener('pm-goal-select', () => selected++);
    (row(el, 'platform')!.querySelector('.toggle') as HTMLElement).click();
    await el.updateComplete;
    expect(ids(el)).to.include('latency');
    expect(selected).to.equal(0);
  });
});

describe('pm-goal-tree: editing', () => {
  async function editTitle(el: PmGoalTree, value: string) {
    const input = $(el, '[part~="edit-form"] input[name="title"]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    ($(el, '[part~="edit-form"] button[type="submit"]') as HTMLButtonElement).click();
  }

  it('edits title, status, progress and key results optimistically; pm-goal-change after the save', async () => {
    const { adapter, calls } = goalsAdapter();
    const el = await mountWithAdapter(adapter);
    await selectGoal(el, 'sales');
    const form = $(el, '[part~="edit-form"]')!;
    const status = form.querySelector('select[name="status"]') as HTMLSelectElement;
    status.value = 'at-risk';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    const progress = form.querySelector('input[name="progress"]') as HTMLInputElement;
    progress.value = '90';
    progress.dispatchEvent(new Event('input', { bubbles: true }));
    const deals = form.querySelector('input[name="kr:deals"]') as HTMLInputElement;
    deals.value = '36';
    deals.dispatchEvent(new Event('input', { bubbles: true }));
    let changed = false;
    el.addEventListener('pm-goal-change', () => (changed = true));
    await editTitle(el, 'Sell much more');
    await el.updateComplete;
    expect(row(el, 'sales')!.textContent, 'optimistic').to.contain('Sell much more').and.contain('90%').and.contain('At risk');
    expect(changed, 'no event before the save completes').to.equal(false);
    const event = await nextChange(el);
    expect(event.action).to.equal('update');
    expect(event.goal).to.include({ title: 'Sell much more', status: 'at-risk', progress: 0.9, version: 2 });
    expect(event.goal.keyResults[0]!.current).to.equal(36);
    expect(event.previous!.title).to.equal('Sell more');
    const saved = calls.find((c) => c.method === 'saveGoal')!.args[0] as Goal;
    expect(saved.version).to.equal(1);
  });

  it('rolls back with a visible message when the save fails', async () => {
    const { adapter, failNextWith } = goalsAdapter();
    const el = await mountWithAdapter(adapter);
    await selectGoal(el, 'sales');
    failNextWith(new TypeError('Failed to fetch'));
    let changed = false;
    el.addEventListener('pm-goal-change', () => (changed = true));
    await editTitle(el, 'Doomed');
    await el.updateComplete;
    expect(row(el, 'sales')!.textContent).to.contain('Doomed');
    await waitUntil(() => $(el, '[part~="message"][role="alert"]'), 'failure shown');
    expect($(el, '[part~="message"]')!.textContent).to.contain('could not be saved').and.contain('could not be reached');
    expect(row(el, 'sales')!.textContent).to.contain('Sell more').and.not.contain('Doomed');
    expect(changed).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('on a version conflict, offers to reload and keeps the edit', async () => {
    const { adapter, state, calls } = goalsAdapter();
    const el = await mountWithAdapter(adapter);
    await selectGoal(el, 'sales');
    // Someone else saves first.
    state.goals = state.goals.map((g) => (g.id === 'sales' ? { ...g, description: 'Their change', version: 2 } : g));
    await editTitle(el, 'My title');
    await waitUntil(() => $(el, '[part~="message"][data-kind="conflict"]'), 'conflict shown');
    expect($(el, '[part~="message"]')!.textContent).to.contain('Someone else changed this goal');
    expect(($(el, 'input[name="title"]') as HTMLInputElement).value, 'edit kept').to.equal('My title');
    await expect(el).to.be.accessible();
    ($(el, '[part~="reload"]') as HTMLButtonElement).click();
    await waitUntil(() => calls.filter((c) => c.method === 'listGoals').length === 2 && $(el, '[part~="details"]')?.textContent?.includes('Their change'));
    expect(($(el, 'input[name="title"]') as HTMLInputElement).value, 'edit survives the reload').to.equal('My title');
    setTimeout(() => ($(el, '[part~="edit-form"] button[type="submit"]') as HTMLButtonElement).click());
    const event = await nextChange(el);
    expect(event.goal).to.include({ title: 'My title', description: 'Their change', version: 3 });
  });

  it('uses the server copy from a conflict error when the adapter sends one', async () => {
    const { adapter, failNextWith, calls } = goalsAdapter();
    const el = await mountWithAdapter(adapter);
    await selectGoal(el, 'sales');
    const server = { ...smallOrg().goals[4]!, title: 'Server title', version: 1 };
    failNextWith(new AdapterError('conflict', 'stale', { details: server }));
    await editTitle(el, 'Mine');
    await waitUntil(() => $(el, '[part~="reload"]'));
    ($(el, '[part~="reload"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(row(el, 'sales')!.textContent).to.contain('Server title');
    expect(($(el, 'input[name="title"]') as HTMLInputElement).value).to.equal('Mine');
    expect(calls.filter((c) => c.method === 'listGoals')).to.have.length(1);
  });

  it('adds a sub-goal through a dialog', async () => {
    const { adapter, calls } = goalsAdapter();
    const el = await mountWithAdapter(adapter);
    await selectGoal(el, 'sales');
    ($(el, '[part~="add-child"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, 'dialog[open]'));
    const dialog = $(el, 'dialog')!;
    expect(el.shadowRoot!.activeElement).to.equal(dialog.querySelector('input[name="title"]'));
    (dialog.querySelector('input[name="title"]') as HTMLInputElement).value = 'Win 5 logos';
    setTimeout(() => (dialog.querySelector('button[type="submit"]') as HTMLButtonElement).click());
    const event = await nextChange(el);
    expect(event.action).to.equal('create');
    expect(event.goal).to.include({ title: 'Win 5 logos', parentId: 'sales', level: 'team', version: 1 });
    const input = calls.find((c) => c.method === 'saveGoal')!.args[0] as GoalInput;
    expect(input.version, 'a new goal is sent without a version').to.equal(undefined);
    await el.updateComplete;
    expect(ids(el)).to.include(event.goal.id);
    expect(row(el, 'sales')!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('moves a goal with the keyboard-usable dialog, never under its own descendant', async () => {
    const { adapter } = goalsAdapter();
    const el = await mountWithAdapter(adapter);
    await selectGoal(el, 'platform');
    ($(el, '[part~="move"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, 'dialog[open]'));
    const values = () => $$(el, 'dialog input[name="parent"]').map((i) => (i as HTMLInputElement).value);
    expect(values()).to.not.include('platform').and.not.include('latency').and.not.include('docs');
    expect(values()).to.include('').and.include('quality');
    // Keyboard: the search field has focus; type to narrow the list.
    await sendKeys({ type: 'qual' });
    await el.updateComplete;
    expect(values()).to.deep.equal(['', 'quality']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    expect(($(el, 'dialog input[value="quality"]') as HTMLInputElement).checked).to.equal(true);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await nextChange(el);
    expect(event.action).to.equal('move');
    expect(event.goal.parentId).to.equal('quality');
    await el.updateComplete;
    expect(row(el, 'platform')!.getAttribute('aria-level')).to.equal('2');
    expect($(el, 'dialog')).to.equal(null);
  });

  it('deletes after confirmation, and not a goal with sub-goals', async () => {
    const { adapter, calls } = goalsAdapter();
    const el = await mountWithAdapter(adapter);
    await selectGoal(el, 'platform');
    expect(($(el, '[part~="delete"]') as HTMLButtonElement).disabled).to.equal(true);
    await selectGoal(el, 'zero');
    ($(el, '[part~="delete"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, 'dialog[open]'));
    expect(calls.some((c) => c.method === 'deleteGoal'), 'nothing deleted before confirming').to.equal(false);
    setTimeout(() => ($(el, '[part~="confirm-delete"]') as HTMLButtonElement).click());
    const event = await nextChange(el);
    expect(event.action).to.equal('delete');
    expect(calls.find((c) => c.method === 'deleteGoal')!.args).to.deep.equal(['zero', 1]);
    expect(ids(el)).to.not.include('zero');
  });

  it('restores a deleted goal in place when the delete fails', async () => {
    const { adapter, failNextWith } = goalsAdapter();
    const el = await mountWithAdapter(adapter);
    await selectGoal(el, 'zero');
    failNextWith(new AdapterError('forbidden', 'no'));
    ($(el, '[part~="delete"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, 'dialog[open]'));
    ($(el, '[part~="confirm-delete"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(ids(el)).to.not.include('zero');
    await waitUntil(() => $(el, '[part~="message"][role="alert"]'));
    expect(ids(el)).to.deep.equal(['acme', 'platform', 'sales', 'zero', 'quality']);
    expect($(el, '[part~="message"]')!.textContent).to.contain('only its owner and their managers can');
  });

  it('edits local .goals without an adapter and reports the change', async () => {
    const el = await mount(smallOrg(), { editable: true });
    await selectGoal(el, 'quality');
    setTimeout(() => void editTitle(el, 'Quality always'));
    const event = await nextChange(el);
    expect(event.goal.title).to.equal('Quality always');
  });
});

describe('pm-goal-tree: bad structure', () => {
  it('shows orphans at the root with a visible warning', async () => {
    const data = smallOrg();
    data.goals.push(goal('orphan', { parentId: 'gone', title: 'Lost goal' }));
    const el = await mount(data);
    expect(row(el, 'orphan')!.getAttribute('aria-level')).to.equal('1');
    expect(row(el, 'orphan')!.textContent).to.contain('Parent missing');
    expect($(el, '[data-problem="orphans"]')!.textContent).to.contain('1 goal refers to a parent goal that is not here');
  });

  it('shows a clear error for a cycle and still renders the rest', async () => {
    const data = smallOrg();
    data.goals.push(goal('x', { parentId: 'y', title: 'Loop X' }), goal('y', { parentId: 'x', title: 'Loop Y' }));
    const el = await mount(data);
    const alert = $(el, '[part~="structure-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Loop X → Loop Y → Loop X');
    expect(ids(el)).to.not.include('x');
    expect(ids(el)).to.include('acme');
  });

  it('reports duplicate ids and shows each id once', async () => {
    const data = smallOrg();
    data.goals.push(goal('sales', { title: 'Second sales' }));
    const el = await mount(data);
    expect(ids(el).filter((id) => id === 'sales')).to.have.length(1);
    expect($(el, '[data-problem="duplicates"]')!.textContent).to.contain('sales');
  });

  it('does not hang on a graph that is all cycle', async () => {
    const goals = Array.from({ length: 1000 }, (_, i) => goal(`c${i}`, { parentId: `c${(i + 1) % 1000}` }));
    const el = await mount({ goals, people: [] });
    expect(rows(el)).to.have.length(0);
    expect($(el, '[part~="structure-error"]')).to.exist;
  });
});

describe('pm-goal-tree: scale (100,000 goals, virtualised)', function () {
  this.timeout(60_000);
  let data: GoalList;
  before(() => {
    data = generateGoalForest({ count: 100_000, wide: 1000 });
  });

  it('renders 100,000 goals with only a window of rows in the DOM', async () => {
    const started = performance.now();
    const el = await mount(data);
    const elapsed = performance.now() - started;
    expect(rows(el).length).to.be.greaterThan(5).and.below(60);
    expect(elapsed).to.be.below(5000);
    expect(row(el, 'g0')!.getAttribute('aria-setsize')).to.equal('1');
  });

  it('expands a node with 1,000 children and keeps ARIA right on virtualised rows', async () => {
    const el = await mount(data);
    await focusRow(el, 'g1');
    await press(el, 'ArrowRight');
    expect(row(el, 'g1')!.getAttribute('aria-expanded')).to.equal('true');
    const setsize = Number(row(el, 'g1')!.nextElementSibling && rows(el).find((r) => r.getAttribute('aria-level') === '3')!.getAttribute('aria-setsize'));
    expect(setsize).to.equal(1010); // 10 regular children + 1,000 wide ones
    await press(el, 'End');
    const last = row(el, focusedId(el)!)!;
    expect(last.dataset['id']).to.equal('g10');
    // Scroll to the middle of the 1,000 children: every rendered row still carries full ARIA.
    const viewport = $(el, '[role="tree"]')!;
    viewport.scrollTop = 600 * rows(el)[0]!.getBoundingClientRect().height;
    await waitUntil(() => rows(el).some((r) => r.getAttribute('aria-posinset') === '600'));
    for (const r of rows(el)) {
      expect(r.getAttribute('aria-level')).to.match(/^\d+$/);
      expect(r.getAttribute('aria-posinset')).to.match(/^\d+$/);
      expect(r.getAttribute('aria-setsize')).to.match(/^\d+$/);
    }
    const r600 = rows(el).find((r) => r.getAttribute('aria-posinset') === '600')!;
    expect([r600.getAttribute('aria-level'), r600.getAttribute('aria-setsize')]).to.deep.equal(['3', '1010']);
    await expect(el).to.be.accessible();
  });

  it('filters 100,000 goals and keeps ancestors', async () => {
    const el = await mount(data);
    const filter = $(el, '[part~="filter"]') as HTMLInputElement;
    filter.value = 'reduce churn 99999';
    filter.dispatchEvent(new Event('input'));
    await waitUntil(() => ids(el).includes('g99999'), 'match shown', { timeout: 5000 });
    // g99999's chain of ancestors is visible above it.
    expect(ids(el)[0]).to.equal('g0');
    expect(row(el, 'g99999')!.getAttribute('aria-level')).to.equal(String(ids(el).length));
  });

  it('expands all 100,000 and scrolls to the last row with End', async () => {
    const el = await mount(data);
    ($(el, '[part~="expand-all"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await focusRow(el, 'g0');
    await press(el, 'End');
    await waitUntil(() => focusedId(el) !== 'g0');
    const all = flattenGoalTree(analyzeGoalStructure(data.goals), { isExpanded: () => true });
    expect(all).to.have.length(100_000);
    const last = row(el, focusedId(el)!)!;
    expect(last.dataset['id']).to.equal(all.at(-1)!.goal.id);
    expect(last.getAttribute('aria-level')).to.equal(String(all.at(-1)!.level));
    expect(rows(el).length).to.be.below(60);
    await press(el, 'Home');
    expect(focusedId(el)).to.equal('g0');
  });
});
