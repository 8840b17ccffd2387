import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findChrome } from '../../scripts/find-chrome.mjs';

describe('findChrome (the browser the tests and benchmarks use)', () => {
  it('prefers CHROME_PATH', () => {
    assert.equal(findChrome({ env: { CHROME_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' }, isExecutable: () => true }), '/opt/chrome/chrome');
  });

  it('then Debian\'s /usr/bin/chromium, then the usual names on PATH', () => {
    const have = new Set(['/usr/bin/chromium', '/usr/local/bin/google-chrome']);
    assert.equal(findChrome({ env: { PATH: '/usr/local/bin' }, isExecutable: (p) => have.has(p) }), '/usr/bin/chromium');
    have.delete('/usr/bin/chromium');
    assert.equal(findChrome({ env: { PATH: '/usr/local/bin' }, isExecutable: (p) => have.has(p) }), '/usr/local/bin/google-chrome');
  });

  it('says exactly what to install when there is none', () => {
    assert.throws(() => findChrome({ env: { PATH: '/usr/bin' }, isExecutable: () => false }), /apt-get install -y chromium[\s\S]*CHROME_PATH=/);
  });

  it('says so when CHROME_PATH points at nothing, instead of silently using another browser', () => {
    assert.throws(
      () => findChrome({ env: { CHROME_PATH: '/nope' }, isExecutable: (p) => p === '/usr/bin/chromium' }),
      /CHROME_PATH is set to "\/nope", but no executable is there[\s\S]*apt-get install -y chromium/,
    );
  });
});
