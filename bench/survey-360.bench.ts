/**
 * <pm-survey-360> benchmark, every question on one page (`layout="single"`):
 * - first render of 12 competencies × 5 ratings (60) and of 40 × 5 (200), from setting the
 *   assignment to a laid-out DOM (sections out of view skip layout: `content-visibility: auto`), each beside a baseline measured in the same run: a bare lit-html
 *   form with the same number of native radio groups (fieldset, legend, five labelled radios);
 *   target: 60 questions ≤ 1.5× the bare form;
 * - first render through an adapter (so through core's validating wrapper, validation on) at 60
 *   and 200 questions, in the default layout (`paged`: the first section) and in `single`;
 *   target: 200 within 3× of 60 in the default layout (what users get); the single-page ratio is
 *   reported (it renders every question, 3.3× as many);
 * - one answer change (a click on a point → `change` → updated and laid-out DOM) at 60 and at 200
 *   questions, beside the same click on the bare form; target < 16 ms at 200, and not growing with
 *   the question count.
 */
import { html, render } from 'lit';
import type { PerformanceAdapter, Survey, SurveyAssignment } from '@pm-widgets/core';
import '@pm-widgets/survey-360/pm-survey-360.js';
import type { PmSurvey360 } from '@pm-widgets/survey-360';
import { scenarios, heapGrowth } from './harness.js';

const WARMUP = 3;
const LABELS = ['Rarely', 'Sometimes', 'Often', 'Very often', 'Always'];

function survey(sections: number, perSection = 5): Survey {
  return {
    id: 'bench', title: 'Bench 360', threshold: 3,
    scale: { min: 1, max: 5, labels: LABELS },
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `s${s}`, title: `Competency ${s + 1}`, description: 'What good looks like for this competency.',
      questions: Array.from({ length: perSection }, (_, q) => ({
        id: `q${s}-${q}`, kind: 'rating', text: `Statement ${q + 1} about competency ${s + 1}, as long as a real one tends to be.`,
        required: true, allowNA: q === 0,
      })),
    })),
  };
}

const assignment = (s: Survey): SurveyAssignment => ({
  id: `bench-${s.sections.length}`, survey: s, subject: { id: 'p', name: 'Bench Subject', title: 'Manager' },
  relationship: 'peer', status: 'open', dueDate: '2099-01-01',
});

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const stage = () => document.getElementById('stage')!;

/** The baseline: a bare lit-html form with the same native radio groups. */
function bareForm(s: Survey) {
  const questions = s.sections.flatMap((section) => section.questions);
  return html`<form>${questions.map((q) => html`<fieldset>
    <legend>${q.text}</legend>
    ${LABELS.map((label, i) => html`<label><input type="radio" name=${q.id} value=${i + 1} />${i + 1} ${label}</label>`)}
  </fieldset>`)}</form>`;
}

async function firstRenderBare(s: Survey): Promise<number> {
  const host = document.createElement('div');
  stage().replaceChildren(host);
  await frame();
  const start = performance.now();
  // A fresh container each time: lit-html would otherwise reuse the part it rendered before.
  render(bareForm(s), host);
  host.offsetHeight; // force style and layout
  const ms = performance.now() - start;
  return ms;
}

async function firstRenderSurvey(s: Survey, layout: 'single' | 'paged' = 'single'): Promise<number> {
  const host = stage();
  host.replaceChildren();
  localStorage.clear();
  await frame();
  const start = performance.now();
  const el = document.createElement('pm-survey-360');
  el.layout = layout;
  el.assignment = assignment(s);
  host.append(el);
  await el.updateComplete;
  el.offsetHeight;
  return performance.now() - start;
}

/**
 * A hand-written adapter as a real page has one: every call answers a new assignment object (as a
 * JSON response would), so nothing is cached across samples; it goes through core's validating
 * wrapper like any adapter's.
 */
const surveyAdapter = (sections: number): PerformanceAdapter => ({
  getAssignment: async () => assignment(survey(sections)),
});

async function firstRenderThroughAdapter(sections: number, layout: 'single' | 'paged'): Promise<number> {
  const host = stage();
  host.replaceChildren();
  localStorage.clear();
  await frame();
  const adapter = surveyAdapter(sections);
  const start = performance.now();
  const el = document.createElement('pm-survey-360');
  el.layout = layout;
  el.adapter = adapter;
  el.assignment = `bench-${sections}`;
  host.append(el);
  const question = () => el.shadowRoot?.querySelector('[data-question]');
  while (!question()) {
    if (performance.now() - start > 30_000) throw new Error('the survey did not load through the adapter');
    await el.updateComplete;
    if (!question()) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await el.updateComplete;
  el.offsetHeight;
  return performance.now() - start;
}

/** One click on a point of the middle question of a survey rendered once per page. */
function answerChange(mount: () => Promise<HTMLInputElement[]>, wait: () => Promise<unknown>) {
  return async () => {
    const inputs = await mount();
    await frame();
    const input = inputs[(inputs.findIndex((i) => i.checked) + 1) % 5]!;
    const start = performance.now();
    input.click();
    await wait();
    stage().offsetHeight;
    return performance.now() - start;
  };
}

const once = <T>(make: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
};
const s60 = survey(12);
const s200 = survey(40);
let mounted: PmSurvey360 | undefined;
const mountSurvey = (s: Survey) => once(async () => {
  const host = stage();
  host.replaceChildren();
  localStorage.clear();
  const el = document.createElement('pm-survey-360') as PmSurvey360;
  el.layout = 'single';
  el.autosaveDelay = 60_000;
  el.assignment = assignment(s);
  host.append(el);
  await el.updateComplete;
  mounted = el;
  const questions = s.sections.flatMap((section) => section.questions);
  const middle = questions[questions.length >> 1]!;
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`[data-question="${middle.id}"] input`)];
});
const mountBare = once(async () => {
  const host = document.createElement('div');
  stage().replaceChildren(host);
  render(bareForm(s60), host);
  return [...host.querySelectorAll<HTMLInputElement>('fieldset:nth-of-type(30) input')];
});
const mount60 = mountSurvey(s60);
const mount200 = mountSurvey(s200);

scenarios([
  { name: 'first render: bare lit-html form, 60 radio groups', baseline: true, warmup: WARMUP, run: () => firstRenderBare(s60) },
  { name: 'first render: pm-survey-360, 60 ratings', warmup: WARMUP, run: () => firstRenderSurvey(s60) },
  { name: 'first render: bare lit-html form, 200 radio groups', baseline: true, warmup: WARMUP, run: () => firstRenderBare(s200) },
  { name: 'first render: pm-survey-360, 200 ratings', warmup: WARMUP, run: () => firstRenderSurvey(s200) },
  { name: 'first render: pm-survey-360 paged (first section), 200 ratings', warmup: WARMUP, run: () => firstRenderSurvey(s200, 'paged') },
  { name: 'through an adapter, paged (default), 60 ratings', against: 'first render: bare lit-html form, 60 radio groups', warmup: WARMUP, run: () => firstRenderThroughAdapter(12, 'paged') },
  { name: 'through an adapter, paged (default), 200 ratings', against: 'first render: bare lit-html form, 200 radio groups', scaleOf: 'through an adapter, paged (default), 60 ratings', warmup: WARMUP, run: () => firstRenderThroughAdapter(40, 'paged') },
  { name: 'through an adapter, single page, 60 ratings', against: 'first render: bare lit-html form, 60 radio groups', warmup: WARMUP, run: () => firstRenderThroughAdapter(12, 'single') },
  { name: 'through an adapter, single page, 200 ratings', against: 'first render: bare lit-html form, 200 radio groups', scaleOf: 'through an adapter, single page, 60 ratings', maxRatio: Infinity, warmup: WARMUP, run: () => firstRenderThroughAdapter(40, 'single') },
  { name: 'answer change: bare form (native click only)', baseline: true, warmup: WARMUP, interaction: true, run: answerChange(mountBare, async () => undefined) },
  { name: 'answer change → render: 60 ratings', warmup: WARMUP, interaction: true, run: answerChange(mount60, () => mounted!.updateComplete) },
  { name: 'answer change → render: 200 ratings', warmup: WARMUP, interaction: true, run: answerChange(mount200, () => mounted!.updateComplete) },
  {
    name: 'memory: bare lit-html form 60 groups, 20 mount/unmount cycles', unit: 'MB', baseline: true,
    run: () => heapGrowth(async () => {
      await firstRenderBare(s60);
      stage().replaceChildren();
    }),
  },
  {
    name: 'memory: pm-survey-360 60 ratings, 20 mount/unmount cycles', unit: 'MB',
    run: () => heapGrowth(async () => {
      await firstRenderSurvey(s60);
      stage().replaceChildren();
      localStorage.clear();
    }),
  },
]);
