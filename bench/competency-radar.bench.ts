/**
 * <pm-competency-radar> benchmark: 12 competencies × 6 series (self, manager, peers, direct
 * reports, others, target). Beside a baseline measured in the same run: a bare lit-html SVG of
 * the same polygons, markers, rings, axes and labels (no legend, table, insights or checks).
 * - "render": a new element given `.profile` until its first render is complete and laid out
 *   (target ≤ 1.5× the bare SVG);
 * - "chart only": the radar's own drawing code (model, geometry with label wrapping, SVG template)
 *   into a bare container, to tell the chart's cost from the rest of the widget (legend, insights,
 *   tables, 72 focusable points);
 * - "resize": the redraw at a new width, as the ResizeObserver triggers it (target < 16 ms).
 */
import { html, render, svg } from 'lit';
import type { CompetencyProfile } from '@pm-widgets/core';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import type { PmCompetencyRadar } from '@pm-widgets/competency-radar';
import { buildRadarModel, radarGeometry } from '@pm-widgets/competency-radar';
import { renderChart } from '../packages/competency-radar/src/radar-chart.js';
import { makeProfile } from '@pm-widgets/competency-radar/testing';
import { frame, heapGrowth, scenarios } from './harness.js';

const WARMUP = 5;
const AXES = 12;
const SERIES = ['self', 'manager', 'peer', 'direct-report', 'other', 'target'] as const;

const profile: CompetencyProfile = makeProfile({ axes: AXES });

/** The bare baseline: the same drawing, straight from the profile, in one lit-html template. */
function bareSvg(p: CompetencyProfile, width: number) {
  const n = p.competencies.length;
  const radius = Math.min(230, width / 2 - 150);
  const cx = width / 2;
  const at = (i: number, v: number) => {
    const a = (2 * Math.PI * i) / n;
    const r = (radius * (v - p.scale.min)) / (p.scale.max - p.scale.min);
    return [cx + r * Math.sin(a), radius + 40 - r * Math.cos(a)] as const;
  };
  const value = (c: CompetencyProfile['competencies'][number], s: (typeof SERIES)[number]) => {
    if (s === 'target') return c.target;
    const g = c.scores[s];
    return g && 'mean' in g ? g.mean : undefined;
  };
  return html`<svg viewBox="0 0 ${width} ${2 * radius + 80}" width="100%" role="img" aria-label="bare">
    ${[2, 3, 4, 5].map((v) => svg`<polygon fill="none" stroke="#ccc" points=${p.competencies.map((_, i) => at(i, v).join(',')).join(' ')}></polygon>`)}
    ${p.competencies.map((_, i) => svg`<line stroke="#ccc" x1=${cx} y1=${radius + 40} x2=${at(i, 5)[0]} y2=${at(i, 5)[1]}></line>`)}
    ${SERIES.map((s) => svg`<g><path fill="none" stroke="#333" d=${p.competencies.map((c, i) => `${i ? 'L' : 'M'}${at(i, value(c, s) ?? 1).join(' ')}`).join('')}Z></path>
      ${p.competencies.map((c, i) => svg`<circle r="4" cx=${at(i, value(c, s) ?? 1)[0]} cy=${at(i, value(c, s) ?? 1)[1]}></circle>`)}</g>`)}
    ${p.competencies.map((c, i) => svg`<text x=${at(i, 5.4)[0]} y=${at(i, 5.4)[1]} text-anchor="middle">${c.name}</text>`)}
  </svg>`;
}

const context = document.createElement('canvas').getContext('2d')!;
context.font = '13px system-ui';
const stage = () => document.getElementById('stage')!;
const laidOut = async (fn: () => Promise<void> | void) => {
  const start = performance.now();
  await fn();
  stage().offsetHeight; // force style and layout
  return performance.now() - start;
};
let bareWidth = 640;
let bareHost: HTMLElement | undefined;
let radar: (Pick<PmCompetencyRadar, 'updateComplete'> & { plotWidth: number }) | undefined;
async function mountedRadar() {
  if (!radar) {
    const el = document.createElement('pm-competency-radar');
    el.profile = profile;
    stage().replaceChildren(el);
    await el.updateComplete;
    await frame();
    await frame();
    radar = el as unknown as typeof radar;
  }
  return radar!;
}
const radarRender = async () => {
  const el = document.createElement('pm-competency-radar');
  el.profile = profile;
  stage().replaceChildren(el);
  await el.updateComplete;
};

scenarios([
  {
    name: `render ${AXES} axes × ${SERIES.length} series: bare lit-html SVG`, baseline: true, warmup: WARMUP,
    run: () => laidOut(() => {
      const host = document.createElement('div');
      stage().replaceChildren(host);
      render(bareSvg(profile, 640), host);
    }),
  },
  {
    name: `render ${AXES} axes × ${SERIES.length} series: chart only (model, geometry, SVG)`, warmup: WARMUP,
    run: () => laidOut(() => {
      const host = document.createElement('div');
      stage().replaceChildren(host);
      const model = buildRadarModel(profile);
      const geometry = radarGeometry({ names: model.axes.map((a) => a.name), width: 640, fontSize: 13, measure: (t) => context.measureText(t).width });
      const vb = geometry.viewBox;
      render(svg`<svg viewBox="${vb.x} ${vb.y} ${vb.width} ${vb.height}" width="100%" role="img" aria-label="chart">${renderChart(model, geometry, [...SERIES])}</svg>`, host);
    }),
  },
  { name: `render ${AXES} axes × ${SERIES.length} series: <pm-competency-radar>`, warmup: WARMUP, run: () => laidOut(radarRender) },
  {
    name: 'resize: bare lit-html SVG', baseline: true, warmup: WARMUP, interaction: true,
    run: () => laidOut(() => {
      if (!bareHost) stage().replaceChildren((bareHost = document.createElement('div')));
      bareWidth = bareWidth === 640 ? 560 : 640;
      render(bareSvg(profile, bareWidth), bareHost);
    }),
  },
  {
    name: 'resize: <pm-competency-radar>', warmup: WARMUP, interaction: true,
    run: async () => {
      const el = await mountedRadar();
      return laidOut(async () => {
        el.plotWidth = el.plotWidth === 600 ? 520 : 600;
        await el.updateComplete;
      });
    },
  },
  {
    name: 'memory: bare lit-html SVG, 20 mount/unmount cycles', unit: 'MB', baseline: true,
    run: () => heapGrowth(async () => {
      const host = document.createElement('div');
      stage().replaceChildren(host);
      render(bareSvg(profile, 640), host);
      host.offsetHeight;
      stage().replaceChildren();
    }),
  },
  {
    name: 'memory: <pm-competency-radar>, 20 mount/unmount cycles', unit: 'MB',
    run: () => heapGrowth(async () => {
      await radarRender();
      stage().offsetHeight;
      stage().replaceChildren();
    }),
  },
]);
