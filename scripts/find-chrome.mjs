import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Finds a Chromium or Chrome for the browser tests and benchmarks: CHROME_PATH first, then
 * Debian's /usr/bin/chromium, then the usual names on PATH. Nothing is ever downloaded.
 */
export function findChrome({ env = process.env, isExecutable = isExecutableFile } = {}) {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no executable is there. ${INSTALL_HINT}`);
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
  const dirs = ['/usr/bin', ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  const macApps = [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  for (const candidate of [...dirs.flatMap((dir) => names.map((name) => join(dir, name))), ...macApps]) {
    if (isExecutable(candidate)) return candidate;
  }
  throw new Error(`No Chromium or Chrome was found for the browser tests.\n${INSTALL_HINT}`);
}

const INSTALL_HINT = [
  'Install one, e.g. on Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  'or point CHROME_PATH at an existing Chrome/Chromium binary:  CHROME_PATH=/path/to/chrome npm test',
].join('\n');

/** Flags for a headless Chromium that runs as root in a sandbox with no outside network. */
export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Tests run in several pages at once; background pages must not have their timers throttled.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
