import { html, nothing, type TemplateResult } from 'lit';
import { cssProps } from '@pm-widgets/core';
import { seriesName, type RadarMessages } from './messages.js';
import type { RadarModel } from './radar-model.js';
import type { SeriesId } from './types.js';
export { radarBarsStyles } from './radar-bars.styles.js';

export interface BarsContext {
  model: RadarModel;
  text: RadarMessages;
  /** The series shown (the legend hides some). */
  visible: readonly SeriesId[];
  /** Formats a figure on the scale ("4.2"). */
  format: (value: number) => string;
  comparedName: string;
  swatch: (id: SeriesId) => TemplateResult;
}

/**
 * Fewer than three competencies make no radar: one bar per series and competency instead (hidden
 * from assistive technology, which reads the tables). Its own chunk, fetched only for such a profile.
 */
export function renderBars({ model, text: t, visible, format, comparedName, swatch }: BarsContext): TemplateResult {
  const { min, max } = model.scale;
  return html`<div class="bars" part="bars" aria-hidden="true">
    ${model.axes.map((axis) => html`<div class="bar-group">
      <p class="bar-title">${axis.name}</p>
      ${visible.map((id) => {
        const figure = axis.values[id];
        if (!figure) return nothing;
        const share = ((figure.value - min) / (max - min)) * 100;
        return html`<div class="bar-row" data-series=${id} ${cssProps({ '--_series': `var(--_s-${id})` })}>
          <span class="bar-name">${swatch(id)}${seriesName(t, id, comparedName)}</span>
          <span class="bar-track"><span class="bar" ${cssProps({ 'inline-size': `${share}%` })}></span></span>
          <span class="bar-value">${format(figure.value)}</span>
        </div>`;
      })}
    </div>`)}
  </div>`;
}
