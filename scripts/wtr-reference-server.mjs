/**
 * A web-test-runner plugin: the command `pm-reference-server` answers `{ url, tokens }` of the
 * reference server (PGlite in memory, built from source, in its own process so that opening the
 * database never blocks the test runner), so browser tests reach the real thing over HTTP. It
 * starts with the run when the run may include test/rest, answers `{ pending: true }` while still
 * starting (commands time out after 20 s), and is stopped when the run ends.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../packages/server/bin/pm-widgets-server.mjs', import.meta.url));

export function referenceServerPlugin() {
  let child;
  let started;
  const start = () => (started ??= new Promise((resolve, reject) => {
    child = spawn(process.execPath, [BIN], {
      env: { ...process.env, PORT: '0', PM_DATA_DIR: 'memory://', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', async (chunk) => {
      out += chunk;
      const url = /on (http:\/\/\S+)/.exec(out)?.[1];
      if (!url || out === null) return;
      out = null;
      try {
        const { people } = await (await fetch(`${url}/auth/dev-tokens`)).json();
        resolve({ url, tokens: Object.fromEntries(people.map((p) => [p.id, p.token])) });
      } catch (error) {
        reject(error);
      }
    });
    child.on('exit', (code) => reject(new Error(`the reference server exited (${code})`)));
  }));
  return {
    name: 'pm-reference-server',
    serverStart({ config }) {
      const files = [config.files ?? []].flat().join(' ');
      if (/rest|\*\*\/\*\.test/.test(files)) start().catch(() => {});
    },
    async executeCommand({ command }) {
      if (command !== 'pm-reference-server') return undefined;
      return Promise.race([start(), new Promise((r) => setTimeout(() => r({ pending: true }), 15_000))]);
    },
    async serverStop() {
      if (child && child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
