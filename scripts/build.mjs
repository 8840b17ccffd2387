#!/usr/bin/env node
/**
 * `npm run build`: every package to ESM + .d.ts in its dist/ (tsc, one module per source file so
 * bundlers can tree-shake), core first because the others compile against its declarations;
 * then the umbrella's single-file bundle, dist/pm-widgets.js, for pages without a bundler.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyLiteralsInDir } from './minify-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = join(root, 'node_modules/.cache/pm-build');
mkdirSync(cacheDir, { recursive: true });

const browserPackages = readdirSync(join(root, 'packages'))
  .filter((name) => existsSync(join(root, 'packages', name, 'src')) && !['server', 'lms', 'testing'].includes(name))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
// core first (the others compile against its declarations), the widgets, then the packages that
// re-export them: the umbrella and the React wrappers.
function rank(name) { return name === 'core' ? 0 : ['pm-widgets', 'react'].includes(name) ? 2 : 1; }

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

for (const name of browserPackages) {
  const dir = join(root, 'packages', name);
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const config = join(cacheDir, `${name}.tsconfig.json`);
  writeFileSync(config, JSON.stringify({
    extends: join(root, 'tsconfig.base.json'),
    compilerOptions: {
      rootDir: join(dir, 'src'),
      outDir: join(dir, 'dist'),
      declaration: true,
      declarationMap: true,
      sourceMap: true,
      noEmit: false,
      // Build against the other packages' published declarations, not their sources.
      customConditions: [],
      types: [],
    },
    include: [join(dir, 'src/**/*.ts')],
    exclude: [join(dir, 'src/**/*.test.ts')],
  }, null, 2));
  console.log(`build: @pm-widgets/${name}`);
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config]);
  // lit's html/svg/css literals minified in dist/ as in the bundles (scripts/minify-literals.mjs).
  await minifyLiteralsInDir(join(dir, 'dist'));
}

// Node packages: bundled with esbuild (the server with core's sources; the contract suite with chai).
for (const name of ['server', 'testing']) {
  console.log(`build: @pm-widgets/${name}`);
  run(process.execPath, [join(root, 'packages', name, 'build.mjs')]);
}

console.log('build: single-file bundle');
run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(root, 'packages/pm-widgets/vite.bundle.config.ts')]);

// One standalone bundle per widget (the widget and <pm-provider>, lit and zod/mini inside):
// dist/bundles/pm-<name>.js, same config, entries in packages/pm-widgets/src/standalone/.
console.log('build: per-widget bundles');
const { build } = await import('vite');
const standalone = join(root, 'packages/pm-widgets/src/standalone');
for (const file of readdirSync(standalone).filter((f) => f.endsWith('.ts')).sort()) {
  const name = file.replace(/\.ts$/, '');
  await build({
    configFile: join(root, 'packages/pm-widgets/vite.bundle.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(root, 'packages/pm-widgets/dist/bundles'), emptyOutDir: false, lib: { entry: join(standalone, file), formats: ['es'], fileName: () => `${name}.js` } },
  });
  console.log(`  dist/bundles/${name}.js`);
}
