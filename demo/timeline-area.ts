import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import { people } from './org.js';
import type { Person } from '@pm-widgets/core';

/**
 * The feedback area of the demo portal: your own timeline (private notes, requests waiting for
 * you, asking for feedback), your manager's (give feedback upward) and, for managers, each direct
 * report's. Follows the "Viewing as" choice through `pm-demo-viewer`.
 */
const timeline = document.querySelector('pm-feedback-timeline')!;
const whose = document.querySelector<HTMLSelectElement>('#timeline-person')!;

function show(): void {
  timeline.setAttribute('person', whose.value);
}

document.addEventListener('pm-demo-viewer', (event) => {
  const viewer = (event as CustomEvent<Person>).detail;
  whose.replaceChildren(new Option(`Mine (${viewer.name})`, viewer.id));
  const manager = people.find((p) => p.id === viewer.managerId);
  if (manager) whose.append(new Option(`${manager.name} (your manager)`, manager.id));
  for (const report of people.filter((p) => p.managerId === viewer.id)) {
    whose.append(new Option(`${report.name} (reports to you)`, report.id));
  }
  show();
});

whose.addEventListener('change', show);
