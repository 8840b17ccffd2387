import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Goal, PerformanceAdapter, PmProvider } from '@pm-widgets/core';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import type { PmGoalTree } from '@pm-widgets/goal-tree';

/**
 * Two tabs editing the same goal: each tab is a provider with its own adapter object (its own
 * cache, like a separate page) over one backend. The second save is stale: it shows a visible
 * conflict with both versions, and either can be kept.
 */
const GOAL = 'g-priya-mentor';
const $ = <T extends Element = HTMLElement>(el: PmGoalTree, selector: string) => el.shadowRoot!.querySelector<T>(selector);

interface Tab { provider: PmProvider; tree: PmGoalTree }

async function openTab(configure: (provider: PmProvider) => void): Promise<Tab> {
  const provider = document.createElement('pm-provider');
  provider.viewer = DEMO.viewerId;
  configure(provider);
  const tree = document.createElement('pm-goal-tree');
  tree.editable = true;
  tree.setAttribute('owner', DEMO.viewerId);
  provider.append(tree);
  await fixture(html`<div style="width: 900px">${provider}</div>`);
  await waitUntil(() => tree.shadowRoot!.querySelector('[role="treeitem"]'), 'the tree loaded', { timeout: 8000 });
  await tree.reveal(GOAL);
  await tree.updateComplete;
  $(tree, `[role="treeitem"][data-id="${GOAL}"]`)!.click();
  await waitUntil(() => $(tree, '[part~="edit-form"] input[name="title"]'), 'the edit form', { timeout: 5000 });
  return { provider, tree };
}

async function saveTitle(tree: PmGoalTree, title: string): Promise<void> {
  const input = $<HTMLInputElement>(tree, '[part~="edit-form"] input[name="title"]')!;
  input.value = title;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await tree.updateComplete;
  $<HTMLButtonElement>(tree, '[part~="edit-form"] button[type="submit"]')!.click();
}

const conflict = (tree: PmGoalTree) => $(tree, '[part~="message"][data-kind="conflict"]');

/** The two tabs, the first saving "theirs" and the second then saving "mine" on the stale version. */
async function collide(configure: () => (provider: PmProvider) => void, theirs: string, mine: string) {
  const a = await openTab(configure());
  const b = await openTab(configure());
  const saved = oneEvent(a.tree, 'pm-goal-change');
  await saveTitle(a.tree, theirs);
  await saved;
  await saveTitle(b.tree, mine);
  await waitUntil(() => conflict(b.tree), 'the conflict is shown', { timeout: 8000 });
  return { a, b };
}

async function checkConflictShowsBoth(tree: PmGoalTree, theirs: string, mine: string): Promise<void> {
  const message = conflict(tree)!;
  expect(message.getAttribute('role')).to.equal('alert');
  expect(message.textContent).to.contain('Someone else changed this goal');
  expect($(tree, '[part~="conflict"] td[data-side="mine"]')!.textContent).to.equal(mine);
  expect($(tree, '[part~="conflict"] td[data-side="theirs"]')!.textContent).to.equal(theirs);
  expect($<HTMLInputElement>(tree, 'input[name="title"]')!.value, 'my edit is kept in the form').to.equal(mine);
  await expect(tree).to.be.accessible();
}

function runTwoTabs(name: string, backend: () => { configure: () => (provider: PmProvider) => void; read: () => Promise<Goal> }) {
  describe(`two tabs edit the same goal (${name})`, () => {
    it('the second save shows a conflict with both versions; "Use mine" saves mine on top of theirs', async () => {
      const { configure, read } = backend();
      const theirs = `Theirs ${crypto.randomUUID().slice(0, 8)}`;
      const mine = `Mine ${crypto.randomUUID().slice(0, 8)}`;
      const { b } = await collide(configure, theirs, mine);
      await checkConflictShowsBoth(b.tree, theirs, mine);
      const before = await read();
      expect(before.title, 'theirs is what is stored').to.equal(theirs);
      const changed = oneEvent(b.tree, 'pm-goal-change');
      $<HTMLButtonElement>(b.tree, '[part~="use-mine"]')!.click();
      const event = await changed;
      expect(event.detail.goal.title).to.equal(mine);
      const after = await read();
      expect(after.title).to.equal(mine);
      expect(after.version, 'saved on top of their version').to.equal(before.version! + 1);
      await waitUntil(() => !conflict(b.tree), 'the conflict is resolved');
    });

    it('"Use theirs" shows their version and drops mine', async () => {
      const { configure, read } = backend();
      const theirs = `Theirs ${crypto.randomUUID().slice(0, 8)}`;
      const mine = `Mine ${crypto.randomUUID().slice(0, 8)}`;
      const { b } = await collide(configure, theirs, mine);
      await checkConflictShowsBoth(b.tree, theirs, mine);
      $<HTMLButtonElement>(b.tree, '[part~="use-theirs"]')!.click();
      await waitUntil(() => !conflict(b.tree) && $(b.tree, `[role="treeitem"][data-id="${GOAL}"]`)?.textContent?.includes(theirs), 'theirs shown');
      expect($<HTMLInputElement>(b.tree, 'input[name="title"]')!.value).to.equal(theirs);
      expect((await read()).title).to.equal(theirs);
    });
  });
}

// The memory adapter: one store, two adapter objects (two caches, as two pages would have).
runTwoTabs('memory adapter', () => {
  const memory = createMemoryAdapter();
  return {
    configure: () => (provider) => {
      provider.adapter = { ...memory } as PerformanceAdapter;
    },
    read: async () => (await memory.listGoals({ ownerId: DEMO.viewerId })).goals.find((g) => g.id === GOAL)!,
  };
});

// The reference server over HTTP: two providers with `api`, each building its own REST adapter.
interface ServerInfo { url: string; tokens: Record<string, string> }
let server: ServerInfo | undefined;
const bearer = () => ({ authorization: `Bearer ${server!.tokens[DEMO.viewerId]}` });

describe('reference server', () => {
  before(async function () {
    this.timeout(120_000);
    for (;;) {
      const answer = await executeServerCommand<ServerInfo & { pending?: boolean }, undefined>('pm-reference-server');
      if (answer && !answer.pending) { server = answer; break; }
    }
  });

  runTwoTabs('reference server over REST', () => ({
    configure: () => (provider) => {
      provider.api = server!.url;
      provider.getHeaders = bearer;
    },
    read: async () => {
      const response = await fetch(`${server!.url}/goals/${GOAL}`, { headers: bearer() });
      return (await response.json()) as Goal;
    },
  }));
});
