/**
 * React components for the pm-widgets elements, made with `@lit/react`: every property is a typed
 * prop (set as a property, so objects and functions pass through), every `pm-*` event a typed
 * callback (`onGoalSelect`, `onCheckInSubmit`, …). Importing this module defines the elements; it
 * touches no `window` or `document` at load, so server rendering can import it (the elements
 * render on the client).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '@pm-widgets/core/pm-provider.js';
import '@pm-widgets/goal-tree/pm-goal-tree.js';
import '@pm-widgets/check-in/pm-check-in.js';
import '@pm-widgets/survey-360/pm-survey-360.js';
import '@pm-widgets/competency-radar/pm-competency-radar.js';
import '@pm-widgets/feedback-timeline/pm-feedback-timeline.js';
import { PmProvider } from '@pm-widgets/core';
import { PmGoalTree, type PmGoalChangeEvent, type PmGoalSelectEvent } from '@pm-widgets/goal-tree';
import { PmCheckIn, type PmCheckInReplyEvent, type PmCheckInSaveEvent, type PmCheckInSubmitEvent } from '@pm-widgets/check-in';
import { PmSurvey360, type PmSurveyProgressEvent, type PmSurveySubmitEvent } from '@pm-widgets/survey-360';
import { PmCompetencyRadar, type PmCompetencyFocusEvent } from '@pm-widgets/competency-radar';
import { PmFeedbackTimeline, type PmFeedbackGiveEvent, type PmFeedbackRequestEvent, type PmFeedbackSelectEvent } from '@pm-widgets/feedback-timeline';

/** `<pm-provider>`: the adapter, `viewer`, `locale` (or `api`) for every widget inside it. */
export const Provider = createComponent({ tagName: 'pm-provider', elementClass: PmProvider, react: React });

/** `<pm-goal-tree>`. */
export const GoalTree = createComponent({
  tagName: 'pm-goal-tree',
  elementClass: PmGoalTree,
  react: React,
  events: {
    onGoalSelect: 'pm-goal-select' as EventName<PmGoalSelectEvent>,
    onGoalChange: 'pm-goal-change' as EventName<PmGoalChangeEvent>,
  },
});

/** `<pm-check-in>`. */
export const CheckIn = createComponent({
  tagName: 'pm-check-in',
  elementClass: PmCheckIn,
  react: React,
  events: {
    onCheckInSubmit: 'pm-check-in-submit' as EventName<PmCheckInSubmitEvent>,
    onCheckInSave: 'pm-check-in-save' as EventName<PmCheckInSaveEvent>,
    onCheckInReply: 'pm-check-in-reply' as EventName<PmCheckInReplyEvent>,
  },
});

/** `<pm-survey-360>`. */
export const Survey360 = createComponent({
  tagName: 'pm-survey-360',
  elementClass: PmSurvey360,
  react: React,
  events: {
    onSurveySubmit: 'pm-survey-submit' as EventName<PmSurveySubmitEvent>,
    onSurveyProgress: 'pm-survey-progress' as EventName<PmSurveyProgressEvent>,
  },
});

/** `<pm-competency-radar>`. */
export const CompetencyRadar = createComponent({
  tagName: 'pm-competency-radar',
  elementClass: PmCompetencyRadar,
  react: React,
  events: {
    onCompetencyFocus: 'pm-competency-focus' as EventName<PmCompetencyFocusEvent>,
  },
});

/** `<pm-feedback-timeline>`. */
export const FeedbackTimeline = createComponent({
  tagName: 'pm-feedback-timeline',
  elementClass: PmFeedbackTimeline,
  react: React,
  events: {
    onFeedbackSelect: 'pm-feedback-select' as EventName<PmFeedbackSelectEvent>,
    onFeedbackGive: 'pm-feedback-give' as EventName<PmFeedbackGiveEvent>,
    onFeedbackRequest: 'pm-feedback-request' as EventName<PmFeedbackRequestEvent>,
  },
});
