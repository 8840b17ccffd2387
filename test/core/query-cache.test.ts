import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { QueryCache, QuerySubscription, cacheFor, type Goal, type GoalInput, type GoalList, type PmProvider } from '@pm-widgets/core';
import '@pm-widgets/core/pm-provider.js';
import './test-widget.js';
import type { PmTestGoals } from './test-widget.js';
import { goal } from '../shared/fixtures.js';

/** A hand-written goals adapter that counts its calls and can hold an answer back. */
function goalsBackend(initial: Goal[] = [goal('g1'), goal('g2')]) {
  const goals = new Map(initial.map((g) => [g.id, g]));
  const calls = { listGoals: 0, saveGoal: 0 };
  let gate: Promise<void> | undefined;
  return {
    calls,
    goals,
    hold() {
      let open!: () => void;
      gate = new Promise((resolve) => (open = resolve));
      return () => {
        gate = undefined;
        open();
      };
    },
    async listGoals(_query: object, options?: { signal?: AbortSignal }): Promise<GoalList> {
      calls.listGoals++;
      if (gate) await gate;
      options?.signal?.throwIfAborted();
      return { goals: [...goals.values()].map((g) => ({ ...g })), people: [] };
    },
    async saveGoal(input: GoalInput): Promise<Goal> {
      calls.saveGoal++;
      const saved = { ...input, version: (input.version ?? 0) + 1, updatedAt: '2026-11-21T10:00:00Z' } as Goal;
      goals.set(saved.id, saved);
      return saved;
    },
    async deleteGoal(id: string) {
      goals.delete(id);
    },
  };
}

const titles = (el: PmTestGoals) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent).join();

/** A test widget that follows its read in the cache, the way the real widgets do. */
class PmCachedGoals extends (customElements.get('pm-test-goals') as typeof PmTestGoals) {
  readonly subscription = new QuerySubscription(this, 'listGoals', {
    cache: () => this.cache,
    query: () => (this.owner ? { ownerId: this.owner } : undefined),
    onChange: () => void this.goalsTask.run(),
  });

  get sharedCache() {
    return this.cache;
  }
}
customElements.define('pm-cached-goals', PmCachedGoals);

describe('QueryCache', () => {
  it('makes one call for concurrent reads of one query, and one per distinct query', async () => {
    const backend = goalsBackend();
    const cache = new QueryCache(backend);
    const [a, b] = await Promise.all([cache.api.listGoals({ ownerId: 'p1' }), cache.api.listGoals({ ownerId: 'p1' })]);
    expect(backend.calls.listGoals).to.equal(1);
    expect(a).to.equal(b);
    await cache.api.listGoals({ ownerId: 'p2' });
    expect(backend.calls.listGoals).to.equal(2);
  });

  it('keys do not depend on property order', async () => {
    const backend = goalsBackend();
    const cache = new QueryCache(backend);
    await Promise.all([cache.api.listGoals({ ownerId: 'p1', cycleId: 'c1' }), cache.api.listGoals({ cycleId: 'c1', ownerId: 'p1' })]);
    expect(backend.calls.listGoals).to.equal(1);
  });

  it('answers from memory while subscribed, and asks again once nobody is', async () => {
    const backend = goalsBackend();
    const cache = new QueryCache(backend);
    const stop = cache.subscribe('listGoals', {}, () => undefined);
    await cache.api.listGoals({});
    await cache.api.listGoals({});
    expect(backend.calls.listGoals).to.equal(1);
    stop();
    await cache.api.listGoals({});
    expect(backend.calls.listGoals).to.equal(2);
  });

  it('a saved goal replaces its copy in every subscribed read, without a call', async () => {
    const backend = goalsBackend();
    const cache = new QueryCache(backend);
    const seen: GoalList[] = [];
    cache.subscribe('listGoals', {}, (list) => seen.push(list));
    const before = await cache.api.listGoals({});
    await cache.api.saveGoal({ ...before.goals[0]!, title: 'Renamed' });
    expect(seen).to.have.length(1);
    expect(seen[0]!.goals.map((g) => g.title)).to.deep.equal(['Renamed', 'Goal g2']);
    expect(cache.peek('listGoals', {})!.goals[0]!.version).to.equal(2);
    expect(backend.calls.listGoals).to.equal(1);
  });

  it('a new goal invalidates lists: subscribed ones are fetched again and their subscribers told', async () => {
    const backend = goalsBackend();
    const cache = new QueryCache(backend);
    const seen: GoalList[] = [];
    cache.subscribe('listGoals', {}, (list) => seen.push(list));
    await cache.api.listGoals({});
    await cache.api.saveGoal(goal('g3', { version: undefined as never }) as GoalInput);
    await waitUntil(() => seen.length === 1, 'subscriber told after refetch');
    expect(backend.calls.listGoals).to.equal(2);
    expect(seen[0]!.goals.map((g) => g.id)).to.deep.equal(['g1', 'g2', 'g3']);
  });

  it('a read that started before a write is not trusted: subscribers get a fresh copy', async () => {
    const backend = goalsBackend();
    const cache = new QueryCache(backend);
    const seen: GoalList[] = [];
    cache.subscribe('listGoals', {}, (list) => seen.push(list));
    await cache.api.listGoals({});
    cache.invalidate('listGoals');
    const release = backend.hold();
    await waitUntil(() => backend.calls.listGoals === 2);
    backend.goals.set('g1', { ...backend.goals.get('g1')!, title: 'Changed elsewhere' });
    cache.goalSaved(backend.goals.get('g1')!); // a write lands while the refetch is on its way
    release();
    await waitUntil(() => seen.at(-1)?.goals[0]?.title === 'Changed elsewhere' && backend.calls.listGoals === 3);
  });

  it('a deleted goal leaves the lists that held it', async () => {
    const backend = goalsBackend();
    const cache = new QueryCache(backend);
    const seen: GoalList[] = [];
    cache.subscribe('listGoals', {}, (list) => seen.push(list));
    await cache.api.listGoals({});
    await cache.api.deleteGoal('g2', { version: 1 });
    expect(seen[0]!.goals.map((g) => g.id)).to.deep.equal(['g1']);
  });

  it('aborting every reader aborts the call; one reader aborting leaves the others', async () => {
    const backend = goalsBackend();
    const cache = new QueryCache(backend);
    const release = backend.hold();
    const first = new AbortController();
    const a = cache.api.listGoals({}, { signal: first.signal });
    const b = cache.api.listGoals({});
    first.abort(new Error('gone'));
    let reason: unknown;
    await a.catch((e: unknown) => (reason = e));
    expect((reason as Error).message).to.equal('gone');
    release();
    expect((await b).goals).to.have.length(2);
    expect(backend.calls.listGoals).to.equal(1);
  });

  it('errors reach the reader as AdapterErrors and are not kept', async () => {
    let fail = true;
    const cache = new QueryCache({
      listGoals: async () => {
        if (fail) throw new Error('boom');
        return { goals: [], people: [] };
      },
    });
    let error: unknown;
    await cache.api.listGoals({}).catch((e: unknown) => (error = e));
    expect((error as { code?: string }).code).to.equal('unavailable');
    fail = false;
    expect((await cache.api.listGoals({})).goals).to.deep.equal([]);
  });

  it('cacheFor gives one cache per adapter object', () => {
    const a = goalsBackend();
    expect(cacheFor(a)).to.equal(cacheFor(a));
    expect(cacheFor(a)).not.to.equal(cacheFor(goalsBackend()));
  });
});

describe('QueryCache on the page', () => {
  it('widgets under one provider share its cache: one load, and a save reaches both', async () => {
    const backend = goalsBackend();
    const root = await fixture<PmProvider>(html`<pm-provider .adapter=${backend}>
      <pm-cached-goals owner="p1"></pm-cached-goals><pm-cached-goals owner="p1"></pm-cached-goals>
    </pm-provider>`);
    const [a, b] = [...root.querySelectorAll<PmCachedGoals>('pm-cached-goals')];
    await waitUntil(() => titles(a!) === 'Goal g1,Goal g2' && titles(b!) === 'Goal g1,Goal g2');
    expect(backend.calls.listGoals).to.equal(1);
    expect(a!.sharedCache).to.equal(root.cache);
    await root.cache!.api.saveGoal({ ...backend.goals.get('g2')!, title: 'Shared' });
    await waitUntil(() => titles(a!) === 'Goal g1,Shared' && titles(b!) === 'Goal g1,Shared');
    await expect(a!).to.be.accessible();
  });

  it('two providers with the same adapter keep separate caches', async () => {
    const backend = goalsBackend();
    const root = await fixture(html`<div>
      <pm-provider id="one" .adapter=${backend}><pm-cached-goals owner="p1"></pm-cached-goals></pm-provider>
      <pm-provider id="two" .adapter=${backend}><pm-cached-goals owner="p1"></pm-cached-goals></pm-provider>
    </div>`);
    const one = root.querySelector<PmProvider>('#one')!;
    const two = root.querySelector<PmProvider>('#two')!;
    const [a, b] = [...root.querySelectorAll<PmCachedGoals>('pm-cached-goals')];
    await waitUntil(() => titles(a!) !== '' && titles(b!) !== '');
    expect(one.cache).to.not.equal(two.cache);
    expect(a!.sharedCache).to.equal(one.cache);
    expect(b!.sharedCache).to.equal(two.cache);
    await one.cache!.api.saveGoal({ ...backend.goals.get('g1')!, title: 'Only one' });
    await waitUntil(() => titles(a!) === 'Only one,Goal g2');
    expect(titles(b!)).to.equal('Goal g1,Goal g2');
  });

  it('swapping a provider\'s adapter gives its widgets a new cache and a new load', async () => {
    const first = goalsBackend();
    const second = goalsBackend([goal('x1', { title: 'From B' })]);
    const root = await fixture<PmProvider>(html`<pm-provider .adapter=${first}><pm-cached-goals owner="p1"></pm-cached-goals></pm-provider>`);
    const widget = root.querySelector<PmCachedGoals>('pm-cached-goals')!;
    await waitUntil(() => titles(widget) === 'Goal g1,Goal g2');
    const old = root.cache;
    root.adapter = second;
    await waitUntil(() => titles(widget) === 'From B');
    expect(root.cache).to.not.equal(old);
    expect(widget.sharedCache).to.equal(root.cache);
    // Writes through the old cache no longer reach the widget.
    await old!.api.saveGoal({ ...first.goals.get('g1')!, title: 'Old backend' });
    expect(titles(widget)).to.equal('From B');
  });

  it('widgets given the same adapter directly share one cache', async () => {
    const backend = goalsBackend();
    const root = await fixture(html`<div>
      <pm-cached-goals owner="p1" .adapter=${backend}></pm-cached-goals><pm-cached-goals owner="p1" .adapter=${backend}></pm-cached-goals>
    </div>`);
    const [a, b] = [...root.querySelectorAll<PmCachedGoals>('pm-cached-goals')];
    await waitUntil(() => titles(a!) !== '' && titles(b!) !== '');
    expect(a!.sharedCache).to.equal(b!.sharedCache);
    expect(a!.sharedCache).to.equal(cacheFor(backend));
    await cacheFor(backend).api.saveGoal({ ...backend.goals.get('g1')!, title: 'Direct' });
    await waitUntil(() => titles(a!) === 'Direct,Goal g2' && titles(b!) === 'Direct,Goal g2');
  });

  it('a widget that leaves the page stops listening', async () => {
    const backend = goalsBackend();
    const root = await fixture<PmProvider>(html`<pm-provider .adapter=${backend}><pm-cached-goals owner="p1"></pm-cached-goals></pm-provider>`);
    const widget = root.querySelector<PmCachedGoals>('pm-cached-goals')!;
    await waitUntil(() => titles(widget) !== '');
    widget.remove();
    await root.cache!.api.listGoals({ ownerId: 'p1' });
    expect(backend.calls.listGoals).to.equal(2);
  });
});

