import '@pm-widgets/survey-360/pm-survey-360.js';
import { cacheOf, formatDate, type AssignmentSummary, type Person, type PmProvider, type Relationship } from '@pm-widgets/core';
import { DEMO } from '@pm-widgets/core/memory';

/**
 * The "360 feedback" area: the viewer's 360 assignments (open ones first: their self-assessment,
 * a peer, upward feedback to their manager), each opening the survey below the list. Submitting
 * refreshes the list; the competency profile the radar shows is computed from stored responses.
 */
const area = document.querySelector<HTMLElement>('#survey-area')!;
const list = area.querySelector<HTMLUListElement>('#survey-assignments')!;
const empty = area.querySelector<HTMLElement>('#survey-empty')!;
const survey = area.querySelector('pm-survey-360')!;
const provider = document.querySelector<PmProvider>('pm-provider')!;

const KIND: Record<Relationship, string> = {
  self: 'Self-assessment',
  manager: 'For your direct report',
  peer: 'Peer feedback',
  'direct-report': 'Upward feedback to your manager',
  other: 'Feedback for a colleague',
};
const STATUS: Record<AssignmentSummary['status'], string> = { open: 'Open', submitted: 'Submitted', closed: 'Closed' };

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  #survey-area .survey-assignments { list-style: none; margin: 0 0 1rem; padding: 0; display: grid; gap: 0.5rem; }
  #survey-area .survey-assignment { width: 100%; display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem;
    padding: 0.5rem 0.75rem; text-align: start; font: inherit; color: inherit; cursor: pointer;
    background: transparent; border: 1px solid light-dark(#d5dbe4, #323a47); border-radius: 8px; }
  #survey-area .survey-assignment:hover { border-color: light-dark(#2457c5, #86a9ff); }
  #survey-area .survey-assignment[aria-current='true'] { border-color: light-dark(#2457c5, #86a9ff);
    box-shadow: inset 3px 0 0 light-dark(#2457c5, #86a9ff); outline: 1px solid transparent; border-width: 2px; }
  #survey-area .survey-assignment strong { flex: 1 1 12rem; font-weight: 600; }
  #survey-area .survey-assignment span { font-size: 0.875rem; color: light-dark(#4f5a6a, #a3acbb); }
  #survey-area .survey-assignment .state-submitted { color: light-dark(#1b7340, #5fcf8c); }
  #survey-area .survey-empty { margin: 0 0 1rem; color: light-dark(#4f5a6a, #a3acbb); }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

let viewer: Person | undefined;
let chosen: string | undefined;
let generation = 0;

function item(a: AssignmentSummary): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'survey-assignment';
  button.dataset['assignment'] = a.id;
  button.setAttribute('aria-current', String(a.id === chosen));
  const title = document.createElement('strong');
  title.textContent = a.relationship === 'self' ? KIND.self : `${KIND[a.relationship]}: ${a.subject.name}`;
  const status = document.createElement('span');
  status.className = `state-${a.status}`;
  status.textContent = a.status === 'open' && a.dueDate ? `${STATUS.open} · due ${formatDate('en', a.dueDate)}` : STATUS[a.status];
  button.append(title, status);
  button.addEventListener('click', () => open(a.id));
  li.append(button);
  return li;
}

function open(id: string): void {
  chosen = id;
  survey.assignment = id;
  survey.hidden = false;
  for (const button of list.querySelectorAll<HTMLButtonElement>('button')) {
    button.setAttribute('aria-current', String(button.dataset['assignment'] === id));
  }
}

async function show(person: Person): Promise<void> {
  const mine = ++generation;
  // The same cache as the widgets inside the provider, so this list and the survey agree.
  const api = cacheOf(provider)?.api;
  if (!api) return;
  let assignments: AssignmentSummary[] = [];
  try {
    // This cycle's: open ones first, then those already answered.
    assignments = (await api.listAssignments({ raterId: person.id })).assignments
      .filter((a) => a.status === 'open' || (a.status === 'submitted' && a.cycleId === DEMO.cycleId));
  } catch {
    assignments = [];
  }
  if (mine !== generation) return;
  list.replaceChildren(...assignments.map(item));
  empty.hidden = assignments.length > 0;
  if (!assignments.some((a) => a.id === chosen)) {
    const first = assignments.find((a) => a.status === 'open') ?? assignments[0];
    if (first) open(first.id);
    else {
      chosen = undefined;
      survey.hidden = true;
      survey.removeAttribute('assignment');
    }
  }
}

document.addEventListener('pm-demo-viewer', (event) => {
  viewer = (event as CustomEvent<Person>).detail;
  chosen = undefined;
  void show(viewer);
});
survey.addEventListener('pm-survey-submit', () => {
  if (viewer) void show(viewer);
});
