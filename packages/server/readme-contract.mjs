#!/usr/bin/env node
/**
 * Writes the README's contract tables (each entity's required and optional fields, generated from
 * core's schemas) and the minimal adapter (examples/minimal-adapter.ts, as tested) between their
 * markers. `--check` fails instead of writing when the README is out of date (a server test runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildServer } from './build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const README = `${root}README.md`;

/** Per port, the entities a backend sends (and, for writes, receives). */
const PORTS = [
  ['GoalsPort', ['GoalList', 'Goal', 'KeyResult', 'Person']],
  ['CheckInsPort', ['CheckInContext', 'CheckIn', 'GoalUpdate', 'ManagerReply', 'Question']],
  ['SurveysPort', ['SurveyAssignment', 'Survey', 'SurveySection', 'AssignmentList', 'SurveyDraft']],
  ['FeedbackPort', ['FeedbackPage', 'FeedbackItem', 'FeedbackRequestList', 'FeedbackRequest']],
  ['CompetenciesPort', ['CompetencyProfile', 'CompetencyScore']],
];

/** JSON of a known entity's schema → its name, so nested fields read `Goal[]`, not `object[]`. */
const known = new Map();

function typeOf(s, depth = 0) {
  if (!s || typeof s !== 'object') return 'any';
  const name = known.get(JSON.stringify(s));
  if (name) return name;
  if (s.anyOf) return s.anyOf.map((x) => typeOf(x, depth)).join(' \\| ');
  if (s.enum) return s.enum.map((v) => `\`${v}\``).join(', ');
  if (s.const !== undefined) return `\`${s.const}\``;
  if (s.type === 'array') return `${typeOf(s.items, depth + 1)}[]`;
  if (s.type === 'object') return s.properties ? 'object' : 'map';
  if (s.type === 'string' && s.format) return `string (${s.format})`;
  if ((s.type === 'number' || s.type === 'integer') && (s.minimum !== undefined || s.maximum !== undefined)) {
    if (s.maximum === undefined || s.maximum >= Number.MAX_SAFE_INTEGER) return `${s.type} ≥ ${s.minimum}`;
    return `${s.type} ${s.minimum ?? ''}..${s.maximum}`;
  }
  return s.type ?? 'any';
}

function table(name, schema) {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([field, s]) =>
    `| \`${field}\` | ${required.has(field) ? '**yes**' : 'no'} | ${typeOf(s)} |`);
  return [`**${name}**`, '', '| field | required | type |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

export async function contractSection() {
  await buildServer();
  const { jsonSchemaOf, COMPONENT_SCHEMAS, README_SCHEMAS } = await import('./dist/server.mjs');
  const schemas = { ...COMPONENT_SCHEMAS, ...README_SCHEMAS };
  for (const [name, schema] of Object.entries(schemas)) if (!/Input|Draft$|Submission|Body/.test(name)) known.set(JSON.stringify(jsonSchemaOf(schema)), name);
  const out = [];
  for (const [port, names] of PORTS) {
    out.push(`#### ${port}`, '');
    for (const name of names) {
      const schema = jsonSchemaOf(schemas[name]);
      known.delete(JSON.stringify(schema));
      out.push(table(name, schema));
      known.set(JSON.stringify(schema), name);
    }
  }
  return out.join('\n');
}

function replaceBetween(text, marker, body) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end}`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

export async function renderReadme(text) {
  const minimal = readFileSync(`${root}examples/minimal-adapter.ts`, 'utf8').trimEnd();
  let next = replaceBetween(text, 'contract-tables', await contractSection());
  next = replaceBetween(next, 'minimal-adapter', `\`\`\`ts\n${minimal}\n\`\`\``);
  return next;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(README, 'utf8');
  const next = await renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) { console.error('README.md contract tables are out of date: run node packages/server/readme-contract.mjs'); process.exit(1); }
  } else {
    writeFileSync(README, next);
  }
}
