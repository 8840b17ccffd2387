import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { Goal } from '@pm-widgets/core';
import '@pm-widgets/check-in/pm-check-in.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import { backend, context, goal, mountCheckIn, type TestBackend } from './fixtures.js';

// The questions' and key results' code when the network fails for real (offline, a deploy that
// removed the chunks): the dev server answers 503 for them (scripts/wtr-chunk-faults.mjs), where
// questions-chunk.test.ts swaps the importer. Retry imports again, and the browser fetches again
// (it keeps no failed module fetch since whatwg/html#10327). This file runs in a page of its own,
// so neither chunk has been fetched before.

const fault = (path: string | undefined, mode: 'fail' | 'clear') => executeServerCommand('pm-chunk-fault', { path, mode });
const $ = <T extends Element = HTMLElement>(el: PmCheckIn, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const lastDraft = (b: TestBackend) => b.drafts[b.drafts.length - 1];

const measured: Goal = {
  ...goal('g-kr', 'Grow weekly active teams', 0.2, 'at-risk'),
  progressMode: 'key-results',
  keyResults: [{ id: 'kr-teams', title: 'Weekly active teams', kind: 'number', start: 100, target: 200, current: 120 }],
};

describe('<pm-check-in> questions and key results when their code cannot be fetched', () => {
  afterEach(() => fault(undefined, 'clear'));

  it('alerts with Retry where they would be; once the server answers again, each Retry loads its part and the draft is kept', async () => {
    await fault('check-in-questions', 'fail');
    await fault('check-in-key-results', 'fail');
    const b = backend(context({ goals: [goal('g-1', 'Ship the onboarding flow', 0.4), measured] }));
    const el = await mountCheckIn(b);
    await waitUntil(() => $(el, '#questions-body [role="alert"]') && $(el, '[data-goal="g-kr"] [role="alert"]'), 'both alerts', { timeout: 5000 });
    expect($(el, '#questions-body [role="alert"] h2')!.textContent).to.equal('The questions could not be loaded');
    expect($(el, '#questions-body [role="alert"] code')!.textContent).to.contain('check-in-questions');

    $<HTMLTextAreaElement>(el, '#focus')!.focus();
    await sendKeys({ type: 'Ship the beta' });
    await waitUntil(() => lastDraft(b)?.focus === 'Ship the beta', 'the focus saved');

    await fault(undefined, 'clear');
    $(el, '#questions-body [part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#q-1'), 'the questions after Retry', { timeout: 5000 });
    expect($(el, '#questions-body [role="alert"]')).to.equal(null);
    $<HTMLTextAreaElement>(el, '#q-1')!.focus();
    await sendKeys({ type: 'Fetched again' });

    $(el, '[data-goal="g-kr"] [part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, 'input[data-kr="kr-teams"]'), 'the key results after Retry', { timeout: 5000 });
    const teams = $<HTMLInputElement>(el, 'input[data-kr="kr-teams"]')!;
    teams.select();
    await sendKeys({ type: '180' });
    await waitUntil(() => lastDraft(b)?.goalUpdates.find((u) => u.goalId === 'g-kr')?.progress === 0.8, 'the key result saved');
    expect(lastDraft(b)!.focus).to.equal('Ship the beta');
    expect(lastDraft(b)!.answers).to.deep.equal({ 'q-learn': 'Fetched again' });
  });
});
