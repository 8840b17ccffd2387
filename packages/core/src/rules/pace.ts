/**
 * Pace: is a goal where it should be by now? Expected progress is the elapsed share of
 * start..due. The gap between actual and expected decides the state:
 *
 * - `done`: progress has reached 1 (or the status is done);
 * - `ahead`: at least `ahead` (default 0.1) above expected;
 * - `on-pace`: within the band;
 * - `at-risk`: more than `atRisk` (default 0.1) below expected;
 * - `behind`: more than `behind` (default 0.25) below expected, or past due and unfinished;
 * - `no-dates`: no start or due date (or due not after start), so no pace can be computed;
 * - `not-started`: today is before the start date.
 */

export const PACE_STATES = ['done', 'ahead', 'on-pace', 'at-risk', 'behind', 'no-dates', 'not-started'] as const;
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
}

export interface PaceInput {
  startDate?: string | undefined;
  dueDate?: string | undefined;
  status?: string;
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
  { now = new Date(), thresholds = {} }: { now?: Date; thresholds?: Partial<PaceThresholds> } = {},
): Pace {
  const t = { ...DEFAULT_PACE_THRESHOLDS, ...thresholds };
  const start = parseDay(goal.startDate);
  // Due at the end of its day.
  const dueDay = parseDay(goal.dueDate);
  const due = dueDay === undefined ? undefined : dueDay + DAY;
  const nowTime = now.getTime();
  const daysLeft = due === undefined ? undefined : Math.ceil((due - nowTime) / DAY) - 1;
  const overdue = due !== undefined && nowTime >= due && progress < 1;
  const withDays = daysLeft === undefined ? {} : { daysLeft };
  if (progress >= 1 || goal.status === 'done') return { state: 'done', overdue: false, ...withDays };
  if (start === undefined || due === undefined || due <= start) {
    return { state: overdue ? 'behind' : 'no-dates', overdue, ...withDays };
  }
  if (nowTime < start) return { state: 'not-started', expected: 0, gap: progress, overdue: false, ...withDays };
  const expected = Math.min(1, (nowTime - start) / (due - start));
  const gap = progress - expected;
  let state: PaceState;
  if (overdue || gap < -t.behind) state = 'behind';
  else if (gap < -t.atRisk) state = 'at-risk';
  else if (gap >= t.ahead) state = 'ahead';
  else state = 'on-pace';
  return { state, expected, gap, overdue, ...withDays };
}
