import * as z from 'zod/mini';
import { ISO_DATE, ISO_DATE_TIME, LIMITS, httpUrlSchema } from './common.js';
import type { Person } from './person.js';

/**
 * The pieces the fast, CSP-safe checks (goal-fast, feedback-fast, survey-fast) are built from. Each
 * check answers `true` only when the zod/mini schema would accept the value AND return it unchanged
 * (plain objects, no unknown keys), so the caller may keep the value as it came, without zod's copy;
 * anything else goes through zod, which words the error. Property tests hold each check to its schema.
 */

export const isPlain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
export const onlyKeys = (o: Record<string, unknown>, keys: Set<string>) => {
  for (const k in o) if (!keys.has(k) || o[k] === undefined) return false;
  return true;
};
// Compared, not looked up: `Set.has` must hash every fresh id string (measured: most of the goal
// check's time at 100,000 goals), while a comparison with a constant stops at the length.
export const isId = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.id
  && v !== '__proto__' && v !== 'prototype' && v !== 'constructor';
export const isText = (v: unknown, max: number, min = 0) => typeof v === 'string' && v.length >= min && v.length <= max;
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isBetween = (v: unknown, min: number, max: number) => isNumber(v) && v >= min && v <= max;
export const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
export const everyOf = (v: unknown, max: number, check: (item: unknown) => boolean) => {
  if (!Array.isArray(v) || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
};

/**
 * Answers per string, bounded (hostile data cannot grow it): dates and avatars repeat a lot in real
 * lists (quarter ends, a sync's timestamp), and the ISO patterns are the costliest part of a check.
 */
export function remembered(test: (v: string) => boolean): (v: unknown) => boolean {
  const seen = new Map<string, boolean>();
  return (v) => {
    if (typeof v !== 'string') return false;
    let ok = seen.get(v);
    if (ok === undefined) {
      ok = test(v);
      if (seen.size >= 4096) seen.clear();
      seen.set(v, ok);
    }
    return ok;
  };
}
// The same patterns the schemas check with (common.ts), never zod's internal `_zod.pattern`, which a
// regex check leaves as "any string".
export const isDate = remembered((v) => ISO_DATE.test(v));
export const isDateTime = remembered((v) => ISO_DATE_TIME.test(v));
/** URLs are rare and varied: zod's own check (http(s) only), remembered like the dates. */
export const isHttpUrl = remembered((v) => {
  const result = z.safeParse(httpUrlSchema, v);
  return result.success && result.data === v;
});

const PERSON_KEYS = new Set(['id', 'name', 'title', 'avatarUrl', 'managerId', 'teamId']);

/** A person (of a goal list, or a feedback item's author): `true` only when `personSchema` would accept it unchanged. */
export function isExactPerson(v: unknown): v is Person {
  return isPlain(v) && onlyKeys(v, PERSON_KEYS)
    && isId(v.id) && isText(v.name, LIMITS.name, 1) && optional(v.title, (t) => isText(t, LIMITS.name))
    && optional(v.avatarUrl, isHttpUrl) && optional(v.managerId, (m) => m === null || isId(m)) && optional(v.teamId, isId);
}

/** `true` when every person passes {@link isExactPerson} (and there are at most `max`). */
export function areExactPeople(people: unknown, max: number = LIMITS.bigList): people is Person[] {
  return everyOf(people, max, isExactPerson);
}
