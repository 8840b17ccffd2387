#!/usr/bin/env node
// Runs the contract checks (see `pm-widgets-contract --help`); builds them from source in the monorepo.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (existsSync(new URL('../src/cli.ts', import.meta.url)) && process.env.PM_REBUILD !== '0') {
  const { buildTesting } = await import('../build.mjs');
  await buildTesting();
}
if (!existsSync(cli)) {
  console.error('pm-widgets-contract: dist/cli.mjs is missing (the package was not built).');
  process.exit(2);
}
await import(cli.href);
