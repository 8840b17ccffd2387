import * as z from 'zod/mini';
import { REFINEMENTS } from './refinements.js';
import { LIMITS } from './values.js';

export { LIMITS };

// Full zod compiles object parsers with `new Function`, which a strict CSP reports on every page.
// zod/mini's objects do not; switching JIT off as well keeps any other schema type from probing eval.
z.config({ jitless: true });


export const idSchema = z.string().check(
  z.minLength(1, 'expected a non-empty id'),
  z.maxLength(LIMITS.id, `expected an id of at most ${LIMITS.id} characters`),
  z.refine(REFINEMENTS.notReserved, 'expected an id that is not a reserved word'),
);

export const text = (max: number, { min = 0 }: { min?: number } = {}) =>
  z.string().check(
    z.minLength(min, min === 1 ? 'expected a non-empty string' : `expected at least ${min} characters`),
    z.maxLength(max, `expected at most ${max} characters`),
  );

/** A number in [min, max]; the message names the whole range, so a developer knows what to send. */
export const between = (min: number, max: number, { int = false }: { int?: boolean } = {}) => {
  const expected = `expected ${int ? 'a whole number' : 'a number'} from ${min} to ${max}`;
  const base = int ? z.int() : z.number();
  return base.check(z.gte(min, expected), z.lte(max, expected));
};

/** Finite numbers only: NaN and Infinity are never valid measurements. */
export const finite = z.number().check(z.refine(REFINEMENTS.finite, 'expected a finite number'));

/**
 * Links and avatars from data: only http(s), so `javascript:` and `data:` can never reach an href or src.
 * A refine with the URL parser, as `z.url({ protocol })` checks it, without zod's URL format code (0.4 KB
 * gzip of every widget). The value is kept as sent (zod trimmed it; href and src parse it the same way).
 * The server's OpenAPI names the formats of these three (`uri`, `date`, `date-time`).
 */
export const httpUrlSchema = z.string().check(z.refine(REFINEMENTS.httpUrl, 'expected an http(s) URL'));

/** zod's own ISO patterns (z.iso.date, z.iso.datetime with an offset), also used by the fast goal check. */
export const ISO_DATE = z.regexes.date;
export const ISO_DATE_TIME = z.regexes.datetime({ offset: true });
// Checked as plain regexes: as strict as z.iso.*, without its format classes.
export const isoDateSchema = z.string().check(z.regex(ISO_DATE, 'expected an ISO date (YYYY-MM-DD)'));
export const isoDateTimeSchema = z.string().check(z.regex(ISO_DATE_TIME, 'expected an ISO date-time'));

/** ISO week, e.g. 2026-W47. */
export const isoWeekSchema = z.string().check(
  z.regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'expected an ISO week such as 2026-W47'),
);

export const list = <T extends z.core.SomeType>(item: T, max: number = LIMITS.listItems) =>
  z.array(item).check(z.maxLength(max, `expected at most ${max} items`));

/** A map keyed by ids: keys are checked like ids so `__proto__` and friends are refused. */
export const idRecord = <T extends z.core.SomeType>(value: T) => z.record(idSchema, value);
