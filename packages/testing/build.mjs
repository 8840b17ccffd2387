// Bundles the contract suite (test/contract), core and chai into dist/ with esbuild; zod stays external.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export async function buildTesting() {
  await build({
    entryPoints: { index: `${here}src/index.ts`, cli: `${here}src/cli.ts` },
    outdir: `${here}dist`,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Core fetches zod's side of its validation with a dynamic import: as a chunk of its own, as in
    // the browser (inlined, esbuild wraps the modules it shares in lazy initialisers that the
    // suite's own imports never run).
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    external: ['zod', 'lit', 'lit/*', '@lit/*'],
    alias: { '@open-wc/testing': `${here}src/expect.ts` },
    plugins: [{
      name: 'workspace-sources',
      setup(b) {
        b.onResolve({ filter: /^@pm-widgets\/core(\/|$)/ }, (args) => {
          const sub = args.path.slice('@pm-widgets/core'.length);
          const pkg = JSON.parse(readFileSync(`${here}../core/package.json`, 'utf8'));
          const entry = pkg.exports[sub ? `.${sub}` : '.'];
          return entry?.source ? { path: fileURLToPath(new URL(entry.source, `file://${here}../core/`)) } : undefined;
        });
      },
    }],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildTesting();
