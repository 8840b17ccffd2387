import '@pm-widgets/core/pm-provider.js';
import { cacheOf, type PmProvider } from '@pm-widgets/core';
import { findScormApi, ScormSession, SUSPEND_LIMIT } from './scorm.js';
import { Cmi5Session, parseCmi5Launch } from './cmi5.js';
import { suspendStore, withSuspendDrafts } from './drafts.js';
import type { LmsConfig } from './config.js';

/**
 * The launch page of a package: reads the configuration the packager wrote into the page,
 * connects to the LMS (SCORM API or cmi5 launch), finds the assignment, shows the widget inside a
 * `<pm-provider>` (backend URL, or the memory adapter for a try-out), and reports completion once
 * the backend has confirmed the submit. Without an LMS, or when it fails, a notice says so and
 * the widget still works.
 *
 * The assignment id, first found wins: the launch URL's `assignment` parameter; the
 * LMS's launch data (`cmi.launch_data` or cmi5 `launchParameters`: the packager writes the package's
 * assignment there, and an LMS admin can change it per activity); the package's own `assignment`; else the
 * backend is asked for the learner's open assignments by the LMS's learner id, which the backend
 * maps to a person (the try-out maps everyone to the demo's viewer).
 */

/**
 * Build-time constants the packager defines so a package carries only its widget and, when it
 * has a backend, no memory adapter. Undefined when the module is used unbundled (stories): all.
 */
declare const __PM_LMS_WIDGET__: LmsConfig['widget'] | undefined;
declare const __PM_LMS_TRY_OUT__: boolean | undefined;
const ONLY_WIDGET = typeof __PM_LMS_WIDGET__ === 'undefined' ? undefined : __PM_LMS_WIDGET__;
const TRY_OUT = typeof __PM_LMS_TRY_OUT__ === 'undefined' ? true : __PM_LMS_TRY_OUT__;

/** The demo's viewer: who a try-out package's learner is. */
const DEMO_VIEWER = 'p-priya';

interface Lms {
  kind: 'scorm' | 'cmi5';
  complete(): Promise<void>;
  finish(): void;
  learnerId(): string;
  launchData(): string;
  /** The SCORM session, for suspend-data drafts. */
  session?: ScormSession;
}

const MESSAGES = {
  noLms: 'Not connected to a learning platform: your answers are still saved, but this activity will not be marked complete here.',
  lmsFailed: 'The learning platform reported a problem, so this activity may not be marked complete. Your answers are still saved.',
  tryOut: 'Try-out package: answers stay in this browser and go to no backend.',
  noAssignment: 'No survey is assigned to you here. Ask the person who set up this activity.',
  completed: 'Done. The learning platform has been told this activity is complete.',
};

function notice(root: HTMLElement, text: string, tone: 'info' | 'warning' = 'info'): void {
  const p = document.createElement('p');
  p.className = `pm-lms-notice ${tone}`;
  p.textContent = text;
  root.querySelector('.pm-lms-notices')!.append(p);
}

async function connect(config: LmsConfig, win: Window, warn: (text: string) => void): Promise<Lms | null> {
  if (config.format === 'cmi5') {
    const launch = parseCmi5Launch(win.location.search);
    if (!launch) return null;
    const session = new Cmi5Session(launch);
    let warned = false;
    session.onProblem = (message) => {
      console.warn(`[pm-widgets/lms] cmi5: ${message}`);
      if (!warned) warn(MESSAGES.lmsFailed);
      warned = true;
    };
    try {
      await session.start();
    } catch (error) {
      console.warn(`[pm-widgets/lms] cmi5: ${error instanceof Error ? error.message : String(error)}`);
      warn(MESSAGES.lmsFailed);
      return null;
    }
    return {
      kind: 'cmi5',
      complete: () => session.complete(),
      finish: () => void session.terminate({ keepalive: true }),
      learnerId: () => {
        const actor = launch.actor as { account?: { name?: string }; mbox?: string };
        return actor.account?.name ?? actor.mbox ?? '';
      },
      launchData: () => session.launchData.launchParameters ?? '',
    };
  }
  const found = findScormApi(win, config.format === 'scorm12' ? '1.2' : '2004');
  if (!found) return null;
  let warned = false;
  const session = new ScormSession(found, (p) => {
    console.warn(`[pm-widgets/lms] ${p.call} failed: ${p.code} ${p.message}`);
    if (!warned) warn(`${MESSAGES.lmsFailed} (${p.call}: error ${p.code}${p.message ? `, ${p.message}` : ''})`);
    warned = true;
  });
  if (!session.start()) return null;
  return {
    kind: 'scorm',
    complete: async () => void session.complete(),
    finish: () => session.finish(),
    learnerId: () => session.learnerId(),
    launchData: () => session.launchData(),
    session,
  };
}

/** Starts the package's page inside `root`. Resolves once the widget is on the page. */
export async function launch(config: LmsConfig, root: HTMLElement, win: Window = window): Promise<void> {
  if (!root.querySelector('.pm-lms-notices')) {
    const notices = document.createElement('div');
    notices.className = 'pm-lms-notices';
    notices.setAttribute('role', 'status');
    const heading = root.querySelector('h1');
    if (heading) heading.after(notices);
    else root.prepend(notices);
  }
  const lms = await connect(config, win, (text) => notice(root, text, 'warning'));
  if (!lms && !root.querySelector('.pm-lms-notice.warning')) notice(root, MESSAGES.noLms, 'warning');

  const provider = document.createElement('pm-provider') as PmProvider;
  if (config.locale) provider.locale = config.locale;

  if (config.api) {
    provider.api = config.api;
    if (config.credentials) provider.credentials = config.credentials;
  } else if (TRY_OUT) {
    notice(root, MESSAGES.tryOut);
    const { createMemoryAdapter } = await import('@pm-widgets/core/memory');
    let adapter = createMemoryAdapter({ persist: `pm-widgets-lms:${config.widget}` });
    const session = lms?.session;
    // Drafts in suspend data: no backend, SCORM, and (inside the wrapper) self-assessments only.
    if (session) adapter = withSuspendDrafts(adapter, suspendStore(session, SUSPEND_LIMIT[session.version]), (reason) => notice(root, reason, 'warning'));
    provider.adapter = adapter;
  }
  root.append(provider);
  const api = cacheOf(provider)?.api;

  const params = new URLSearchParams(win.location.search);
  let done = false;
  const onDone = () => {
    if (done || !lms) return;
    done = true;
    void lms.complete().then(() => notice(root, MESSAGES.completed));
  };
  win.addEventListener('pagehide', () => lms?.finish());

  if (ONLY_WIDGET !== 'survey-360' && config.widget === 'check-in') {
    await import('@pm-widgets/check-in/pm-check-in.js');
    const person = params.get('person') || lms?.launchData() || config.person || '';
    const el = document.createElement('pm-check-in');
    el.setAttribute('person', person || (config.api ? lms?.learnerId() ?? '' : DEMO_VIEWER));
    if (config.period) el.setAttribute('period', config.period);
    el.addEventListener('pm-check-in-submit', onDone);
    provider.append(el);
    return;
  }

  let assignment = params.get('assignment') || lms?.launchData() || config.assignment;
  if (!assignment && api) {
    const raterId = config.api ? lms?.learnerId() : DEMO_VIEWER;
    if (raterId) {
      try {
        assignment = (await api.listAssignments({ raterId, status: 'open' })).assignments[0]?.id;
      } catch (error) {
        console.warn('[pm-widgets/lms] no assignment for the learner', error);
      }
    }
  }
  if (!assignment) {
    notice(root, MESSAGES.noAssignment, 'warning');
    return;
  }
  if (ONLY_WIDGET !== 'check-in') await import('@pm-widgets/survey-360/pm-survey-360.js');
  const el = document.createElement('pm-survey-360');
  el.setAttribute('assignment', assignment);
  // Completion only; a self-assessment's ratings too when the package enables interactions.
  // Another rater's answers and the subject never leave this page for the LMS.
  el.addEventListener('pm-survey-submit', (event) => {
    if (config.interactions && event.assignment.relationship === 'self' && lms?.session && !done) {
      const ratings = Object.entries(event.answers).flatMap(([id, value]) => (typeof value === 'number' ? [{ id, value }] : []));
      lms.session.recordRatings(ratings);
    }
    onDone();
  });
  provider.append(el);
}

const script = document.getElementById('pm-lms-config');
const root = document.getElementById('pm-lms');
if (script && root) void launch(JSON.parse(script.textContent ?? '{}') as LmsConfig, root);
