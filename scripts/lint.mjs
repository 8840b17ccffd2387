#!/usr/bin/env node
/**
 * `npm run lint`: the project's own rules over browser code, then lit-analyzer over every
 * template (bindings, unknown elements/attributes/events, HTML validity).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Node-only packages may use full zod; everything else ships to browsers. */
const NODE_ONLY = [/^packages\/server\//, /^packages\/[^/]+\/scripts\//];

const RULES = [
  { pattern: /from\s+['"]zod['"]|from\s+['"]zod\/v4['"]|import\(\s*['"]zod['"]\s*\)/, message: 'full zod in browser code: import from "zod/mini"', browserOnly: true },
  { pattern: /\bunsafe(HTML|SVG|Static|MathML)\b/, message: 'unsafe* directives are off limits: data must never be rendered as markup' },
  { pattern: /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML\s*\(|document\.write\s*\(/, message: 'HTML string sink: build DOM with lit templates instead' },
  { pattern: /\bnew\s+Function\s*\(|\beval\s*\(/, message: 'eval breaks a strict Content-Security-Policy' },
  { pattern: /\.only\s*\(/, message: '.only left in a test', testsOnly: true },
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

const problems = [];
for (const top of ['packages', 'test', 'stories', 'demo']) {
  let entries;
  try { entries = [...files(join(root, top))]; } catch { continue; }
  for (const path of entries) {
    const rel = relative(root, path).replaceAll('\\', '/');
    const isTest = rel.startsWith('test/');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      for (const rule of RULES) {
        if (rule.testsOnly && !isTest) continue;
        if (!rule.testsOnly && isTest && rule.message.startsWith('eval')) continue; // the CSP test probes eval on purpose
        if (rule.browserOnly && (isTest || NODE_ONLY.some((r) => r.test(rel)))) continue;
        if (rule.pattern.test(line)) problems.push(`${rel}:${i + 1}: ${rule.message}\n    ${line.trim()}`);
      }
    });
  }
}

if (problems.length) {
  console.error(`Project rules: ${problems.length} problem(s)\n${problems.join('\n')}`);
} else {
  console.log('Project rules: ok');
}

// The manifest is committed (Storybook's controls and the README tables read it): it must match the code.
// The analyzer resolves its outdir against the working directory, even an absolute one.
const manifestOut = 'node_modules/.cache/pm-manifest';
const manifestDir = join(root, manifestOut);
const analyze = () => spawnSync(
  process.execPath,
  [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  { cwd: root, encoding: 'utf8', env: { ...process.env, CEM_OUTDIR: manifestOut } },
);
let manifestRun = analyze();
// Once seen on a loaded CI machine: the analyzer ended without output. A second run tells a crash from a stale file.
if (manifestRun.status !== 0) manifestRun = analyze();
let manifestStale = manifestRun.status !== 0;
if (manifestStale) console.error(`The manifest analyzer failed (exit ${manifestRun.status}, ${manifestRun.signal ?? 'no signal'}):\n${manifestRun.stderr}`);
else {
  let committed = '';
  try { committed = readFileSync(join(root, 'custom-elements.json'), 'utf8'); } catch { /* missing counts as stale */ }
  const fresh = readFileSync(join(manifestDir, 'custom-elements.json'), 'utf8');
  // The analyzer lists modules in the order its glob meets them, which differs between file systems
  // (seen on a fresh clone): compare with the modules in path order.
  const canonical = (text) => {
    try {
      const manifest = JSON.parse(text);
      manifest.modules?.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
      return JSON.stringify(manifest, null, 2);
    } catch { return text; }
  };
  committed = canonical(committed);
  const freshCanonical = canonical(fresh);
  manifestStale = committed !== freshCanonical;
  if (manifestStale) {
    // Say where they part, so a difference that appears only on another machine can be read off the log.
    const a = committed.split('\n');
    const b = freshCanonical.split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    console.error(`custom-elements.json differs from line ${at + 1}:\n  committed: ${a[at]?.trim()}\n  generated: ${b[at]?.trim()}`);
  }
}
rmSync(manifestDir, { recursive: true, force: true });
console[manifestStale ? 'error' : 'log'](manifestStale
  ? 'custom-elements.json is out of date with the code: run `npm run manifest` and commit it.'
  : 'Custom Elements Manifest: up to date');

// Per-package manifests, VS Code / JetBrains editor data and README API tables come from it.
const manifestOutputs = spawnSync(process.execPath, [join(root, 'scripts/manifest-outputs.mjs'), '--check'], { cwd: root, stdio: 'inherit' });
if (manifestOutputs.status) manifestStale = true;

// The checks the validating wrapper runs without zod are generated from the schemas: they must match them.
const generatedChecks = spawnSync(process.execPath, [join(root, 'scripts/generate-checks.mjs'), '--check'], { cwd: root, stdio: 'inherit' });
if (generatedChecks.status) manifestStale = true;

const analyzer = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/lit-analyzer/cli.js'),
    'packages/*/src/**/*.ts',
    'stories/**/*.ts',
    'demo/**/*.ts',
    '--strict',
    '--maxWarnings', '0',
    // Its CSS data predates container queries, accent-color and forced-color-adjust.
    '--rules.no-invalid-css', 'off',
    // Reports `nothing` in attribute bindings as a type error; tsc checks the types instead.
    '--rules.no-incompatible-type-binding', 'off',
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(problems.length || manifestStale || analyzer.status ? 1 : 0);
