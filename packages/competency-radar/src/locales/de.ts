import type { RadarMessages } from '../messages.js';

const de: RadarMessages = {
  title: 'Kompetenzen',
  noPerson: 'Setzen Sie das Attribut person auf die ID der Person, deren 360°-Ergebnisse gezeigt werden sollen.',
  loadErrorTitle: 'Die 360°-Ergebnisse konnten nicht geladen werden',
  empty: 'Für diesen Zyklus gibt es noch keine 360°-Ergebnisse. Sie erscheinen, sobald Bewertende geantwortet haben.',

  seriesSelf: 'Selbst',
  seriesManager: 'Führungskraft',
  seriesPeer: 'Kolleg:innen',
  seriesDirectReport: 'Mitarbeitende',
  seriesOther: 'Weitere',
  seriesOthers: 'Zusammengefasst',
  seriesTarget: 'Ziel',
  seriesPrevious: (cycle: string) => `Früher: ${cycle}`,
  previousCycle: 'Vorheriger Zyklus',

  legendLabel: 'Reihen: zum Ein- oder Ausblenden drücken',
  notEnough: (threshold: number) => `zu wenige Antworten (weniger als ${threshold})`,
  partlyHidden: (count: number, threshold: number) =>
    count === 1
      ? `bei 1 Kompetenz ausgeblendet (weniger als ${threshold} Antworten)`
      : `bei ${count} Kompetenzen ausgeblendet (weniger als ${threshold} Antworten)`,
  refused: (threshold: number) =>
    `nicht gezeichnet: Die Daten nennen weniger als ${threshold} Bewertende für diese anonyme Gruppe, das könnte sie erkennbar machen`,
  overallRefused: 'Der Gesamtwert wurde weggelassen: Zusammen mit den gezeigten Gruppen könnte er eine ausgeblendete Gruppe verraten.',

  pointLabel: (competency: string, series: string, value: string, max: string, n: string) => `${competency}, ${series}: ${value} von ${max}${n}`,
  raters: (n: number) => (n === 1 ? '1 Bewertung' : `${n} Bewertungen`),
  ratersSuffix: (n: number) => (n === 1 ? ', 1 Bewertung' : `, ${n} Bewertungen`),
  ofScale: (value: string, max: string) => `${value} von ${max}`,
  pointsLabel: 'Datenpunkte: mit den Pfeiltasten wechseln',

  summaryStrongest: (name: string, value: string) => `Am stärksten: ${name} ${value}`,
  summaryWeakest: (name: string, value: string) => `am schwächsten: ${name} ${value}`,
  summaryBlindSpot: (name: string, self: string, others: string) => `größter blinder Fleck: ${name}, selbst ${self}, andere ${others}`,
  summaryHiddenStrength: (name: string, self: string, others: string) => `größte verborgene Stärke: ${name}, selbst ${self}, andere ${others}`,
  summarySelfOnly: 'Bisher liegt nur die Selbsteinschätzung vor.',
  summaryNone: 'Noch keine Werte.',

  insightsHeading: 'Was auffällt',
  blindSpots: 'Blinde Flecken',
  blindSpotsHelp: (gap: string) => `Sie schätzen sich mindestens ${gap} höher ein als andere.`,
  hiddenStrengths: 'Verborgene Stärken',
  hiddenStrengthsHelp: (gap: string) => `Andere schätzen Sie mindestens ${gap} höher ein als Sie selbst.`,
  noneFound: 'Keine.',
  needsSelf: 'Erscheinen, sobald es eine Selbsteinschätzung und genug weitere Antworten gibt.',
  youVsOthers: (self: string, others: string, difference: string) => `Sie ${self} · andere ${others} (${difference})`,
  strongest: 'Am stärksten',
  weakest: 'Am schwächsten',
  byOthers: (value: string) => `${value} laut anderen`,
  makeFocus: 'Zu meinem Fokus machen',
  focusChosen: (name: string) => `${name} ist Ihr Fokus.`,

  showTable: 'Tabelle zeigen',
  hideTable: 'Tabelle ausblenden',
  compareWith: 'Vergleichen mit',
  tableScores: 'Werte nach Gruppe',
  tableDevelopment: 'Entwicklung über die Zyklen',
  competency: 'Kompetenz',
  change: 'Veränderung',
  trend: 'Verlauf',
  trendUp: (value: string) => `plus ${value}`,
  trendDown: (value: string) => `minus ${value}`,
  trendFlat: 'unverändert',
  current: (cycle: string) => `${cycle} (aktuell)`,
  currentCycle: 'Dieser Zyklus',
  cellHidden: (threshold: number) => `ausgeblendet (weniger als ${threshold})`,
  cellNone: 'kein Wert',

  tooFew: (count: number) =>
    `Ein Netzdiagramm braucht mindestens 3 Kompetenzen; dieses Profil hat ${count}. Die Werte stehen als Balken und in der Tabelle.`,
  tooMany: (count: number, max: number) =>
    `${count} Kompetenzen sind zu viele für ein lesbares Netzdiagramm (höchstens ${max}). Sie stehen stattdessen in der Tabelle.`,
  outOfScale: (count: number, min: string, max: string) =>
    count === 1
      ? `Ein Wert lag außerhalb der Skala ${min}–${max} und wurde weggelassen.`
      : `${count} Werte lagen außerhalb der Skala ${min}–${max} und wurden weggelassen.`,
  duplicates: (names: string) => `Doppelt aufgeführte Kompetenzen wurden einmal gezeigt: ${names}.`,
  badScale: 'Die Bewertungsskala dieser Ergebnisse ist ungültig, daher kann nichts gezeichnet werden.',
};

export default de;
