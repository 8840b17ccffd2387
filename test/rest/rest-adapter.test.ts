import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { AdapterError, isoWeekOf, withValidation } from '@pm-widgets/core';
import { createRestAdapter, retryAfterMs } from '@pm-widgets/core/rest';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import type { PmProvider } from '@pm-widgets/core';

interface ServerInfo { url: string; tokens: Record<string, string> }
let server: ServerInfo;

before(async function () {
  this.timeout(120_000);
  // The server may still be opening its database: ask until it answers.
  for (;;) {
    const answer = await executeServerCommand<ServerInfo & { pending?: boolean }, undefined>('pm-reference-server');
    if (answer && !answer.pending) { server = answer; break; }
  }
});

const bearer = (person: string) => () => ({ authorization: `Bearer ${server.tokens[person]}` });
const rows = (root: Element) => [...root.shadowRoot!.querySelectorAll('[role="treeitem"]')].map((r) => r.textContent ?? '');

describe('<pm-provider api> against the reference server', () => {
  it('runs <pm-goal-tree> from markup and a token hook, and is accessible', async () => {
    const provider = await fixture<PmProvider>(html`<pm-provider api=${server.url} .getHeaders=${bearer('p-priya')}>
      <pm-goal-tree label="Company goals"></pm-goal-tree></pm-provider>`);
    const tree = provider.querySelector('pm-goal-tree')!;
    await waitUntil(() => rows(tree).length > 0, 'the tree shows goals from the server', { timeout: 8000 });
    expect(rows(tree).join(' ')).to.match(/\S/);
    await expect(tree).to.be.accessible();
  });

  it('without a token the widget shows its error state (401 → forbidden), accessibly', async () => {
    const provider = await fixture<PmProvider>(html`<pm-provider api=${server.url}><pm-goal-tree label="Goals"></pm-goal-tree></pm-provider>`);
    const tree = provider.querySelector('pm-goal-tree')!;
    await waitUntil(() => tree.shadowRoot!.querySelector('[role="alert"]'), 'an error is shown', { timeout: 8000 });
    await expect(tree).to.be.accessible();
  });

  it('submits a check-in through the widget that the server then holds', async () => {
    const period = '2099-W10';
    const provider = await fixture<PmProvider>(html`<pm-provider api=${server.url} .getHeaders=${bearer('p-priya')} viewer="p-priya">
      <pm-check-in person="p-priya" period=${period} autosave-delay="50"></pm-check-in></pm-provider>`);
    const el = provider.querySelector<PmCheckIn>('pm-check-in')!;
    const $ = <T extends Element>(s: string) => el.shadowRoot!.querySelector<T>(s);
    await waitUntil(() => $('form'), 'the form', { timeout: 8000 });
    await expect(el).to.be.accessible();
    const focus = $<HTMLTextAreaElement>('#focus')!;
    focus.value = 'Ship the REST adapter';
    focus.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    for (const radio of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][value="3"]')) radio.click();
    $<HTMLInputElement>('input[name="mood"][value="4"]')!.click();
    $<HTMLButtonElement>('[part~="submit"]')!.click();
    await waitUntil(() => $('[part~="summary"]'), 'submitted', { timeout: 8000 });
    await expect(el).to.be.accessible();
    const stored = await (await fetch(`${server.url}/people/p-priya/check-ins/${period}`, { headers: bearer('p-priya')() })).json();
    expect(stored.checkIn).to.include({ status: 'submitted', focus: 'Ship the REST adapter', mood: 4 });
  });
});

describe('createRestAdapter', () => {
  it('maps statuses to AdapterError codes and passes the validated contract', async () => {
    const api = withValidation(createRestAdapter({ baseUrl: server.url, getHeaders: bearer('p-priya') }));
    const { goals } = await api.listGoals({ ownerId: 'p-priya' });
    expect(goals.length).to.be.greaterThan(0);
    const codeOf = async (p: Promise<unknown>) => { try { await p; } catch (e) { return (e as AdapterError).code; } return 'resolved'; };
    expect(await codeOf(api.getAssignment('no-such-assignment'))).to.equal('not-found');
    expect(await codeOf(api.getCompetencyProfile({ personId: 'p-lars' }))).to.equal('forbidden');
    const goal = goals[0]!;
    await api.saveGoal({ ...goal, title: 'Edited over HTTP' });
    expect(await codeOf(api.saveGoal({ ...goal, title: 'Stale' }))).to.equal('conflict');
    const anonymous = withValidation(createRestAdapter({ baseUrl: server.url }));
    expect(await codeOf(anonymous.listGoals({}))).to.equal('forbidden');
    expect(await codeOf(withValidation(createRestAdapter({ baseUrl: 'http://127.0.0.1:9', retries: 0 })).listGoals({}))).to.equal('network');
  });

  it('retries reads on 503 honouring Retry-After, never unkeyed writes', async () => {
    let calls = 0;
    const flaky: typeof fetch = async () => {
      calls++;
      return calls < 3
        ? new Response('{"title":"busy"}', { status: 503, headers: { 'retry-after': '0' } })
        : new Response('{"goals":[],"people":[]}', { status: 200 });
    };
    const api = createRestAdapter({ baseUrl: 'https://pm.example', fetch: flaky, retries: 2 });
    await api.listGoals({});
    expect(calls).to.equal(3);
    expect(retryAfterMs('2')).to.equal(2000);
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).to.be.within(3000, 5000);
  });

  it('aborts a call in flight with the caller\'s reason', async () => {
    const hang: typeof fetch = (_u, init) => new Promise((_r, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    const api = createRestAdapter({ baseUrl: 'https://pm.example', fetch: hang });
    const controller = new AbortController();
    const pending = api.listGoals({}, { signal: controller.signal });
    const reason = new DOMException('Stop', 'AbortError');
    controller.abort(reason);
    try { await pending; expect.fail('should reject'); } catch (e) { expect(e).to.equal(reason); }
  });

  it('the current week is a plain ISO week', () => {
    expect(isoWeekOf(new Date('2026-11-30T12:00:00Z'))).to.equal('2026-W49');
  });
});
