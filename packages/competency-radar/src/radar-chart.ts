import { svg, nothing, type SVGTemplateResult } from 'lit';
import { cssProps } from '@pm-widgets/core';
import { pointAt, type RadarGeometry } from './radar-geometry.js';
import type { RadarModel } from './radar-model.js';
import type { SeriesId } from './types.js';

/** Marker shapes, so series differ by more than colour. */
export type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'plus' | 'triangle-down' | 'ring' | 'cross';

/** How each series is told apart: colour (a token), line style and marker. */
export const SERIES_STYLE: Record<SeriesId, { dash: string; marker: Marker; width: number }> = {
  self: { dash: '', marker: 'circle', width: 2.5 },
  manager: { dash: '8 4', marker: 'square', width: 2 },
  peer: { dash: '2 3', marker: 'triangle', width: 2 },
  'direct-report': { dash: '10 3 2 3', marker: 'diamond', width: 2 },
  other: { dash: '5 2', marker: 'plus', width: 2 },
  others: { dash: '12 4', marker: 'triangle-down', width: 2 },
  target: { dash: '4 4', marker: 'ring', width: 1.5 },
  previous: { dash: '1 3', marker: 'cross', width: 1.5 },
};

/** A marker of the given shape centred on (x, y). */
export function marker(shape: Marker, x: number, y: number, size = 4.5): SVGTemplateResult {
  const s = size;
  const f = (v: number) => Math.round(v * 100) / 100;
  switch (shape) {
    case 'circle': return svg`<circle cx=${f(x)} cy=${f(y)} r=${s}></circle>`;
    case 'ring': return svg`<circle class="hollow" cx=${f(x)} cy=${f(y)} r=${s}></circle>`;
    case 'square': return svg`<rect x=${f(x - s)} y=${f(y - s)} width=${2 * s} height=${2 * s}></rect>`;
    case 'triangle': return svg`<path d="M${f(x)} ${f(y - s * 1.2)}L${f(x + s * 1.1)} ${f(y + s * 0.8)}H${f(x - s * 1.1)}Z"></path>`;
    case 'triangle-down': return svg`<path d="M${f(x)} ${f(y + s * 1.2)}L${f(x + s * 1.1)} ${f(y - s * 0.8)}H${f(x - s * 1.1)}Z"></path>`;
    case 'diamond': return svg`<path d="M${f(x)} ${f(y - s * 1.3)}L${f(x + s * 1.3)} ${f(y)}L${f(x)} ${f(y + s * 1.3)}L${f(x - s * 1.3)} ${f(y)}Z"></path>`;
    case 'plus': return svg`<path class="stroke" d="M${f(x - s)} ${f(y)}H${f(x + s)}M${f(x)} ${f(y - s)}V${f(y + s)}"></path>`;
    case 'cross': return svg`<path class="stroke" d="M${f(x - s)} ${f(y - s)}L${f(x + s)} ${f(y + s)}M${f(x + s)} ${f(y - s)}L${f(x - s)} ${f(y + s)}"></path>`;
  }
}

/** The outline of a series: closed when every axis has a value, else open runs between present points. */
export function seriesPath(model: RadarModel, geometry: RadarGeometry, id: SeriesId): string {
  const n = model.axes.length;
  const points = model.axes.map((axis, i) => {
    const figure = axis.values[id];
    return figure ? pointAt(geometry, i, figure.value, model.scale) : undefined;
  });
  const f = (v: number) => Math.round(v * 100) / 100;
  if (points.every(Boolean)) {
    return `${points.map((p, i) => `${i ? 'L' : 'M'}${f(p!.x)} ${f(p!.y)}`).join('')}Z`;
  }
  let d = '';
  for (let i = 0; i < n; i++) {
    const p = points[i];
    if (p) d += `${i > 0 && points[i - 1] ? 'L' : 'M'}${f(p.x)} ${f(p.y)}`;
  }
  const first = points[0];
  const last = points[n - 1];
  if (first && last && n > 1) d += `M${f(last.x)} ${f(last.y)}L${f(first.x)} ${f(first.y)}`;
  return d;
}

/**
 * The chart: rings at each scale step, axes, one outline per visible series with its markers,
 * and the wrapped axis labels. Decorative for assistive technology (the host SVG is role="img"
 * with a summary; the table carries the figures).
 */
export function renderChart(model: RadarModel, geometry: RadarGeometry, visible: readonly SeriesId[]): SVGTemplateResult {
  const { scale } = model;
  const steps: number[] = [];
  const stride = scale.max - scale.min > 10 ? Math.ceil((scale.max - scale.min) / 5) : 1;
  for (let v = scale.min + stride; v <= scale.max + 1e-9; v += stride) steps.push(v);
  const f = (v: number) => Math.round(v * 100) / 100;
  const ring = (value: number) =>
    model.axes.map((_, i) => { const p = pointAt(geometry, i, value, scale); return `${f(p.x)},${f(p.y)}`; }).join(' ');
  return svg`
    <g class="grid">
      ${steps.map((v) => svg`<polygon class="ring" points=${ring(v)}></polygon>`)}
      ${model.axes.map((_, i) => {
        const end = pointAt(geometry, i, scale.max, scale);
        return svg`<line class="axis" x1=${f(geometry.cx)} y1=${f(geometry.cy)} x2=${f(end.x)} y2=${f(end.y)}></line>`;
      })}
    </g>
    <g class="scale-values">
      ${steps.map((v) => {
        const p = pointAt(geometry, 0, v, scale);
        return svg`<text x=${f(p.x + 4)} y=${f(p.y + 4)}>${v}</text>`;
      })}
    </g>
    ${visible.map((id) => {
      const style = SERIES_STYLE[id];
      return svg`<g class="series" data-series=${id} ${cssProps({ '--_series': `var(--_s-${id})` })}>
        <path class="outline" d=${seriesPath(model, geometry, id)} stroke-dasharray=${style.dash || nothing} stroke-width=${style.width}></path>
        <g class="markers">
          ${model.axes.map((axis, i) => {
            const figure = axis.values[id];
            if (!figure) return nothing;
            const p = pointAt(geometry, i, figure.value, scale);
            return marker(style.marker, p.x, p.y);
          })}
        </g>
      </g>`;
    })}
    <g class="labels">
      ${geometry.labels.map((label, i) => svg`<text class="label" data-axis=${model.axes[i]!.id} x=${f(label.x)} text-anchor=${label.anchor}
          >${label.truncated ? svg`<title>${model.axes[i]!.name}</title>` : nothing}${label.lines.map((line, k) => svg`<tspan x=${f(label.x)} y=${f(label.y + (k + 0.8) * geometry.lineHeight)}>${line}</tspan>`)}</text>`)}
    </g>
  `;
}
