#!/usr/bin/env node
// Builds the server from its sources when needed, then runs it (configuration: see the README).
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.mjs', import.meta.url);
if (!existsSync(main) || process.env.PM_REBUILD !== '0') {
  const { buildServer } = await import('../build.mjs');
  await buildServer();
}
await import(main.href);
