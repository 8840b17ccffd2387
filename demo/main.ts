import './backend.js';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import './survey-area.js';
import './radar-area.js';
import './glance-area.js';
import './timeline-area.js';
import './theme-area.js';
import { isoWeekOf, shiftIsoWeek, type Person } from '@pm-widgets/core';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';

/**
 * The demo portal: every widget on one intranet page, wired to the memory adapter with
 * persistence, so edits, drafts and submissions survive a reload like on a real backend.
 * "Viewing as" plays the page as any person; a manager can open their reports' check-ins.
 */
const STORAGE_KEY = 'pm-widgets:demo';
const adapter = createMemoryAdapter({ persist: STORAGE_KEY, latency: { min: 80, max: 300 } });

const provider = document.querySelector('pm-provider')!;
const goalTree = document.querySelector('pm-goal-tree')!;
const checkIn = document.querySelector('pm-check-in')!;
const viewerSelect = document.querySelector<HTMLSelectElement>('#viewer')!;
const scopeSelect = document.querySelector<HTMLSelectElement>('#goals-scope')!;
const checkInPersonSelect = document.querySelector<HTMLSelectElement>('#checkin-person')!;
const checkInWeekSelect = document.querySelector<HTMLSelectElement>('#checkin-week')!;
const greeting = document.querySelector('#greeting')!;

provider.adapter = adapter;
const people = adapter.snapshot().people;
const personById = new Map(people.map((p) => [p.id, p]));
const label = (person: Person) => `${person.name}${person.title ? ` — ${person.title}` : ''}`;

const thisWeek = isoWeekOf(new Date());
for (let weeksAgo = 0; weeksAgo < 8; weeksAgo++) {
  const period = shiftIsoWeek(thisWeek, -weeksAgo);
  checkInWeekSelect.append(new Option(weeksAgo === 0 ? `This week (${period})` : weeksAgo === 1 ? `Last week (${period})` : period, period));
}

function showGoals() {
  if (scopeSelect.value === 'mine') goalTree.setAttribute('owner', provider.viewer!);
  else goalTree.removeAttribute('owner');
}

function showCheckIn() {
  checkIn.setAttribute('person', checkInPersonSelect.value);
  checkIn.setAttribute('period', checkInWeekSelect.value);
}

function view(person: Person) {
  provider.viewer = person.id;
  // The demo backend checks goal edits as a server would for the signed-in person.
  adapter.actAs(person.id);
  greeting.textContent = `Welcome back, ${person.name.split(' ')[0]}. Clear goals, regular check-ins, honest feedback.`;
  localStorage.setItem(`${STORAGE_KEY}:viewer`, person.id);
  // Your own check-in, and those of your direct reports (where you see the reply box).
  checkInPersonSelect.replaceChildren(new Option(`Mine (${person.name})`, person.id));
  for (const report of people.filter((p) => p.managerId === person.id)) {
    checkInPersonSelect.append(new Option(report.name, report.id));
  }
  showGoals();
  showCheckIn();
  // Demo areas in their own modules (demo/*-area.ts) follow the viewer through this event.
  document.dispatchEvent(new CustomEvent<Person>('pm-demo-viewer', { detail: person }));
}

const choices = [DEMO.viewerId, DEMO.managerId, ...people.map((p) => p.id)].filter((id, i, all) => all.indexOf(id) === i);
for (const id of choices) {
  const person = personById.get(id);
  if (person) viewerSelect.append(new Option(label(person), person.id));
}
const saved = personById.get(localStorage.getItem(`${STORAGE_KEY}:viewer`) ?? '');
const initial = saved ?? personById.get(DEMO.viewerId) ?? people[0]!;
viewerSelect.value = initial.id;
view(initial);

viewerSelect.addEventListener('change', () => view(personById.get(viewerSelect.value)!));
scopeSelect.addEventListener('change', showGoals);
checkInPersonSelect.addEventListener('change', showCheckIn);
checkInWeekSelect.addEventListener('change', showCheckIn);

const themeButton = document.querySelector<HTMLButtonElement>('#theme')!;
const applyTheme = (dark: boolean) => {
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
  themeButton.setAttribute('aria-pressed', String(dark));
  localStorage.setItem(`${STORAGE_KEY}:theme`, dark ? 'dark' : 'light');
};
const savedTheme = localStorage.getItem(`${STORAGE_KEY}:theme`);
applyTheme(savedTheme ? savedTheme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches);
themeButton.addEventListener('click', () => applyTheme(themeButton.getAttribute('aria-pressed') !== 'true'));

document.querySelector('#reset')!.addEventListener('click', () => {
  adapter.reset();
  // Widgets keep drafts on the device too (e.g. the check-in); the demo forgets those as well.
  for (const key of Object.keys(localStorage)) if (key.startsWith('pm-')) localStorage.removeItem(key);
  location.reload();
});
