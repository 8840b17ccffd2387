/** The Custom Elements Manifest, generated from the classes' JSDoc (`npm run manifest`). */
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts', '**/testing/**', 'packages/core/src/adapters/**', 'packages/core/src/schemas/**', 'packages/core/src/rules/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
