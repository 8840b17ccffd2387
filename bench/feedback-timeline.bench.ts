/**
 * Benchmarks for <pm-feedback-timeline>, run by `npm run bench` (bench/run.mjs) or by opening this
 * page and calling `await pmBench()`:
 * - first render (element created → items in the DOM, layout done) with 1,000 and 100,000 items
 *   loaded, beside a bare lit-html list of 1,000 rows in the same run;
 * - first render through an adapter (so through core's validating wrapper, validation on) holding
 *   1,000 and 100,000 items: the timeline asks for its first page (`page-size`, 50) with counts;
 *   target: 100,000 within 3× of 1,000;
 * - @lit-labs/virtualizer over the same 100,000 items with a similar card, for the windowing choice;
 * - a scripted fast scroll through 100,000 items: one scroll step per frame from top to bottom, the
 *   longest frame of each pass;
 * - the JS heap after loading 100,000 items (the items alone, then with the widget showing them).
 */
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { FeedbackItem, FeedbackPage, FeedbackQuery, PerformanceAdapter } from '@pm-widgets/core';
import { generateFeedback } from '@pm-widgets/core/memory';
import type { PmFeedbackTimeline } from '@pm-widgets/feedback-timeline';
import { heapGrowth, scenarios } from './harness.js';
import { html, render } from 'lit';

const stage = document.getElementById('stage')!;
const NOW = new Date('2026-11-30T12:00:00Z');
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function layout(): void {
  void stage.getBoundingClientRect();
  void document.body.offsetHeight;
}

const newestFirst = (items: FeedbackItem[]) =>
  items.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));

async function settle(el: PmFeedbackTimeline): Promise<void> {
  while (!(await el.updateComplete));
}

async function mountTimeline(items: readonly FeedbackItem[]): Promise<PmFeedbackTimeline> {
  const el = document.createElement('pm-feedback-timeline');
  el.items = items;
  stage.append(el);
  await settle(el);
  return el;
}

async function timelineFirstRender(items: readonly FeedbackItem[]): Promise<number> {
  const started = performance.now();
  const el = await mountTimeline(items);
  layout();
  await settle(el); // the measurement pass after layout, if rows came out another height
  layout();
  const elapsed = performance.now() - started;
  if (el.shadowRoot!.querySelectorAll('article').length === 0) throw new Error('no items rendered');
  el.remove();
  return elapsed;
}

async function bareListFirstRender(items: readonly FeedbackItem[]): Promise<number> {
  const started = performance.now();
  const host = document.createElement('div');
  stage.append(host);
  render(html`<ul>${items.map((f) => html`<li>${f.body}</li>`)}</ul>`, host);
  layout();
  const elapsed = performance.now() - started;
  host.remove();
  return elapsed;
}

const card = (f: FeedbackItem) => html`<article style="padding:12px;border:1px solid #ccc;margin:4px 8px">
  <h3 style="margin:0;font-size:15px">${f.kind} ${f.from?.name ?? 'Anonymous'}</h3>
  <p style="margin:0;font-size:12px">${f.createdAt}</p>
  <div style="white-space:pre-line">${f.body}</div>
</article>`;

async function labsVirtualizer(items: readonly FeedbackItem[]): Promise<number> {
  const started = performance.now();
  const host = document.createElement('div');
  host.style.cssText = 'height:576px;overflow:auto';
  stage.append(host);
  render(html`${virtualize({ items: items as FeedbackItem[], renderItem: card })}`, host);
  // The virtualizer renders its first items asynchronously: wait for them.
  for (let i = 0; i < 100 && host.querySelectorAll('article').length === 0; i++) await frame();
  layout();
  const elapsed = performance.now() - started;
  if (host.querySelectorAll('article').length === 0) throw new Error('no rows rendered');
  host.remove();
  return elapsed;
}

/** Scrolls from top to bottom in `steps` frames; returns the longest frame (ms). */
async function fastScroll(el: PmFeedbackTimeline, steps: number): Promise<number> {
  const feed = el.shadowRoot!.querySelector<HTMLElement>('.feed')!;
  feed.scrollTop = 0;
  await settle(el);
  await frame();
  let last = await frame();
  let longest = 0;
  const max = feed.scrollHeight - feed.clientHeight;
  for (let i = 1; i <= steps; i++) {
    feed.scrollTop = Math.round((max * i) / steps);
    const now = await frame();
    longest = Math.max(longest, now - last);
    last = now;
  }
  await settle(el);
  if (!el.shadowRoot!.querySelector('article[aria-posinset="100000"]')) throw new Error('the last item was not reached');
  return longest;
}

/**
 * A hand-written adapter as a real page has one: cursor paging over `all` (newest first), the total
 * and the counts per kind on the first page. Every call answers new page objects, so nothing is
 * cached across samples; the items go through core's validating wrapper like any adapter's.
 */
function feedbackAdapter(all: readonly FeedbackItem[]): PerformanceAdapter {
  return {
    listFeedback: async (query: FeedbackQuery): Promise<FeedbackPage> => {
      const start = query.cursor ? Number(query.cursor) : 0;
      const limit = query.limit ?? 50;
      const items = all.slice(start, start + limit);
      const end = start + items.length;
      const page: FeedbackPage = { items, nextCursor: end < all.length ? String(end) : null, total: all.length };
      if (query.counts) {
        const counts: Record<string, number> = {};
        for (const item of all) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
        page.counts = counts;
      }
      if (!query.cursor) page.person = { id: 'p-bench', name: 'Bench Person' };
      return page;
    },
  };
}

async function timelineThroughAdapter(all: readonly FeedbackItem[]): Promise<number> {
  const adapter = feedbackAdapter(all);
  const started = performance.now();
  const el = document.createElement('pm-feedback-timeline');
  el.adapter = adapter;
  el.person = 'p-bench';
  stage.append(el);
  const first = () => el.shadowRoot?.querySelector('article');
  while (!first()) {
    if (performance.now() - started > 30_000) throw new Error('the timeline did not load through the adapter');
    await el.updateComplete;
    if (!first()) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await settle(el);
  layout();
  await settle(el); // the measurement pass after layout, if rows came out another height
  layout();
  const elapsed = performance.now() - started;
  el.remove();
  return elapsed;
}

const gc = async () => {
  (globalThis as { gc?: () => void }).gc?.();
  await frame();
};

const memo = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};
const k1 = memo(() => newestFirst(generateFeedback({ count: 1_000, now: NOW })));
const k100 = memo(() => newestFirst(generateFeedback({ count: 100_000, now: NOW })));

/** A finished 100,000-item timeline, once per page (rows past 2,000 are built in idle slices). */
const scrolled = memo(async () => {
  const el = await mountTimeline(k100());
  for (let i = 0; i < 300 && !el.shadowRoot!.querySelector('.chip .count'); i++) await frame();
  await gc();
  return el;
});

scenarios([
  { name: 'bare lit-html list, 1,000 plain rows', baseline: true, run: () => bareListFirstRender(k1()) },
  { name: 'timeline first render, 1,000 items (.items)', run: () => timelineFirstRender(k1()) },
  { name: 'timeline first render, 100,000 items (.items)', scaleOf: 'timeline first render, 1,000 items (.items)', run: () => timelineFirstRender(k100()) },
  { name: 'timeline through an adapter, 1,000 items', run: () => timelineThroughAdapter(k1()) },
  { name: 'timeline through an adapter, 100,000 items', run: () => timelineThroughAdapter(k100()) },
  // The value is the longest frame of one top-to-bottom pass of 240 frames (one step per frame).
  { name: 'fast scroll through 100,000 (240 frames): longest frame', standalone: true, frame: true, run: async () => fastScroll(await scrolled(), 240) },
  { name: '@lit-labs/virtualizer first render, 100,000 similar cards', run: () => labsVirtualizer(k100()) },
  {
    name: 'memory: bare lit-html list 1,000 rows, 20 mount/unmount cycles', unit: 'MB', baseline: true,
    run: () => heapGrowth(async () => void (await bareListFirstRender(k1()))),
  },
  {
    name: 'memory: timeline 1,000 items, 20 mount/unmount cycles', unit: 'MB',
    run: () => heapGrowth(async () => void (await timelineFirstRender(k1()))),
  },
]);
