import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromeArgs, findChrome } from './scripts/find-chrome.mjs';
import { referenceServerPlugin } from './scripts/wtr-reference-server.mjs';
import { chunkFaults } from './scripts/wtr-chunk-faults.mjs';

/** Failed and slow on-demand chunks, for the tests of lazy parts (command `pm-chunk-fault`). */
const faults = chunkFaults();

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

/** Ends the run with one plain line, `N passed, N failed, N skipped`, that CI logs can be read by. */
function summaryReporter() {
  const count = (suite, totals) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}

/** Browser tests: every *.test.ts under test/, in headless Chromium. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
    referenceServerPlugin(),
    faults.plugin,
  ],
  middleware: [faults.middleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeArgs },
    }),
  ],
  // One page at a time: a headless page that is not in front gets no animation frames, which
  // stalls fixtures, axe and rendering (measured: with 2, every file but one timed out).
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
