/**
 * The single-file bundle (dist/pm-widgets.js), built with its real config, must be minified:
 * identifiers mangled and whitespace gone, not the readable lib-mode ES output Vite leaves by default.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'pm-bundle-'));
after(() => rmSync(outDir, { recursive: true, force: true }));

it('builds dist/pm-widgets.js minified', async () => {
  await build({
    configFile: `${root}/packages/pm-widgets/vite.bundle.config.ts`,
    logLevel: 'silent',
    build: { outDir, sourcemap: false, emptyOutDir: true },
  });
  const code = readFileSync(join(outDir, 'pm-widgets.js'), 'utf8');
  assert.ok(!/^\tconstructor\(/m.test(code), 'class bodies are indented: not minified');
  assert.ok(!/^\/\/ node_modules\//m.test(code), 'module path comments left in: not minified');
  // Lit's css`` and html`` templates keep their own line breaks; everything else is one line.
  const codeLines = code.split('\n').filter((line) => /^\s*(var|let|const|function|class|return|if)\b/.test(line));
  assert.ok(codeLines.length < 20, `${codeLines.length} lines start with a statement: not minified`);
  assert.ok(/customElements/.test(code));
});
