import type { PerformanceAdapter } from '@pm-widgets/core';

/**
 * The smallest adapter that runs <pm-goal-tree> and <pm-check-in>: only the fields the widgets
 * cannot work without (no versions, no timestamps, no people). Replace the arrays with calls to
 * your backend. Tested as written (test/rest/minimal-adapter.test.ts); the README shows this file.
 */
export function createMinimalAdapter(): PerformanceAdapter {
  const goals = [
    { id: 'g1', parentId: null, title: 'Happier customers', level: 'organization' as const, status: 'on-track' as const,
      progress: 0.4, progressMode: 'manual' as const, weight: 1, keyResults: [] },
    { id: 'g2', parentId: 'g1', title: 'Answer every ticket within a day', level: 'team' as const, ownerId: 'p1',
      status: 'at-risk' as const, progress: 0.3, progressMode: 'manual' as const, weight: 1, keyResults: [] },
  ];
  const checkIns = new Map<string, any>();
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
  };
}
