/** Intl formatters, cached per locale and options because constructing them is slow. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  kind: string, locale: string, options: object, make: () => T,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('n', locale, options, () => new Intl.NumberFormat(locale, options));

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }) =>
  cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const relativeTimeFormat = (locale: string, options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' }) =>
  cached('r', locale, options, () => new Intl.RelativeTimeFormat(locale, options));

/** 0.42 → "42%" in the locale's style. */
export const formatPercent = (locale: string, ratio: number) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);

/** An ISO date (YYYY-MM-DD) or date-time, shown as a date without shifting across time zones. */
export function formatDate(locale: string, iso: string, options?: Intl.DateTimeFormatOptions): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : new Date(iso);
  return dateFormat(locale, { timeZone: /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : undefined, dateStyle: 'medium', ...options }).format(date);
}
