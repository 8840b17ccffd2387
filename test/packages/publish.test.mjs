/**
 * `npm publish --dry-run` of every published package: the tarball holds every file its `exports`
 * map names (types first, with source maps beside the code), no tests or fixtures, and
 * `sideEffects` names only define files and bundles. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { npm, packageJson, PUBLISHED, root } from './helpers.mjs';

function targets(entry, out = []) {
  if (typeof entry === 'string') out.push(entry);
  else if (entry && typeof entry === 'object') for (const value of Object.values(entry)) targets(value, out);
  return out;
}

function conditionObjects(entry, out = []) {
  if (entry && typeof entry === 'object') {
    out.push(entry);
    for (const value of Object.values(entry)) conditionObjects(value, out);
  }
  return out;
}

const globToRegExp = (glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);

describe('npm publish --dry-run', () => {
  for (const dir of PUBLISHED) {
    const pkg = packageJson(dir);
    it(`${pkg.name}: tarball matches the exports map, no tests or fixtures`, () => {
      const out = JSON.parse(npm(['publish', '--dry-run', '--json'], join(root, 'packages', dir)));
      const files = out[pkg.name].files.map((f) => f.path);
      assert.ok(files.includes('package.json') && files.includes('README.md'), 'package.json and README.md');
      for (const [key, entry] of Object.entries(pkg.exports)) {
        for (const target of targets(entry)) {
          const re = globToRegExp(target);
          assert.ok(files.some((f) => re.test(f)), `${key} → ${target} is not in the tarball`);
        }
      }
      for (const conditions of conditionObjects(pkg.exports)) {
        const keys = Object.keys(conditions).filter((k) => k !== 'source');
        if (keys.includes('types')) assert.equal(keys[0], 'types', `types must come first: ${keys.join(', ')}`);
      }
      const bad = files.filter((f) => /(^|\/)(test|tests|__tests__|fixtures?)\/|\.test\.|\.spec\.|\.stories\./.test(f));
      assert.deepEqual(bad, [], 'tests or fixtures in the tarball');
      for (const js of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
        assert.ok(files.includes(`${js}.map`), `${js} has no source map`);
        if (!js.startsWith('dist/bundles/') && !js.startsWith('dist/chunks/') && js !== 'dist/pm-widgets.js') {
          assert.ok(files.includes(js.replace(/\.js$/, '.d.ts')), `${js} has no .d.ts`);
        }
      }
      for (const entry of pkg.sideEffects ?? []) {
        assert.match(entry, /\/(pm-[a-z0-9-]+|index|pm-widgets|\*)\.(ts|js)$/, `sideEffects names something that is not a define file or bundle: ${entry}`);
      }
      assert.equal(pkg.sideEffects === undefined, false, 'sideEffects is declared');
    });
  }
});
