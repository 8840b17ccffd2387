/**
 * Pace: is a goal where it should be by now? Expected progress is the elapsed share of
 * start..due. The gap between actual and expected decides the state:
 *
 * - `done`: progress has reached 1 (or the status is done): no pace is judged;
 * - `archived`: the goal is archived: no pace is judged;
 * - `ahead`: at least `ahead` (default 0.1) above expected;
 * - `on-pace`: within the band;
 * - `at-risk`: more than `atRisk` (default 0.1) below expected;
 * - `behind`: more than `behind` (default 0.25) below expected, or past due and unfinished;
 * - `no-dates`: no due date, or no start to measure from (or due not after start);
 * - `not-started`: today is before the start: no pace is judged yet.
 *
 * The start is the goal's `startDate`; without one, the day it was created (`createdAt`), and
 * without that the review cycle's start (`cycleStart`); `startSource` says which, so a reader can
 * be told what the pace is measured from. A goal created a moment ago is therefore on pace.
 */

export const PACE_STATES = ['done', 'ahead', 'on-pace', 'at-risk', 'behind', 'no-dates', 'not-started', 'archived'] as const;
export type PaceState = (typeof PACE_STATES)[number];

export interface PaceThresholds {
  ahead: number;
  atRisk: number;
  behind: number;
}

export const DEFAULT_PACE_THRESHOLDS: PaceThresholds = { ahead: 0.1, atRisk: 0.1, behind: 0.25 };

export interface Pace {
  state: PaceState;
  /** Progress expected by `now`, 0..1 (undefined without dates). */
  expected?: number;
  /** Actual minus expected (undefined without dates). */
  gap?: number;
  /** Whole days until due (negative when overdue). */
  daysLeft?: number;
  overdue: boolean;
  /** What the expected progress is measured from (undefined when no start was found). */
  startSource?: 'start-date' | 'created' | 'cycle';
  /** The start used, as an ISO date (undefined when no start was found). */
  start?: string;
}

export interface PaceInput {
  startDate?: string | undefined;
  dueDate?: string | undefined;
  /** When the goal was created (an ISO timestamp): the start when `startDate` is missing. */
  createdAt?: string | undefined;
  status?: string;
}

export interface PaceOptions {
  now?: Date;
  thresholds?: Partial<PaceThresholds>;
  /** The review cycle's first day: the start when neither `startDate` nor `createdAt` is known. */
  cycleStart?: string | undefined;
}

const DAY = 86_400_000;
const parseDay = (iso: string | undefined) => {
  if (!iso) return undefined;
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(time) ? undefined : time;
};

export function computePace(
  goal: PaceInput,
  progress: number,
  { now = new Date(), thresholds = {}, cycleStart }: PaceOptions = {},
): Pace {
  const t = { ...DEFAULT_PACE_THRESHOLDS, ...thresholds };
  const startFrom = startOf(goal, cycleStart);
  const start = startFrom?.time;
  // Due at the end of its day.
  const dueDay = parseDay(goal.dueDate);
  const due = dueDay === undefined ? undefined : dueDay + DAY;
  const nowTime = now.getTime();
  const daysLeft = due === undefined ? undefined : Math.ceil((due - nowTime) / DAY) - 1;
  const overdue = due !== undefined && nowTime >= due && progress < 1;
  const withDays = daysLeft === undefined ? {} : { daysLeft };
  if (goal.status === 'archived') return { state: 'archived', overdue: false, ...withDays };
  if (progress >= 1 || goal.status === 'done') return { state: 'done', overdue: false, ...withDays };
  if (start === undefined || due === undefined || due <= start) {
    return { state: overdue ? 'behind' : 'no-dates', overdue, ...withDays };
  }
  const from = { startSource: startFrom!.source, start: new Date(start).toISOString().slice(0, 10) };
  if (nowTime < start) return { state: 'not-started', expected: 0, gap: progress, overdue: false, ...withDays, ...from };
  const expected = Math.min(1, (nowTime - start) / (due - start));
  const gap = progress - expected;
  let state: PaceState;
  if (overdue || gap < -t.behind) state = 'behind';
  else if (gap < -t.atRisk) state = 'at-risk';
  else if (gap >= t.ahead) state = 'ahead';
  else state = 'on-pace';
  return { state, expected, gap, overdue, ...withDays, ...from };
}

/** The start pace is measured from: the start date, else the creation day, else the cycle's start. */
function startOf(goal: PaceInput, cycleStart: string | undefined): { time: number; source: NonNullable<Pace['startSource']> } | undefined {
  const own = parseDay(goal.startDate);
  if (own !== undefined) return { time: own, source: 'start-date' };
  const created = parseDay(goal.createdAt?.slice(0, 10));
  if (created !== undefined) return { time: created, source: 'created' };
  const cycle = parseDay(cycleStart);
  if (cycle !== undefined) return { time: cycle, source: 'cycle' };
  return undefined;
}
