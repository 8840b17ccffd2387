import '@pm-widgets/goal-tree/pm-goal-tree.js';
import { expect, fixture, html } from '@open-wc/testing';
import { goalTreeMessages, type PmGoalTree } from '@pm-widgets/goal-tree';
import { smallOrg } from './fixtures.js';

const NOW = new Date('2026-07-02T12:00:00Z');

describe('pm-goal-tree: locale', () => {
  it('has a German string for every English one', async () => {
    expect(Object.keys((await (goalTreeMessages['de'] as () => Promise<{ default: object }>)()).default).sort()).to.deep.equal(Object.keys(goalTreeMessages.en).sort());
  });

  it('speaks German with locale="de": labels, statuses, dates and numbers', async () => {
    const data = smallOrg();
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree locale="de" expand-depth="2" .goals=${data.goals} .people=${data.people} .now=${NOW}></pm-goal-tree>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('Ziele');
    expect(root.querySelector('[part~="filter"]')!.closest('label, div')!.textContent).to.contain('Ziele filtern');
    const text = root.textContent!;
    expect(text).to.contain('Im Plan');
    expect(text).to.contain('Abteilung');
    expect(text).to.match(/Fällig am 31\. Dez\./);
    expect(text).to.match(/\d+\s%/); // German percent format has a space before %
    await expect(el).to.be.accessible();
  });

  it('falls back from a regional tag to the language, and to English for unknown languages', async () => {
    const data = smallOrg();
    const ch = await fixture<PmGoalTree>(html`<pm-goal-tree locale="de-CH" .goals=${data.goals} .people=${data.people} .now=${NOW}></pm-goal-tree>`);
    expect(ch.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('Ziele');
    const xx = await fixture<PmGoalTree>(html`<pm-goal-tree locale="tlh" .goals=${data.goals} .people=${data.people} .now=${NOW}></pm-goal-tree>`);
    expect(xx.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('Goals');
  });
});
