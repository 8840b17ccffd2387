/** ISO 8601 week helpers: check-ins are keyed by week (`2026-W47`). */

/** The ISO week containing `date`, in UTC. */
export function isoWeekOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day); // Thursday decides the year.
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Monday (UTC) of an ISO week. Throws on a malformed week. */
export function mondayOfIsoWeek(period: string): Date {
  const match = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!match) throw new RangeError(`"${period}" is not an ISO week such as 2026-W47`);
  const year = Number(match[1]);
  const week = Number(match[2]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (week - 1) * 7);
  if (isoWeekOf(monday) !== period) throw new RangeError(`${period} does not exist: ${year} has fewer weeks`);
  return monday;
}

/** The week `offset` weeks from `period` (negative for earlier). */
export function shiftIsoWeek(period: string, offset: number): string {
  const monday = mondayOfIsoWeek(period);
  monday.setUTCDate(monday.getUTCDate() + offset * 7);
  return isoWeekOf(monday);
}
