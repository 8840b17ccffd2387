import { idSchema } from '@pm-widgets/core';

/**
 * The text and URL fields of a schema, read from the zod/mini schema itself (its `_zod.def`), so
 * a field added to a schema is injected, and reported by the coverage test, without anyone
 * listing it here. Ids, enums, dates, ISO weeks and numbers are not free text and are skipped.
 */
export type FieldKind = 'text' | 'url';

export interface Field {
  /** e.g. `goals[].keyResults[].title`, `answers{}` (a record's values). */
  path: string;
  kind: FieldKind;
  /** The schema's maximum length. */
  max: number;
  /** The schema's minimum length (1 for required text). */
  min: number;
}

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
  valueType?: Schema;
  format?: string;
  checks?: { _zod: { def: { check: string; format?: string; maximum?: number; minimum?: number } } }[];
}
interface Schema { _zod: { def: Def } }

const defOf = (schema: unknown): Def => (schema as Schema)._zod.def;

/** The string leaf's kind, or undefined when it is not free text (id, date, week, pattern). */
function leafKind(schema: Schema): FieldKind | undefined {
  if (schema === (idSchema as unknown)) return undefined;
  const def = defOf(schema);
  if (def.format === 'url') return 'url';
  if (def.format) return undefined;
  if (def.checks?.some((c) => c._zod.def.check === 'string_format' || c._zod.def.check === 'custom')) return undefined;
  return 'text';
}

function lengths(schema: Schema): { max: number; min: number } {
  let max = Number.POSITIVE_INFINITY;
  let min = 0;
  for (const c of defOf(schema).checks ?? []) {
    if (c._zod.def.check === 'max_length') max = Math.min(max, c._zod.def.maximum!);
    if (c._zod.def.check === 'min_length') min = Math.max(min, c._zod.def.minimum!);
  }
  return { max, min };
}

/** Optional and nullable wrappers peeled off. */
function unwrap(schema: Schema): Schema {
  let s = schema;
  while (['optional', 'nullable', 'default', 'readonly'].includes(defOf(s).type)) s = defOf(s).innerType!;
  return s;
}

/** Every text and URL field under `schema`, with its path. */
export function stringFields(schema: unknown, path = ''): Field[] {
  const s = unwrap(schema as Schema);
  const def = defOf(s);
  switch (def.type) {
    case 'string': {
      const kind = leafKind(s);
      return kind ? [{ path, kind, ...lengths(s) }] : [];
    }
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, child]) => stringFields(child, path ? `${path}.${key}` : key));
    case 'array':
      return stringFields(def.element, `${path}[]`);
    case 'record':
      return stringFields(def.valueType, `${path}{}`);
    case 'union': {
      const seen = new Map<string, Field>();
      for (const option of def.options!) for (const f of stringFields(option, path)) seen.set(`${f.path}`, f);
      return [...seen.values()];
    }
    default:
      return [];
  }
}

/** The field's value for one occurrence: given the field and the value there (undefined when absent). */
export type Assign = (field: Field, current: string | undefined) => string | undefined;

/**
 * A copy of `value` with every text and URL leaf replaced by `assign(...)`, walking `schema`
 * beside the data. With `fill`, optional text and URL fields that are absent from an object that
 * is present are added too, so a field the source data happens to leave out is still tried.
 * `touched` collects the paths that were assigned.
 */
export function inject(schema: unknown, value: unknown, assign: Assign, options: { fill?: boolean; touched?: Set<string>; skip?: readonly string[] } = {}, path = ''): unknown {
  if (value === undefined || value === null) return value;
  const s = unwrap(schema as Schema);
  const def = defOf(s);
  const recur = (child: unknown, v: unknown, p: string) => inject(child, v, assign, options, p);
  switch (def.type) {
    case 'string': {
      if (typeof value !== 'string') return value;
      const kind = leafKind(s);
      if (!kind || options.skip?.includes(path)) return value;
      const next = assign({ path, kind, ...lengths(s) }, value);
      if (next === undefined) return value;
      options.touched?.add(path);
      return next;
    }
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, child] of Object.entries(def.shape!)) {
        const p = path ? `${path}.${key}` : key;
        if (out[key] !== undefined) out[key] = recur(child, out[key], p);
        else if (options.fill && defOf(child).type === 'optional' && defOf(unwrap(child)).type === 'string') {
          const leaf = unwrap(child);
          const kind = leafKind(leaf);
          if (!kind || options.skip?.includes(p)) continue;
          const next = assign({ path: p, kind, ...lengths(leaf) }, undefined);
          if (next !== undefined) {
            out[key] = next;
            options.touched?.add(p);
          }
        }
      }
      return out;
    }
    case 'array':
      return Array.isArray(value) ? value.map((item) => recur(def.element, item, `${path}[]`)) : value;
    case 'record': {
      if (typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = recur(def.valueType, v, `${path}{}`);
      return out;
    }
    case 'union': {
      const runtime = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : typeof value === 'object' ? 'object' : 'other';
      const option = def.options!.find((o) => defOf(unwrap(o)).type === runtime);
      return option ? recur(option, value, path) : value;
    }
    default:
      return value;
  }
}
