/** Date arithmetic for the demo data, in UTC, relative to a `now`. */

export const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** YYYY-MM-DD (UTC). */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A moment on the day `days` from `now`, at the given UTC hour and minute. */
export function at(now: Date, days: number, hour: number, minute = 0): string {
  const day = addDays(now, days);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute)).toISOString();
}

/** `H1 2026`-style name of the half-year a date falls in. */
export const halfYearName = (date: Date) => `H${date.getUTCMonth() < 6 ? 1 : 2} ${date.getUTCFullYear()}`;
