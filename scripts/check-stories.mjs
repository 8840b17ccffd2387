#!/usr/bin/env node
/**
 * `npm run check-stories` (after `npm run build-storybook`): opens every story of the static
 * Storybook in headless Chromium, in light and dark, and fails on an axe violation or a page
 * error, so the designers' a11y panel stays clean for every state. axe runs only the WCAG 2.2 A/AA
 * tags and best practices (AXE_TAGS), the same set as Storybook's a11y panel (.storybook/preview.ts).
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
/** WCAG 2.2 level A and AA (axe tags for 2.0, 2.1 and 2.2), plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const stories = Object.values(JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')).entries)
  .filter((entry) => entry.type === 'story');

/** Every widget shows each state a designer needs to see: loading, error, empty and loaded. */
const REQUIRED_STATES = [/loading/i, /error/i, /empty/i, /playground|loaded/i];
const missingStates = [];
for (const title of new Set(stories.map((s) => s.title).filter((t) => t.startsWith('Widgets/')))) {
  const names = stories.filter((s) => s.title === title).map((s) => s.name);
  for (const state of REQUIRED_STATES) if (!names.some((n) => state.test(n))) missingStates.push(`${title}: no story for ${state}`);
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(staticDir, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(staticDir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
const failures = [...missingStates];
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ colorScheme: scheme });
  let pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  for (const story of stories) {
    pageErrors = [];
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${scheme}`);
    // Stories load from the memory adapter (some with latency); give them time to settle.
    await page.waitForTimeout(1200);
    // Make sure the pass checks the theme it says: the canvas and the widgets' surfaces are dark in dark.
    const surfaces = await page.evaluate(() => {
      const luminance = (color) => {
        const scale = color.startsWith('color(') ? 1 : 255;
        const [r, g, b] = color.replace(/^color\(srgb/, '').match(/[\d.]+/g).slice(0, 3).map((v) => {
          const c = Number(v) / scale;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const widget = [...document.querySelectorAll('#storybook-root *')].find((el) => el.localName.startsWith('pm-') && el.shadowRoot && el.localName !== 'pm-provider');
      let surface;
      if (widget) {
        const probe = document.createElement('span');
        probe.style.color = 'var(--_surface)';
        widget.shadowRoot.append(probe);
        surface = luminance(getComputedStyle(probe).color);
        probe.remove();
      }
      return { canvas: luminance(getComputedStyle(document.body).backgroundColor), surface };
    });
    const dark = scheme === 'dark';
    // A "Dark …" story pins the dark theme itself, so the light pass does not expect light surfaces there.
    const pinnedDark = /^dark\b/i.test(story.name);
    for (const [what, value] of Object.entries(surfaces)) {
      if (pinnedDark && !dark) continue;
      if (value === undefined) continue;
      if (dark ? value > 0.2 : value < 0.5) failures.push(`${scheme} ${story.id}: the ${what} is not ${scheme} (relative luminance ${value.toFixed(2)})`);
    }
    await page.addScriptTag({ content: axeSource });
    // The a11y addon runs axe itself after a story renders; a slow story may still be in that run.
    let violations;
    for (let attempt = 0; ; attempt++) {
      try {
        violations = await page.evaluate(async (AXE_TAGS) => {
          const result = await window.axe.run(document.querySelector('#storybook-root') ?? document, {
            resultTypes: ['violations'],
            runOnly: { type: 'tag', values: AXE_TAGS },
          });
          return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')}`);
        }, AXE_TAGS);
        break;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('already running')) throw error;
        await page.waitForTimeout(500);
      }
    }
    for (const problem of [...violations, ...pageErrors.map((e) => `page error: ${e}`)]) failures.push(`${scheme} ${story.id}: ${problem}`);
  }
  await page.close();
}
await browser.close();
server.close();

console.log(`${stories.length} stories × 2 colour schemes checked with axe (${AXE_TAGS.join(', ')})`);
if (failures.length) {
  console.error(failures.join('\n'));
  console.log(`${stories.length * 2 - new Set(failures.map((f) => f.split(':')[0])).size} passed, ${new Set(failures.map((f) => f.split(':')[0])).size} failed`);
  process.exit(1);
}
console.log(`${stories.length * 2} passed, 0 failed`);
