#!/usr/bin/env node
/**
 * `npm run size`: what each entry costs a page that embeds it, minified and gzipped, with lit,
 * @lit/context, @lit/task, zod/mini and core inside (as the single-file bundle ships them).
 * Fails when an entry is over its budget, saying by how much it grew. `npm run size -- --why base`
 * also lists where an entry's weight comes from (minified bytes per package or source file).
 * Fails when an entry is over its budget. Also shows the shared base alone, so the widgets'
 * own share can be read off.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, minifySync } from 'vite';
import { minifyLiteralsPlugin } from './minify-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Budgets in KB (gzip), set a little above what was measured when each entry landed, so growth is
 * a decision. "Widget base" is what every widget shares: lit, @lit/context, @lit/task, zod/mini,
 * the schemas and the validating wrapper, the provider and the states renderer.
 */
const ENTRIES = [
  { name: '<pm-provider> alone', entry: 'packages/core/src/pm-provider.ts', budget: 5.5 },
  { name: 'widget base (shared)', entry: 'scripts/size-widget-base.ts', budget: 20 },
  { name: '<pm-goal-tree> (with base)', entry: 'packages/goal-tree/src/pm-goal-tree.ts', budget: 34 },
  { name: '<pm-check-in> (with base)', entry: 'packages/check-in/src/pm-check-in.ts', budget: 34.5 },
  { name: '<pm-survey-360> (with base)', entry: 'packages/survey-360/src/pm-survey-360.ts', budget: 31.5 },
  { name: '<pm-competency-radar> (with base)', entry: 'packages/competency-radar/src/pm-competency-radar.ts', budget: 30.5 },
  { name: '<pm-feedback-timeline> (with base)', entry: 'packages/feedback-timeline/src/pm-feedback-timeline.ts', budget: 32 },
  { name: 'REST adapter (core/rest)', entry: 'packages/core/src/adapters/rest.ts', budget: 2.5 },
  { name: 'pm-widgets (everything)', entry: 'packages/pm-widgets/src/index.ts', budget: 79.5 },
  { name: 'LMS bridge (SCORM + cmi5)', entry: 'packages/lms/src/index.ts', budget: 5 },
];

/** Budgets in KB (gzip) of the chunks loaded on demand, by chunk name (see above). */
const LAZY_BUDGETS = {
  'goal-editing': 10.2, 'goal-details': 3, 'composer-controller': 8.4, rest: 2.5, 'check-in-summary': 2.5, 'radar-table': 1.9, 'radar-bars': 1,
  'validation-zod': 11.5, values: 0.5, outbox: 2.2, 'goal-search': 1, 'survey-notices': 2.3, 'check-in-questions': 1.2, 'check-in-key-results': 1.3,
};

/** Entries whose first render may load zod/mini: none (the umbrella exports the schemas from pm-widgets/schemas). */
const ZOD_ALLOWED = new Set([]);

const why = process.argv.includes('--why') ? process.argv[process.argv.indexOf('--why') + 1] ?? '' : undefined;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const results = [];
for (const { name, entry, budget } of ENTRIES) {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    // lit's html/svg/css literals minified as every shipped build does (scripts/minify-literals.mjs);
    // PM_NO_LITERAL_MINIFY=1 measures without it, for comparison.
    plugins: process.env.PM_NO_LITERAL_MINIFY ? [] : [minifyLiteralsPlugin()],
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: `${root}/${entry}`, formats: ['es'], fileName: () => 'entry.js' },
      // Minified as the single-file bundle is (lib mode alone keeps ES output's whitespace).
      // Languages other than English are dynamic imports, fetched only by pages in that language:
      // they become their own chunks and are not counted here (issue 16). So does the REST client,
      // which <pm-provider api> fetches on its first call: it is counted on its own line below.
      // `allow-extension`: code shared by the entry and a lazy chunk stays in the entry (as in an
      // app build) instead of a third chunk; any chunk the entry still imports is counted with it.
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, comments: { annotation: false } } },
    },
  });
  const chunks = [output].flat()[0].output.filter((o) => o.type === 'chunk');
  const entryChunk = chunks.find((o) => o.isEntry);
  // What a first render loads: the entry and every chunk it imports statically; each is its own
  // download, so each is gzipped alone.
  const firstLoad = new Set([entryChunk]);
  for (const c of firstLoad) for (const file of c.imports) firstLoad.add(chunks.find((o) => o.fileName === file));
  const chunk = { modules: Object.assign({}, ...[...firstLoad].map((c) => c.modules)) };
  const raw = [...firstLoad].reduce((sum, c) => sum + Buffer.byteLength(c.code), 0);
  const gzip = [...firstLoad].reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0);
  // zod/mini words errors and is fetched only for one (validation-zod): a widget's first render never needs it.
  const zodInFirstLoad = !ZOD_ALLOWED.has(name) && Object.keys(chunk.modules).some((id) => id.includes('/node_modules/zod/'));
  results.push({ name, raw, gzip, budget, zodInFirstLoad });
  // Code a first render does not need (e.g. the goal tree's editing, fetched once a tree is
  // editable) is its own chunk: listed under its entry, with its own budget, never hidden.
  for (const lazy of chunks.filter((o) => !firstLoad.has(o))) {
    if (Object.keys(lazy.modules).every((id) => id.includes('/locales/'))) continue;
    const lazyName = lazy.name.replace(/\.(ts|js)$/, '');
    results.push({
      name: `  + ${lazyName} (on demand)`,
      raw: Buffer.byteLength(lazy.code),
      gzip: gzipSync(lazy.code, { level: 9 }).length,
      budget: LAZY_BUDGETS[lazyName] ?? 0,
    });
  }
  if (why && name.includes(why)) {
    // Where the weight is: minified bytes per package (or per file of our own), largest first.
    // Each module's rendered code is minified on its own (rendered lengths are before minification,
    // about twice the real figure); the sum runs a little above the entry (no cross-module mangling).
    const minified = (code) => { try { return minifySync('m.js', code, { compress: true, mangle: true }).code.length; } catch { return code.length; } };
    const byGroup = new Map();
    for (const [id, info] of Object.entries(chunk.modules ?? {})) {
      const rel = id.replace(root, '').replace(/^\/+/, '');
      const group = rel.includes('node_modules/')
        ? rel.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1')
        : rel.replace(/^packages\/([^/]+)\/src\/(.*)$/, '@pm-widgets/$1: $2');
      byGroup.set(group, (byGroup.get(group) ?? 0) + (info.code ? minified(info.code) : 0));
    }
    console.log(`\n${name}: minified bytes by source (before gzip)`);
    for (const [group, bytes] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${kb(bytes).padStart(7)} KB  ${group}`);
  }
}

let over = false;
console.log(`${'entry'.padEnd(32)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'budget'.padStart(9)}`);
for (const r of results) {
  const ok = r.gzip / 1024 <= r.budget;
  over ||= !ok || r.zodInFirstLoad;
  if (r.zodInFirstLoad) console.log(`${r.name}: zod/mini is in its first load; schemas must be checked through the generated checks (see packages/core/src/schemas/check.ts)`);
  console.log(`${r.name.padEnd(32)} ${`${kb(r.raw)} KB`.padStart(9)} ${`${kb(r.gzip)} KB`.padStart(9)} ${`${r.budget} KB`.padStart(9)}${ok ? '' : !r.budget ? '  NO BUDGET: a new on-demand chunk; give it one in LAZY_BUDGETS' : `  OVER BUDGET by ${(r.gzip / 1024 - r.budget).toFixed(1)} KB (+${(((r.gzip / 1024) / r.budget - 1) * 100).toFixed(0)}%)`}`);
}
process.exit(over ? 1 : 0);
