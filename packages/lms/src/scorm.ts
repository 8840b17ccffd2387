/**
 * SCORM runtime bridge: finds the LMS's API object and wraps the calls the widgets need.
 * SCORM 1.2 names it `API` (LMSInitialize, LMSSetValue, …); SCORM 2004 names it `API_1484_11`
 * (Initialize, SetValue, …). Every call's error code is read and logged, never thrown: a broken
 * LMS must not break the survey.
 */

export type ScormVersion = '1.2' | '2004';

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(name: string): string;
  LMSSetValue(name: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}
interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(name: string): string;
  SetValue(name: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

/** How far up the frame tree the search goes (the SCORM 2004 RTE's suggested limit). */
const MAX_DEPTH = 500;

function lookIn(win: Window, prefer?: ScormVersion): { version: ScormVersion; api: Api12 | Api2004 } | null {
  let w: Window = win;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    try {
      const anyWin = w as unknown as { API?: Api12; API_1484_11?: Api2004 };
      if (prefer !== '1.2' && anyWin.API_1484_11) return { version: '2004', api: anyWin.API_1484_11 };
      if (prefer !== '2004' && anyWin.API) return { version: '1.2', api: anyWin.API };
    } catch {
      // A cross-origin frame: nothing to read there, keep climbing.
    }
    if (w.parent === w || !w.parent) break;
    w = w.parent;
  }
  return null;
}

/**
 * Finds the API as the specifications describe: this window and its parents, then the opener
 * and the opener's parents. `prefer` limits the search to one version.
 */
export function findScormApi(win: Window = window, prefer?: ScormVersion): { version: ScormVersion; api: unknown } | null {
  const found = lookIn(win, prefer);
  if (found) return found;
  try {
    if (win.opener && win.opener !== win) return lookIn(win.opener as Window, prefer);
  } catch {
    // The opener is cross-origin.
  }
  return null;
}

/** A logged LMS problem: the call, its error code and the LMS's own words. */
export interface LmsProblem {
  call: string;
  code: string;
  message: string;
}

/** Suspend-data limits: 4,096 characters in SCORM 1.2, 64,000 in SCORM 2004 4th edition. */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** ISO 8601 duration for 2004 (`PT1H2M3.4S`); `HHHH:MM:SS.SS` for 1.2. */
export function formatSessionTime(ms: number, version: ScormVersion): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = Math.round((total % 60) * 100) / 100;
  if (version === '2004') return `PT${hours}H${minutes}M${seconds}S`;
  const two = (n: number) => String(n).padStart(2, '0');
  const sec = seconds.toFixed(2).padStart(5, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${sec}`;
}

/**
 * One SCO attempt. `start()` initialises; `complete()` reports completion and commits;
 * `finish()` writes the session time and terminates (once). Data elements differ by version,
 * so callers use the intent-named methods, not raw names.
 */
export class ScormSession {
  readonly version: ScormVersion;
  readonly problems: LmsProblem[] = [];
  readonly #api: Api12 | Api2004;
  #started = 0;
  #active = false;
  #finished = false;
  readonly #log: (problem: LmsProblem) => void;

  constructor(found: { version: ScormVersion; api: unknown }, log: (problem: LmsProblem) => void = (p) => console.warn(`[pm-widgets/lms] ${p.call} failed: ${p.code} ${p.message}`)) {
    this.version = found.version;
    this.#api = found.api as Api12 | Api2004;
    this.#log = log;
  }

  get is2004(): boolean {
    return this.version === '2004';
  }

  /** Calls the LMS, reads the error code, logs a problem; returns the value and whether it worked. */
  #call(name: string, run: () => string, quiet: readonly string[] = []): { value: string; ok: boolean } {
    let value = '';
    let code = '0';
    try {
      value = String(run() ?? '');
      const a = this.#api as Partial<Api12 & Api2004>;
      code = String((this.is2004 ? a.GetLastError?.() : a.LMSGetLastError?.()) ?? '0');
    } catch (error) {
      code = 'exception';
      this.#report({ call: name, code, message: error instanceof Error ? error.message : String(error) });
      return { value: '', ok: false };
    }
    if (quiet.includes(code)) return { value, ok: true };
    const failed = value === 'false' || (code !== '0' && code !== '');
    if (failed) {
      let message = '';
      try {
        const a = this.#api as Partial<Api12 & Api2004>;
        message = String((this.is2004 ? a.GetErrorString?.(code) : a.LMSGetErrorString?.(code)) ?? '');
      } catch {
        // No words from the LMS; the code is enough.
      }
      this.#report({ call: name, code, message });
    }
    return { value, ok: !failed };
  }

  #report(problem: LmsProblem): void {
    this.problems.push(problem);
    this.#log(problem);
  }

  start(): boolean {
    const a = this.#api;
    const { ok } = this.#call(this.is2004 ? 'Initialize' : 'LMSInitialize', () => (this.is2004 ? (a as Api2004).Initialize('') : (a as Api12).LMSInitialize('')));
    this.#active = ok;
    this.#started = Date.now();
    return ok;
  }

  get(name: string): string {
    if (!this.#active) return '';
    const a = this.#api;
    // 403 (2004): "not initialized" — an empty value, not a problem.
    return this.#call(`GetValue(${name})`, () => (this.is2004 ? (a as Api2004).GetValue(name) : (a as Api12).LMSGetValue(name)), ['403']).value;
  }

  set(name: string, value: string): boolean {
    if (!this.#active) return false;
    const a = this.#api;
    return this.#call(`SetValue(${name})`, () => (this.is2004 ? (a as Api2004).SetValue(name, value) : (a as Api12).LMSSetValue(name, value))).ok;
  }

  commit(): boolean {
    if (!this.#active) return false;
    const a = this.#api;
    return this.#call(this.is2004 ? 'Commit' : 'LMSCommit', () => (this.is2004 ? (a as Api2004).Commit('') : (a as Api12).LMSCommit(''))).ok;
  }

  /** The LMS's id for the learner (used only to ask the backend which assignment is theirs). */
  learnerId(): string {
    return this.get(this.is2004 ? 'cmi.learner_id' : 'cmi.core.student_id');
  }

  /** What the package's manifest gave the SCO (`adlcp:datafromlms` / `adlcp:dataFromLMS`). */
  launchData(): string {
    return this.get('cmi.launch_data');
  }

  suspendData(): string {
    return this.get('cmi.suspend_data');
  }

  /**
   * Stores a resume draft; refuses (returns a reason) when it is over the version's limit.
   * `exit` is set to suspend so the LMS keeps the data for the next attempt.
   */
  saveSuspendData(data: string): { ok: true } | { ok: false; reason: string } {
    const limit = SUSPEND_LIMIT[this.version];
    if (data.length > limit) return { ok: false, reason: `The draft is ${data.length} characters; SCORM ${this.version} keeps at most ${limit}.` };
    const ok = this.set('cmi.suspend_data', data) && this.set(this.is2004 ? 'cmi.exit' : 'cmi.core.exit', 'suspend') && this.commit();
    return ok ? { ok: true } : { ok: false, reason: 'The LMS did not store the draft.' };
  }

  /** The attempt is done: completed (and passed when `success`), committed. */
  complete({ success = false }: { success?: boolean } = {}): boolean {
    let ok: boolean;
    if (this.is2004) {
      ok = this.set('cmi.completion_status', 'completed');
      if (success) ok = this.set('cmi.success_status', 'passed') && ok;
      ok = this.set('cmi.exit', 'normal') && ok;
    } else {
      ok = this.set('cmi.core.lesson_status', success ? 'passed' : 'completed');
      ok = this.set('cmi.core.exit', '') && ok;
    }
    return this.commit() && ok;
  }

  /**
   * Ratings as `numeric` interactions (id and number only: no question text, no comments),
   * appended after those already recorded. For self-assessments only, when the package enables it.
   */
  recordRatings(ratings: ReadonlyArray<{ id: string; value: number }>): boolean {
    let ok = true;
    let n = Number.parseInt(this.get('cmi.interactions._count'), 10) || 0;
    for (const { id, value } of ratings) {
      const at = `cmi.interactions.${n++}`;
      ok = this.set(`${at}.id`, id.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 250)) && ok;
      ok = this.set(`${at}.type`, 'numeric') && ok;
      ok = this.set(`${at}.${this.is2004 ? 'learner_response' : 'student_response'}`, String(value)) && ok;
    }
    return this.commit() && ok;
  }

  /** Writes the session time and terminates, once. Safe to call from `pagehide`. */
  finish(): void {
    if (!this.#active || this.#finished) return;
    this.#finished = true;
    this.set(this.is2004 ? 'cmi.session_time' : 'cmi.core.session_time', formatSessionTime(Date.now() - this.#started, this.version));
    this.commit();
    const a = this.#api;
    this.#call(this.is2004 ? 'Terminate' : 'LMSFinish', () => (this.is2004 ? (a as Api2004).Terminate('') : (a as Api12).LMSFinish('')));
    this.#active = false;
  }
}
