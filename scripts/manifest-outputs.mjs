#!/usr/bin/env node
/**
 * From the committed custom-elements.json: each published package's own manifest (its
 * package.json `customElements` field), VS Code custom HTML data, JetBrains web-types and the API
 * tables in its README (between `<!-- api:start -->` and `<!-- api:end -->`). `npm run manifest`
 * writes them; `--check` (run by the lint) fails when any of them has drifted from the manifest.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const PACKAGES = ['core', 'goal-tree', 'check-in', 'survey-360', 'competency-radar', 'feedback-timeline', 'pm-widgets'];

const elementsOf = (modules) => modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: mod.path })));
const publicFields = (el) => (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly && !m.name.startsWith('_'));
const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();
const cell = (text = '') => oneLine(text).replace(/\|/g, '\\|') || ' ';
const code = (text) => (text ? `\`${text.replace(/\|/g, '\\|')}\`` : ' ');

function packageManifest(dir) {
  const modules = dir === 'pm-widgets' ? manifest.modules : manifest.modules.filter((m) => m.path.startsWith(`packages/${dir}/`));
  const own = { ...manifest, modules };
  // Paths relative to the package (src/...), as a consumer's tools see it in node_modules.
  return dir === 'pm-widgets' ? own : JSON.parse(JSON.stringify(own).replaceAll(`"packages/${dir}/`, '"'));
}

function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: oneLine(el.description ?? el.summary),
      attributes: (el.attributes ?? []).map((a) => {
        const values = [...(a.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => ({ name: m[1] }));
        return { name: a.name, description: oneLine(a.description), ...(values.length && { values }), ...(a.type?.text === 'boolean' && { valueSet: 'v' }) };
      }),
    })),
  };
}

function webTypes(pkg, elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: oneLine(el.description ?? el.summary),
          attributes: (el.attributes ?? []).map((a) => ({ name: a.name, description: oneLine(a.description), value: { type: a.type?.text ?? 'string' } })),
          slots: (el.slots ?? []).map((s) => ({ name: s.name, description: oneLine(s.description) })),
          js: {
            properties: publicFields(el).map((f) => ({ name: f.name, description: oneLine(f.description), type: f.type?.text })),
            events: (el.events ?? []).map((e) => ({ name: e.name, description: oneLine(e.description), type: e.type?.text })),
          },
          css: {
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) })),
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) })),
          },
        })),
      },
    },
  };
}

function apiTables(elements) {
  const out = ['<!-- api:start -->', '<!-- Generated from custom-elements.json by `npm run manifest`; do not edit by hand. -->'];
  for (const el of elements) {
    out.push('', `### \`<${el.tagName}>\` API`, '');
    const fields = publicFields(el);
    if (fields.length) {
      out.push('| property | attribute | type | default | description |', '| --- | --- | --- | --- | --- |');
      for (const f of fields) out.push(`| \`${f.name}\` | ${f.attribute ? code(f.attribute) : ' '} | ${code(f.type?.text)} | ${code(f.default)} | ${cell(f.description)} |`);
      out.push('');
    }
    const groups = [
      ['event', 'type', el.events, (e) => code(e.type?.text)],
      ['slot', null, el.slots],
      ['CSS custom property', null, el.cssProperties],
      ['part', null, el.cssParts],
    ];
    for (const [label, extra, items, extraCell] of groups) {
      if (!items?.length) continue;
      out.push(extra ? `| ${label} | ${extra} | description |` : `| ${label} | description |`, extra ? '| --- | --- | --- |' : '| --- | --- |');
      for (const item of items) out.push(extra ? `| ${code(item.name || '(default)')} | ${extraCell(item)} | ${cell(item.description)} |` : `| ${item.name ? code(item.name) : '(default)'} | ${cell(item.description)} |`);
      out.push('');
    }
    if (out.at(-1) === '') out.pop();
  }
  out.push('<!-- api:end -->');
  return out.join('\n');
}

const outputs = new Map();
for (const dir of PACKAGES) {
  const pkgPath = join(root, 'packages', dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const own = packageManifest(dir);
  const elements = elementsOf(own.modules).sort((a, b) => a.tagName.localeCompare(b.tagName));
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  outputs.set(join('packages', dir, 'custom-elements.json'), json(own));
  outputs.set(join('packages', dir, 'vscode.html-custom-data.json'), json(vscodeData(elements)));
  outputs.set(join('packages', dir, 'web-types.json'), json(webTypes(pkg, elements)));
  const next = { ...pkg, customElements: 'custom-elements.json', 'web-types': './web-types.json' };
  next.files = [...new Set([...(pkg.files ?? []), 'custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json'])];
  outputs.set(join('packages', dir, 'package.json'), json(next));
  if (dir !== 'pm-widgets') {
    const readmePath = join('packages', dir, 'README.md');
    const readme = existsSync(join(root, readmePath)) ? readFileSync(join(root, readmePath), 'utf8') : '';
    const tables = apiTables(elements);
    const updated = /<!-- api:start -->[\s\S]*<!-- api:end -->/.test(readme)
      ? readme.replace(/<!-- api:start -->[\s\S]*<!-- api:end -->/, () => tables)
      : `${readme.trimEnd()}\n\n${tables}\n`;
    outputs.set(readmePath, updated);
  }
}

const stale = [];
for (const [path, text] of outputs) {
  const full = join(root, path);
  const current = existsSync(full) ? readFileSync(full, 'utf8') : null;
  if (current === text) continue;
  if (check) stale.push(path);
  else writeFileSync(full, text);
}
if (check && stale.length) {
  console.error(`Generated from custom-elements.json and out of date: ${stale.join(', ')}. Run \`npm run manifest\` and commit.`);
  process.exit(1);
}
if (check) console.log('Package manifests, editor data and README API tables: up to date');
