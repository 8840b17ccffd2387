/** The Custom Elements Manifest, generated from the classes' JSDoc (`npm run manifest`). */
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts', '**/testing/**', 'packages/core/src/adapters/**', 'packages/core/src/schemas/**', 'packages/core/src/rules/**', 'packages/server/**', 'packages/testing/**', 'packages/lms/**'],
  // The lint's freshness check writes elsewhere to compare.
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
