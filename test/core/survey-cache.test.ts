import { expect, waitUntil } from '@open-wc/testing';
import { QueryCache, type AssignmentList, type CompetencyProfile } from '@pm-widgets/core';
import { createMemoryAdapter, DEMO } from '@pm-widgets/core/memory';

/** A submitted survey reaches every widget reading through the shared cache: lists and the subject's profile. */
describe('query cache: survey submissions', () => {
  it('refreshes subscribed assignment lists and the subject’s competency profile', async () => {
    const adapter = createMemoryAdapter({ now: new Date('2026-11-20T10:00:00Z') });
    const cache = new QueryCache(adapter);
    const lists: AssignmentList[] = [];
    const profiles: CompetencyProfile[] = [];
    const query = { raterId: DEMO.viewerId, status: 'open' as const };
    const before = await cache.api.listAssignments(query);
    expect(before.assignments.map((a) => a.id)).to.include(DEMO.raterAssignmentIds.upward);
    const profileBefore = await cache.api.getCompetencyProfile({ personId: DEMO.managerId });
    const unsubscribeList = cache.subscribe('listAssignments', query, (value) => lists.push(value));
    const unsubscribeProfile = cache.subscribe('getCompetencyProfile', { personId: DEMO.managerId }, (value) => profiles.push(value));

    const assignment = await cache.api.getAssignment(DEMO.raterAssignmentIds.upward);
    const answers = Object.fromEntries(assignment.survey.sections.flatMap((s) => s.questions)
      .map((q) => [q.id, q.kind === 'rating' ? 5 : q.kind === 'text' ? 'Clear notes.' : []]));
    await cache.api.submitSurvey(assignment.id, answers, { idempotencyKey: 'k-survey-cache' });

    await waitUntil(() => lists.length > 0 && profiles.length > 0, 'subscribers told');
    expect(lists.at(-1)!.assignments.map((a) => a.id)).not.to.include(DEMO.raterAssignmentIds.upward);
    const n = (p: CompetencyProfile) => {
      const score = p.competencies[0]!.scores['direct-report'];
      return score && 'n' in score ? score.n : 0;
    };
    expect(n(profiles.at(-1)!), 'one more direct report counted').to.equal(n(profileBefore) + 1);
    unsubscribeList();
    unsubscribeProfile();
  });
});
