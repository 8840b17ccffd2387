/**
 * What the strict-CSP tests share: the policy the README tells host pages to send, and a server for
 * a built page — its HTML at `/` and every file of the build folder (the bundle, the page's script,
 * the chunks/ it fetches on demand) — each answer with the policy as an HTTP header.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

export const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Serves `page` at `/` and the files under `outDir`; `served` lists every answer with its headers. */
export async function serveWithPolicy(outDir, page) {
  const served = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const headers = { 'content-security-policy': POLICY, 'cache-control': 'no-store' };
    served.push({ path, headers });
    if (path === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    if (path === '/') {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    const file = join(outDir, path);
    if (!file.startsWith(`${outDir}/`) || !existsSync(file) || !file.endsWith('.js')) {
      response.writeHead(404, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    served,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
