import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { AdapterError, STAGED_CHECK_FROM, goalListCheck, goalListSchema, goalSchema, personSchema, withValidation } from '@pm-widgets/core';
import { generateGoalForest } from '@pm-widgets/goal-tree/testing';
import { FAIL, checkFor } from '../../packages/core/src/schemas/check.js';
import { CHECKS } from '../../packages/core/src/schemas/checks.generated.js';
import { zodAgreement } from './zod-agreement.js';

// The generated checks (no zod) for a goal, a person and a goal list's people.
const checkGoal = checkFor(CHECKS.goal);
const checkPeople = checkFor(CHECKS.people);
import { goal } from '../shared/fixtures.js';

// Each field: absent, a valid value, or an invalid one (wrong type, out of range, too long, reserved).
const ABSENT = Symbol('absent');
const field = (...values: unknown[]) => fc.constantFrom(ABSENT, ...values);
const id = ['g1', 'x'.repeat(128), '', 'x'.repeat(129), '__proto__', 7, null, undefined];
const date = ['2026-02-28', '2026-02-30', '2026-2-1', 20260101, undefined];
const dateTime = ['2026-11-20T10:00:00Z', '2026-11-20T10:00:00.123+01:00', '2026-11-20T10:00:00', '2026-11-20', undefined];
const keyResult = fc.record({
  id: field(...id), title: field('KR', '', 'x'.repeat(201)), kind: field('number', 'percent', 'boolean', 'nope'),
  start: field(0, -5, Infinity, NaN, '1'), target: field(1, 10), current: field(0.5, Number.NaN), unit: field('%', 'x'.repeat(25), undefined),
  extra: field(1),
}, { requiredKeys: [] });
const goalArb = fc.record({
  id: field(...id), parentId: field(null, ...id), title: field('Grow', '', 'x'.repeat(200), 'x'.repeat(201), 3),
  description: field('why', 'x'.repeat(5001), undefined, null), level: field('team', 'individual', 'galaxy'),
  ownerId: field(...id), cycleId: field('c1', ''), status: field('on-track', 'done', 'lost'),
  progress: field(0, 1, 0.4, 1.01, -0.1, NaN, '0.5'), progressMode: field('manual', 'children', 'vibes'),
  weight: field(0, 1, 1000, 1001, -1, Infinity), startDate: field(...date), dueDate: field(...date),
  keyResults: fc.oneof(fc.constant(ABSENT), fc.array(keyResult, { maxLength: 3 }), fc.constant('none')),
  alignedTo: field([], [{ goalId: 'g2' }], [{ goalId: 'g2', keyResultId: 'k1' }], [{ goalId: '' }], [{ goalId: 'g2', other: 1 }], undefined),
  version: field(0, 3, -1, 1.5, 2 ** 60, undefined), updatedAt: field(...dateTime), createdAt: field(...dateTime),
  surprise: field('unknown key'),
}, { requiredKeys: [] });
const KEYS = ['id', 'parentId', 'title', 'description', 'level', 'ownerId', 'cycleId', 'status', 'progress', 'progressMode',
  'weight', 'startDate', 'dueDate', 'keyResults', 'alignedTo', 'version', 'updatedAt', 'createdAt', 'surprise'];
const strip = (o: unknown): unknown =>
  Array.isArray(o) ? o.map(strip) : o && typeof o === 'object'
    ? Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ABSENT).map(([k, v]) => [k, strip(v)])) : o;

describe('the generated goal check (validating wrapper, large lists)', () => {
  it('accepts exactly what zod accepts, and answers what zod answers (unknown keys left out)', () => {
    let accepted = 0;
    let rejected = 0;
    // A valid goal with up to three fields replaced, removed or added.
    const changed = fc.tuple(goalArb, fc.shuffledSubarray(KEYS, { maxLength: 3 })).map(([raw, keys]) => {
      const value: Record<string, unknown> = { ...goal('g1', { description: 'd', ownerId: 'p1', keyResults: [{ id: 'k', title: 'K', kind: 'percent', start: 0, target: 1, current: 0.2 }] }) };
      for (const key of keys) {
        const v = (raw as Record<string, unknown>)[key];
        if (v === ABSENT || !(key in raw)) delete value[key];
        else value[key] = strip(v);
      }
      return value;
    });
    fc.assert(fc.property(changed, (value) => {
      const out = checkGoal(value);
      const result = z.safeParse(goalSchema, value);
      // Plain objects only here, so the check must never leave a valid goal to zod.
      expect(out !== FAIL, JSON.stringify(value)).to.equal(result.success);
      if (out === FAIL) return void rejected++;
      accepted++;
      expect(out).to.deep.equal(result.data);
      // Valid as it is: kept as it came, not copied.
      if (JSON.stringify(result.data) === JSON.stringify(value)) expect(out).to.equal(value);
    }), { numRuns: 3000 });
    // Not vacuous: both answers occur.
    expect(accepted).to.be.greaterThan(100);
    expect(rejected).to.be.greaterThan(100);
  });

  it('takes the fast path for generated forests and agrees with zod on them', () => {
    const { goals } = generateGoalForest({ count: 2_000 });
    for (const g of goals) expect(checkGoal(g), JSON.stringify(g)).to.equal(g);
    expect(z.safeParse(goalListSchema, { goals }).data!.goals).to.deep.equal(goals);
  });

  it('still fails the whole list for one bad goal anywhere in 100,000, with zod’s message (after the first stage, through goalListCheck)', async function () {
    this.timeout(60_000); // 100,000 goals on a loaded machine
    const { goals, people } = generateGoalForest({ count: 100_000 });
    const bad = goals.map((g, i) => (i === 99_999 ? { ...g, progress: 2 } : g));
    const api = withValidation({ listGoals: async () => ({ goals: bad, people }) });
    // The first 1,000 goals and the people are checked before the answer; the rest in stages.
    const list = await api.listGoals({});
    const check = goalListCheck(list);
    expect(check).to.be.instanceOf(Promise);
    let error: unknown;
    try {
      await check;
    } catch (e) {
      error = e;
    }
    expect(AdapterError.is(error)).to.equal(true);
    expect((error as AdapterError).code).to.equal('invalid-response');
    expect((error as AdapterError).message).to.contain('goals[99999].progress');
  });

  it('fails the answer itself for a bad goal in the first stage or in a list too short to stage', async function () {
    this.timeout(60_000);
    for (const [count, at] of [[10_000, 999], [STAGED_CHECK_FROM - 1, 4_000]] as const) {
      const { goals } = generateGoalForest({ count });
      const bad = goals.map((g, i) => (i === at ? { ...g, title: '' } : g));
      let error: unknown;
      try {
        await withValidation({ listGoals: async () => ({ goals: bad }) }).listGoals({});
      } catch (e) {
        error = e;
      }
      expect((error as AdapterError).code, `${count}`).to.equal('invalid-response');
      expect((error as AdapterError).message).to.contain(`goals[${at}].title`);
    }
  });

  it('resolves the staged check with the list when every goal is valid, and with zod’s copy when zod drops an unknown key', async function () {
    this.timeout(60_000);
    const { goals } = generateGoalForest({ count: 20_000 });
    const valid = await withValidation({ listGoals: async () => ({ goals }) }).listGoals({});
    expect(await goalListCheck(valid)).to.equal(valid);
    const extra = goals.map((g, i) => (i === 15_000 ? { ...g, extra: 1 } : g));
    const listed = await withValidation({ listGoals: async () => ({ goals: extra }) }).listGoals({});
    const checked = await goalListCheck(listed)!;
    expect(checked).to.not.equal(listed);
    expect(checked.goals[15_000]).to.not.have.property('extra');
    expect(checked.goals[15_000]).to.deep.equal(goals[15_000]);
  });

  it('returns the goals as they came on the fast path, and zod’s copy without unknown keys otherwise', async () => {
    const goals = [goal('a'), goal('b', { parentId: 'a' })];
    const fast = await withValidation({ listGoals: async () => ({ goals }) }).listGoals({});
    expect(fast.goals).to.equal(goals);
    const withExtra = [goal('a'), { ...goal('b'), extra: 1 }];
    const slow = await withValidation({ listGoals: async () => ({ goals: withExtra }) }).listGoals({});
    expect(slow.goals[1]).to.not.have.property('extra');
  });

  it('accepts exactly the people zod accepts (the people of a large goal list)', () => {
    const personArb = fc.record({
      id: field(...id), name: field('Ada', '', 'x'.repeat(200), 'x'.repeat(201), 3),
      title: field('CTO', '', 'x'.repeat(201), null, undefined),
      avatarUrl: field('https://example.com/a.png', 'http://x.test/a', 'javascript:alert(1)', 'data:image/png;base64,AA', 'not a url', 'ftp://x.test/a', '', 5),
      managerId: field(null, ...id), teamId: field('t1', '', 9), surprise: field('unknown key'),
    }, { requiredKeys: [] }).map(strip);
    let accepted = 0;
    let rejected = 0;
    const { agree, tally } = zodAgreement('person');
    fc.assert(fc.property(personArb, agree), { numRuns: 3000 });
    expect(tally.accepted).to.be.greaterThan(0);
    expect(tally.refused).to.be.greaterThan(0);
    const { people } = generateGoalForest({ count: 2_000 });
    expect(checkPeople(people)).to.equal(people);
  });

  it('still fails the list for one bad person among many, with zod’s message', async () => {
    const { goals, people } = generateGoalForest({ count: 10_000 });
    const bad = people!.map((p, i) => (i === 1_000 ? { ...p, avatarUrl: 'javascript:alert(1)' } : p));
    let error: unknown;
    try {
      await withValidation({ listGoals: async () => ({ goals, people: bad }) }).listGoals({});
    } catch (e) {
      error = e;
    }
    expect(AdapterError.is(error)).to.equal(true);
    expect((error as AdapterError).message).to.contain('people[1000].avatarUrl');
  });
});
