import { fetched } from '../shared/resource-timing.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PmGoalTree } from '@pm-widgets/goal-tree';

/**
 * zod/mini's side of the validating wrapper is fetched only when a generated check cannot prove an
 * answer valid (this file runs in a page of its own, so what was fetched is what this test caused).
 * Observed from the outside: the modules the browser fetched, as the Resource Timing API lists them.
 * test/shared/resource-timing.ts raises the browser's buffer, so every fetch is recorded. (The test
 * server serves modules unbundled, so zod itself arrives with the schemas core re-exports; that no
 * widget's bundle carries zod is enforced by `npm run size`.)
 */
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const goal = (id: string, extra: Record<string, unknown> = {}) => ({
  id, parentId: null, title: `Goal ${id}`, level: 'team', status: 'on-track', progress: 0.5, progressMode: 'manual', weight: 1, keyResults: [], ...extra,
});

describe('validation loads zod only to word an error', () => {
  it('a tree of valid goals renders without fetching zod; a bad answer fetches it and names the field', async () => {
    await import('@pm-widgets/goal-tree/pm-goal-tree.js');
    // Not vacuous: the widget's own modules were recorded.
    expect(fetched('goal-tree/src/goal-tree'), 'the widget modules are in the resource timing').to.equal(true);
    let answer: unknown = { goals: [goal('a'), goal('b', { parentId: 'a' })] };
    const el = await fixture<PmGoalTree>(html`<pm-goal-tree .adapter=${{ listGoals: async () => answer as never }}></pm-goal-tree>`);
    await waitUntil(() => $(el, '[role="treeitem"]'), 'the tree renders');
    expect(fetched('validation-zod'), 'validation-zod fetched for valid data').to.equal(false);

    answer = { goals: [goal('a', { progress: 7 })] };
    el.adapter = { listGoals: async () => answer as never };
    await waitUntil(() => $(el, '[role="alert"]'), 'the error state');
    expect($(el, '[role="alert"]')!.textContent).to.contain('goals[0].progress');
    expect(fetched('validation-zod')).to.equal(true);
  });
});
