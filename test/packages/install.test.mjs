/**
 * As a new user: pack every package, install the tarballs into a fresh Vite project outside the
 * workspace (lit, zod, vite from the registry), build it and render each widget in Chromium.
 * Needs `npm run build` first (CI runs this after it: `npm run test:packages`).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { makeConsumer, packAll, root, serve } from './helpers.mjs';

const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packDir = mkdtempSync(join(tmpdir(), 'pm-pack-'));
let consumer;
let server;
let browser;

const MAIN = `
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/survey-360/pm-survey-360.js';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import { PmGoalTree } from '@pm-widgets/goal-tree';

const provider = document.querySelector('pm-provider');
provider.viewer = DEMO.viewerId;
provider.adapter = createMemoryAdapter({ persist: false });
window.sameClass = customElements.get('pm-goal-tree') === PmGoalTree;
`;
const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title><link rel="icon" href="data:,"></head><body>
<pm-provider>
  <pm-goal-tree editable></pm-goal-tree>
  <pm-check-in person="p-priya"></pm-check-in>
  <pm-survey-360 assignment="a-cur-mei-priya"></pm-survey-360>
  <pm-competency-radar person="p-priya"></pm-competency-radar>
  <pm-feedback-timeline person="p-priya" composer></pm-feedback-timeline>
</pm-provider>
<script type="module" src="./main.js"></script></body></html>`;

// Vue 3 (the usage notes in the README, as written there): an SFC app with the pm-* tags marked
// as custom elements, `.prop` for objects, `@pm-goal-select` for events.
const VUE_FILES = {
  'vue-app/vite.config.js': `import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
export default defineConfig({
  root: 'vue-app',
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pm-') } } })],
  build: { outDir: '../dist/vue', emptyOutDir: true },
});
`,
  'vue-app/index.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vue</title><link rel="icon" href="data:,"></head><body><div id="app"></div><script type="module" src="./main.js"></script></body></html>',
  'vue-app/main.js': "import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n",
  'vue-app/App.vue': `<script setup>
import { ref } from 'vue';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';

const adapter = createMemoryAdapter({ persist: false });
const selected = ref('');
</script>

<template>
  <pm-provider :adapter.prop="adapter" :viewer="DEMO.viewerId">
    <pm-goal-tree expand-depth="2" @pm-goal-select="selected = $event.goal.title"></pm-goal-tree>
    <pm-check-in :person="DEMO.viewerId"></pm-check-in>
  </pm-provider>
  <p id="selected">{{ selected }}</p>
</template>
`,
};

// Angular (the README's notes): a standalone component with CUSTOM_ELEMENTS_SCHEMA, `[adapter]`
// property binding, `[attr.expand-depth]`, `(pm-goal-select)`. Compiled just in time in the
// browser (@angular/compiler) and bundled by Vite: the Angular CLI's toolchain is too heavy for
// this test's install budget; the template binding semantics are the same.
const ANGULAR = '^20.3.0';
const ANGULAR_FILES = {
  'angular-app/vite.config.js': `import { defineConfig } from 'vite';
export default defineConfig({ root: 'angular-app', base: './', build: { outDir: '../dist/angular', emptyOutDir: true } });
`,
  'angular-app/index.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>angular</title><link rel="icon" href="data:,"></head><body><app-root></app-root><script type="module" src="./main.js"></script></body></html>',
  'angular-app/main.js': `import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';

class App {
  adapter = createMemoryAdapter({ persist: false });
  viewer = DEMO.viewerId;
  selected = signal('');
  onSelect(event) { this.selected.set(event.goal.title); }
}
Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    <pm-provider [adapter]="adapter" [viewer]="viewer">
      <pm-goal-tree [attr.expand-depth]="2" (pm-goal-select)="onSelect($event)"></pm-goal-tree>
      <pm-check-in [person]="viewer"></pm-check-in>
    </pm-provider>
    <p id="selected">{{ selected() }}</p>\`,
})(App);
bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] });
`,
};

before(async () => {
  const tarballs = packAll(packDir);
  const registry = { vite: rootPkg.devDependencies.vite, react: rootPkg.devDependencies.react, 'react-dom': rootPkg.devDependencies['react-dom'], vue: '^3.5.0', '@vitejs/plugin-vue': '^6.0.0',
    '@angular/core': ANGULAR, '@angular/common': ANGULAR, '@angular/compiler': ANGULAR, '@angular/platform-browser': ANGULAR, rxjs: '^7.8.0', tslib: '^2.8.0' };
  consumer = makeConsumer('pm-consumer-', tarballs, registry, { 'index.html': HTML, 'main.js': MAIN, ...VUE_FILES, ...ANGULAR_FILES });
  const vite = join(consumer, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: consumer, stdio: 'inherit' });
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error', '--config', 'vue-app/vite.config.js'], { cwd: consumer, stdio: 'inherit' });
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error', '--config', 'angular-app/vite.config.js'], { cwd: consumer, stdio: 'inherit' });
  server = await serve(join(consumer, 'dist'));
  browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(packDir, { recursive: true, force: true });
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe('packed packages in a fresh Vite project', () => {
  it('installs from the tarballs alone: one copy of lit, @lit/context and core, nothing from the workspace', () => {
    const tree = execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: consumer, encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const name of ['lit', 'lit-element', '@lit/reactive-element', '@lit/context', '@pm-widgets/core', 'zod']) {
      const copies = new Set(tree.filter((p) => p.endsWith(`/node_modules/${name}`)));
      assert.equal(copies.size, 1, `${name}: ${[...copies].join(', ') || 'not installed'}`);
    }
    assert.ok(!tree.some((p) => p.startsWith(root)), 'a path into the workspace');
    const core = JSON.parse(readFileSync(join(consumer, 'node_modules/@pm-widgets/core/package.json'), 'utf8'));
    assert.equal(core.name, '@pm-widgets/core');
  });

  it('builds with Vite into one entry chunk plus on-demand language, editing and REST chunks, no source paths', () => {
    const assets = readdirSync(join(consumer, 'dist/assets')).filter((f) => f.endsWith('.js'));
    // Catalogues other than English load on demand: each is its own small chunk (de-*.js, ar-*.js).
    const languages = assets.filter((f) => /^(de|ar)-[\w-]+\.js$/.test(f));
    // So do the goal tree's editing code (once a tree is editable), details (on first selection) and
    // search (when the reader points at or focuses the tree), the timeline's composer (once a
    // timeline has `composer`), the submitted check-in's view, a check-in's custom questions and key
    // results (when it has them), the survey's notices and outcomes (on the first answer, or when one
    // is on screen), the radar's tables and bars, the outbox (once a write must wait) and zod/mini
    // with the validation messages (only when a check cannot prove an answer valid), issue 13.
    const ON_DEMAND = [
      'goal-editing', 'goal-details', 'goal-search', 'composer-controller', 'check-in-summary', 'check-in-questions', 'check-in-key-results',
      'survey-notices', 'radar-table', 'radar-bars', 'outbox', 'validation-zod',
    ];
    const onDemand = assets.filter((f) => ON_DEMAND.some((name) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f)));
    assert.equal(onDemand.length, ON_DEMAND.length, `the ${ON_DEMAND.join(', ')} chunks, saw ${assets.join(', ')}`);
    // So does the REST client, which <pm-provider api> fetches on its first call (rest-*.js).
    const rest = assets.filter((f) => /^rest-[\w-]+\.js$/.test(f));
    const entries = assets.filter((f) => !languages.includes(f) && !onDemand.includes(f) && !rest.includes(f));
    // One entry chunk. Rolldown before 1.3 (rolldown/rolldown#10731) moved modules the entry shares
    // with several on-demand chunks (lit, core's errors) into chunks of their own that the entry
    // imports statically; an app on such a Vite still gets them at once: they count as the entry's.
    const html = readFileSync(join(consumer, 'dist/index.html'), 'utf8');
    const entry = entries.find((f) => new RegExp(`<script[^>]*src="[^"]*assets/${f.replace(/[.-]/g, '\\$&')}"`).test(html));
    assert.ok(entry, `the page's script is one of ${entries.join(', ')}`);
    const entryCode = readFileSync(join(consumer, 'dist/assets', entry), 'utf8');
    const shared = entries.filter((f) => f !== entry);
    for (const file of shared) assert.match(entryCode, new RegExp(`from\\s*["']\\./${file.replace(/[.-]/g, '\\$&')}["']`), `${file} is imported by the entry at once`);
    assert.ok(languages.length >= 2, `German and Arabic chunks, saw ${assets.join(', ')}`);
    for (const file of assets) {
      const code = readFileSync(join(consumer, 'dist/assets', file), 'utf8');
      assert.ok(!code.includes('/src/'), `no source paths in ${file}`);
    }
  });

  it('renders every widget in Chromium from the built page', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
    await page.goto(server.url);
    await page.getByRole('treeitem').first().waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Wins', exact: true }).waitFor({ timeout: 30_000 });
    await page.locator('pm-survey-360').getByRole('radiogroup').first().waitFor({ timeout: 30_000 });
    await page.locator('pm-competency-radar').getByRole('table').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.locator('pm-feedback-timeline').getByRole('article').first().waitFor({ timeout: 30_000 });
    // The goal tree's editing chunk, fetched because the tree is editable: its Add dialog opens.
    await page.locator('pm-goal-tree').getByRole('button', { name: 'Add goal' }).click();
    await page.locator('pm-goal-tree').getByRole('dialog', { name: 'New top-level goal' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    // The timeline's composer chunk, fetched because the timeline has `composer`.
    await page.locator('pm-feedback-timeline').getByRole('heading', { name: 'Write a private note' }).waitFor({ timeout: 30_000 });
    const facts = await page.evaluate(() => ({
      versions: globalThis.litElementVersions,
      sameClass: window.sameClass,
      defined: ['pm-provider', 'pm-goal-tree', 'pm-check-in', 'pm-survey-360', 'pm-competency-radar', 'pm-feedback-timeline'].filter((t) => customElements.get(t)),
      errors: [...document.querySelectorAll('pm-provider > *')].filter((el) => el.shadowRoot?.querySelector('[role="alert"]')).map((el) => el.localName),
    }));
    assert.equal(facts.versions.length, 1, `Lit loaded ${facts.versions.length} times`);
    assert.equal(facts.sameClass, true);
    assert.equal(facts.defined.length, 6);
    assert.deepEqual(facts.errors, []);
    assert.deepEqual(problems.filter((p) => !/Lit is in dev mode/.test(p)), []);
    await page.close();
  });

  it('imports @pm-widgets/react in Node and server-renders the wrappers (no window at load)', () => {
    const script = `
      import { createElement as h } from 'react';
      import { renderToString } from 'react-dom/server';
      import { Provider, GoalTree, CheckIn } from '@pm-widgets/react';
      if (typeof window !== 'undefined') throw new Error('window exists');
      console.log(renderToString(h(Provider, { viewer: 'p-priya' }, h(GoalTree, { expandDepth: 2 }), h(CheckIn, { person: 'p-priya' }))));`;
    const html = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' });
    assert.match(html, /<pm-provider[^>]*>.*<pm-goal-tree[^>]*>.*<pm-check-in[^>]*>/s);
  });

  it('runs the Angular app: CUSTOM_ELEMENTS_SCHEMA, property binding, an event handler', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${m.type()}: ${m.text()}`); });
    await page.goto(`${server.url}angular/`);
    const first = page.getByRole('treeitem').first();
    await first.waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Wins', exact: true }).waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => document.querySelector('pm-goal-tree').expandDepth), 2);
    await first.click();
    await page.waitForFunction(() => document.querySelector('#selected').textContent.trim() !== '');
    const selected = await page.locator('#selected').textContent();
    assert.ok((await first.textContent()).includes(selected.trim()), `selected "${selected}"`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('runs the Vue 3 app: custom elements, a property binding and an event handler', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
    await page.goto(`${server.url}vue/`);
    const first = page.getByRole('treeitem').first();
    await first.waitFor({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Wins', exact: true }).waitFor({ timeout: 30_000 });
    await first.click();
    await page.waitForFunction(() => document.querySelector('#selected').textContent.trim() !== '');
    const selected = await page.locator('#selected').textContent();
    assert.ok((await first.textContent()).includes(selected.trim()), `selected "${selected}"`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
