/**
 * What this page fetched, as Resource Timing records it, for tests that prove a chunk is fetched
 * only when needed. Chromium keeps 250 entries by default and the test runner's own files fill
 * them, after which new fetches go unrecorded and a "never fetched" check could no longer fail; so
 * importing this module raises the buffer before any on-demand chunk can be fetched.
 */
performance.setResourceTimingBufferSize(100_000);

/** Whether a URL containing `part` (or matching it) was fetched by this page. */
export function fetched(part: string | RegExp): boolean {
  return performance.getEntriesByType('resource').some((entry) => (typeof part === 'string' ? entry.name.includes(part) : part.test(entry.name)));
}
