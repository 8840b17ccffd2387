import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';

/**
 * The demo portal: every widget on one intranet page, wired to the memory adapter with
 * persistence, so edits, drafts and submissions survive a reload like on a real backend.
 */
const STORAGE_KEY = 'pm-widgets:demo';
const adapter = createMemoryAdapter({ persist: STORAGE_KEY, latency: { min: 80, max: 300 } });

const provider = document.querySelector('pm-provider')!;
const checkIn = document.querySelector('pm-check-in')!;
const viewerSelect = document.querySelector<HTMLSelectElement>('#viewer')!;
const greeting = document.querySelector('#greeting')!;

async function loadPeople() {
  const { people } = await adapter.listGoals!({});
  return people;
}

function view(personId: string, name: string) {
  provider.viewer = personId;
  checkIn.setAttribute('person', personId);
  greeting.textContent = `Welcome back, ${name.split(' ')[0]}. Clear goals, regular check-ins, honest feedback.`;
  localStorage.setItem(`${STORAGE_KEY}:viewer`, personId);
}

provider.adapter = adapter;

const people = await loadPeople();
const choices = [DEMO.viewerId, DEMO.managerId, ...people.map((p) => p.id)].filter((id, i, all) => all.indexOf(id) === i);
for (const id of choices) {
  const person = people.find((p) => p.id === id);
  if (!person) continue;
  viewerSelect.append(new Option(`${person.name}${person.title ? ` — ${person.title}` : ''}`, person.id));
}
const saved = localStorage.getItem(`${STORAGE_KEY}:viewer`);
const initial = people.find((p) => p.id === saved) ?? people.find((p) => p.id === DEMO.viewerId) ?? people[0]!;
viewerSelect.value = initial.id;
view(initial.id, initial.name);
viewerSelect.addEventListener('change', () => {
  const person = people.find((p) => p.id === viewerSelect.value)!;
  view(person.id, person.name);
});

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
  for (const key of Object.keys(localStorage)) if (key.startsWith('pm-widgets')) localStorage.removeItem(key);
  location.reload();
});
