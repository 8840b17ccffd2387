import { expect } from '@open-wc/testing';
import {
  AdapterError, withValidation, supportedPorts, type AdapterErrorCode, type PerformanceAdapter,
} from '@pm-widgets/core';
import { goal, goalList } from '../shared/fixtures.js';

/** Runs `promise` and returns the AdapterError it rejects with (fails the test if it resolves). */
async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(AdapterError.is(error), `expected an AdapterError, got ${String(error)}`).to.equal(true);
    return error as AdapterError;
  }
  throw new Error('expected the call to fail');
}

const listWith = (impl: PerformanceAdapter['listGoals']) => withValidation({ listGoals: impl });

describe('withValidation', () => {
  describe('responses', () => {
    it('passes valid data through, parsed', async () => {
      const result = await listWith(async () => goalList(2)).listGoals({});
      expect(result.goals.map((g) => g.id)).to.deep.equal(['g0', 'g1']);
    });

    it('invalid-response names the method, the path, the value and what was expected', async () => {
      const data = goalList(4);
      (data.goals[3] as { progress: number }).progress = 1.7;
      const error = await failure(listWith(async () => data).listGoals({}));
      expect(error.code).to.equal('invalid-response');
      expect(error.message).to.equal('listGoals returned goals[3].progress = 1.7; expected a number from 0 to 1');
      expect(error.retryable).to.equal(false);
      expect(error.method).to.equal('listGoals');
    });

    it('invalid-response for a missing body and for wrong types', async () => {
      const none = await failure(listWith(async () => undefined as never).listGoals({}));
      expect(none.code).to.equal('invalid-response');
      expect(none.message).to.equal('listGoals returned undefined; expected { goals: Goal[], people?: Person[] }');
      const wrong = await failure(listWith(async () => ({ goals: [{ ...goal('a'), title: 42 }], people: [] }) as never).listGoals({}));
      expect(wrong.message).to.equal('listGoals returned goals[0].title = 42; expected string');
    });

    it('invalid-response for javascript: URLs and counts further problems', async () => {
      const error = await failure(listWith(async () => ({
        goals: [{ ...goal('a'), progress: 2 }],
        people: [{ id: 'p1', name: 'Eve', avatarUrl: 'javascript:alert(1)' }],
      })).listGoals({}));
      expect(error.message).to.contain('(and 1 more problem)');
      const avatar = await failure(listWith(async () => ({ goals: [], people: [{ id: 'p1', name: 'Eve', avatarUrl: 'javascript:alert(1)' }] })).listGoals({}));
      expect(avatar.message).to.equal('listGoals returned people[0].avatarUrl = "javascript:alert(1)"; expected an http(s) URL');
    });
  });

  describe('requests', () => {
    it('invalid-request before anything is sent', async () => {
      let called = false;
      const api = withValidation({ getCheckIn: async () => { called = true; return {} as never; } });
      const error = await failure(api.getCheckIn({ personId: 'p1', period: '2026-47' }));
      expect(error.code).to.equal('invalid-request');
      expect(error.message).to.equal('getCheckIn was called with query.period = "2026-47"; expected an ISO week such as 2026-W47');
      expect(called).to.equal(false);
    });

    it('invalid-request when an idempotency key is missing', async () => {
      const api = withValidation({ giveFeedback: async () => ({}) as never });
      const error = await failure(api.giveFeedback({ kind: 'praise', toId: 'p1', body: 'Thanks', visibility: 'public' }, {} as never));
      expect(error.code).to.equal('invalid-request');
      expect(error.message).to.contain('options.idempotencyKey');
    });
  });

  describe('thrown errors become codes', () => {
    const cases: [string, () => unknown, AdapterErrorCode, boolean][] = [
      ['a failed fetch', () => { throw new TypeError('Failed to fetch'); }, 'network', true],
      ['HTTP 400', () => Promise.reject(Object.assign(new Error('Bad Request'), { status: 400 })), 'invalid-request', false],
      ['HTTP 401', () => Promise.reject(Object.assign(new Error('Unauthorized'), { status: 401 })), 'forbidden', false],
      ['HTTP 403', () => Promise.reject(Object.assign(new Error('Forbidden'), { status: 403 })), 'forbidden', false],
      ['HTTP 404', () => Promise.reject(Object.assign(new Error('Not Found'), { status: 404 })), 'not-found', false],
      ['HTTP 409', () => Promise.reject(Object.assign(new Error('Conflict'), { status: 409 })), 'conflict', false],
      ['HTTP 501', () => Promise.reject(Object.assign(new Error('Not Implemented'), { status: 501 })), 'not-supported', false],
      ['HTTP 503', () => Promise.reject(Object.assign(new Error('Service Unavailable'), { status: 503 })), 'unavailable', true],
      ['an AdapterError', () => Promise.reject(new AdapterError('conflict', 'stale')), 'conflict', false],
      ['a duck-typed coded error', () => Promise.reject({ code: 'not-found', message: 'gone' }), 'not-found', false],
      ['a plain Error', () => { throw new Error('boom'); }, 'unavailable', true],
      ['a rejected string', () => Promise.reject('nope'), 'unavailable', true],
      ['a synchronous throw of null', () => { throw null; }, 'unavailable', true],
    ];
    for (const [label, impl, code, retryable] of cases) {
      it(`${label} → ${code}`, async () => {
        const error = await failure(listWith(impl as never).listGoals({}));
        expect(error.code).to.equal(code);
        expect(error.retryable).to.equal(retryable);
        expect(error.message).to.match(/listGoals|stale/);
      });
    }

    it('not-supported when the port is missing, naming port and method', async () => {
      const error = await failure(withValidation({}).getCompetencyProfile({ personId: 'p1' }));
      expect(error.code).to.equal('not-supported');
      expect(error.message).to.contain('CompetenciesPort.getCompetencyProfile');
      expect(supportedPorts({ listGoals: async () => goalList(0) })).to.deep.equal([]);
      expect(supportedPorts({ getCompetencyProfile: async () => ({}) as never })).to.deep.equal(['CompetenciesPort']);
    });

    it('unavailable when the adapter does not answer in time', async () => {
      let signalSeen: AbortSignal | undefined;
      const api = withValidation({
        listGoals: (_q, opts) => { signalSeen = opts?.signal; return new Promise(() => {}); },
      }, { timeoutMs: 30 });
      const error = await failure(api.listGoals({}));
      expect(error.code).to.equal('unavailable');
      expect(error.message).to.equal('listGoals did not answer within 0.03 s');
      expect(signalSeen?.aborted, 'the adapter is told to stop').to.equal(true);
    });
  });

  describe('abort signals', () => {
    it('passes the signal through and rejects with an AbortError, not an AdapterError', async () => {
      let signalSeen: AbortSignal | undefined;
      const api = withValidation({ listGoals: (_q, opts) => { signalSeen = opts?.signal; return new Promise(() => {}); } });
      const controller = new AbortController();
      const pending = api.listGoals({}, { signal: controller.signal });
      await Promise.resolve();
      controller.abort();
      const error = await pending.then(() => null, (e: unknown) => e);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(AdapterError.is(error)).to.equal(false);
      expect(signalSeen?.aborted).to.equal(true);
    });

    it('does not call the adapter when already aborted', async () => {
      let called = false;
      const api = withValidation({ listGoals: async () => { called = true; return goalList(1); } });
      const error = await api.listGoals({}, { signal: AbortSignal.abort() }).then(() => null, (e: unknown) => e);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(called).to.equal(false);
    });

    it('passes other options (idempotency key, version) through unchanged', async () => {
      let seen: unknown;
      const api = withValidation({ deleteGoal: async (_id, opts) => { seen = opts; } });
      await api.deleteGoal('g1', { version: 3 });
      expect((seen as { version: number }).version).to.equal(3);
    });
  });

  it('is memoised per adapter so widget task keys stay stable', () => {
    const adapter = { listGoals: async () => goalList(0) };
    expect(withValidation(adapter)).to.equal(withValidation(adapter));
    expect(withValidation(adapter)).to.not.equal(withValidation({ ...adapter }));
  });
});

describe('withValidation: feedback lists tolerate bad items', () => {
  const good = (id: string, kind = 'praise') => ({
    id, kind, toId: 'p1', body: 'Thanks', competencyIds: [], values: [], visibility: 'public', requested: false,
    createdAt: '2026-03-01T10:00:00Z',
  });

  it('keeps the valid items, leaves out the bad ones and says how many', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const api = withValidation({
        listFeedback: async () => ({
          items: [good('a'), { ...good('b'), body: 42 }, good('c', 'kudos-from-the-future'), { id: 'd' }],
          nextCursor: null,
        }) as never,
      });
      const page = await api.listFeedback({ personId: 'p1' });
      expect(page.items.map((i) => i.id)).to.deep.equal(['a', 'c']);
      expect(page.items[1]!.kind, 'unknown kinds are kept for a generic view').to.equal('kudos-from-the-future');
      expect(page.dropped).to.equal(2);
      expect(warnings).to.have.length(1);
      expect(String((warnings[0] as unknown[])[0])).to.contain('items[1].body');
    } finally {
      console.warn = warn;
    }
  });

  it('a bad envelope is still an invalid-response', async () => {
    const api = withValidation({ listFeedback: async () => ({ items: [good('a')], nextCursor: 5 }) as never });
    const error = await failure(api.listFeedback({ personId: 'p1' }));
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.contain('listFeedback returned nextCursor');
  });
});

describe('withValidation: a new user\'s first adapter', () => {
  it('a response of the wrong shape gets a message showing the right one', async () => {
    const api = withValidation({ listGoals: async () => [goal('g1')] } as unknown as PerformanceAdapter);
    const error = await failure(api.listGoals({}));
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.equal('listGoals returned an array of 1 items; expected { goals: Goal[], people?: Person[] }');
  });

  it('backend-managed fields may be missing: a goal without version or updatedAt, a check-in without updatedAt', async () => {
    const { version: _v, updatedAt: _u, ...bare } = goal('g1');
    const api = withValidation({
      listGoals: async () => ({ goals: [bare] }),
      getCheckIn: async () => ({
        checkIn: null,
        previous: { id: 'c0', personId: 'p1', period: '2026-W47', status: 'submitted', goalUpdates: [], wins: '', blockers: '', focus: 'x', answers: {} },
        goals: [], questions: [],
      }),
    } as unknown as PerformanceAdapter);
    expect((await api.listGoals({})).goals[0]!.version).to.equal(undefined);
    expect((await api.getCheckIn({ personId: 'p1', period: '2026-W48' })).previous?.updatedAt).to.equal(undefined);
  });
});
