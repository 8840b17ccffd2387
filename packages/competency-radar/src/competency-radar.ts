import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  addPartStyles, cssProps, LazyPart, localize, numberFormat, PmWidgetElement, QuerySubscription, renderError, renderInitial, renderTaskStates, statesStyles,
  type CompetencyProfile, type CompetencyQuery,
} from '@pm-widgets/core';
import { radarStyles } from './competency-radar.styles.js';
import { PmCompetencyFocusEvent } from './events.js';
import { radarMessages, reasonName, seriesName, type RadarMessages } from './messages.js';
import { marker, renderChart, SERIES_STYLE } from './radar-chart.js';
import { pointAt, radarGeometry, type RadarGeometry } from './radar-geometry.js';
import { buildRadarModel, type Insight, type RadarModel, type RadarSeries } from './radar-model.js';
import type * as RadarBars from './radar-bars.js';
import type * as RadarTable from './radar-table.js';
import { MAX_AXES, MIN_AXES, type SeriesId } from './types.js';

/** One canvas for measuring label text, shared by every radar on the page. */
/** The radar's number formats for a locale: figures on the scale ("4.2"), signed changes ("+0.4"), plain. */
const formatsFor = (locale: string) => {
  const one = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return {
    figure: numberFormat(locale, one),
    change: numberFormat(locale, { ...one, signDisplay: 'exceptZero' }),
    plain: numberFormat(locale, { maximumFractionDigits: 1 }),
  };
};

/**
 * The data tables are their own chunk: fetched right after the first render (they are for
 * assistive technology and print until someone shows them), or before it when they are on screen
 * (`table`, or more than 20 competencies, where they are the only view). Loaded once per page.
 */
export const tablesPart = new LazyPart<typeof RadarTable>(() => import('./radar-table.js'), 'The radar data tables');

/** The bars drawn instead of a radar for fewer than three competencies: their own chunk, fetched only then. */
export const barsPart = new LazyPart<typeof RadarBars>(() => import('./radar-bars.js'), 'The radar bars');

let measureCanvas: CanvasRenderingContext2D | null | undefined;

interface ActivePoint {
  axis: number;
  series: SeriesId;
}

/**
 * A 360° result at a glance: one outline per rater group (self, manager, peers, direct reports,
 * others) against the target and an earlier cycle, on a hand-drawn SVG radar; blind spots and
 * hidden strengths with their numbers; development over cycles; and a data table that is always
 * there for assistive technology. It never draws an anonymous group of fewer raters than the
 * profile's threshold, whoever computed the profile.
 *
 * @summary An SVG radar of competency scores per rater group vs target and earlier cycles, with blind spots and a data table.
 *
 * @event pm-competency-focus - The person chose "Make this my focus". `detail`: `{ competencyId, competency, reason }`.
 *
 * @csspart base - Everything below the host.
 * @csspart header - The title and the cycle.
 * @csspart notice - Notices about the data: groups refused, figures left out, too few or too many competencies.
 * @csspart figure - The chart with its summary.
 * @csspart chart - The SVG radar (`role="img"`).
 * @csspart summary - The one-sentence summary under the chart (also the chart's accessible name).
 * @csspart points - The layer of focusable data points over the chart.
 * @csspart point - One data point.
 * @csspart tooltip - The tooltip of the active point.
 * @csspart legend - The legend.
 * @csspart legend-item - One legend entry (a toggle button, or a note for a hidden group).
 * @csspart controls - The compared-cycle switch and the table toggle.
 * @csspart insights - Strongest and weakest, blind spots and hidden strengths.
 * @csspart focus-button - A "Make this my focus" button.
 * @csspart bars - The bar chart shown for one or two competencies.
 * @csspart table - The data tables (always in the accessibility tree; on screen when shown).
 * @csspart scores-table - Scores by rater group.
 * @csspart development-table - Figures per cycle with change and trend.
 * @csspart trend - A sparkline in the development table.
 * @csspart empty - Shown when the profile has no competencies.
 * @csspart initial - What to configure before anything can load.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The load error alert.
 * @csspart retry - The Retry button of the load error.
 *
 * @cssproperty --pm-radar-self - Colour of the self series.
 * @cssproperty --pm-radar-manager - Colour of the manager series.
 * @cssproperty --pm-radar-peer - Colour of the peers series.
 * @cssproperty --pm-radar-direct-report - Colour of the direct reports series.
 * @cssproperty --pm-radar-other - Colour of the other raters series.
 * @cssproperty --pm-radar-others - Colour of the combined (pooled) raters series.
 * @cssproperty --pm-radar-target - Colour of the target series.
 * @cssproperty --pm-radar-previous - Colour of the earlier cycle series.
 * @cssproperty --pm-color-surface - The background.
 * @cssproperty --pm-color-border - Rings, axes and borders.
 * @cssproperty --pm-color-text - Text colour.
 * @cssproperty --pm-color-text-muted - Scale values, notes and counts.
 * @cssproperty --pm-color-accent - The focus button and toggles.
 * @cssproperty --pm-radius - Corner radius.
 * @cssproperty --pm-spacing - The base spacing unit.
 * @cssproperty --pm-font-family - The font.
 */
export class PmCompetencyRadar extends PmWidgetElement {
  static override styles = [PmWidgetElement.styles, statesStyles, radarStyles];

  // ── controllers and tasks ──────────────────────────────────────────────────────────────
  readonly #profileTask = new Task(this, {
    args: () => [this.api, this.person, this.cycle, this.profile !== undefined] as const,
    task: async ([api, , , given], { signal }) => {
      const query = this.#query;
      if (given || !api || !query) return initialState;
      return api.getCompetencyProfile(query, { signal });
    },
    onComplete: () => (this.liveProfile = undefined),
  });

  /** Newer copies of the shown profile from the shared cache (e.g. after a 360 was submitted on the page). */
  readonly #subscription = new QuerySubscription(this, 'getCompetencyProfile', {
    cache: () => (this.profile ? undefined : this.cache),
    query: () => this.#query,
    onChange: (value) => {
      if (value.personId === this.person) this.liveProfile = value;
    },
  });

  #resizeObserver?: ResizeObserver;
  #observed?: Element;

  // ── state ──────────────────────────────────────────────────────────────────────────────
  /** Width of the plot area in CSS pixels, from the ResizeObserver. */
  @state() private plotWidth = 480;
  @state() private hiddenSeries = new Set<SeriesId>();
  @state() private compareCycleId?: string;
  @state() private active?: ActivePoint;
  @state() private tooltipOpen = false;
  @state() private chosenFocus?: string;
  @state() private liveProfile?: CompetencyProfile;
  /** Why the tables' code could not be fetched (offline), until Retry. */
  @state() private tablesError?: unknown;
  /** Why the bars' code could not be fetched, until Retry. */
  @state() private barsError?: unknown;

  /** Number formats for the resolved locale, set in `willUpdate` before every render. */
  #formats!: ReturnType<typeof formatsFor>;
  #model?: RadarModel;
  #modelKey: unknown[] = [];
  #geometry?: RadarGeometry;
  #geometryKey: unknown[] = [];

  get #text(): RadarMessages {
    return localize(radarMessages, this.resolvedLocale);
  }

  // ── public properties ──────────────────────────────────────────────────────────────────
  /** The id of the person whose 360 results to show (`getCompetencyProfile({ personId })`). */
  @property({ reflect: true }) person?: string;

  /** The review cycle; defaults to the latest one with results. */
  @property({ reflect: true }) cycle?: string;

  /** Show this profile instead of loading one. It is checked like loaded data (defence in depth). */
  @property({ attribute: false }) profile?: CompetencyProfile;

  /** Smallest difference between self and others that makes a blind spot or hidden strength; default a third of the scale. */
  @property({ type: Number }) gap?: number;

  /** The title above the chart. Defaults to "Competencies" in the reader's language. */
  @property() label?: string;

  /** Shows the data tables on screen (they are always available to assistive technology). */
  @property({ type: Boolean, reflect: true }) table = false;

  // ── lifecycle ──────────────────────────────────────────────────────────────────────────
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#observed = undefined;
  }

  /** Tables on screen (and bars instead of a radar) render with the rest (as a locale waits for its catalogue). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const axes = this.#currentProfile?.competencies.length ?? 0;
    const tables = (this.table || axes > MAX_AXES) && !tablesPart.module && this.tablesError === undefined;
    const bars = axes > 0 && axes < MIN_AXES && !barsPart.module && this.barsError === undefined;
    if (!tables && !bars) return super.scheduleUpdate();
    return Promise.all([
      tables && tablesPart.load().catch((error: unknown) => { this.tablesError = error; }),
      bars && barsPart.load().catch((error: unknown) => { this.barsError = error; }),
    ]).then(() => super.scheduleUpdate());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('person') || changed.has('cycle') || changed.has('adapter') || changed.has('contextAdapter' as keyof PmCompetencyRadar)) {
      this.liveProfile = undefined;
    }
    const locale = this.resolvedLocale;
    this.#formats = formatsFor(locale);
    const profile = this.#currentProfile;
    const key = [profile, this.gap, this.compareCycleId];
    if (profile && key.some((v, i) => v !== this.#modelKey[i])) {
      this.#model = buildRadarModel(profile, { gap: this.gap, compareCycleId: this.compareCycleId });
      this.#modelKey = key;
      if (this.active && (this.active.axis >= this.#model.axes.length)) this.active = undefined;
    }
    if (!profile) this.#model = undefined;
    const model = this.#model;
    if (model && model.layout === 'radar') {
      const rtl = this.getAttribute('dir') === 'rtl';
      const gkey = [model.axes, this.plotWidth, rtl];
      if (gkey.some((v, i) => v !== this.#geometryKey[i])) {
        const style = getComputedStyle(this);
        const fontSize = Math.round((parseFloat(style.fontSize) || 15) * 0.85 * 10) / 10;
        measureCanvas ??= document.createElement('canvas').getContext('2d');
        const context = measureCanvas;
        if (context) context.font = `${fontSize}px ${style.fontFamily}`;
        const widths = new Map<string, number>();
        // Text width as the SVG will draw it (a little extra for font hinting).
        const measure = (text: string) => {
          let w = widths.get(text);
          if (w === undefined) widths.set(text, (w = context ? context.measureText(text).width * 1.04 : text.length * fontSize * 0.55));
          return w;
        };
        this.#geometry = radarGeometry({ names: model.axes.map((a) => a.name), width: this.plotWidth, fontSize, measure, rtl });
        this.#geometryKey = gkey;
      }
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#model && !tablesPart.module && this.tablesError === undefined) {
      tablesPart.load().then(() => this.requestUpdate(), (error: unknown) => { this.tablesError = error; });
    }
    if (this.#model?.layout === 'too-few' && !barsPart.module && this.barsError === undefined) {
      barsPart.load().then(() => this.requestUpdate(), (error: unknown) => { this.barsError = error; });
    }
    const plot = this.renderRoot.querySelector('.plot');
    if (plot !== this.#observed) {
      this.#resizeObserver ??= new ResizeObserver((entries) => {
        const width = Math.round(entries.at(-1)!.contentRect.width);
        // Redraw in the next frame: drawing inside the observer's callback can resize the page
        // again (a scrollbar appears), which the browser reports as a loop.
        if (width > 0 && Math.abs(width - this.plotWidth) >= 1) requestAnimationFrame(() => (this.plotWidth = width));
      });
      if (this.#observed) this.#resizeObserver.unobserve(this.#observed);
      if (plot) this.#resizeObserver.observe(plot);
      this.#observed = plot ?? undefined;
    }
  }

  get #query(): CompetencyQuery | undefined {
    if (!this.person) return undefined;
    return this.cycle ? { personId: this.person, cycleId: this.cycle } : { personId: this.person };
  }

  get #currentProfile(): CompetencyProfile | undefined {
    if (this.profile) return this.profile;
    if (this.liveProfile) return this.liveProfile;
    const value = this.#profileTask.value;
    return value && typeof value === 'object' ? (value as CompetencyProfile) : undefined;
  }

  // ── event handlers ─────────────────────────────────────────────────────────────────────
  #onLegend(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset['series'] as SeriesId;
    const hidden = new Set(this.hiddenSeries);
    if (hidden.has(id)) hidden.delete(id);
    else hidden.add(id);
    this.hiddenSeries = hidden;
    if (this.active?.series === id) this.active = undefined;
  }

  #onCompare(event: Event): void {
    this.compareCycleId = (event.target as HTMLSelectElement).value;
  }

  #onToggleTable(): void {
    this.table = !this.table;
  }

  #onFocusChoice(event: Event): void {
    const button = event.currentTarget as HTMLElement;
    const id = button.dataset['competency']!;
    const reason = button.dataset['reason'] as Insight['reason'];
    const axis = this.#model?.axes.find((a) => a.id === id);
    if (!axis) return;
    this.chosenFocus = axis.name;
    this.dispatchEvent(new PmCompetencyFocusEvent(id, axis.name, reason));
  }

  /** Focus or pointer on a data point (one listener on the layer, not one per point). */
  #onPointEnter(event: Event): void {
    const point = (event.target as HTMLElement).closest<HTMLElement>('.point');
    if (!point) return;
    this.active = { axis: Number(point.dataset['axis']), series: point.dataset['series'] as SeriesId };
    this.tooltipOpen = true;
  }

  #onPointLeave(event: MouseEvent): void {
    if ((event.relatedTarget as Element | null)?.closest?.('.point')) return;
    if (!this.renderRoot.querySelector('.point:focus-visible')) this.tooltipOpen = false;
  }

  #onPointBlur(event: FocusEvent): void {
    if (!(event.relatedTarget as Element | null)?.closest?.('.point')) this.tooltipOpen = false;
  }

  async #onPointKey(event: KeyboardEvent): Promise<void> {
    const model = this.#model;
    if (!model || !this.active) return;
    if (event.key === 'Escape') {
      this.tooltipOpen = false;
      return;
    }
    const visible = this.#visibleSeries(model);
    const n = model.axes.length;
    const rtl = this.getAttribute('dir') === 'rtl';
    let { axis, series } = this.active;
    const has = (a: number, s: SeriesId) => !!model.axes[a]?.values[s];
    const step = (delta: number) => {
      for (let k = 1; k <= n; k++) {
        const next = (((axis + delta * k) % n) + n) % n;
        if (has(next, series)) return next;
      }
      return axis;
    };
    const stepSeries = (delta: number) => {
      const order = visible.filter((s) => has(axis, s));
      const i = order.indexOf(series);
      return order[(i + delta + order.length) % order.length] ?? series;
    };
    switch (event.key) {
      case 'ArrowRight': axis = step(rtl ? -1 : 1); break;
      case 'ArrowLeft': axis = step(rtl ? 1 : -1); break;
      case 'ArrowDown': series = stepSeries(1); break;
      case 'ArrowUp': series = stepSeries(-1); break;
      case 'Home': axis = 0; if (!has(axis, series)) axis = step(1); break;
      case 'End': axis = n - 1; if (!has(axis, series)) axis = step(-1); break;
      default: return;
    }
    event.preventDefault();
    this.active = { axis, series };
    this.tooltipOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.point[data-axis="${axis}"][data-series="${series}"]`)?.focus();
  }

  // ── public methods ─────────────────────────────────────────────────────────────────────
  /** Loads the profile again from the adapter. */
  async reload(): Promise<void> {
    await this.#profileTask.run();
  }

  // ── render ─────────────────────────────────────────────────────────────────────────────
  override render(): unknown {
    const t = this.#text;
    if (this.profile) return this.#renderProfile(t);
    return renderTaskStates(this.#profileTask as unknown as Task<readonly unknown[], CompetencyProfile>, {
      initial: () => renderInitial(this.api ? t.noPerson : this.coreText.noAdapter),
      complete: () => this.#renderProfile(t),
      isEmpty: (p) => p.competencies.length === 0,
      empty: () => this.#renderEmpty(t),
      errorTitle: t.loadErrorTitle,
      skeletonLines: 6,
      messages: this.coreText,
    });
  }

  #renderEmpty(t: RadarMessages): TemplateResult {
    return html`<div class="state" part="empty"><p>${t.empty}</p></div>`;
  }

  #format = (value: number) => this.#formats.figure.format(value);

  #formatChange = (value: number) => this.#formats.change.format(value);

  #visibleSeries(model: RadarModel): SeriesId[] {
    return model.series.filter((s) => s.drawn > 0 && !this.hiddenSeries.has(s.id)).map((s) => s.id);
  }

  #comparedName(t: RadarMessages, model: RadarModel): string {
    return model.compared?.label ?? t.previousCycle;
  }

  #renderProfile(t: RadarMessages): unknown {
    const model = this.#model;
    if (!model) return nothing;
    if (model.layout === 'empty') return this.#renderEmpty(t);
    const profile = this.#currentProfile!;
    const tableOnScreen = this.table || model.layout === 'too-many';
    return html`<div class="base" part="base">
      <div class="header" part="header">
        <h2 id="title">${this.label || t.title}</h2>
        ${profile.cycleLabel ? html`<p class="cycle">${profile.cycleLabel}</p>` : nothing}
      </div>
      ${this.#renderNotices(t, model)}
      ${model.layout === 'bad-scale' ? nothing : html`
        <div class="layout">
          ${model.layout === 'radar' ? this.#renderFigure(t, model) : nothing}
          ${model.layout === 'too-few' ? this.#renderBars(t, model) : nothing}
          <div class="side">
            ${model.layout === 'too-many' ? nothing : this.#renderLegend(t, model)}
            ${this.#renderControls(t, model, tableOnScreen)}
            ${this.#renderInsights(t, model)}
          </div>
        </div>
        <div class="tables ${tableOnScreen ? '' : 'visually-hidden'}" part="table" id="tables" aria-busy=${tablesPart.module ? nothing : 'true'}>
          ${this.#renderTables(t, model)}
        </div>`}
      <p class="visually-hidden" role="status">${this.chosenFocus ? t.focusChosen(this.chosenFocus) : ''}</p>
    </div>`;
  }

  #renderTables(t: RadarMessages, model: RadarModel): unknown {
    const view = tablesPart.module;
    if (view) {
      addPartStyles(this, view.radarTableStyles);
      return view.renderTables({ model, text: t, format: this.#format, formatChange: this.#formatChange, comparedName: this.#comparedName(t, model) });
    }
    if (this.tablesError === undefined) return nothing;
    return renderError(this.tablesError, this.coreText, () => this.#retryParts());
  }

  /** Retry after a chunk failed to load; the focus goes to the table toggle (the Retry button goes away). */
  #retryParts(): void {
    this.tablesError = this.barsError = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-controls="tables"]')?.focus());
  }

  #renderNotices(t: RadarMessages, model: RadarModel): unknown {
    const notices: string[] = [];
    if (model.layout === 'bad-scale') notices.push(t.badScale);
    if (model.layout === 'too-few') notices.push(t.tooFew(model.axes.length));
    if (model.layout === 'too-many') notices.push(t.tooMany(model.axes.length, 20));
    for (const s of model.series) if (s.refused) notices.push(`${seriesName(t, s.id)}: ${t.refused(model.threshold)}.`);
    if (model.overallRefused) notices.push(t.overallRefused);
    if (model.outOfScale) notices.push(t.outOfScale(model.outOfScale, this.#format(model.scale.min), this.#format(model.scale.max)));
    if (model.duplicates.length) notices.push(t.duplicates(model.duplicates.join(', ')));
    return notices.map((n) => html`<p class="notice" part="notice">${n}</p>`);
  }

  #summary(t: RadarMessages, model: RadarModel): string {
    const parts: string[] = [];
    if (model.strongest) parts.push(t.summaryStrongest(model.strongest.name, this.#format(model.strongest.others)));
    if (model.weakest) parts.push(t.summaryWeakest(model.weakest.name, this.#format(model.weakest.others)));
    const blind = model.blindSpots[0];
    if (blind) parts.push(t.summaryBlindSpot(blind.name, this.#format(blind.self!), this.#format(blind.others)));
    const hidden = model.hiddenStrengths[0];
    if (hidden) parts.push(t.summaryHiddenStrength(hidden.name, this.#format(hidden.self!), this.#format(hidden.others)));
    if (parts.length) return `${parts.join('; ')}.`;
    return model.axes.some((a) => a.values.self) ? t.summarySelfOnly : t.summaryNone;
  }

  #renderFigure(t: RadarMessages, model: RadarModel): TemplateResult {
    const geometry = this.#geometry!;
    const visible = this.#visibleSeries(model);
    const vb = geometry.viewBox;
    const active = this.active && visible.includes(this.active.series) && model.axes[this.active.axis]?.values[this.active.series]
      ? this.active : undefined;
    const tabStop = active ?? this.#firstPoint(model, visible);
    const percent = (v: number, origin: number, size: number) => `${Math.round(((v - origin) / size) * 10000) / 100}%`;
    const points = visible.flatMap((id) => model.axes.map((axis, i) => {
      const figure = axis.values[id];
      if (!figure) return nothing;
      const p = pointAt(geometry, i, figure.value, model.scale);
      const isActive = active?.axis === i && active.series === id;
      const label = t.pointLabel(axis.name, seriesName(t, id, this.#comparedName(t, model)), this.#format(figure.value),
        this.#formats.plain.format(model.scale.max), figure.n !== undefined ? t.ratersSuffix(figure.n) : '');
      return html`<button class="point" part="point" type="button" data-axis=${i} data-series=${id} data-value=${figure.value}
        data-x=${p.x} data-y=${p.y}
        ${cssProps({ left: percent(p.x, vb.x, vb.width), top: percent(p.y, vb.y, vb.height) })}
        tabindex=${tabStop?.axis === i && tabStop.series === id ? 0 : -1}
        aria-label=${label} aria-describedby=${isActive && this.tooltipOpen ? 'tooltip' : nothing}></button>`;
    }));
    return html`<figure class="figure" part="figure">
      <div class="plot">
        <svg part="chart" role="img" aria-labelledby="summary" viewBox="${vb.x} ${vb.y} ${vb.width} ${vb.height}"
          ${cssProps({ 'font-size': `${geometry.fontSize}px` })}>${renderChart(model, geometry, visible)}</svg>
        <div class="points" part="points" role="group" aria-label=${t.pointsLabel} @focusin=${this.#onPointEnter}
          @focusout=${this.#onPointBlur} @mouseover=${this.#onPointEnter} @mouseout=${this.#onPointLeave} @keydown=${this.#onPointKey}>${points}</div>
        ${active && this.tooltipOpen ? this.#renderTooltip(t, model, active, geometry) : nothing}
      </div>
      <figcaption id="summary" part="summary">${this.#summary(t, model)}</figcaption>
    </figure>`;
  }

  #firstPoint(model: RadarModel, visible: readonly SeriesId[]): ActivePoint | undefined {
    for (const series of visible) {
      const axis = model.axes.findIndex((a) => a.values[series]);
      if (axis >= 0) return { axis, series };
    }
    return undefined;
  }

  #renderTooltip(t: RadarMessages, model: RadarModel, active: ActivePoint, geometry: RadarGeometry): TemplateResult {
    const axis = model.axes[active.axis]!;
    const figure = axis.values[active.series]!;
    const p = pointAt(geometry, active.axis, figure.value, model.scale);
    const vb = geometry.viewBox;
    const left = ((p.x - vb.x) / vb.width) * 100;
    const top = ((p.y - vb.y) / vb.height) * 100;
    return html`<div class="tooltip ${left > 60 ? 'flip' : ''} ${top < 25 ? 'below' : ''}" part="tooltip" role="tooltip" id="tooltip"
      ${cssProps({ left: `${left}%`, top: `${top}%` })}>
      <strong>${axis.name}</strong>
      <span>${seriesName(t, active.series, this.#comparedName(t, model))}</span>
      <span>${t.ofScale(this.#format(figure.value), this.#formats.plain.format(model.scale.max))}${figure.n !== undefined ? html` · ${t.raters(figure.n)}` : nothing}</span>
    </div>`;
  }

  #renderSwatch(id: SeriesId): TemplateResult {
    const style = SERIES_STYLE[id];
    return html`<svg class="swatch" viewBox="0 0 28 12" width="28" height="12" aria-hidden="true" ${cssProps({ '--_series': `var(--_s-${id})` })}>
      <g class="series"><path class="outline" d="M1 6H27" stroke-dasharray=${style.dash || nothing} stroke-width=${style.width}></path>
      <g class="markers">${marker(style.marker, 14, 6, 3.5)}</g></g>
    </svg>`;
  }

  #renderLegend(t: RadarMessages, model: RadarModel): TemplateResult {
    const compared = this.#comparedName(t, model);
    const entry = (s: RadarSeries) => {
      const name = seriesName(t, s.id, compared);
      if (s.drawn === 0) {
        const why = s.refused ? t.refused(model.threshold) : t.notEnough(model.threshold);
        return html`<li class="legend-note" part="legend-item" data-series=${s.id}>
          <span class="swatch hidden-swatch" aria-hidden="true"></span><span><strong>${name}</strong>: ${why}</span>
        </li>`;
      }
      const partly = s.suppressed + s.refused;
      return html`<li>
        <button type="button" part="legend-item" data-series=${s.id} aria-pressed=${this.hiddenSeries.has(s.id) ? 'false' : 'true'}
          @click=${this.#onLegend}>
          ${this.#renderSwatch(s.id)}<span>${name}${partly ? html`<span class="note">${t.partlyHidden(partly, model.threshold)}</span>` : nothing}</span>
        </button>
      </li>`;
    };
    return html`<ul class="legend" part="legend" aria-label=${t.legendLabel}>${model.series.map(entry)}</ul>`;
  }

  #renderControls(t: RadarMessages, model: RadarModel, tableOnScreen: boolean): TemplateResult {
    const earlier = model.cycles.slice(0, -1);
    return html`<div class="controls" part="controls">
      ${earlier.length > 1
        ? html`<label class="compare">${t.compareWith}
            <select @change=${this.#onCompare}>
              ${[...earlier].reverse().map((c) => html`<option value=${c.id} ?selected=${model.compared?.id === c.id}>${c.label ?? c.id}</option>`)}
            </select>
          </label>`
        : nothing}
      ${model.layout === 'too-many'
        ? nothing
        : html`<button class="button" type="button" aria-expanded=${tableOnScreen ? 'true' : 'false'} aria-controls="tables"
            @click=${this.#onToggleTable}>${tableOnScreen ? t.hideTable : t.showTable}</button>`}
    </div>`;
  }

  #renderInsights(t: RadarMessages, model: RadarModel): TemplateResult {
    const gap = this.#format(model.gap);
    const hasSelf = model.axes.some((a) => a.values.self) && model.axes.some((a) => a.others !== undefined);
    const item = (i: Insight) => html`<li>
      <span class="insight-text"><strong>${i.name}</strong>
        <span class="numbers">${t.youVsOthers(this.#format(i.self!), this.#format(i.others), this.#formatChange(i.difference!))}</span></span>
      ${this.#renderFocusButton(t, i)}
    </li>`;
    const list = (heading: string, help: string, items: Insight[]) => html`<div class="insight-group">
      <h4>${heading}</h4>
      <p class="help">${help}</p>
      ${!hasSelf ? html`<p class="none">${t.needsSelf}</p>` : items.length ? html`<ul>${items.map(item)}</ul>` : html`<p class="none">${t.noneFound}</p>`}
    </div>`;
    const extreme = (label: string, i: Insight | undefined) => i
      ? html`<div class="extreme"><dt>${label}</dt><dd><strong>${i.name}</strong> <span class="numbers">${t.byOthers(this.#format(i.others))}</span>
          ${i.reason === 'weakest' ? this.#renderFocusButton(t, i) : nothing}</dd></div>`
      : nothing;
    return html`<section class="insights" part="insights" aria-labelledby="insights-title">
      <h3 id="insights-title">${t.insightsHeading}</h3>
      ${model.strongest ? html`<dl class="extremes">${extreme(t.strongest, model.strongest)}${extreme(t.weakest, model.weakest)}</dl>` : nothing}
      ${list(t.blindSpots, t.blindSpotsHelp(gap), model.blindSpots)}
      ${list(t.hiddenStrengths, t.hiddenStrengthsHelp(gap), model.hiddenStrengths)}
    </section>`;
  }

  #renderFocusButton(t: RadarMessages, i: Insight): TemplateResult {
    return html`<button class="button focus" part="focus-button" type="button" data-competency=${i.competencyId} data-reason=${i.reason}
      @click=${this.#onFocusChoice}>${t.makeFocus}<span class="visually-hidden">: ${i.name} (${reasonName(t, i.reason)})</span></button>`;
  }

  #renderBars(t: RadarMessages, model: RadarModel): unknown {
    const view = barsPart.module;
    if (view) {
      addPartStyles(this, view.radarBarsStyles);
      return view.renderBars({
        model, text: t, visible: this.#visibleSeries(model), format: this.#format, comparedName: this.#comparedName(t, model),
        swatch: (id) => this.#renderSwatch(id),
      });
    }
    if (this.barsError === undefined) return nothing;
    return renderError(this.barsError, this.coreText, () => this.#retryParts());
  }
}
