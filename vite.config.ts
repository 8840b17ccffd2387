import { defineConfig } from 'vite';

/**
 * The demo portal (`npm start`). Workspace packages resolve to their TypeScript sources through
 * the `source` export condition, so no build step stands between an edit and the page.
 */
export default defineConfig({
  root: 'demo',
  resolve: {
    conditions: ['source', 'module', 'browser', 'development|production'],
  },
  server: {
    host: process.env.HOST ?? 'localhost',
    port: Number(process.env.PORT ?? 5173),
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
  },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
  },
});
