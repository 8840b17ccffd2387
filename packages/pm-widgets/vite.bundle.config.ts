import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from '../../scripts/minify-literals.mjs';

/** dist/pm-widgets.js: the whole library as one ES module, minified, for `<script type="module">`. */
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
    // bundlers). This file goes straight into a `<script type="module">`: minify it all.
    rolldownOptions: { output: { codeSplitting: false, minify: true, comments: { annotation: false } } },
  },
});
