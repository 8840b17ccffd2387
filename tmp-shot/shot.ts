import '@pm-widgets/survey-360/pm-survey-360.js';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import type { SurveyAssignment } from '@pm-widgets/core';
const params = new URLSearchParams(location.search);
const frame = document.querySelector<HTMLElement>('#frame')!;
frame.style.width = `${params.get('w') ?? 768}px`;
if (params.get('dark')) document.documentElement.style.colorScheme = 'dark';
else document.documentElement.style.colorScheme = 'light';
const adapter = createMemoryAdapter();
const el = document.createElement('pm-survey-360');
el.autosaveDelay = 100000;
el.layout = (params.get('layout') as 'paged' | 'single') ?? 'paged';
if (params.get('rtl')) el.setAttribute('locale', 'ar');
if (params.get('de')) el.setAttribute('locale', 'de');
const state = params.get('state') ?? 'open';
const id = params.get('id') ?? DEMO.raterAssignmentIds.upward;
el.adapter = adapter;
if (state === 'open') el.setAttribute('assignment', id);
else {
  const a = await adapter.getAssignment(id) as SurveyAssignment;
  if (state === 'submitted') { a.status = 'submitted'; a.submittedAt = '2026-11-21T09:00:00Z'; }
  if (state === 'closed') a.status = 'closed';
  if (state === 'pastdue') a.dueDate = '2026-01-02';
  if (state === 'scale11') a.survey.scale = { min: 0, max: 10, labels: ['Not at all', 'Completely'] };
  el.assignment = a;
}
frame.append(el);
(window as any).ready = true;
