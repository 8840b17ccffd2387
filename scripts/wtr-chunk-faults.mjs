/**
 * A web-test-runner plugin and middleware that make the dev server fail or hold the requests for a
 * module, so browser tests see what a page sees when an on-demand chunk cannot be fetched (offline,
 * a failed deploy) or is slow. The test command `pm-chunk-fault` takes `{ path, mode }`:
 *
 * - `fail`: requests whose path contains `path` answer 503 until cleared;
 * - `hold`: they wait until `release` (then they are served as usual);
 * - `release` / `clear`: held requests go on; `clear` with no path removes every fault.
 *
 * Browser tests run one page at a time (concurrency 1), so one set of faults serves the run; a
 * test clears what it set. The page that sets a fault stops using the HTTP cache (the test runner
 * lets every page cache modules, so an earlier test file's copy would hide the fault).
 */
export function chunkFaults() {
  /** path fragment → { mode, release, released } */
  const faults = new Map();
  const releaseAll = (path) => {
    for (const [key, fault] of faults) {
      if (path === undefined || key === path) {
        fault.release?.();
        faults.delete(key);
      }
    }
  };
  return {
    middleware: async (ctx, next) => {
      const fault = [...faults].find(([path]) => ctx.path.includes(path))?.[1];
      if (!fault) return next();
      if (fault.mode === 'fail') {
        ctx.status = 503;
        ctx.set('cache-control', 'no-store');
        ctx.body = 'chunk fault (test)';
        return undefined;
      }
      await fault.released;
      return next();
    },
    plugin: {
      name: 'pm-chunk-faults',
      async executeCommand({ command, payload, session }) {
        if (command !== 'pm-chunk-fault') return undefined;
        const { path, mode } = payload ?? {};
        if (mode === 'fail' || mode === 'hold') {
          // The test runner lets pages keep modules in the HTTP cache for a year: this page asks
          // the server again, as a first visit does.
          await session?.browser?.getPage?.(session.id)?.setCacheEnabled?.(false);
        }
        if (mode === 'fail') faults.set(path, { mode });
        else if (mode === 'hold') {
          let release;
          const released = new Promise((resolve) => (release = resolve));
          faults.set(path, { mode, release, released });
        } else releaseAll(path);
        return true;
      },
    },
  };
}
