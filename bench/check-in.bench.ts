/**
 * <pm-check-in> benchmark, 50 goals: time from a keystroke (an `input` event on a text field) to
 * the updated render. Two measures, each with a baseline (the same keystroke on a bare textarea in
 * a trivial Lit element):
 * - "work": until `updateComplete` resolved and layout was forced — the main-thread cost that must
 *   fit in a frame (target < 16 ms median);
 * - "next frame": until `updateComplete` plus one `requestAnimationFrame`. Each keystroke starts
 *   right after a frame, so this is quantised to the display's frame (about 16.7 ms at 60 Hz)
 *   whenever the work fits in one frame; about 33 ms would mean a dropped frame.
 */
import { LitElement, html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CheckIn, CheckInContext, CheckInDraft, Goal, PerformanceAdapter } from '@pm-widgets/core';
import '@pm-widgets/check-in/pm-check-in.js';
import type { PmCheckIn } from '@pm-widgets/check-in';
import { heapGrowth, scenarios } from './harness.js';

const WARMUP = 5;
const GOALS = 50;

class BenchBareTextarea extends LitElement {
  static override properties = { text: { state: true } };
  declare text: string;
  constructor() {
    super();
    this.text = '';
  }
  override render() {
    return html`<label for="t">Wins</label>
      <textarea id="t" .value=${live(this.text)} @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}></textarea>
      <p>${this.text.length}</p>`;
  }
}
if (!customElements.get('bench-bare-textarea')) customElements.define('bench-bare-textarea', BenchBareTextarea);

function goal(i: number): Goal {
  return {
    id: `g-${i}`, parentId: null, title: `Goal number ${i + 1} with a realistic title`, level: 'individual',
    status: 'on-track', progress: (i % 10) / 10, progressMode: 'manual', weight: 1, keyResults: [], version: 1,
    updatedAt: '2026-11-01T09:00:00Z',
  };
}

function context(): CheckInContext {
  const goals = Array.from({ length: GOALS }, (_, i) => goal(i));
  const previous: CheckIn = {
    id: 'prev', personId: 'p-1', period: '2026-W46', status: 'submitted', mood: 4, wins: '', blockers: '',
    focus: 'Last week’s focus', answers: {}, updatedAt: '2026-11-13T16:00:00Z',
    goalUpdates: goals.map((g) => ({ goalId: g.id, progress: Math.max(0, g.progress - 0.1), confidence: 6 })),
  };
  return {
    person: { id: 'p-1', name: 'Bench Person', managerId: 'p-2' }, checkIn: null, previous, goals,
    questions: [{ id: 'q', kind: 'text', text: 'What did you learn?', required: false }],
  };
}

const adapter: PerformanceAdapter = {
  getCheckIn: async () => structuredClone(context()),
  saveCheckInDraft: async (draft: CheckInDraft) => ({ ...draft, id: 'ci', status: 'draft', updatedAt: new Date().toISOString() }),
};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

type Until = 'work' | 'next-frame';

/** Types one character into `field` and waits for `el`'s render; returns the milliseconds. */
async function keystroke(el: LitElement, field: HTMLTextAreaElement, until: Until): Promise<number> {
  await frame();
  const start = performance.now();
  field.value += 'a';
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'a', inputType: 'insertText' }));
  await el.updateComplete;
  if (until === 'next-frame') await frame();
  else el.getBoundingClientRect() && field.offsetHeight; // force style and layout
  return performance.now() - start;
}

async function mountCheckIn(): Promise<PmCheckIn> {
  const stage = document.getElementById('stage')!;
  stage.replaceChildren();
  localStorage.clear();
  const el = document.createElement('pm-check-in');
  el.adapter = adapter;
  el.setAttribute('person', 'p-1');
  el.setAttribute('period', '2026-W47');
  stage.append(el);
  const start = performance.now();
  while (!el.shadowRoot?.querySelector('#wins')) {
    if (performance.now() - start > 10_000) throw new Error('pm-check-in did not load');
    await frame();
  }
  await el.updateComplete;
  return el;
}

const memo = <T>(make: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
};
const bare = memo(async () => {
  const el = document.createElement('bench-bare-textarea') as BenchBareTextarea;
  document.getElementById('stage')!.append(el);
  await el.updateComplete;
  return el;
});
const checkIn = memo(mountCheckIn);
const bareField = (el: BenchBareTextarea) => el.shadowRoot!.querySelector('textarea')!;
const winsField = (el: PmCheckIn) => el.shadowRoot!.querySelector<HTMLTextAreaElement>('#wins')!;
const noteField = (el: PmCheckIn) => el.shadowRoot!.querySelector<HTMLTextAreaElement>('#goal-25-note')!;

async function mountCycle(): Promise<void> {
  const el = await mountCheckIn();
  el.remove();
}

scenarios([
  { name: 'keystroke → render (work): bare Lit textarea', baseline: true, warmup: WARMUP, interaction: true, run: async () => { const el = await bare(); return keystroke(el, bareField(el), 'work'); } },
  { name: `keystroke → render (work): check-in "wins", ${GOALS} goals`, warmup: WARMUP, interaction: true, run: async () => { const el = await checkIn(); return keystroke(el, winsField(el), 'work'); } },
  { name: `keystroke → render (work): check-in goal note, ${GOALS} goals`, warmup: WARMUP, interaction: true, run: async () => { const el = await checkIn(); return keystroke(el, noteField(el), 'work'); } },
  { name: 'keystroke → next frame: bare Lit textarea', baseline: true, warmup: WARMUP, run: async () => { const el = await bare(); return keystroke(el, bareField(el), 'next-frame'); } },
  { name: `keystroke → next frame: check-in "wins", ${GOALS} goals`, warmup: WARMUP, run: async () => { const el = await checkIn(); return keystroke(el, winsField(el), 'next-frame'); } },
  {
    name: 'memory: bare Lit textarea, 20 mount/unmount cycles', unit: 'MB', baseline: true,
    run: () => heapGrowth(async () => {
      const el = document.createElement('bench-bare-textarea') as BenchBareTextarea;
      document.getElementById('stage')!.append(el);
      await el.updateComplete;
      el.remove();
    }),
  },
  { name: `memory: check-in ${GOALS} goals, 20 mount/unmount cycles`, unit: 'MB', run: () => heapGrowth(mountCycle) },
]);
