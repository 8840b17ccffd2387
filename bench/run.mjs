#!/usr/bin/env node
/**
 * `npm run bench`: serves the repo with Vite (Lit in production mode), opens every
 * bench/*.bench.html in headless Chromium, calls `window.pmBench()` and prints medians, each
 * page's scenarios beside the baseline measured in the same run. Usage: npm run bench [-- name-filter]
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, findChrome } from '../scripts/find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const filter = process.argv[2] ?? '';
const pages = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.html') && f.includes(filter))
  .sort();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

const server = await createServer({
  configFile: false,
  root,
  mode: 'production',
  logLevel: 'error',
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': '"production"' },
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const address = server.httpServer.address();
const base = `http://127.0.0.1:${address.port}`;
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
let failed = false;
try {
  for (const page of pages) {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    tab.on('pageerror', (e) => console.error(`  [${page}] ${e.message}`));
    await tab.goto(`${base}/bench/${page}`);
    await tab.waitForFunction(() => typeof window.pmBench === 'function', null, { timeout: 60_000 });
    const rows = await tab.evaluate(() => window.pmBench());
    console.log(`\n${page}`);
    // Each scenario is compared with the nearest baseline row above it (or the first one).
    let baselineMedian = rows.find((r) => r.baseline) ? median(rows.find((r) => r.baseline).samples) : undefined;
    const width = Math.max(...rows.map((r) => r.name.length), 10);
    console.log(`  ${'scenario'.padEnd(width)}  ${'median'.padStart(9)}  ${'min'.padStart(8)}  ${'max'.padStart(8)}  runs  vs baseline`);
    for (const row of rows) {
      const m = median(row.samples);
      if (row.baseline) baselineMedian = m;
      const unit = row.unit ?? 'ms';
      const ratio = baselineMedian && !row.baseline ? `${(m / baselineMedian).toFixed(2)}×` : row.baseline ? '(baseline)' : '';
      console.log(
        `  ${row.name.padEnd(width)}  ${`${fmt(m)} ${unit}`.padStart(9)}  ${fmt(Math.min(...row.samples)).padStart(8)}  ${fmt(Math.max(...row.samples)).padStart(8)}  ${String(row.samples.length).padStart(4)}  ${ratio}`,
      );
    }
    await tab.close();
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
