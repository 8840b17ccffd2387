import type { CompetencyProfile, GroupScore } from '@pm-widgets/core';
import { GROUP_SERIES, MAX_AXES, MIN_AXES, PROTECTED_SERIES, SERIES, type FocusReason, type GroupSeries, type SeriesId } from './types.js';

/**
 * Everything the radar draws, derived once from a profile: pure, no DOM. It cleans bad input
 * (duplicates, figures off the scale) and applies the anonymity rule a second time ("defence in
 * depth"): whoever computed the profile, an anonymous group with fewer raters than the
 * threshold is refused, and so is an overall figure that would give such a group away.
 */

/** One drawn figure: a value on the scale and, for rater groups, how many raters it stands for. */
export interface Figure {
  value: number;
  n?: number;
}

/** Why a group has no figure for a competency. */
export type Missing = 'suppressed' | 'refused';

export interface RadarAxis {
  id: string;
  name: string;
  description?: string;
  values: Partial<Record<SeriesId, Figure>>;
  missing: Partial<Record<GroupSeries, Missing>>;
  /** What others (everyone but self) think: the overall mean, else the n-weighted mean of the drawn groups. */
  others?: number;
  /** The "others" figure per cycle, oldest first; the last is this cycle. */
  development: (number | undefined)[];
}

export interface RadarSeries {
  id: SeriesId;
  /** Competencies where it is drawn. */
  drawn: number;
  /** Competencies where the profile hid it (the rule) or the widget refused it (defence in depth). */
  suppressed: number;
  refused: number;
}

export interface Insight {
  competencyId: string;
  name: string;
  reason: FocusReason;
  self?: number;
  others: number;
  /** self − others */
  difference?: number;
}

export interface RadarCycle {
  id: string;
  label?: string;
}

export type RadarLayout = 'radar' | 'too-few' | 'too-many' | 'empty' | 'bad-scale';

export interface RadarModel {
  scale: { min: number; max: number };
  threshold: number;
  gap: number;
  axes: RadarAxis[];
  /** Series present in the profile (drawn somewhere, hidden or refused), in legend order. */
  series: RadarSeries[];
  blindSpots: Insight[];
  hiddenStrengths: Insight[];
  strongest?: Insight;
  weakest?: Insight;
  /** Earlier cycles (oldest first), then this one. */
  cycles: RadarCycle[];
  /** The earlier cycle the `previous` series shows. */
  compared?: RadarCycle;
  layout: RadarLayout;
  outOfScale: number;
  duplicates: string[];
  overallRefused: boolean;
}

export interface RadarModelOptions {
  /** Smallest self − others difference that counts; default a third of the scale's range. */
  gap?: number;
  /** The earlier cycle to compare with; default the latest. */
  compareCycleId?: string;
}

/** Weighted mean of the drawn non-self groups, the stand-in when no overall figure is published. */
function othersOf(values: Partial<Record<SeriesId, Figure>>, overall: Figure | undefined): number | undefined {
  if (overall) return overall.value;
  let sum = 0;
  let n = 0;
  for (const group of GROUP_SERIES) {
    const figure = values[group];
    if (group === 'self' || !figure?.n) continue;
    sum += figure.value * figure.n;
    n += figure.n;
  }
  return n > 0 ? sum / n : undefined;
}

interface CheckedScores {
  values: Partial<Record<SeriesId, Figure>>;
  missing: Partial<Record<GroupSeries, Missing>>;
  overall?: Figure;
  overallRefused: boolean;
  outOfScale: number;
}

/** The anonymity rule once more, on published figures: what may be drawn, and what is refused. */
function checkScores(
  scores: Partial<Record<string, GroupScore>>,
  overall: GroupScore | undefined,
  scale: { min: number; max: number },
  threshold: number,
): CheckedScores {
  const result: CheckedScores = { values: {}, missing: {}, overallRefused: false, outOfScale: 0 };
  const onScale = (v: number) => Number.isFinite(v) && v >= scale.min && v <= scale.max;
  let covered = 0;
  for (const group of GROUP_SERIES) {
    const score = scores[group];
    if (!score) continue;
    if ('suppressed' in score) {
      result.missing[group] = 'suppressed';
    } else if ((PROTECTED_SERIES as readonly string[]).includes(group) && score.n < threshold) {
      result.missing[group] = 'refused';
    } else if (!onScale(score.mean)) {
      result.outOfScale++;
    } else {
      result.values[group] = { value: score.mean, n: score.n };
      if (group !== 'self') covered += score.n;
    }
  }
  if (overall && 'mean' in overall) {
    // Raters in the overall that no drawn figure accounts for must be none, or enough to hide among.
    const uncovered = overall.n - covered;
    if (uncovered > 0 && uncovered < threshold) result.overallRefused = true;
    else if (!onScale(overall.mean)) result.outOfScale++;
    else result.overall = { value: overall.mean, n: overall.n };
  }
  return result;
}

export function buildRadarModel(profile: CompetencyProfile, options: RadarModelOptions = {}): RadarModel {
  const scale = { min: profile.scale.min, max: profile.scale.max };
  const threshold = Math.max(1, profile.threshold);
  const range = scale.max - scale.min;
  const gap = options.gap !== undefined && Number.isFinite(options.gap) && options.gap > 0 ? options.gap : range / 3;
  const history = profile.history ?? [];
  const cycles: RadarCycle[] = history.map((h) => ({ id: h.cycleId, label: h.label }));
  cycles.push({ id: profile.cycleId ?? '', label: profile.cycleLabel });
  const model: RadarModel = {
    scale, threshold, gap, axes: [], series: [], blindSpots: [], hiddenStrengths: [], cycles,
    layout: 'radar', outOfScale: 0, duplicates: [], overallRefused: false,
  };
  if (!(range > 0)) {
    model.layout = 'bad-scale';
    return model;
  }
  const compared = options.compareCycleId !== undefined ? history.find((h) => h.cycleId === options.compareCycleId) : undefined;
  const comparedCycle = compared ?? history.at(-1);
  if (comparedCycle) model.compared = { id: comparedCycle.cycleId, label: comparedCycle.label };
  else if (profile.competencies.some((c) => c.previous !== undefined)) model.compared = { id: '' };

  // Earlier cycles: each competency's "others" figure, checked by the same rule.
  const earlier = history.map((cycle) => {
    const byId = new Map<string, number | undefined>();
    for (const c of cycle.scores) {
      if (byId.has(c.id)) continue;
      const checked = checkScores(c.scores, c.overall, scale, threshold);
      byId.set(c.id, othersOf(checked.values, checked.overall));
    }
    return byId;
  });
  const comparedIndex = comparedCycle ? history.indexOf(comparedCycle) : -1;

  const seen = new Set<string>();
  const counts = new Map<SeriesId, RadarSeries>();
  const count = (id: SeriesId) => {
    let s = counts.get(id);
    if (!s) counts.set(id, (s = { id, drawn: 0, suppressed: 0, refused: 0 }));
    return s;
  };
  for (const competency of profile.competencies) {
    if (seen.has(competency.id)) {
      if (!model.duplicates.includes(competency.name)) model.duplicates.push(competency.name);
      continue;
    }
    seen.add(competency.id);
    const checked = checkScores(competency.scores, competency.overall, scale, threshold);
    model.outOfScale += checked.outOfScale;
    model.overallRefused ||= checked.overallRefused;
    const values = checked.values;
    const onScale = (v: number | undefined) => v !== undefined && Number.isFinite(v) && v >= scale.min && v <= scale.max;
    if (competency.target !== undefined) {
      if (onScale(competency.target)) values.target = { value: competency.target };
      else model.outOfScale++;
    }
    const before = comparedIndex >= 0 ? earlier[comparedIndex]!.get(competency.id) : competency.previous;
    if (before !== undefined) {
      if (onScale(before)) values.previous = { value: before };
      else model.outOfScale++;
    }
    const others = othersOf(values, checked.overall);
    const axis: RadarAxis = {
      id: competency.id,
      name: competency.name,
      values,
      missing: checked.missing,
      development: [...earlier.map((m) => m.get(competency.id)), others],
    };
    if (competency.description !== undefined) axis.description = competency.description;
    if (others !== undefined) axis.others = others;
    model.axes.push(axis);
    for (const id of SERIES) {
      if (values[id]) count(id).drawn++;
      const missing = (axis.missing as Partial<Record<SeriesId, Missing>>)[id];
      if (missing === 'suppressed') count(id).suppressed++;
      if (missing === 'refused') count(id).refused++;
    }
  }
  model.series = SERIES.filter((id) => counts.has(id)).map((id) => counts.get(id)!);

  // Insights: blind spots and hidden strengths (self vs others), strongest and weakest by others.
  const epsilon = 1e-9;
  for (const axis of model.axes) {
    const self = axis.values.self?.value;
    if (self === undefined || axis.others === undefined) continue;
    const difference = self - axis.others;
    const item = { competencyId: axis.id, name: axis.name, self, others: axis.others, difference };
    if (difference >= gap - epsilon) model.blindSpots.push({ ...item, reason: 'blind-spot' });
    else if (-difference >= gap - epsilon) model.hiddenStrengths.push({ ...item, reason: 'hidden-strength' });
  }
  model.blindSpots.sort((a, b) => b.difference! - a.difference!);
  model.hiddenStrengths.sort((a, b) => a.difference! - b.difference!);
  const rated = model.axes.filter((a) => a.others !== undefined);
  if (rated.length) {
    const top = rated.reduce((a, b) => (b.others! > a.others! ? b : a));
    const bottom = rated.reduce((a, b) => (b.others! < a.others! ? b : a));
    model.strongest = { competencyId: top.id, name: top.name, reason: 'strongest', others: top.others!, self: top.values.self?.value };
    if (bottom !== top) model.weakest = { competencyId: bottom.id, name: bottom.name, reason: 'weakest', others: bottom.others!, self: bottom.values.self?.value };
  }

  const axes = model.axes.length;
  model.layout = axes === 0 ? 'empty' : axes < MIN_AXES ? 'too-few' : axes > MAX_AXES ? 'too-many' : 'radar';
  return model;
}
