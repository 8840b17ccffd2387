/**
 * All five widgets from the built single-file bundle (dist/pm-widgets.js, built here with its real
 * config) on a page served with a strict Content-Security-Policy HTTP header and Trusted Types
 * enforced, driven in Chromium through load, interaction and submit: zero
 * `securitypolicyviolation` events, and the widgets did render and did save.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { POLICY, serveWithPolicy } from './csp-server.mjs';


const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'pm-csp-'));

const VIEWER = 'p-priya';
const MANAGER = 'p-mei';

/** No inline script, no inline style: the markup only, then the page script and the bundle. */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>pm-widgets under a strict CSP</title>
<script type="module" src="/page.js"></script>
<script type="module" src="/pm-widgets.js"></script>
</head>
<body>
<pm-provider viewer="${VIEWER}">
  <pm-goal-tree owner="${VIEWER}" editable expand-depth="3"></pm-goal-tree>
  <pm-check-in person="${VIEWER}"></pm-check-in>
  <pm-survey-360 assignment="a-cur-mei-priya" layout="single"></pm-survey-360>
  <pm-feedback-timeline person="${MANAGER}" composer></pm-feedback-timeline>
  <pm-competency-radar person="${VIEWER}"></pm-competency-radar>
</pm-provider>
</body>
</html>`;

let closeServer;
let browser;
let url;
/** Every response the server sent, with its headers, to prove the policy came as a header. */
let served = [];

before(async () => {
  const viteConfig = `${root}/packages/pm-widgets/vite.bundle.config.ts`;
  // The bundle exactly as `npm run build` makes it, and the page's script with the same config.
  await build({ configFile: viteConfig, logLevel: 'silent', build: { outDir, sourcemap: false, emptyOutDir: true } });
  await build({
    configFile: viteConfig,
    logLevel: 'silent',
    build: {
      outDir, sourcemap: false, emptyOutDir: false,
      lib: { entry: `${root}/test/security/csp-page.ts`, formats: ['es'], fileName: () => 'page.js' },
    },
  });
  ({ url, served, close: closeServer } = await serveWithPolicy(outDir, PAGE));
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await closeServer?.();
  rmSync(outDir, { recursive: true, force: true });
});

async function open() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Trusted Type/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  const response = await page.goto(url);
  assert.equal(response.headers()['content-security-policy'], POLICY, 'the policy is an HTTP header');
  return { context, page, problems };
}

const recorded = (page) => page.evaluate(() => ({ violations: window.pmCsp.violations, events: window.pmCsp.events.map((e) => e.type) }));
const waitForEvent = (page, type) => page.waitForFunction((t) => window.pmCsp.events.some((e) => e.type === t), type, { timeout: 20_000 });

describe(`strict CSP with Trusted Types: ${POLICY}`, () => {
  it('the policy is in force: an HTML string, a style attribute and a data: script are refused and reported (control)', async () => {
    const { context, page } = await open();
    await page.waitForFunction(() => window.pmCsp !== undefined);
    const outcome = await page.evaluate(async () => {
      let html = 'assigned';
      try { new DOMParser().parseFromString('<b>x</b>', 'text/html'); } catch (error) { html = error.name; }
      const styled = document.createElement('div');
      document.body.append(styled);
      styled.setAttribute('style', 'color: rgb(255, 0, 0)');
      // Trusted Types gate every script sink before script-src does; a dynamic import is not one.
      await import('data:text/javascript,window.inlineRan=true').catch(() => {});
      return { html, inline: window.inlineRan === true, styled: getComputedStyle(styled).color === 'rgb(255, 0, 0)' };
    });
    assert.deepEqual(outcome, { html: 'TypeError', inline: false, styled: false });
    await page.waitForFunction(() => window.pmCsp.violations.length >= 3);
    const directives = (await recorded(page)).violations.map((v) => v.directive).sort();
    assert.deepEqual(directives, ['require-trusted-types-for', 'script-src-elem', 'style-src-attr']);
    await context.close();
  });

  it('every widget loads, is used and saves with zero violations', async () => {
    const { context, page, problems } = await open();
    const widget = (tag) => page.locator(tag);

    // Load: every widget shows its data.
    await widget('pm-goal-tree').getByRole('treeitem').first().waitFor({ timeout: 30_000 });
    await widget('pm-check-in').getByRole('textbox', { name: 'Wins', exact: true }).waitFor();
    await widget('pm-survey-360').locator('[part~="form"]').waitFor();
    await widget('pm-feedback-timeline').locator('[part~="item"]').first().waitFor();
    await widget('pm-competency-radar').locator('[part~="chart"]').waitFor();

    // Goal tree: open the viewer's goal, edit its title, save.
    const tree = widget('pm-goal-tree');
    await tree.locator('[role="treeitem"][data-id="g-priya-deploys"]').click();
    const form = tree.locator('[part~="edit-form"]');
    await form.locator('[name="title"]').fill('Ship twice a day, safely');
    await form.locator('button[type="submit"]').click();
    await waitForEvent(page, 'pm-goal-change');

    // Check-in: answer everything, submit.
    const checkIn = widget('pm-check-in');
    await checkIn.getByRole('textbox', { name: 'Wins', exact: true }).fill('Closed the onboarding epic');
    await checkIn.locator('#focus').fill('Listen more in planning');
    for (const group of await checkIn.locator('[part~="question"]').all()) {
      const radio = group.locator('input[type="radio"]').first();
      if (await radio.count()) await radio.check({ force: true });
      const text = group.locator('textarea, input[type="text"]').first();
      if (await text.count()) await text.fill('Fine');
    }
    await checkIn.locator('[part~="submit"]').click();
    await waitForEvent(page, 'pm-check-in-submit');

    // Survey: rate every statement, write every comment, submit.
    const survey = widget('pm-survey-360');
    for (const question of await survey.locator('fieldset.question.rating').all()) {
      await question.locator('input[type="radio"][value="4"]').check({ force: true });
    }
    for (const area of await survey.locator('textarea').all()) await area.fill('Clear weekly notes.');
    await survey.locator('[part~="submit"]').click();
    await waitForEvent(page, 'pm-survey-submit');

    // Feedback: give praise to the manager.
    const timeline = widget('pm-feedback-timeline');
    await timeline.locator('#body').fill('Your planning session was crisp. Thank you!');
    await timeline.locator('[part~="give"]').click();
    await waitForEvent(page, 'pm-feedback-give');

    // Radar: hide a series from the legend, then show the table.
    const radar = widget('pm-competency-radar');
    const toggle = radar.locator('[part~="legend"] button[aria-pressed="true"]').first();
    await toggle.click();
    await radar.locator('[part~="legend"] button[aria-pressed="false"]').first().waitFor();
    await radar.getByRole('button', { name: 'Show table' }).click();
    await radar.getByRole('button', { name: 'Hide table' }).waitFor();
    assert.ok(await radar.locator('[part~="scores-table"]').isVisible(), 'the table is on screen');

    const { violations, events } = await recorded(page);
    assert.deepEqual(violations, [], 'no securitypolicyviolation');
    assert.deepEqual(problems, [], 'no page errors or CSP console messages');
    for (const type of ['pm-goal-change', 'pm-check-in-submit', 'pm-survey-submit', 'pm-feedback-give']) assert.ok(events.includes(type), `${type} fired`);
    assert.ok(!events.includes('pm-error'), 'no pm-error');
    // What was saved is in the backend.
    const stored = await page.evaluate(() => {
      const s = window.pmCsp.backend.snapshot();
      return {
        goal: s.goals.find((g) => g.id === 'g-priya-deploys').title,
        feedback: s.feedback.some((f) => f.body.includes('crisp')),
      };
    });
    assert.deepEqual(stored, { goal: 'Ship twice a day, safely', feedback: true });
    assert.ok(served.every((r) => r.headers['content-security-policy'] === POLICY));
    await context.close();
  });
});
