import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import type { PmGoalTree } from '@pm-widgets/goal-tree';
import { PORT_METHODS, withValidation } from '@pm-widgets/core';
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

describe('the minimal adapter covers every port', () => {
  it('implements every port method, and every answer passes core\'s validation', async () => {
    const raw = createMinimalAdapter();
    for (const method of Object.values(PORT_METHODS).flat()) expect(typeof raw[method], method).to.equal('function');
    const api = withValidation(raw);
    const key = { idempotencyKey: 'k1' };
    expect((await api.listGoals({})).goals).to.have.length(2);
    expect((await api.getCheckIn({ personId: 'p1', period: '2026-W48' })).checkIn).to.equal(null);
    expect((await api.getAssignment('a1')).survey.sections).to.have.length(1);
    expect((await api.listAssignments({ raterId: 'p1' })).assignments[0]!.surveyTitle).to.equal('Leadership 360');
    expect((await api.saveSurveyDraft('a1', { q1: 4 })).answers).to.deep.equal({ q1: 4 });
    expect((await api.submitSurvey('a1', { q1: 4 }, key)).status).to.equal('submitted');
    const item = await api.giveFeedback({ kind: 'praise', toId: 'p2', body: 'Thanks!', visibility: 'public' }, key);
    expect((await api.listFeedback({ personId: 'p2' })).items.map((i) => i.id)).to.deep.equal([item.id]);
    expect(await api.requestFeedback({ toIds: ['p2'], aboutId: 'p1', question: 'How did the demo go?' }, key)).to.have.length(1);
    expect((await api.listFeedbackRequests({ personId: 'p1' })).requests).to.deep.equal([]);
    expect((await api.getCompetencyProfile({ personId: 'p2' })).competencies[0]!.name).to.equal('Clarity');
  });
});
