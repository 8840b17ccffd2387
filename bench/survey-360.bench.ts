/**
 * <pm-survey-360> benchmark, every question on one page (`layout="single"`):
 * - first render of 12 competencies × 5 ratings (60) and of 40 × 5 (200), from setting the
 *   assignment to a laid-out DOM (sections out of view skip layout: `content-visibility: auto`), each beside a baseline measured in the same run: a bare lit-html
 *   form with the same number of native radio groups (fieldset, legend, five labelled radios);
 *   target: 60 questions ≤ 1.5× the bare form;
 * - one answer change (a click on a point → `change` → updated and laid-out DOM) at 60 and at 200
 *   questions, beside the same click on the bare form; target < 16 ms at 200, and not growing with
 *   the question count.
 */
import { html, render } from 'lit';
import type { Survey, SurveyAssignment } from '@pm-widgets/core';
import '@pm-widgets/survey-360/pm-survey-360.js';
import type { PmSurvey360 } from '@pm-widgets/survey-360';

const SAMPLES = 15;
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

async function series(run: () => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const ms = await run();
    if (i >= WARMUP) samples.push(ms);
  }
  return samples;
}

/** Clicks points in the middle question, alternating, and times each click to a laid-out update. */
async function answerChanges(s: Survey): Promise<number[]> {
  const host = stage();
  host.replaceChildren();
  localStorage.clear();
  const el = document.createElement('pm-survey-360') as PmSurvey360;
  el.layout = 'single';
  el.autosaveDelay = 60_000;
  el.assignment = assignment(s);
  host.append(el);
  await el.updateComplete;
  const questions = s.sections.flatMap((section) => section.questions);
  const middle = questions[questions.length >> 1]!;
  const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`[data-question="${middle.id}"] input`)];
  return series(async () => {
    await frame();
    const input = inputs[(inputs.findIndex((i) => i.checked) + 1) % 5]!;
    const start = performance.now();
    input.click();
    await el.updateComplete;
    el.offsetHeight;
    return performance.now() - start;
  });
}

async function answerChangesBare(s: Survey): Promise<number[]> {
  const host = document.createElement('div');
  stage().replaceChildren(host);
  render(bareForm(s), host);
  const inputs = [...host.querySelectorAll<HTMLInputElement>('fieldset:nth-of-type(30) input')];
  return series(async () => {
    await frame();
    const input = inputs[(inputs.findIndex((i) => i.checked) + 1) % 5]!;
    const start = performance.now();
    input.click();
    host.offsetHeight;
    return performance.now() - start;
  });
}

declare global {
  interface Window {
    pmBench: () => Promise<{ name: string; unit: 'ms'; samples: number[]; baseline?: boolean }[]>;
  }
}

window.pmBench = async () => {
  const s60 = survey(12);
  const s200 = survey(40);
  const bare60 = await series(() => firstRenderBare(s60));
  const survey60 = await series(() => firstRenderSurvey(s60));
  const bare200 = await series(() => firstRenderBare(s200));
  const survey200 = await series(() => firstRenderSurvey(s200));
  const paged200 = await series(() => firstRenderSurvey(s200, 'paged'));
  const changeBare = await answerChangesBare(s60);
  const change60 = await answerChanges(s60);
  const change200 = await answerChanges(s200);
  stage().replaceChildren();
  localStorage.clear();
  return [
    { name: 'first render: bare lit-html form, 60 radio groups', unit: 'ms', samples: bare60, baseline: true },
    { name: 'first render: pm-survey-360, 60 ratings', unit: 'ms', samples: survey60 },
    { name: 'first render: bare lit-html form, 200 radio groups', unit: 'ms', samples: bare200, baseline: true },
    { name: 'first render: pm-survey-360, 200 ratings', unit: 'ms', samples: survey200 },
    { name: 'first render: pm-survey-360 paged (first section), 200 ratings', unit: 'ms', samples: paged200 },
    { name: 'answer change: bare form (native click only)', unit: 'ms', samples: changeBare, baseline: true },
    { name: 'answer change → render: 60 ratings', unit: 'ms', samples: change60 },
    { name: 'answer change → render: 200 ratings', unit: 'ms', samples: change200 },
  ];
};
