/** The README's contract tables and minimal adapter are generated; this fails when they drift. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { renderReadme } from '../readme-contract.mjs';

it('README contract tables and minimal adapter match the schemas and examples/minimal-adapter.ts', async () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const expected = await renderReadme(readme);
  assert.ok(expected === readme, 'README.md is out of date: run node packages/server/readme-contract.mjs');
  assert.match(readme, /\*\*Goal\*\*\n\n\| field \| required \| type \|/);
});
