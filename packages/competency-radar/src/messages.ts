import { defineCatalogues, type Catalogues } from '@pm-widgets/core';
import type { FocusReason, SeriesId } from './types.js';

const en = {
  title: 'Competencies',
  noPerson: 'Set the person attribute to the id of the person whose 360 results to show.',
  loadErrorTitle: 'The 360 results could not be loaded',
  empty: 'There are no 360 results for this cycle yet. They appear once raters have answered.',

  seriesSelf: 'Self',
  seriesManager: 'Manager',
  seriesPeer: 'Peers',
  seriesDirectReport: 'Direct reports',
  seriesOther: 'Others',
  seriesOthers: 'Combined raters',
  seriesTarget: 'Target',
  seriesPrevious: (cycle: string) => `Earlier: ${cycle}`,
  previousCycle: 'Previous cycle',

  legendLabel: 'Series: press to show or hide',
  notEnough: (threshold: number) => `not enough responses (fewer than ${threshold})`,
  partlyHidden: (count: number, threshold: number) =>
    count === 1
      ? `hidden for 1 competency (fewer than ${threshold} responses)`
      : `hidden for ${count} competencies (fewer than ${threshold} responses)`,
  refused: (threshold: number) =>
    `not drawn: the data gave fewer than ${threshold} raters for this anonymous group, so drawing it could identify them`,
  overallRefused: 'The combined figure was left out: with the groups shown it could reveal a hidden group.',

  pointLabel: (competency: string, series: string, value: string, max: string, n: string) => `${competency}, ${series}: ${value} of ${max}${n}`,
  raters: (n: number) => (n === 1 ? '1 rater' : `${n} raters`),
  ratersSuffix: (n: number) => (n === 1 ? ', 1 rater' : `, ${n} raters`),
  ofScale: (value: string, max: string) => `${value} of ${max}`,
  pointsLabel: 'Data points: use the arrow keys to move between them',

  summaryStrongest: (name: string, value: string) => `Strongest: ${name} ${value}`,
  summaryWeakest: (name: string, value: string) => `weakest: ${name} ${value}`,
  summaryBlindSpot: (name: string, self: string, others: string) => `largest blind spot: ${name}, self ${self} vs others ${others}`,
  summaryHiddenStrength: (name: string, self: string, others: string) => `largest hidden strength: ${name}, self ${self} vs others ${others}`,
  summarySelfOnly: 'Only the self-assessment is available so far.',
  summaryNone: 'No scores yet.',

  insightsHeading: 'What stands out',
  blindSpots: 'Blind spots',
  blindSpotsHelp: (gap: string) => `You rate yourself at least ${gap} higher than others do.`,
  hiddenStrengths: 'Hidden strengths',
  hiddenStrengthsHelp: (gap: string) => `Others rate you at least ${gap} higher than you do.`,
  noneFound: 'None.',
  needsSelf: 'Appear once there is a self-assessment and enough other responses.',
  youVsOthers: (self: string, others: string, difference: string) => `You ${self} · others ${others} (${difference})`,
  strongest: 'Strongest',
  weakest: 'Weakest',
  byOthers: (value: string) => `${value} by others`,
  makeFocus: 'Make this my focus',
  focusChosen: (name: string) => `${name} is your focus.`,

  showTable: 'Show table',
  hideTable: 'Hide table',
  compareWith: 'Compare with',
  tableScores: 'Scores by rater group',
  tableDevelopment: 'Development over cycles',
  competency: 'Competency',
  change: 'Change',
  trend: 'Trend',
  trendUp: (value: string) => `up ${value}`,
  trendDown: (value: string) => `down ${value}`,
  trendFlat: 'no change',
  current: (cycle: string) => `${cycle} (now)`,
  currentCycle: 'This cycle',
  cellHidden: (threshold: number) => `hidden (fewer than ${threshold})`,
  cellNone: 'no score',

  tooFew: (count: number) =>
    `A radar needs at least 3 competencies; this profile has ${count}. The scores are shown as bars and in the table.`,
  tooMany: (count: number, max: number) =>
    `${count} competencies are too many for a readable radar (at most ${max}). They are shown in the table instead.`,
  outOfScale: (count: number, min: string, max: string) =>
    count === 1
      ? `One figure lay outside the scale ${min}–${max} and was left out.`
      : `${count} figures lay outside the scale ${min}–${max} and were left out.`,
  duplicates: (names: string) => `Competencies listed twice were shown once: ${names}.`,
  badScale: 'The rating scale of these results is not valid, so nothing can be drawn.',
};

export type RadarMessages = typeof en;


export const radarMessages: Catalogues<RadarMessages> = defineCatalogues<RadarMessages>('competency-radar', {
  en,
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
});

/** The name of a series in the reader's language. */
export function seriesName(text: RadarMessages, id: SeriesId, compared?: string): string {
  switch (id) {
    case 'self': return text.seriesSelf;
    case 'manager': return text.seriesManager;
    case 'peer': return text.seriesPeer;
    case 'direct-report': return text.seriesDirectReport;
    case 'other': return text.seriesOther;
    case 'others': return text.seriesOthers;
    case 'target': return text.seriesTarget;
    case 'previous': return text.seriesPrevious(compared ?? text.previousCycle);
  }
}

export function reasonName(text: RadarMessages, reason: FocusReason): string {
  switch (reason) {
    case 'blind-spot': return text.blindSpots;
    case 'hidden-strength': return text.hiddenStrengths;
    case 'strongest': return text.strongest;
    case 'weakest': return text.weakest;
  }
}
