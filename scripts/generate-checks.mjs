#!/usr/bin/env node
/**
 * `npm run checks`: writes packages/core/src/schemas/checks.generated.ts, the checks the validating
 * wrapper runs without zod/mini, from the zod/mini schemas in schemas/checked.ts (the single source
 * of truth). `--check` only compares and fails when the committed file is stale (lint runs it).
 * Every zod construct the schemas use is translated here; anything else fails the generation, so
 * a new kind of rule cannot slip past the generated checks unnoticed.
 */
import { build } from 'vite';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'packages/core/src/schemas/checks.generated.ts');
const cache = join(root, 'node_modules/.cache/pm-checks');
mkdirSync(cache, { recursive: true });
// Bundled with zod kept external, so the schemas share the zod/mini the repository resolves.
const entry = join(cache, `checked-${process.pid}.mjs`);
const schemas = join(root, 'packages/core/src/schemas');
const entrySource = join(cache, `entry-${process.pid}.ts`);
writeFileSync(entrySource, `export { CHECKED } from '${schemas}/checked.ts';\nexport { REFINEMENTS } from '${schemas}/refinements.ts';\n`);
const output = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: false,
    lib: { entry: entrySource, formats: ['es'], fileName: () => 'checked.mjs' },
    rolldownOptions: { external: [/^zod/] },
  },
});
rmSync(entrySource);
writeFileSync(entry, [output].flat()[0].output[0].code);
const { CHECKED, REFINEMENTS } = await import(pathToFileURL(entry).href);
rmSync(entry);
const refinementName = new Map(Object.entries(REFINEMENTS).map(([name, fn]) => [fn, name]));

const lines = [];
const byText = new Map(); // node text → variable, so identical nodes are written once
const bySchema = new Map();

function constant(text) {
  let name = byText.get(text);
  if (!name) {
    name = `c${byText.size}`;
    byText.set(text, name);
    lines.push(`const ${name}: CheckNode = ${text};`);
  }
  return name;
}

const fail = (path, what) => { throw new Error(`generate-checks: ${path}: ${what} has no generated check; translate it in scripts/generate-checks.mjs`); };
const num = (n) => (Number.isFinite(n) ? String(n) : fail('number', `bound ${n}`));

function rules(def, path) {
  const out = [];
  // z.int() is a number whose own definition is its format check.
  const own = def.check ? [{ _zod: { def } }] : [];
  for (const check of [...own, ...(def.checks ?? [])]) {
    const c = check._zod.def;
    switch (c.check) {
      case 'min_length': if (c.minimum !== 0) out.push(`min: ${num(c.minimum)}`); break;
      case 'max_length': out.push(`max: ${num(c.maximum)}`); break;
      case 'greater_than': out.push(`${c.inclusive ? 'ge' : 'gt'}: ${num(c.value)}`); break;
      case 'less_than': out.push(`${c.inclusive ? 'le' : 'lt'}: ${num(c.value)}`); break;
      case 'number_format': if (c.format !== 'safeint') fail(path, `number format ${c.format}`); out.push('int: 1'); break;
      case 'string_format':
        if (c.format !== 'regex' || /[gy]/.test(c.pattern.flags)) fail(path, `string format ${c.format} ${c.pattern}`);
        out.push(`re: ${c.pattern}`);
        break;
      case 'custom': {
        const name = refinementName.get(c.fn) ?? fail(path, 'a refinement not in refinements.ts');
        out.push(`fn: '${name}'`);
        break;
      }
      default: fail(path, `check ${c.check}`);
    }
  }
  return [...new Set(out)].map((rule, _, all) => (all.filter((r) => r.split(':')[0] === rule.split(':')[0]).length > 1 ? fail(path, 'a repeated rule') : rule));
}

function node(schema, path) {
  if (bySchema.has(schema)) return bySchema.get(schema);
  const def = schema._zod.def;
  const extra = (list) => (list.length ? `, ${list.join(', ')}` : '');
  let text;
  switch (def.type) {
    case 'string': text = `{ t: 's'${extra(rules(def, path))} }`; break;
    case 'number': text = `{ t: 'n'${extra(rules(def, path))} }`; break;
    case 'boolean': text = `{ t: 'b' }`; break;
    case 'unknown': text = `{ t: 'x' }`; break;
    case 'literal': text = `{ t: 'l', v: ${JSON.stringify(def.values)} }`; break;
    case 'enum': text = `{ t: 'e', v: ${JSON.stringify(Object.values(def.entries))} }`; break;
    case 'optional': text = `{ t: '?', i: ${node(def.innerType, path)} }`; break;
    case 'nullable': text = `{ t: 'N', i: ${node(def.innerType, path)} }`; break;
    case 'union': text = `{ t: 'u', o: [${def.options.map((o, i) => node(o, `${path}|${i}`)).join(', ')}] }`; break;
    case 'array': text = `{ t: 'a', e: ${node(def.element, `${path}[]`)}${extra(rules(def, path))} }`; break;
    case 'record': text = `{ t: 'r', k: ${node(def.keyType, `${path}{key}`)}, v: ${node(def.valueType, `${path}{}`)} }`; break;
    case 'object': {
      if (def.catchall) fail(path, 'an object with a catchall');
      // An optional field is written as `'key?': inner`, not as a wrapper node of its own.
      const fields = Object.entries(def.shape).map(([k, v]) => {
        const optional = v._zod.def.type === 'optional';
        const key = optional ? `${k}?` : k;
        return `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${node(optional ? v._zod.def.innerType : v, `${path}.${k}`)}`;
      });
      text = `{ t: 'o', s: { ${fields.join(', ')} } }`;
      break;
    }
    default: fail(path, `a ${def.type} schema`);
  }
  if (def.type !== 'object' && def.type !== 'array' && def.checks?.length && def.type !== 'string' && def.type !== 'number') fail(path, 'checks on a composite');
  const name = constant(text);
  bySchema.set(schema, name);
  return name;
}

const exported = Object.entries(CHECKED).map(([name, schema]) => `  ${name}: ${node(schema, name)},`);
const source = `// Generated by scripts/generate-checks.mjs from the zod/mini schemas in schemas/checked.ts: do not edit.
// \`npm run checks\` writes it again; \`npm run lint\` fails when it is stale.
import type { CheckNode } from './check.js';
import type { CheckName } from './checked.js';

${lines.join('\n')}

export const CHECKS: Record<CheckName, CheckNode> = {
${exported.join('\n')}
};
`;

if (process.argv.includes('--check')) {
  let committed = '';
  try { committed = readFileSync(target, 'utf8'); } catch { /* missing counts as stale */ }
  if (committed !== source) {
    console.error('packages/core/src/schemas/checks.generated.ts is stale: run `npm run checks` and commit it.');
    process.exit(1);
  }
  console.log('Generated checks: up to date');
} else {
  writeFileSync(target, source);
  console.log(`Wrote ${target.replace(root, '')} (${byText.size} nodes, ${Object.keys(CHECKED).length} checks)`);
}
