import '@pm-widgets/competency-radar/pm-competency-radar.js';
import type { Person } from '@pm-widgets/core';
import { people } from './org.js';

/**
 * The competency radar in the demo portal: the viewer's own 360 results, or (for a manager) a
 * direct report's, chosen in a select. It reads through the provider's shared cache, so a 360
 * submitted on the page updates it: a group appears once it reaches the anonymity threshold.
 */
const radar = document.querySelector('pm-competency-radar')!;
const personSelect = document.querySelector<HTMLSelectElement>('#radar-person')!;
const focusStatus = document.querySelector('#radar-focus')!;

function show(): void {
  radar.setAttribute('person', personSelect.value);
  focusStatus.textContent = '';
}

document.addEventListener('pm-demo-viewer', (event) => {
  const viewer = (event as CustomEvent<Person>).detail;
  const reports = people.filter((p) => p.managerId === viewer.id);
  personSelect.replaceChildren(new Option(`Mine (${viewer.name})`, viewer.id), ...reports.map((p) => new Option(p.name, p.id)));
  personSelect.closest('label')!.hidden = reports.length === 0;
  show();
});
personSelect.addEventListener('change', show);

radar.addEventListener('pm-competency-focus', (event) => {
  focusStatus.textContent = `Focus chosen: ${event.competency}. Carry it into this week’s check-in as the one thing to improve.`;
});
