/**
 * Shared by the package tests: pack the built workspace packages with npm (as `npm publish` would),
 * and make a fresh consumer project in a temp dir outside the workspace, so nothing resolves
 * through the monorepo's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** The packages published to npm, in dependency order. */
export const PUBLISHED = ['core', 'goal-tree', 'check-in', 'survey-360', 'competency-radar', 'feedback-timeline', 'pm-widgets', 'react'];

export function packageJson(dir) {
  return JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
}

export function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** `npm pack --json` of every published package into dir; returns [{ dir, name, filename, files }]. */
export function packAll(dest) {
  for (const dir of PUBLISHED) {
    if (!existsSync(join(root, 'packages', dir, 'dist'))) throw new Error(`packages/${dir}/dist is missing: run npm run build first`);
  }
  return PUBLISHED.map((dir) => {
    const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', dest], join(root, 'packages', dir)));
    return { dir, name: info.name, filename: join(dest, info.filename), files: info.files.map((f) => f.path) };
  });
}

/** A consumer project in a new temp dir with the tarballs (and extra registry packages) installed. */
export function makeConsumer(prefix, tarballs, extra = {}, files = {}) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dependencies = Object.fromEntries(tarballs.map((t) => [t.name, `file:${t.filename}`]));
  // Tarballs name their sibling packages by version; point those at the tarballs too (as the
  // registry would, once they are published together).
  const overrides = Object.fromEntries(tarballs.map((t) => [t.name, `file:${t.filename}`]));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { ...dependencies, ...extra }, overrides }, null, 2));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  return dir;
}

/** A static file server for a built dist/ directory on a free port. */
export async function serve(dir) {
  const { createServer } = await import('node:http');
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}
