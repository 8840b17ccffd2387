/**
 * The outbox on demand under the strict CSP (issue 13): a page with the check-in built with the
 * bundle config (code-split: the outbox is a chunk of its own). Served with the policy as an HTTP
 * header: the first render fetches no outbox chunk; the first keystroke fetches it; offline, the
 * submission waits in it ("1 waiting"); back online it is sent. Zero `securitypolicyviolation`s.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { POLICY, serveWithPolicy } from './csp-server.mjs';


const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'pm-csp-outbox-'));
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>outbox chunk under a strict CSP</title><script type="module" src="/page.js"></script></head>
<body><main id="main"></main></body>
</html>`;

let closeServer;
let browser;
let url;

before(async () => {
  await build({
    configFile: `${root}/packages/pm-widgets/vite.bundle.config.ts`,
    logLevel: 'silent',
    build: {
      outDir, sourcemap: false, emptyOutDir: true,
      lib: { entry: `${root}/test/security/csp-outbox-page.ts`, formats: ['es'], fileName: () => 'page.js' },
    },
  });
  ({ url, close: closeServer } = await serveWithPolicy(outDir, PAGE));
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await closeServer?.();
  rmSync(outDir, { recursive: true, force: true });
});

test('the outbox chunk: not fetched by the first render, fetched on the first keystroke, queues offline and sends online, with zero violations', async () => {
  const chunks = readdirSync(join(outDir, 'chunks'));
  const outboxChunk = chunks.map((name) => `chunks/${name}`).find((name) => /^chunks\/outbox.*\.js$/.test(name));
  assert.ok(outboxChunk, `the build has an outbox chunk (${chunks.join(', ')})`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy|Trusted Type/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const response = await page.goto(url);
    assert.equal(response.headers()['content-security-policy'], POLICY);
    const checkIn = page.locator('pm-check-in');
    await checkIn.locator('form[part~="form"]').waitFor({ timeout: 30_000 });
    // The widget looked into IndexedDB for waiting entries; nothing waits, so nothing is fetched.
    assert.equal(await page.evaluate(() => window.pmCsp.probe()), false);
    await page.evaluate(() => document.querySelector('pm-check-in').updateComplete);
    assert.ok(!requested.includes(`/${outboxChunk}`), `the first render fetched the outbox chunk (${requested.join(', ')})`);

    const chunkLoaded = page.waitForResponse((r) => r.url().endsWith(`/${outboxChunk}`), { timeout: 20_000 });
    await checkIn.locator('#focus').fill('Written under a strict CSP');
    assert.equal((await chunkLoaded).status(), 200, 'the first keystroke fetched the outbox chunk');
    for (const group of await checkIn.locator('[part~="question"]').all()) {
      const radio = group.locator('input[type="radio"]').first();
      if (await radio.count()) await radio.check({ force: true });
    }

    await context.setOffline(true);
    await checkIn.locator('[part~="submit"]').click();
    const notice = checkIn.locator('[part~="outbox"]');
    await notice.waitFor({ timeout: 20_000 });
    assert.match(await notice.textContent(), /\(1 waiting\)/);
    assert.equal(await checkIn.locator('[part~="outbox-warning"]').count(), 0, 'kept in IndexedDB');
    await context.setOffline(false);
    await page.waitForFunction(() => window.pmCsp.submitted === 1, null, { timeout: 20_000 });
    await notice.waitFor({ state: 'detached', timeout: 20_000 });

    assert.deepEqual(await page.evaluate(() => window.pmCsp.violations), [], 'no securitypolicyviolation');
    assert.deepEqual(problems, [], 'no page errors or CSP console messages');
  } finally {
    await context.close();
  }
});
