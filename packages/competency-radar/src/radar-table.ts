import { html, nothing, svg, type TemplateResult } from 'lit';
import { seriesName, type RadarMessages } from './messages.js';
import type { RadarModel } from './radar-model.js';
import { GROUP_SERIES, type SeriesId } from './types.js';
export { radarTableStyles } from './radar-table.styles.js';

export interface TableContext {
  model: RadarModel;
  text: RadarMessages;
  /** Formats a figure on the scale ("4.2"). */
  format: (value: number) => string;
  /** Formats a signed change ("+0.4", "−0.2"). */
  formatChange: (value: number) => string;
  comparedName: string;
}

/** Series shown as columns of the scores table: the groups present, then the target. */
function columns(model: RadarModel): SeriesId[] {
  const present = new Set(model.series.map((s) => s.id));
  return [...GROUP_SERIES.filter((g) => present.has(g)), ...(present.has('target') ? (['target'] as const) : [])];
}

/** A tiny line of the figures over the cycles; decorative (the cells carry the numbers). */
function sparkline(values: readonly (number | undefined)[], scale: { min: number; max: number }): TemplateResult | typeof nothing {
  const known = values.map((v, i) => [i, v] as const).filter((e): e is readonly [number, number] => e[1] !== undefined);
  if (known.length < 2) return nothing;
  const w = 48;
  const h = 16;
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  const y = (v: number) => h - 2 - ((v - scale.min) / (scale.max - scale.min)) * (h - 4);
  const points = known.map(([i, v]) => `${Math.round(i * step * 10) / 10},${Math.round(y(v) * 10) / 10}`).join(' ');
  const [li, lv] = known.at(-1)!;
  return html`<svg class="spark" part="trend" viewBox="-2 0 ${w + 4} ${h}" width=${w + 4} height=${h} aria-hidden="true">
    ${svg`<polyline points=${points}></polyline><circle cx=${Math.round(li * step * 10) / 10} cy=${Math.round(y(lv) * 10) / 10} r="2"></circle>`}
  </svg>`;
}

/**
 * The data table alternative: every drawn figure (and why a figure is missing) by rater group,
 * then each competency's figure in each cycle with the change against the compared cycle.
 */
export function renderTables({ model, text: t, format, formatChange, comparedName }: TableContext): TemplateResult {
  const cols = columns(model);
  const development = model.cycles.length > 1 || model.compared;
  const cycleNames = [
    ...model.cycles.slice(0, -1).map((c) => c.label ?? c.id),
    ...(model.cycles.length === 1 && model.compared ? [comparedName] : []),
    t.current(model.cycles.at(-1)!.label ?? t.currentCycle),
  ];
  const comparedIndex = model.compared ? model.cycles.findIndex((c) => c.id === model.compared!.id && c !== model.cycles.at(-1)) : -1;
  const cell = (axis: RadarModel['axes'][number], id: SeriesId) => {
    const figure = axis.values[id];
    if (figure) {
      return html`<td role="cell" data-label=${seriesName(t, id)} data-series=${id} data-value=${figure.value}>${format(figure.value)}${figure.n !== undefined
        ? html`<span class="n">${t.raters(figure.n)}</span>` : nothing}</td>`;
    }
    const missing = (axis.missing as Partial<Record<SeriesId, string>>)[id];
    return html`<td role="cell" data-label=${seriesName(t, id)} data-series=${id} class="missing">${missing ? t.cellHidden(model.threshold) : t.cellNone}</td>`;
  };
  return html`
    <table part="scores-table" role="table">
      <caption>${t.tableScores}</caption>
      <thead role="rowgroup"><tr role="row"><th role="columnheader" scope="col">${t.competency}</th>${cols.map((id) => html`<th role="columnheader" scope="col">${seriesName(t, id)}</th>`)}</tr></thead>
      <tbody role="rowgroup">
        ${model.axes.map((axis) => html`<tr role="row" data-axis=${axis.id}>
          <th role="rowheader" scope="row">${axis.name}</th>${cols.map((id) => cell(axis, id))}
        </tr>`)}
      </tbody>
    </table>
    ${development
      ? html`<table part="development-table" role="table">
          <caption>${t.tableDevelopment}</caption>
          <thead role="rowgroup"><tr role="row">
            <th role="columnheader" scope="col">${t.competency}</th>
            ${cycleNames.map((name) => html`<th role="columnheader" scope="col">${name}</th>`)}
            <th role="columnheader" scope="col">${t.change}</th>
            <th role="columnheader" scope="col">${t.trend}</th>
          </tr></thead>
          <tbody role="rowgroup">
            ${model.axes.map((axis) => {
              const figures = model.cycles.length === 1 ? [axis.values.previous?.value, axis.others] : axis.development;
              const now = figures.at(-1);
              const before = comparedIndex >= 0 ? figures[comparedIndex] : axis.values.previous?.value;
              const change = now !== undefined && before !== undefined ? now - before : undefined;
              return html`<tr role="row" data-axis=${axis.id}>
                <th role="rowheader" scope="row">${axis.name}</th>
                ${figures.map((v, i) => html`<td role="cell" data-label=${cycleNames[i]!} data-value=${v ?? nothing}>${v === undefined ? t.cellNone : format(v)}</td>`)}
                <td role="cell" data-label=${t.change} class="change" data-change=${change ?? nothing}>${change === undefined ? '—' : formatChange(change)}</td>
                <td role="cell" data-label=${t.trend} class="trend">${sparkline(figures, model.scale)}<span class="visually-hidden">${change === undefined
                  ? '' : Math.abs(change) < 0.05 ? t.trendFlat : change > 0 ? t.trendUp(format(change)) : t.trendDown(format(-change))}</span></td>
              </tr>`;
            })}
          </tbody>
        </table>`
      : nothing}
  `;
}
