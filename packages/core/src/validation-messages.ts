import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** `goals[3].progress` from `['goals', 3, 'progress']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

/** A short, safe rendering of a bad value for a developer-facing message. */
export function previewValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 60 ? `a string of ${value.length} characters` : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `an array of ${value.length} items`;
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const GENERIC = 'Invalid input';

function describe(issue: Issue): string {
  if (issue.message && issue.message !== GENERIC) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return `expected at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'too_small':
      return `expected at least ${issue.minimum}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'invalid_format':
      return `expected a valid ${issue.format}`;
    case 'invalid_union':
      return 'expected a value of one of the allowed shapes';
    case 'invalid_key':
      return 'expected a valid key';
    case 'unrecognized_keys':
      return `unexpected keys ${issue.keys.join(', ')}`;
    default:
      return 'expected a valid value';
  }
}

/**
 * One sentence a developer can act on, e.g.
 * `listGoals returned goals[3].progress = 1.7; expected a number from 0 to 1`.
 * `label` names the value itself (an argument name) and may be empty for a return value.
 */
export function describeIssues(prefix: string, label: string, data: unknown, issues: readonly Issue[]): string {
  const [first] = issues;
  if (!first) return `${prefix} ${label} that is not valid`;
  const path = formatPath(first.path);
  const where = label && path ? `${label}${path.startsWith('[') ? '' : '.'}${path}` : label || path;
  const value = previewValue(valueAt(data, first.path));
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${prefix} ${where ? `${where} = ${value}` : value}; ${describe(first)}${more}`;
}

/** Names for the entity schemas, so a shape reads `{ goals: Goal[] }` rather than a wall of fields. */
const SHAPE_NAMES = new WeakMap<object, string>();
export function nameShape(schema: object, name: string): void {
  SHAPE_NAMES.set(schema, name);
}

interface Def { type: string; shape?: Record<string, { _zod: { def: Def; optin?: string } }>; element?: { _zod: { def: Def } }; innerType?: { _zod: { def: Def } } }

/**
 * The shape a schema expects, one level deep, for "returned X; expected { goals: Goal[], people?: Person[] }".
 */
export function describeShape(schema: { _zod: { def: unknown } }, depth = 0): string {
  const named = SHAPE_NAMES.get(schema);
  if (named && depth > 0) return named;
  const def = schema._zod.def as Def;
  switch (def.type) {
    case 'object': {
      if (depth > 1) return 'object';
      const fields = Object.entries(def.shape ?? {}).map(([key, child]) =>
        `${key}${child._zod.optin === 'optional' ? '?' : ''}: ${describeShape(child as never, depth + 1)}`);
      return `{ ${fields.join(', ')} }`;
    }
    case 'array':
      return `${describeShape(def.element as never, depth + 1)}[]`;
    case 'optional':
      return describeShape(def.innerType as never, depth);
    case 'nullable':
      return `${describeShape(def.innerType as never, depth)} | null`;
    case 'record':
      return 'object';
    default:
      return def.type;
  }
}
