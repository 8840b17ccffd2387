/**
 * Benchmarks for <pm-feedback-timeline>, run by `npm run bench` (bench/run.mjs) or by opening this
 * page and calling `await pmBench()`:
 * - first render (element created → items in the DOM, layout done) with 1,000 and 100,000 items
 *   loaded, beside a bare lit-html list of 1,000 rows in the same run;
 * - @lit-labs/virtualizer over the same 100,000 items with a similar card, for the windowing choice;
 * - a scripted fast scroll through 100,000 items: one scroll step per frame from top to bottom, the
 *   longest frame of each pass;
 * - the JS heap after loading 100,000 items (the items alone, then with the widget showing them).
 */
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { FeedbackItem } from '@pm-widgets/core';
import { generateFeedback } from '@pm-widgets/core/memory';
import type { PmFeedbackTimeline } from '@pm-widgets/feedback-timeline';
import { html, render } from 'lit';

interface BenchRow { name: string; unit: 'ms' | 'MB'; samples: number[]; baseline?: boolean }

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

const heapMB = () => ((performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN) / 2 ** 20;
const gc = async () => {
  (globalThis as { gc?: () => void }).gc?.();
  await frame();
};

(window as unknown as { pmBench: () => Promise<BenchRow[]> }).pmBench = async () => {
  await gc();
  const heapBefore = heapMB();
  const k1 = newestFirst(generateFeedback({ count: 1_000, now: NOW }));
  const k100 = newestFirst(generateFeedback({ count: 100_000, now: NOW }));
  await gc();
  const heapItems = heapMB() - heapBefore;
  const results: BenchRow[] = [
    { name: 'bare lit-html list, 1,000 plain rows', unit: 'ms', baseline: true, samples: await sample(15, 3, () => bareListFirstRender(k1)) },
    { name: 'timeline first render, 1,000 items', unit: 'ms', samples: await sample(15, 3, () => timelineFirstRender(k1)) },
    { name: 'timeline first render, 100,000 items', unit: 'ms', samples: await sample(9, 2, () => timelineFirstRender(k100)) },
  ];
  const el = await mountTimeline(k100);
  // Rows past the first 2,000 are built in slices after the first render; the kind counts appear
  // when that is done. Scroll the finished list (a jump before then builds the rest in one go).
  for (let i = 0; i < 300 && !el.shadowRoot!.querySelector('.chip .count'); i++) await frame();
  // Let the collector deal with generating 200,000 items first; the frames should time the widget.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const longest: number[] = [];
  for (let pass = 0; pass < 3; pass++) longest.push(Math.round((await fastScroll(el, 240)) * 10) / 10);
  results.push({ name: 'fast scroll through 100,000 (240 frames): longest frame', unit: 'ms', samples: longest });
  await gc();
  const heapWith = heapMB() - heapBefore;
  const articles = el.shadowRoot!.querySelectorAll('article').length;
  el.remove();
  // Last: the virtualizer leaves work behind after its hosts are removed, which would slow what follows.
  results.push({ name: '@lit-labs/virtualizer first render, 100,000 similar cards', unit: 'ms', samples: await sample(5, 1, () => labsVirtualizer(k100)) });
  results.push({ name: 'JS heap: 100,000 items alone', unit: 'MB', samples: [Math.round(heapItems * 10) / 10] });
  results.push({ name: `JS heap: 100,000 items shown (${articles} articles in the DOM)`, unit: 'MB', samples: [Math.round(heapWith * 10) / 10] });
  return results;
};

async function sample(times: number, warmup: number, run: () => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + times; i++) {
    await frame();
    const ms = await run();
    if (i >= warmup) samples.push(Math.round(ms * 100) / 100);
  }
  return samples;
}
