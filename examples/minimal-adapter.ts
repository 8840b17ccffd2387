import type { PerformanceAdapter } from '@pm-widgets/core';

/**
 * The smallest adapter for every port: only the fields the widgets cannot work without (no
 * versions, no timestamps they can do without, no people lists). Replace the arrays with calls to
 * your backend. Tested as written (test/rest/minimal-adapter.test.ts runs <pm-goal-tree> and
 * <pm-check-in> on it and checks every method's answer); the README shows this file.
 */
export function createMinimalAdapter(): PerformanceAdapter {
  const goals = [
    { id: 'g1', parentId: null, title: 'Happier customers', level: 'organization' as const, status: 'on-track' as const,
      progress: 0.4, progressMode: 'manual' as const, weight: 1, keyResults: [] },
    { id: 'g2', parentId: 'g1', title: 'Answer every ticket within a day', level: 'team' as const, ownerId: 'p1',
      status: 'at-risk' as const, progress: 0.3, progressMode: 'manual' as const, weight: 1, keyResults: [] },
  ];
  const checkIns = new Map<string, any>();
  const assignment = {
    id: 'a1', subject: { id: 'p2', name: 'Mei Chen' }, relationship: 'direct-report' as const, status: 'open' as const,
    survey: {
      id: 's1', title: 'Leadership 360', threshold: 3, scale: { min: 1, max: 5, labels: ['Rarely', '', '', '', 'Always'] },
      sections: [{ id: 'c1', title: 'Clarity', questions: [{ id: 'q1', kind: 'rating', text: 'Sets clear goals', required: true }] }],
    },
  };
  const feedback: any[] = [];
  return {
    // GoalsPort
    listGoals: async () => ({ goals }),
    saveGoal: async (goal) => goal as any,
    deleteGoal: async () => {},
    // CheckInsPort
    getCheckIn: async ({ personId, period }) => ({
      checkIn: checkIns.get(`${personId}/${period}`) ?? null,
      previous: null,
      goals: goals.filter((g) => g.ownerId === personId),
      questions: [],
    }),
    saveCheckInDraft: async (draft) => {
      const saved = { ...draft, id: draft.id ?? `${draft.personId}/${draft.period}` };
      checkIns.set(saved.id, saved);
      return saved;
    },
    submitCheckIn: async (checkIn) => {
      const saved = { ...checkIn, id: checkIn.id ?? `${checkIn.personId}/${checkIn.period}`, status: 'submitted' as const };
      checkIns.set(saved.id, saved);
      return saved;
    },
    replyToCheckIn: async ({ checkInId, body }) => {
      const saved = { ...checkIns.get(checkInId), managerReply: { authorId: 'p0', body } };
      checkIns.set(checkInId, saved);
      return saved;
    },
    // SurveysPort
    getAssignment: async (id) => ({ ...assignment, id }),
    listAssignments: async () => ({
      assignments: [{ id: assignment.id, subject: assignment.subject, relationship: assignment.relationship,
        status: assignment.status, surveyId: assignment.survey.id, surveyTitle: assignment.survey.title }],
    }),
    saveSurveyDraft: async (_id, answers) => ({ answers, savedAt: new Date().toISOString() }),
    submitSurvey: async (id) => ({ ...assignment, id, status: 'submitted' as const }),
    // FeedbackPort
    listFeedback: async ({ personId }) => ({ items: feedback.filter((f) => f.toId === personId), nextCursor: null }),
    giveFeedback: async (input) => {
      const item = { id: `f${feedback.length + 1}`, kind: input.kind, toId: input.toId, body: input.body, competencyIds: [],
        values: [], visibility: input.visibility, requested: false, createdAt: new Date().toISOString() };
      feedback.unshift(item);
      return item;
    },
    requestFeedback: async ({ toIds, aboutId, question }) =>
      toIds.map((toId, i) => ({ id: `r${i}`, toId, aboutId, question, status: 'open' as const, createdAt: new Date().toISOString() })),
    listFeedbackRequests: async () => ({ requests: [] }),
    // CompetenciesPort
    getCompetencyProfile: async ({ personId }) => ({
      personId, scale: assignment.survey.scale, threshold: 3,
      competencies: [{ id: 'c1', name: 'Clarity', scores: { self: { mean: 4, n: 1 } } }],
    }),
  };
}
