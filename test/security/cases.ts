import {
  checkInContextSchema, competencyProfileSchema, feedbackPageSchema, feedbackRequestListSchema, goalListSchema,
  isoWeekOf, shiftIsoWeek, surveyAssignmentSchema,
} from '@pm-widgets/core';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import type { InjectionCase } from './hostile-adapter.js';

/**
 * The five widgets as the injection suite drives them: the demo organisation from the memory
 * adapter (so the data is realistic and writes work), its reads made hostile.
 */
const backend = () => createMemoryAdapter();
const now = new Date();
const thisWeek = isoWeekOf(now);
const lastWeek = shiftIsoWeek(thisWeek, -1);

const shadow = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => shadow(el).querySelector<T & Element>(selector);
const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...shadow(el).querySelectorAll<T & Element>(selector)];
const update = async (el: HTMLElement) => { await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete; };
const busy = (el: HTMLElement) => !!$(el, '[part~="skeleton"]') || !!$(el, '[aria-busy="true"]');

export const goalTree: InjectionCase = {
  tag: 'pm-goal-tree',
  attributes: { 'expand-depth': '6', editable: '' },
  viewer: DEMO.viewerId,
  backend,
  reads: { listGoals: goalListSchema },
  sampleArgs: { listGoals: [{}] },
  loaded: (el) => $$(el, '[role="treeitem"]').length > 0,
  states: [
    { name: 'loaded tree', shows: ['goals[].title', 'people[].name'] },
    {
      name: 'details and editing of the viewer’s goal',
      attributes: { owner: DEMO.viewerId, 'expand-depth': '6', editable: '' },
      act: async (el) => {
        const row = $$(el, '[role="treeitem"]').find((r) => r.dataset['id'] === DEMO.goalIds.viewerDeploys);
        if (!row) throw new Error('the viewer’s goal is not in the tree');
        row.click();
        await update(el);
        if (!$(el, '[part~="edit-form"]')) throw new Error('the edit form did not open');
      },
      shows: ['goals[].title', 'goals[].description', 'goals[].keyResults[].title'],
    },
  ],
};

export const checkIn: InjectionCase = {
  tag: 'pm-check-in',
  attributes: { person: DEMO.viewerId, period: thisWeek },
  viewer: DEMO.viewerId,
  backend,
  reads: { getCheckIn: checkInContextSchema },
  sampleArgs: { getCheckIn: [{ personId: DEMO.viewerId, period: lastWeek }] },
  complete: {
    // Every check-in carries a manager reply, so its body is tried wherever a check-in is shown.
    getCheckIn: (value) => {
      const v = value as { checkIn: Record<string, unknown> | null; previous: Record<string, unknown> | null };
      for (const c of [v.checkIn, v.previous]) {
        if (c && c['status'] === 'submitted' && !c['managerReply']) c['managerReply'] = { authorId: DEMO.managerId, body: 'Thanks!' };
      }
      return v;
    },
  },
  loaded: (el) => !busy(el) && (!!$(el, '[part~="form"]') || !!$(el, '[part~="summary"]')),
  states: [
    {
      name: 'the person’s own form',
      act: async (el) => {
        for (const button of $$<HTMLButtonElement>(el, 'button[aria-expanded="false"]')) button.click();
        await update(el);
      },
      shows: ['goals[].title', 'questions[].text', 'previous.focus'],
    },
    {
      name: 'the manager reading a submitted check-in',
      viewer: DEMO.managerId,
      attributes: { person: DEMO.viewerId, period: lastWeek },
      shows: ['person.name', 'checkIn.wins', 'checkIn.focus', 'checkIn.managerReply.body'],
    },
  ],
};

export const survey: InjectionCase = {
  tag: 'pm-survey-360',
  attributes: { assignment: DEMO.assignmentIds.directReport, layout: 'single' },
  viewer: DEMO.viewerId,
  backend,
  reads: { getAssignment: surveyAssignmentSchema },
  sampleArgs: { getAssignment: [DEMO.assignmentIds.self] },
  complete: {
    // The demo survey has no multiple-choice question: add one, with a saved answer in the draft.
    getAssignment: (value) => {
      const v = value as { survey: { sections: { questions: unknown[] }[] }; draft?: { answers: Record<string, unknown>; savedAt: string } };
      v.survey.sections[0]?.questions.push({ id: 'q-tools', kind: 'choice', text: 'Tools', required: false, options: ['Chat', 'Mail'], multiple: true });
      v.draft ??= { answers: {}, savedAt: new Date().toISOString() };
      v.draft.answers['q-tools'] = ['Chat'];
      return v;
    },
  },
  loaded: (el) => !busy(el) && !!$(el, '[part~="form"]'),
  states: [
    {
      name: 'the questionnaire, one page',
      keep: ['survey.sections[].questions[].kind'],
      shows: ['survey.title', 'survey.sections[].title', 'survey.sections[].questions[].text', 'subject.name'],
    },
    {
      name: 'paged, with unknown question kinds',
      attributes: { assignment: DEMO.assignmentIds.self, layout: 'paged' },
      shows: ['survey.title', 'survey.sections[].title'],
    },
  ],
};

export const feedbackTimeline: InjectionCase = {
  tag: 'pm-feedback-timeline',
  attributes: { person: DEMO.viewerId },
  viewer: DEMO.viewerId,
  backend,
  reads: { listFeedback: feedbackPageSchema, listFeedbackRequests: feedbackRequestListSchema },
  sampleArgs: { listFeedback: [{ personId: DEMO.viewerId, counts: true }], listFeedbackRequests: [{ personId: DEMO.viewerId }] },
  loaded: (el) => !busy(el) && $$(el, '[part~="item"]').length > 0,
  states: [
    {
      name: 'the feed, entries opened',
      act: async (el) => {
        for (const button of $$<HTMLButtonElement>(el, '[part~="item"] button[aria-expanded="false"]')) button.click();
        await update(el);
      },
      shows: ['items[].body', 'items[].from.name'],
    },
    {
      name: 'the composer',
      attributes: { person: DEMO.viewerId, composer: '' },
      shows: ['items[].body'],
    },
  ],
};

export const competencyRadar: InjectionCase = {
  tag: 'pm-competency-radar',
  attributes: { person: DEMO.viewerId },
  viewer: DEMO.viewerId,
  backend,
  reads: { getCompetencyProfile: competencyProfileSchema },
  sampleArgs: { getCompetencyProfile: [{ personId: DEMO.viewerId }] },
  loaded: (el) => !busy(el) && !!$(el, '[part~="chart"]'),
  states: [
    { name: 'the chart', shows: ['competencies[].name'] },
    { name: 'the table', attributes: { person: DEMO.viewerId, table: '' }, shows: ['competencies[].name'] },
  ],
};

export const CASES = [goalTree, checkIn, survey, feedbackTimeline, competencyRadar] as const;
