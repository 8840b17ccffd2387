import type { FeedbackItem, FeedbackPage, PerformanceAdapter } from '@pm-widgets/core';

export const PERSON = 'p-ada';
export const ADA = { id: PERSON, name: 'Ada Lovelace' };
export const GRACE = { id: 'p-grace', name: 'Grace Hopper', avatarUrl: 'https://example.com/grace.png' };

const KINDS = ['praise', 'constructive', 'coaching', 'recognition', 'note'] as const;

/** A valid item; `i` spreads them over time, newest first (one every 7 hours). */
export function item(i: number, overrides: Partial<FeedbackItem> = {}): FeedbackItem {
  return {
    id: `fb-${i}`,
    kind: KINDS[i % KINDS.length]!,
    from: i % 5 === 4 ? { ...ADA } : { ...GRACE },
    toId: PERSON,
    body: `Feedback number ${i}: clear notes and a calm hand in the incident review.`,
    competencyIds: i % 3 === 0 ? ['c-comm'] : [],
    values: i % 4 === 0 ? ['Customer first'] : [],
    visibility: (['public', 'private', 'manager'] as const)[i % 3]!,
    requested: false,
    createdAt: new Date(Date.UTC(2026, 10, 28, 12) - i * 7 * 3_600_000).toISOString(),
    ...overrides,
  };
}

export const items = (count: number, from = 0) => Array.from({ length: count }, (_, i) => item(from + i));

export function page(list: FeedbackItem[], nextCursor: string | null, extra: Partial<FeedbackPage> = {}): FeedbackPage {
  return {
    items: list,
    nextCursor,
    catalogue: { competencies: [{ id: 'c-comm', name: 'Communication' }], values: ['Customer first', 'Own it'] },
    person: { ...ADA },
    ...extra,
  };
}

type Call = { query: Record<string, unknown> };

/** A listFeedback that pages through `all` in pages of `size`; `fail(n)` makes call n (0-based) fail. */
export function pagedAdapter(all: FeedbackItem[], size: number, fail: (call: number) => boolean = () => false) {
  const calls: Call[] = [];
  const adapter: PerformanceAdapter = {
    async listFeedback(query) {
      const n = calls.length;
      calls.push({ query: query as never });
      await new Promise((r) => setTimeout(r, 5));
      if (fail(n)) throw new TypeError('Failed to fetch');
      const start = query.cursor ? Number(query.cursor) : 0;
      const matching = query.kinds?.length ? all.filter((f) => (query.kinds as string[]).includes(f.kind)) : all;
      const slice = matching.slice(start, start + size);
      const next = start + size < matching.length ? String(start + size) : null;
      return page(slice, next, { total: matching.length, counts: { praise: 1, coaching: 2 } });
    },
  };
  return { adapter, calls };
}
