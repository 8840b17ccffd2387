/**
 * The README's "Embed in five minutes" pages, read from the README and served as written: the
 * built bundles under /assets/pm-widgets/, the reference server behind /api/pm on the same origin
 * (signed in as the portal's session would: `authenticate` answers p-priya). Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { root } from './helpers.mjs';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
function block(name) {
  const match = readme.match(new RegExp(`<!-- embed:${name} -->\\n\`\`\`html\\n([\\s\\S]*?)\`\`\``));
  assert.ok(match, `README has no <!-- embed:${name} --> html block`);
  return match[1];
}

const dist = join(root, 'packages/pm-widgets/dist');
const pages = { '/api.html': block('api'), '/adapter.html': block('adapter') };
let api;
let web;
let url;
let browser;
const requests = [];

before(async () => {
  const { startServer } = await import(join(root, 'packages/server/dist/server.mjs'));
  api = await startServer({ dataDir: 'memory://', authenticate: () => 'p-priya' });
  web = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    requests.push(path);
    if (path === '/favicon.ico') { res.writeHead(204).end(); return; }
    const bundle = path.match(/^\/bundle\/(pm-[a-z0-9-]+)\.html$/);
    if (bundle) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><title>${bundle[1]}</title></head><body><script type="module" src="/assets/pm-widgets/bundles/${bundle[1]}.js"></script></body></html>`);
      return;
    }
    if (pages[path]) { res.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]); return; }
    if (path.startsWith('/api/pm/')) {
      const body = ['GET', 'HEAD'].includes(req.method) ? undefined : Buffer.concat(await Array.fromAsync(req));
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'connection'].includes(k)));
      const answer = await fetch(api.url + req.url.slice('/api/pm'.length), { method: req.method, headers, body });
      res.writeHead(answer.status, Object.fromEntries([...answer.headers].filter(([k]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(k))));
      res.end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    const file = join(dist, path.replace(/^\/assets\/pm-widgets\//, ''));
    if (path.startsWith('/assets/pm-widgets/') && file.startsWith(dist) && existsSync(file)) {
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'application/json' }).end(readFileSync(file));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => web.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${web.address().port}`;
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (web ? web.close(resolve) : resolve()));
  await api?.close();
});

async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console.error: ${m.text()}`); });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`); });
  await page.goto(url + path);
  return { page, problems };
}

describe('README: embed in five minutes', () => {
  it('<pm-provider api> with pm-widgets.js: the goal tree and the check-in load from the backend', async () => {
    const { page, problems } = await open('/api.html');
    await page.getByRole('treeitem', { name: /Become the most trusted people platform/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Wins', exact: true }).waitFor({ timeout: 30_000 });
    assert.ok(requests.some((p) => p.startsWith('/api/pm/goals')), 'goals came over HTTP');
    assert.ok(requests.includes('/assets/pm-widgets/pm-widgets.js'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('a hand-written adapter with the standalone goal-tree bundle: its goals render', async () => {
    const { page, problems } = await open('/adapter.html');
    const tree = page.getByRole('tree', { name: 'Our goals' });
    await tree.getByRole('treeitem', { name: /Happier customers/ }).waitFor({ timeout: 30_000 });
    await tree.getByRole('treeitem', { name: /Answer every ticket within a day/ }).waitFor({ timeout: 30_000 });
    assert.ok(requests.includes('/assets/pm-widgets/bundles/pm-goal-tree.js'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('each per-widget bundle defines exactly its widget and <pm-provider>, alone', async () => {
    const widgets = ['pm-goal-tree', 'pm-check-in', 'pm-survey-360', 'pm-competency-radar', 'pm-feedback-timeline'];
    for (const widget of widgets) {
      const { page, problems } = await open(`/bundle/${widget}.html`);
      await page.waitForFunction((tag) => customElements.get(tag), widget, { timeout: 30_000 });
      const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), ['pm-provider', ...widgets]);
      assert.deepEqual(defined, ['pm-provider', widget]);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });
});
