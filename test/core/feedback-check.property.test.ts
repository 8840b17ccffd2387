import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { feedbackItemSchema, withValidation, type FeedbackItem } from '@pm-widgets/core';
import { generateFeedback } from '@pm-widgets/core/memory';
import { checkFor } from '../../packages/core/src/schemas/check.js';
import { CHECKS } from '../../packages/core/src/schemas/checks.generated.js';
import { zodAgreement } from './zod-agreement.js';

const checkItem = checkFor(CHECKS.feedbackItem);

// Each field: absent, a valid value, or an invalid one (wrong type, too long, reserved, bad URL).
const ABSENT = Symbol('absent');
const field = (...values: unknown[]) => fc.constantFrom(ABSENT, ...values);
const id = ['f1', 'x'.repeat(128), '', 'x'.repeat(129), '__proto__', 'constructor', 7, null, undefined];
const url = ['https://example.com/a', 'http://example.com', 'javascript:alert(1)', 'ftp://example.com', 'not a url', 'https://', '', 3, undefined];
const dateTime = ['2026-11-20T10:00:00Z', '2026-11-20T10:00:00.123+01:00', '2026-11-20T10:00:00', '2026-11-20', '2026-13-01T00:00:00Z', 5, undefined];
const personArb = fc.record({
  id: field(...id), name: field('Ann', '', 'x'.repeat(200), 'x'.repeat(201)), title: field('Lead', 'x'.repeat(201), undefined),
  avatarUrl: field(...url), managerId: field(null, 'p2', '', undefined), teamId: field('t1', '__proto__'), extra: field(1),
}, { requiredKeys: [] });
const itemArb = fc.record({
  id: field(...id), kind: field('praise', 'note', 'from-a-newer-backend', '', 'x'.repeat(41), 1),
  from: fc.oneof(fc.constant(ABSENT), personArb, fc.constant(null), fc.constant('p1')), toId: field(...id),
  body: field('Great work', '', 'x'.repeat(5000), 'x'.repeat(5001), 4), competencyIds: field([], ['c1', 'c2'], [''], ['__proto__'], 'c1', Array(51).fill('c')),
  values: field([], ['Ownership'], [''], ['x'.repeat(201)], [3]), visibility: field('public', 'private', 'manager', 'everyone'),
  requested: field(true, false, 'yes', 0), link: field(...url), requestId: field('r1', ''), question: field('How did I do?', 'x'.repeat(501), undefined),
  createdAt: field(...dateTime), surprise: field('unknown key'),
}, { requiredKeys: [] });
const KEYS = ['id', 'kind', 'from', 'toId', 'body', 'competencyIds', 'values', 'visibility', 'requested', 'link', 'requestId', 'question', 'createdAt', 'surprise'];
const strip = (o: unknown): unknown =>
  Array.isArray(o) ? o.map(strip) : o && typeof o === 'object'
    ? Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ABSENT).map(([k, v]) => [k, strip(v)])) : o;

const valid = (): FeedbackItem => ({
  id: 'f1', kind: 'praise', from: { id: 'p1', name: 'Ann', avatarUrl: 'https://example.com/a.png', managerId: null },
  toId: 'p2', body: 'Great work', competencyIds: ['c1'], values: ['Ownership'], visibility: 'public', requested: true,
  requestId: 'r1', question: 'How did I do?', link: 'https://example.com/doc', createdAt: '2026-11-20T10:00:00Z',
});

describe('the generated feedback item check (validating wrapper, feedback pages)', () => {
  it('accepts exactly what zod accepts, and answers what zod answers', () => {
    let accepted = 0;
    let rejected = 0;
    // A valid item with up to three fields replaced, removed or added.
    const changed = fc.tuple(itemArb, fc.shuffledSubarray(KEYS, { maxLength: 3 })).map(([raw, keys]) => {
      const value: Record<string, unknown> = { ...valid() };
      for (const key of keys) {
        const v = (raw as Record<string, unknown>)[key];
        if (v === ABSENT || !(key in raw)) delete value[key];
        else value[key] = strip(v);
      }
      return value;
    });
    const { agree, tally } = zodAgreement('feedbackItem');
    fc.assert(fc.property(changed, agree), { numRuns: 4000 });
    // Not vacuous: both answers occur.
    expect(tally.accepted).to.be.greaterThan(100);
    expect(tally.refused).to.be.greaterThan(100);
  });

  it('passes every generated item as it came (so real data never loads zod)', () => {
    const items = generateFeedback({ count: 2_000, now: new Date('2026-11-30T12:00:00Z') });
    for (const item of items) expect(checkItem(item), JSON.stringify(item)).to.equal(item);
    expect(items.map((item) => z.safeParse(feedbackItemSchema, item).data)).to.deep.equal(items);
  });

  it('keeps exact items as they came, and drops a bad item anywhere in the page with zod’s message', async () => {
    const items: unknown[] = generateFeedback({ count: 500, now: new Date('2026-11-30T12:00:00Z') });
    items[499] = { ...(items[499] as FeedbackItem), link: 'javascript:alert(1)' };
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const api = withValidation({ listFeedback: async () => ({ items, nextCursor: null }) as never });
      const page = await api.listFeedback({ personId: 'p1' });
      expect(page.items).to.have.length(499);
      expect(page.dropped).to.equal(1);
      expect(page.items[0]).to.equal(items[0]);
      expect(warnings.join('\n')).to.contain('items[499].link');
    } finally {
      console.warn = warn;
    }
  });
});
