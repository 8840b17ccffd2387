#!/usr/bin/env node
/**
 * `npm start`: the reference server on its embedded database (data kept in .pm-data/, or
 * PM_DATA_DIR; PostgreSQL when DATABASE_URL is set), then the demo portal (Vite) talking to it.
 * The portal's "Data" switch goes back to the in-browser memory adapter.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = spawn(process.execPath, [`${root}packages/server/bin/pm-widgets-server.mjs`], {
  env: { ...process.env, PORT: process.env.PM_API_PORT ?? '8787', PM_DATA_DIR: process.env.PM_DATA_DIR ?? `${root}.pm-data` },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let vite;
const stop = () => { server.kill('SIGTERM'); vite?.kill('SIGTERM'); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => { if (code) { console.error(`The reference server stopped (${code}).`); vite?.kill('SIGTERM'); process.exitCode = code; } });

let out = '';
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (vite) return;
  out += chunk;
  const url = /on (http:\/\/\S+)/.exec(out)?.[1];
  if (!url) return;
  vite = spawn(process.execPath, [`${root}node_modules/vite/bin/vite.js`, '--open=false'], {
    cwd: root, env: { ...process.env, VITE_PM_API: url }, stdio: 'inherit',
  });
  vite.on('exit', (code) => { server.kill('SIGTERM'); process.exitCode = code ?? 0; });
});
