import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { AdapterError, type Goal, type Person } from '@pm-widgets/core';
import { createMemoryAdapter, type MemoryAdapter } from '@pm-widgets/core/memory';
import type { PmGoalChangeEvent, PmGoalTree } from '@pm-widgets/goal-tree';
import { sendKeys } from '@web/test-runner-commands';
import { goal } from './fixtures.js';

// Complete goal editing (every field, every key-result kind, validation on the fields), the
// permission hook the UI follows, and the memory adapter enforcing the same rule.

const NOW = new Date('2026-07-02T12:00:00Z');

/** boss → mgr → ana; other reports to boss. */
const PEOPLE: Person[] = [
  { id: 'boss', name: 'Bea Boss' },
  { id: 'mgr', name: 'Max Manager', managerId: 'boss' },
  { id: 'ana', name: 'Ana Silva', managerId: 'mgr' },
  { id: 'other', name: 'Olu Other', managerId: 'boss' },
];

function goals(): Goal[] {
  return [
    goal('root', { title: 'Company goal', level: 'organization', ownerId: 'boss', progressMode: 'children', startDate: '2026-01-01', dueDate: '2026-12-31' }),
    goal('anas', { parentId: 'root', title: 'Ana’s goal', level: 'individual', ownerId: 'ana', progress: 0.4, startDate: '2026-01-01', dueDate: '2026-12-31' }),
    goal('others', {
      parentId: 'root', title: 'Other’s goal', level: 'team', ownerId: 'other', progressMode: 'key-results',
      keyResults: [{ id: 'k1', title: 'Deals', kind: 'number', start: 0, target: 10, current: 5 }],
    }),
  ];
}

function adapterFor(actingAs: string | null = null): MemoryAdapter {
  return createMemoryAdapter({ now: NOW, data: { goals: goals(), people: PEOPLE }, actingAs });
}

const $ = (el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: PmGoalTree, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const row = (el: PmGoalTree, id: string) => $$(el, '[role="treeitem"]').find((r) => r.dataset['id'] === id);
const form = (el: PmGoalTree) => $(el, '[part~="edit-form"]') as HTMLFormElement | null;
const field = <T extends HTMLElement = HTMLInputElement>(el: PmGoalTree, name: string) =>
  form(el)!.querySelector(`[name="${name}"]`) as unknown as T;
const stored = (adapter: MemoryAdapter, id: string) => adapter.snapshot().goals.find((g) => g.id === id)!;

async function mount(adapter: MemoryAdapter, viewer = 'ana', extra: Partial<PmGoalTree> = {}): Promise<PmGoalTree> {
  const provider = await fixture(html`<pm-provider .adapter=${adapter} viewer=${viewer}>
    <pm-goal-tree editable expand-depth="3" .now=${NOW} style="--pm-goal-tree-height: 16rem"></pm-goal-tree></pm-provider>`);
  const el = provider.querySelector('pm-goal-tree')!;
  Object.assign(el, extra);
  await waitUntil(() => row(el, 'anas'), 'rows rendered');
  return el;
}

async function select(el: PmGoalTree, id: string) {
  row(el, id)!.click();
  await el.updateComplete;
}

/** Types into a field as a person does: focus, select what is there, type. */
async function type(el: PmGoalTree, name: string, text: string) {
  const input = field(el, name);
  input.focus();
  input.select?.();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await el.updateComplete;
}

/** Picks an option (or a date) the way a browser reports it: value, then change. */
async function choose(el: PmGoalTree, name: string, value: string) {
  const control = field<HTMLSelectElement | HTMLInputElement>(el, name);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function click(el: PmGoalTree, button: HTMLElement | null | undefined) {
  expect(button, 'button exists').to.exist;
  button!.click();
  await el.updateComplete;
  await aTimeout(0);
}

const saveButton = (el: PmGoalTree) => form(el)!.querySelector<HTMLButtonElement>('button[type="submit"]');
const nextChange = (el: PmGoalTree) => oneEvent(el, 'pm-goal-change') as unknown as Promise<PmGoalChangeEvent>;
const krBox = (el: PmGoalTree, index: number) => $$(el, '.kr-edit')[index]!;
const krName = (el: PmGoalTree, index: number, f: string) => {
  const id = krBox(el, index).dataset['kr']!;
  return f === 'current' ? `kr:${id}` : `kr:${id}:${f}`;
};

describe('pm-goal-tree: complete editing', () => {
  it('is accessible with the full form open, and with errors shown', async () => {
    const el = await mount(adapterFor());
    await select(el, 'anas');
    await click(el, form(el)!.querySelector('[part~="add-key-result"]'));
    await expect(el).to.be.accessible();
    await type(el, 'title', '');
    await click(el, saveButton(el));
    await expect(el).to.be.accessible();
  });

  it('edits title, description, owner, status, progress, dates and weight', async () => {
    const adapter = adapterFor();
    const el = await mount(adapter);
    await select(el, 'anas');
    await type(el, 'title', 'Ship the onboarding revamp');
    await type(el, 'description', 'New hires productive in week one.');
    await choose(el, 'ownerId', 'mgr');
    await choose(el, 'status', 'at-risk');
    await type(el, 'progress', '65');
    await choose(el, 'startDate', '2026-02-01');
    await choose(el, 'dueDate', '2026-09-30');
    await type(el, 'weight', '2.5');
    const change = nextChange(el);
    await click(el, saveButton(el));
    const { goal: saved } = await change;
    expect(saved).to.include({
      title: 'Ship the onboarding revamp', description: 'New hires productive in week one.', ownerId: 'mgr',
      status: 'at-risk', progress: 0.65, startDate: '2026-02-01', dueDate: '2026-09-30', weight: 2.5,
    });
    expect(stored(adapter, 'anas')).to.include({ title: 'Ship the onboarding revamp', ownerId: 'mgr', weight: 2.5, dueDate: '2026-09-30' });
    expect(row(el, 'anas')!.textContent).to.contain('Ship the onboarding revamp').and.contain('65%').and.contain('At risk');
  });

  it('clears optional fields: description, owner and dates', async () => {
    const adapter = adapterFor();
    const el = await mount(adapter, 'boss');
    await select(el, 'anas');
    await choose(el, 'ownerId', '');
    await choose(el, 'startDate', '');
    await choose(el, 'dueDate', '');
    await click(el, saveButton(el));
    await waitUntil(() => stored(adapter, 'anas').version === 2, 'saved');
    const saved = stored(adapter, 'anas');
    expect(saved).to.not.have.any.keys('ownerId', 'startDate', 'dueDate', 'description');
  });

  it('aligns to another goal and removes the alignment', async () => {
    const adapter = adapterFor();
    const el = await mount(adapter, 'boss');
    await select(el, 'anas');
    const options = [...field<HTMLSelectElement>(el, 'alignTo').options].map((o) => o.value);
    expect(options, 'not itself or below it').to.include('others').and.not.include('anas');
    await choose(el, 'alignTo', 'others');
    expect($(el, '.chip')!.textContent).to.contain('Other’s goal');
    await click(el, saveButton(el));
    await waitUntil(() => stored(adapter, 'anas').alignedTo?.length === 1, 'alignment saved');
    expect(stored(adapter, 'anas').alignedTo).to.deep.equal([{ goalId: 'others' }]);
    await click(el, $(el, '.chip button'));
    expect($(el, '.chip')).to.equal(null);
    await click(el, saveButton(el));
    await waitUntil(() => stored(adapter, 'anas').version === 3, 'second save');
    expect(stored(adapter, 'anas').alignedTo).to.equal(undefined);
  });

  it('shows an alignment to a key result by name and keeps it when other fields change', async () => {
    const data = goals();
    data[1]!.alignedTo = [{ goalId: 'others', keyResultId: 'k1' }];
    const adapter = createMemoryAdapter({ now: NOW, data: { goals: data, people: PEOPLE } });
    const el = await mount(adapter, 'boss');
    await select(el, 'anas');
    expect($(el, '.chip')!.textContent).to.contain('Deals (key result of Other’s goal)');
    await type(el, 'title', 'Renamed');
    await click(el, saveButton(el));
    await waitUntil(() => stored(adapter, 'anas').version === 2, 'saved');
    expect(stored(adapter, 'anas').alignedTo).to.deep.equal([{ goalId: 'others', keyResultId: 'k1' }]);
  });

  it('adds key results of every kind, edits, reorders and removes them', async () => {
    const adapter = adapterFor();
    const el = await mount(adapter, 'boss');
    await select(el, 'anas');
    const specs = [
      { kind: 'number', title: 'Calls made', start: '0', target: '40', current: '12', unit: 'calls' },
      { kind: 'percent', title: 'Coverage', start: '50', target: '90', current: '70' },
      { kind: 'currency', title: 'Revenue', start: '0', target: '50000', current: '20000', unit: 'usd' },
      { kind: 'boolean', title: 'Policy published' },
      { kind: 'milestone', title: 'Stages done', start: '0', target: '4', current: '3' },
    ] as const;
    for (const [i, spec] of specs.entries()) {
      await click(el, form(el)!.querySelector('[part~="add-key-result"]'));
      expect(el.shadowRoot!.activeElement, 'focus goes to the new title').to.equal(field(el, krName(el, i, 'title')));
      await sendKeys({ type: spec.title });
      await choose(el, krName(el, i, 'kind'), spec.kind);
      if (spec.kind === 'boolean') {
        await click(el, krBox(el, i).querySelector('input[type="checkbox"]'));
        continue;
      }
      await type(el, krName(el, i, 'start'), spec.start);
      await type(el, krName(el, i, 'target'), spec.target);
      await type(el, krName(el, i, 'current'), spec.current);
      if ('unit' in spec) await type(el, krName(el, i, 'unit'), spec.unit);
    }
    await click(el, saveButton(el));
    await waitUntil(() => stored(adapter, 'anas').keyResults.length === 5, 'key results saved');
    const krs = stored(adapter, 'anas').keyResults;
    expect(krs.map((kr) => kr.kind)).to.deep.equal(['number', 'percent', 'currency', 'boolean', 'milestone']);
    expect(krs[0]).to.include({ title: 'Calls made', start: 0, target: 40, current: 12, unit: 'calls' });
    expect(krs[1]).to.include({ start: 50, target: 90, current: 70 });
    expect(krs[1]).to.not.have.key('unit');
    expect(krs[2]).to.include({ target: 50000, current: 20000, unit: 'USD' });
    expect(krs[3]).to.include({ title: 'Policy published', start: 0, target: 1, current: 1 });
    expect(krs[4]).to.include({ start: 0, target: 4, current: 3 });

    // Reorder: "Stages done" up one place; remove "Coverage"; edit "Calls made".
    const last = krBox(el, 4);
    await click(el, last.querySelector<HTMLElement>(`button[aria-label="Move “Stages done” up"]`));
    expect($$(el, '.kr-edit').map((box) => (box.querySelector('input') as HTMLInputElement).value))
      .to.deep.equal(['Calls made', 'Coverage', 'Revenue', 'Stages done', 'Policy published']);
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label'), 'focus stays with the moved key result').to.equal('Move “Stages done” up');
    await click(el, krBox(el, 1).querySelector<HTMLElement>('button[aria-label="Remove key result “Coverage”"]'));
    await type(el, krName(el, 0, 'current'), '20');
    await click(el, saveButton(el));
    await waitUntil(() => stored(adapter, 'anas').keyResults.length === 4, 'second save');
    const after = stored(adapter, 'anas').keyResults;
    expect(after.map((kr) => kr.title)).to.deep.equal(['Calls made', 'Revenue', 'Stages done', 'Policy published']);
    expect(after[0]!.current).to.equal(20);
  });

  it('edits key results of a goal measured by them: the progress follows', async () => {
    const adapter = adapterFor();
    const el = await mount(adapter, 'boss');
    await select(el, 'others');
    expect(row(el, 'others')!.textContent).to.contain('50%');
    await type(el, 'kr:k1', '8');
    await click(el, saveButton(el));
    await waitUntil(() => row(el, 'others')!.textContent!.includes('80%'), 'row shows the new progress');
    expect(stored(adapter, 'others').keyResults[0]!.current).to.equal(8);
  });

  it('shows what is wrong on the fields, focuses the first, and saves nothing', async () => {
    const adapter = adapterFor();
    const el = await mount(adapter, 'boss');
    await select(el, 'anas');
    await type(el, 'title', '');
    await type(el, 'weight', '5000');
    await choose(el, 'startDate', '2026-06-01');
    await choose(el, 'dueDate', '2026-05-01');
    await click(el, form(el)!.querySelector('[part~="add-key-result"]'));
    await choose(el, krName(el, 0, 'kind'), 'percent');
    await type(el, krName(el, 0, 'target'), '150');
    await click(el, form(el)!.querySelector('[part~="add-key-result"]'));
    await sendKeys({ type: 'Money' });
    await choose(el, krName(el, 1, 'kind'), 'currency');
    await type(el, krName(el, 1, 'unit'), 'EURO');
    await type(el, krName(el, 1, 'target'), '0');
    await click(el, form(el)!.querySelector('[part~="add-key-result"]'));
    await sendKeys({ type: 'Stages' });
    await choose(el, krName(el, 2, 'kind'), 'milestone');
    await type(el, krName(el, 2, 'current'), '2.5');
    await click(el, saveButton(el));

    const errorOf = (name: string) => {
      const control = field(el, name);
      expect(control.getAttribute('aria-invalid'), `${name} marked invalid`).to.equal('true');
      const ids = control.getAttribute('aria-describedby')!.split(' ');
      return ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ');
    };
    expect(errorOf('title')).to.equal('Give it a title.');
    expect(errorOf('weight')).to.contain('Enter a weight from 0 to 1,000.');
    expect(errorOf('dueDate')).to.equal('The due date must be on or after the start date.');
    expect(errorOf(krName(el, 0, 'title'))).to.equal('Give it a title.');
    expect(errorOf(krName(el, 0, 'target'))).to.equal('Enter a percentage from 0 to 100.');
    expect(errorOf(krName(el, 1, 'unit'))).to.equal('Enter a three-letter currency code, such as EUR.');
    expect(errorOf(krName(el, 1, 'target'))).to.equal('The target must differ from the start.');
    expect(errorOf(krName(el, 2, 'current'))).to.equal('Enter a whole number of 0 or more.');
    expect($(el, '.form-error')!.textContent).to.contain('Fix the 8 fields marked below');
    expect(el.shadowRoot!.activeElement, 'first invalid field focused').to.equal(field(el, 'title'));
    expect(stored(adapter, 'anas').version, 'nothing saved').to.equal(1);

    // Fixing a field clears its message at once.
    await type(el, 'title', 'Fixed title');
    expect(field(el, 'title').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('says beside the Save button that it saved', async () => {
    const el = await mount(adapterFor());
    await select(el, 'anas');
    await type(el, 'title', 'Renamed');
    await click(el, saveButton(el));
    await waitUntil(() => form(el)!.querySelector('.save-row [part~="message"][data-kind="saved"]'), 'saved beside Save');
    expect(form(el)!.querySelector('.save-row')!.textContent).to.contain('Saved.');
  });

  it('tells what a new sub-goal does to its parent', async () => {
    const adapter = adapterFor();
    const el = await mount(adapter, 'boss');
    await select(el, 'root');
    expect(row(el, 'root')!.textContent).to.contain('45%'); // (40% + 50%) / 2
    await click(el, form(el)!.querySelector('[part~="add-child"]'));
    const dialog = $(el, 'dialog')!;
    (dialog.querySelector('input[name="title"]') as HTMLInputElement).focus();
    await sendKeys({ type: 'Brand new' });
    const change = nextChange(el);
    await click(el, dialog.querySelector('button[type="submit"]'));
    await change;
    await waitUntil(() => $(el, '[part~="save-effect"]'), 'effect shown');
    expect($(el, '[part~="save-effect"]')!.textContent).to.equal('“Company goal” now 30% — it counts this sub-goal equally with its others.');
    expect($(el, '[part~="save-effect"]')!.closest('form'), 'in the new goal’s form, beside Save').to.exist;
  });
});

describe('pm-goal-tree: permissions', () => {
  it('shows edit controls only where the viewer may edit: the owner and the managers above', async () => {
    const el = await mount(adapterFor(), 'ana');
    await select(el, 'anas');
    expect(form(el), 'own goal').to.exist;
    await select(el, 'root');
    expect(form(el), 'the boss’s goal').to.equal(null);
    expect($(el, '[part~="read-only"]')!.textContent).to.equal('Only the owner and their managers can edit this goal.');
    await select(el, 'others');
    expect(form(el), 'a colleague’s goal').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets managers up the line edit their reports’ goals', async () => {
    const mgr = await mount(adapterFor(), 'mgr');
    await select(mgr, 'anas');
    expect(form(mgr), 'direct manager').to.exist;
    await select(mgr, 'others');
    expect(form(mgr), 'not in their line').to.equal(null);
    const boss = await mount(adapterFor(), 'boss');
    for (const id of ['root', 'anas', 'others']) {
      await select(boss, id);
      expect(form(boss), id).to.exist;
    }
  });

  it('follows a canEdit hook instead of the default rule', async () => {
    const seen: [string, string | undefined][] = [];
    const el = await mount(adapterFor(), 'ana', {
      canEdit: (g, viewer) => {
        seen.push([g.id, viewer?.id]);
        return g.level === 'organization';
      },
    });
    await select(el, 'root');
    expect(form(el)).to.exist;
    await select(el, 'anas');
    expect(form(el)).to.equal(null);
    expect(seen).to.deep.include(['anas', 'ana']);
  });

  it('when the backend refuses, undoes the edit and says who may change the goal', async () => {
    const adapter = adapterFor('ana');
    const el = await mount(adapter, 'ana', { canEdit: () => true });
    await select(el, 'root');
    await type(el, 'title', 'Hijacked');
    await click(el, saveButton(el));
    await waitUntil(() => $(el, '[part~="message"][role="alert"]'), 'refusal shown');
    expect($(el, '[part~="message"]')!.textContent).to.contain('only its owner and their managers can');
    expect(row(el, 'root')!.textContent, 'rolled back').to.contain('Company goal');
    expect(stored(adapter, 'root').title).to.equal('Company goal');
  });
});

describe('memory adapter: who may change goals', () => {
  const code = async (promise: Promise<unknown>) => {
    try {
      await promise;
      return 'ok';
    } catch (error) {
      return AdapterError.is(error) ? error.code : String(error);
    }
  };

  it('trusts every caller until it acts for someone', async () => {
    const adapter = adapterFor();
    expect(adapter.actingAs).to.equal(null);
    const root = stored(adapter, 'root');
    expect(await code(adapter.saveGoal({ ...root, title: 'System edit' }))).to.equal('ok');
  });

  it('rejects with forbidden what the person it acts for may not change', async () => {
    const adapter = adapterFor();
    adapter.actAs('ana');
    expect(await code(adapter.saveGoal({ ...stored(adapter, 'root'), title: 'No' }))).to.equal('forbidden');
    expect(await code(adapter.deleteGoal('others', { version: 1 }))).to.equal('forbidden');
    expect(await code(adapter.saveGoal({ ...stored(adapter, 'anas'), ownerId: 'other' })), 'giving a goal to someone outside your line').to.equal('forbidden');
    expect(await code(adapter.saveGoal({ ...stored(adapter, 'anas'), title: 'Mine' }))).to.equal('ok');
    const created = { ...goal('new-one', { parentId: 'root', ownerId: 'ana' }) } as Partial<Goal>;
    delete created.version;
    delete created.updatedAt;
    expect(await code(adapter.saveGoal(created as Goal)), 'a new goal of one’s own under any parent').to.equal('ok');
    expect(stored(adapter, 'new-one').createdAt, 'creation time recorded').to.be.a('string');
    adapter.actAs('mgr');
    expect(await code(adapter.saveGoal({ ...stored(adapter, 'anas'), title: 'Manager edit' }))).to.equal('ok');
    expect(await code(adapter.saveGoal({ ...stored(adapter, 'others'), title: 'No' }))).to.equal('forbidden');
    adapter.actAs(null);
    expect(await code(adapter.deleteGoal('others', { version: 1 }))).to.equal('ok');
  });
});
