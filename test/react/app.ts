/**
 * Test page for @pm-widgets/react (test/node/react.test.mjs builds it with Vite and opens it in
 * Chromium): every wrapper rendered by React 19 inside the Provider, props set, callbacks recorded.
 */
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';
import { CheckIn, CompetencyRadar, FeedbackTimeline, GoalTree, Provider, Survey360 } from '@pm-widgets/react';

const calls: Array<{ callback: string; type: string; className: string }> = [];
const record = (callback: string) => (event: Event) => calls.push({ callback, type: event.type, className: event.constructor.name });
const adapter = createMemoryAdapter({ persist: false });
const canEdit = () => false;

function App() {
  const [depth, setDepth] = useState(1);
  Object.assign(window, { setDepth });
  return h(Provider, { adapter, viewer: DEMO.viewerId, locale: 'en' },
    h(GoalTree, { expandDepth: depth, label: 'Company goals', canEdit, onGoalSelect: record('onGoalSelect'), onGoalChange: record('onGoalChange') }),
    h(CheckIn, { person: DEMO.viewerId, onCheckInSubmit: record('onCheckInSubmit'), onCheckInSave: record('onCheckInSave'), onCheckInReply: record('onCheckInReply') }),
    h(Survey360, { assignment: DEMO.assignmentIds.directReport, onSurveySubmit: record('onSurveySubmit'), onSurveyProgress: record('onSurveyProgress') }),
    h(CompetencyRadar, { person: DEMO.viewerId, gap: 0.8, onCompetencyFocus: record('onCompetencyFocus') }),
    h(FeedbackTimeline, { person: DEMO.viewerId, composer: true, onFeedbackSelect: record('onFeedbackSelect'), onFeedbackGive: record('onFeedbackGive'), onFeedbackRequest: record('onFeedbackRequest') }),
  );
}

Object.assign(window, { calls, adapter, canEdit });
createRoot(document.getElementById('root')!).render(h(App));
