import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { createMinimalAdapter } from '../../examples/minimal-adapter.js';

/** DESIGN.md's minimum fields only: the goal tree and the check-in work end to end. */
describe('a hand-written minimal adapter (README)', () => {
  it('runs <pm-goal-tree>', async () => {
    const tree = await fixture<PmGoalTree>(html`<pm-goal-tree .adapter=${createMinimalAdapter()} label="Goals" expand-depth="2"></pm-goal-tree>`);
    await waitUntil(() => tree.shadowRoot!.querySelectorAll('[role="treeitem"]').length === 2, 'both goals shown');
    expect(tree.shadowRoot!.textContent).to.contain('Answer every ticket within a day');
    await expect(tree).to.be.accessible();
  });

  it('runs <pm-check-in>: loads, saves a draft and submits, reported as saved', async () => {
    const el = await fixture<PmCheckIn>(html`<pm-check-in .adapter=${createMinimalAdapter()} person="p1" period="2026-W48" autosave-delay="20"></pm-check-in>`);
    const $ = <T extends Element>(s: string) => el.shadowRoot!.querySelector<T>(s);
    await waitUntil(() => $('form'), 'the form loads (no updatedAt anywhere)');
    const focus = $<HTMLTextAreaElement>('#focus')!;
    focus.value = 'Reply to tickets before lunch';
    focus.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    for (const radio of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][value="3"]')) radio.click();
    $<HTMLInputElement>('input[name="mood"][value="4"]')!.click();
    $<HTMLButtonElement>('[part~="submit"]')!.click();
    await waitUntil(() => $('[part~="summary"]'), 'submitted and shown as saved');
    expect(el.shadowRoot!.textContent).not.to.match(/not saved/i);
    expect($('[part~="summary"]')!.textContent).to.contain('Reply to tickets before lunch');
    await expect(el).to.be.accessible();
  });
});
