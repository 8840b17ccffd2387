/**
 * The demo portal served by Vite (as `npm start` serves the page) and a headless Chromium, shared by
 * the node tests that use the portal as a person would. Registers its own before/after hooks.
 */
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Starts the portal and the browser before the file's tests and stops both after them. */
export function usePortal() {
  const portal = { url: '', browser: undefined };
  let server;
  before(async () => {
    server = await createServer({ configFile: `${root}/vite.config.ts`, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    portal.url = `http://127.0.0.1:${server.httpServer.address().port}/`;
    portal.browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs });
  });
  after(async () => {
    await portal.browser?.close();
    await server?.close();
  });
  return portal;
}
