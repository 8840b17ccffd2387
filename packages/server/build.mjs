// Bundles the server (and core's TypeScript sources) into dist/ with esbuild; npm packages stay external.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export async function buildServer() {
  await build({
    entryPoints: { server: `${here}src/index.ts`, main: `${here}src/main.ts` },
    outdir: `${here}dist`,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    packages: 'external',
    // Core is a workspace package written in TypeScript: bundle it, keep real npm packages external.
    plugins: [{
      name: 'bundle-workspace',
      setup(b) {
        b.onResolve({ filter: /^@pm-widgets\/(core|testing)(\/|$)/ }, (args) => {
          const [, name, sub = ''] = /^@pm-widgets\/([^/]+)(\/.*)?$/.exec(args.path);
          const pkg = JSON.parse(readFileSync(`${here}../${name}/package.json`, 'utf8'));
          const entry = pkg.exports[sub ? `.${sub}` : '.'];
          if (!entry?.source) return undefined;
          return { path: fileURLToPath(new URL(entry.source, `file://${here}../${name}/`)) };
        });
      },
    }],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
