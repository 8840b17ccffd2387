import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from '../../scripts/minify-literals.mjs';

/**
 * dist/pm-widgets.js: the whole library as an ES module, minified, for `<script type="module">`.
 * What a first render does not need (zod/mini to word a validation error, other languages, the
 * editing forms, the REST client) is in dist/chunks/, fetched beside it when needed.
 */
export default defineConfig({
  configFile: false,
  root: fileURLToPath(new URL('.', import.meta.url)),
  // lit's html/svg/css literals minified (scripts/minify-literals.mjs), as in every shipped build.
  plugins: [minifyLiteralsPlugin()],
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'pm-widgets.js',
    },
    // Lib mode leaves whitespace in ES output (Vite keeps `/*#__PURE__*/` for tree-shaking
    // bundlers). These files go straight into a `<script type="module">`: minify them all.
    // Code a first render never needs stays in chunks beside the entry (relative imports), so a
    // page that embeds the bundle loads what the size report counts (npm run size).
    // `allow-extension`: code the entry shares with a chunk stays in the entry (Rolldown 1.3 and later;
    // before, it split lit and two core helpers into chunks of their own, rolldown/rolldown#10731), so
    // a first render loads one file, which `npm run size` counts.
    rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true, comments: { annotation: false } } },
  },
});
