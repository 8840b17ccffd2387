import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  AdapterError, FEEDBACK_KINDS, GOAL_LEVELS, GOAL_STATUSES, KEY_RESULT_KINDS, PROGRESS_MODES, QUESTION_KINDS,
  RELATIONSHIPS, VISIBILITIES, isoWeekOf, shiftIsoWeek, withValidation, type Goal,
} from '../../packages/core/src/index.js';
import {
  createDemoData, createMemoryAdapter, DEFAULT_STORAGE_KEY, DEMO, generateFeedback, generateGoals, memoryDataSchema,
  type MemoryAdapterOptions,
} from '../../packages/core/src/adapters/memory.js';
import { runAdapterContract } from '../contract/adapter-contract.suite.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const DAY = 86_400_000;
const keyOf = (() => {
  let n = 0;
  return () => `test-key-${n++}`;
})();

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(AdapterError.is(error), String(error)).to.equal(true);
    return (error as AdapterError).code;
  }
  throw new Error('expected a rejection');
}

const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

const adapter = (options: MemoryAdapterOptions = {}) => createMemoryAdapter({ now: NOW, ...options });

runAdapterContract('memory', async () => ({
  adapter: adapter(),
  ids: {
    personId: DEMO.viewerId,
    rootGoalId: DEMO.orgRootGoalId,
    cycleId: DEMO.cycleId,
    checkInPersonId: DEMO.viewerId,
    period: isoWeekOf(NOW),
    openAssignmentId: DEMO.assignmentIds.peer,
    otherOpenAssignmentId: DEMO.assignmentIds.directReport,
    raterId: DEMO.viewerId,
  },
}));

describe('createDemoData', () => {
  const data = createDemoData({ now: NOW });

  it('is deterministic for a seed and a date, and varies with the seed', () => {
    expect(createDemoData({ seed: 7, now: NOW })).to.deep.equal(createDemoData({ seed: 7, now: NOW }));
    expect(createDemoData({ seed: 8, now: NOW })).not.to.deep.equal(createDemoData({ seed: 7, now: NOW }));
    expect(createDemoData({ now: NOW })).to.deep.equal(data);
  });

  it('dates everything relative to now', () => {
    const later = createDemoData({ now: new Date(NOW.getTime() + 30 * DAY) });
    const root = (d: typeof data) => d.goals.find((g) => g.id === DEMO.orgRootGoalId)!;
    expect(Date.parse(root(later).startDate!) - Date.parse(root(data).startDate!)).to.equal(30 * DAY);
    for (const item of data.feedback) {
      expect(Date.parse(item.createdAt)).to.be.at.most(NOW.getTime());
      expect(Date.parse(item.createdAt)).to.be.above(NOW.getTime() - 366 * DAY);
    }
    for (const c of data.checkIns) expect(Date.parse(c.updatedAt!)).to.be.at.most(NOW.getTime());
  });

  it('passes the schemas, every entity', () => {
    const result = z.safeParse(memoryDataSchema, data);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).to.equal(true);
  });

  it('has about 40 people in four teams, with a CEO, heads, team leads and contributors', () => {
    expect(data.people.length).to.be.within(38, 45);
    expect(data.teams.map((t) => t.name)).to.deep.equal(['Engineering', 'Sales', 'People & Culture', 'Customer Success']);
    const byId = new Map(data.people.map((p) => [p.id, p]));
    expect(byId.get(DEMO.ceoId)!.managerId ?? null).to.equal(null);
    for (const id of DEMO.departmentHeadIds) expect(byId.get(id)!.managerId).to.equal(DEMO.ceoId);
    for (const id of DEMO.teamLeadIds) {
      expect(DEMO.departmentHeadIds as readonly string[]).to.include(byId.get(id)!.managerId);
      expect(data.people.filter((p) => p.managerId === id).length, id).to.be.at.least(4);
    }
    expect(byId.get(DEMO.viewerId)!.managerId).to.equal(DEMO.managerId);
    expect(data.people.some((p) => p.managerId === DEMO.viewerId)).to.equal(false);
    expect(byId.get(DEMO.managerId)!.managerId).to.equal(DEMO.departmentHeadId);
    for (const p of data.people) {
      if (p.managerId) expect(byId.has(p.managerId), p.id).to.equal(true);
      if (p.avatarUrl) expect(p.avatarUrl).to.match(/^https:/);
    }
    expect(new Set(data.people.map((p) => p.id)).size).to.equal(data.people.length);
  });

  it('covers every goal level, status, progress mode and key-result kind', () => {
    const { goals } = data;
    for (const level of GOAL_LEVELS) expect(goals.some((g) => g.level === level), level).to.equal(true);
    for (const status of GOAL_STATUSES) expect(goals.some((g) => g.status === status), status).to.equal(true);
    for (const mode of PROGRESS_MODES) expect(goals.some((g) => g.progressMode === mode), mode).to.equal(true);
    const krs = goals.flatMap((g) => g.keyResults);
    for (const kind of KEY_RESULT_KINDS) expect(krs.some((kr) => kr.kind === kind), kind).to.equal(true);
    expect(krs.some((kr) => kr.target < kr.start), 'a decreasing key result').to.equal(true);
    for (const kr of krs.filter((k) => k.kind === 'currency')) expect(kr.unit).to.match(/^[A-Z]{3}$/);
    for (const kr of krs.filter((k) => k.kind === 'boolean')) expect([kr.start, kr.target]).to.deep.equal([0, 1]);
    expect(new Set(goals.map((g) => g.weight)).size).to.be.at.least(3);
  });

  it('links goals into trees with cross-owner alignments', () => {
    const byId = new Map(data.goals.map((g) => [g.id, g]));
    for (const goal of data.goals) {
      if (goal.parentId !== null) expect(byId.has(goal.parentId), goal.id).to.equal(true);
      if (goal.ownerId) expect(data.people.some((p) => p.id === goal.ownerId)).to.equal(true);
    }
    const aligned = data.goals.filter((g) => g.alignedTo?.length);
    expect(aligned.length).to.be.at.least(3);
    for (const goal of aligned) {
      for (const a of goal.alignedTo!) {
        const target = byId.get(a.goalId)!;
        expect(target, a.goalId).to.exist;
        expect(target.ownerId).not.to.equal(goal.ownerId);
        if (a.keyResultId) expect(target.keyResults.some((kr) => kr.id === a.keyResultId)).to.equal(true);
      }
    }
    for (const id of Object.values(DEMO.goalIds)) expect(byId.has(id), id).to.equal(true);
    const root = byId.get(DEMO.orgRootGoalId)!;
    expect(root).to.include({ parentId: null, level: 'organization' });
    expect(Date.parse(root.startDate!)).to.be.below(NOW.getTime());
    expect(Date.parse(root.dueDate!)).to.be.above(NOW.getTime());
    expect(data.goals.some((g) => g.cycleId === DEMO.previousCycleId)).to.equal(true);
  });

  it('rolls progress up the tree like core’s rule', () => {
    const children = (id: string) => data.goals.filter((g) => g.parentId === id && g.status !== 'archived');
    for (const goal of data.goals.filter((g) => g.progressMode === 'children' && children(g.id).length)) {
      const kids = children(goal.id);
      const total = kids.reduce((s, k) => s + k.weight, 0);
      const expected = kids.reduce((s, k) => s + k.progress * k.weight, 0) / total;
      expect(goal.progress, goal.id).to.be.closeTo(expected, 0.002);
    }
  });

  it('has weeks of check-ins for the viewer’s team, replies, and a draft for someone else', () => {
    const thisWeek = isoWeekOf(NOW);
    const viewer = data.checkIns.filter((c) => c.personId === DEMO.viewerId);
    expect(viewer.length).to.be.at.least(6);
    for (let i = 1; i <= 6; i++) {
      expect(viewer.some((c) => c.period === shiftIsoWeek(thisWeek, -i) && c.status === 'submitted'), `week -${i}`).to.equal(true);
    }
    expect(viewer.some((c) => c.period === thisWeek)).to.equal(false);
    expect(viewer.filter((c) => c.managerReply?.authorId === DEMO.managerId).length).to.be.at.least(4);
    for (const id of DEMO.teammateIds) expect(data.checkIns.filter((c) => c.personId === id).length, id).to.be.at.least(5);
    const drafts = data.checkIns.filter((c) => c.status === 'draft');
    expect(drafts.map((d) => [d.personId, d.period])).to.deep.equal([[DEMO.draftCheckInPersonId, thisWeek]]);
    expect(data.checkIns.some((c) => c.status === 'submitted' && !c.managerReply)).to.equal(true);
    expect(new Set(data.checkInQuestions.map((q) => q.kind))).to.deep.equal(new Set(QUESTION_KINDS));
    for (const c of data.checkIns) expect(c.mood).to.be.within(1, 5);
  });

  it('runs a 360 in two cycles with every relationship, submitted and open', () => {
    const [survey] = data.surveys;
    expect(survey!.scale).to.deep.include({ min: 1, max: 5 });
    expect(survey!.scale.labels).to.have.length(5);
    const competencySections = survey!.sections.filter((s) => s.competencyId);
    expect(competencySections.map((s) => s.competencyId)).to.deep.equal([...DEMO.competencyIds]);
    for (const section of competencySections) {
      expect(section.questions.some((q) => q.kind === 'rating' && q.allowNA)).to.equal(true);
      expect(section.questions.some((q) => q.kind === 'text')).to.equal(true);
    }
    const current = data.assignments.filter((a) => a.cycleId === DEMO.cycleId);
    const aboutViewer = current.filter((a) => a.subjectId === DEMO.viewerId);
    const byRelationship = countBy(aboutViewer, (a) => a.relationship);
    expect(byRelationship.get('self')).to.equal(1);
    expect(byRelationship.get('manager')).to.equal(1);
    expect(byRelationship.get('peer')).to.be.at.least(3);
    expect(byRelationship.get('other')).to.be.at.least(1);
    expect(current.filter((a) => a.subjectId === DEMO.managerId && a.relationship === 'direct-report').length).to.be.at.least(3);
    for (const r of RELATIONSHIPS) expect(current.some((a) => a.relationship === r), r).to.equal(true);
    expect(aboutViewer.some((a) => a.status === 'open')).to.equal(true);
    for (const a of data.assignments.filter((x) => x.status === 'submitted')) {
      expect(data.responses.filter((r) => r.assignmentId === a.id), a.id).to.have.length(1);
    }
    expect(data.responses.some((r) => r.cycleId === DEMO.previousCycleId && r.subjectId === DEMO.viewerId)).to.equal(true);
    expect(data.cycles.map((c) => c.id)).to.deep.equal([DEMO.earlierCycleId, DEMO.previousCycleId, DEMO.cycleId]);
    const wanted = { self: 'self', manager: 'manager', peer: 'peer', directReport: 'direct-report', other: 'other' } as const;
    for (const [key, relationship] of Object.entries(wanted)) {
      const a = data.assignments.find((x) => x.id === DEMO.assignmentIds[key as keyof typeof wanted])!;
      expect(a, key).to.include({ status: 'open', relationship });
    }
    expect(data.assignments.find((a) => a.id === DEMO.closedAssignmentId)?.status).to.equal('closed');
    expect(data.assignments.find((a) => a.id === DEMO.assignmentIds.self)?.draft).to.exist;
  });

  it('has a year of feedback of every kind and visibility', () => {
    expect(data.feedback.length).to.be.at.least(300);
    for (const kind of FEEDBACK_KINDS) expect(data.feedback.filter((f) => f.kind === kind).length, kind).to.be.at.least(10);
    for (const v of VISIBILITIES) expect(data.feedback.some((f) => f.visibility === v), v).to.equal(true);
    expect(data.feedback.filter((f) => f.toId === DEMO.viewerId).length).to.be.at.least(50);
    expect(data.feedback.some((f) => !f.from), 'anonymous items').to.equal(true);
    expect(data.feedback.some((f) => f.requested)).to.equal(true);
    const competencyIds = new Set<string>(DEMO.competencyIds);
    for (const f of data.feedback) for (const id of f.competencyIds) expect(competencyIds.has(id)).to.equal(true);
    expect(data.feedback.some((f) => f.values.length > 0)).to.equal(true);
    const ages = data.feedback.map((f) => NOW.getTime() - Date.parse(f.createdAt));
    expect(Math.max(...ages)).to.be.above(270 * DAY);
    expect(Math.min(...ages)).to.be.below(14 * DAY);
  });
});

describe('memory adapter', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('pm-widgets:')) localStorage.removeItem(key);
  });

  describe('goals', () => {
    it('creates at version 1; a stale update conflicts with the current goal as details', async () => {
      const a = adapter();
      const template = (await a.listGoals({ rootId: DEMO.goalIds.viewerDeploys })).goals[0]!;
      const { version: _v, updatedAt: _u, ...rest } = template;
      const created = await a.saveGoal({ ...rest, id: 'g-new', parentId: DEMO.goalIds.platformTeam, alignedTo: [] });
      expect(created.version).to.equal(1);
      expect(created.updatedAt).to.equal(created.updatedAt);
      const updated = await a.saveGoal({ ...created, title: 'Renamed' });
      expect(updated.version).to.equal(2);
      try {
        await a.saveGoal({ ...created, title: 'Stale' });
        expect.fail('should conflict');
      } catch (error) {
        expect((error as AdapterError).code).to.equal('conflict');
        expect((error as AdapterError).details).to.deep.equal(updated);
      }
      expect(await codeOf(a.saveGoal({ ...created, title: 'No version', version: undefined }))).to.equal('conflict');
    });

    it('refuses an update of a goal that no longer exists, and bad references', async () => {
      const a = adapter();
      const goal = (await a.listGoals({ rootId: DEMO.goalIds.viewerOnCall })).goals[0]!;
      expect(await codeOf(a.saveGoal({ ...goal, id: 'g-gone' }))).to.equal('not-found');
      expect(await codeOf(a.saveGoal({ ...goal, parentId: 'g-missing' }))).to.equal('invalid-request');
      expect(await codeOf(a.saveGoal({ ...goal, parentId: goal.id }))).to.equal('invalid-request');
      expect(await codeOf(a.saveGoal({ ...goal, ownerId: 'p-nobody' }))).to.equal('invalid-request');
      expect(await codeOf(a.saveGoal({ ...goal, alignedTo: [{ goalId: 'g-missing' }] }))).to.equal('invalid-request');
      // Moving the org root below one of its own descendants would make a cycle.
      const root = (await a.listGoals({ rootId: DEMO.orgRootGoalId })).goals[0]!;
      expect(await codeOf(a.saveGoal({ ...root, parentId: DEMO.goalIds.viewerDeploys }))).to.equal('invalid-request');
      expect(await codeOf(a.saveGoal({ ...goal, progress: 2 } as Goal))).to.equal('invalid-request');
    });

    it('re-parents children on delete and drops alignments to the deleted goal', async () => {
      const a = adapter();
      const before = new Map((await a.listGoals({})).goals.map((g) => [g.id, g]));
      const target = before.get(DEMO.goalIds.platformTeam)!;
      const kids = [...before.values()].filter((g) => g.parentId === target.id);
      expect(kids.length).to.be.at.least(3);
      await a.deleteGoal(target.id, { version: target.version });
      const after = new Map((await a.listGoals({})).goals.map((g) => [g.id, g]));
      expect(after.has(target.id)).to.equal(false);
      for (const kid of kids) {
        expect(after.get(kid.id)!.parentId).to.equal(target.parentId);
        expect(after.get(kid.id)!.version).to.equal(kid.version! + 1);
      }
      // Grandchildren stay where they were.
      expect(after.get('g-priya-talk')!.parentId).to.equal(DEMO.goalIds.viewerGrowth);

      const aligned = before.get(DEMO.goalIds.viewerDeploys)!;
      const customer = after.get(DEMO.goalIds.customerRetention)!;
      await a.deleteGoal(customer.id, { version: customer.version });
      const deploys = (await a.listGoals({ rootId: aligned.id })).goals[0]!;
      expect(deploys.alignedTo).to.deep.equal([]);
      expect(deploys.version).to.be.greaterThan(after.get(aligned.id)!.version!);
      expect(await codeOf(a.deleteGoal(aligned.id, {} as never))).to.equal('invalid-request');
    });

    it('changes a child that was also aligned to its deleted parent only once', async () => {
      const a = adapter();
      const parent = (await a.listGoals({ rootId: DEMO.goalIds.viewerGrowth })).goals[0]!;
      const child = (await a.listGoals({ rootId: 'g-priya-talk' })).goals[0]!;
      const aligned = await a.saveGoal({ ...child, alignedTo: [{ goalId: parent.id }] });
      expect(await codeOf(a.saveGoal({ ...child, alignedTo: [{ goalId: DEMO.goalIds.customerRetention, keyResultId: 'kr-none' }] }))).to.equal('conflict');
      await a.deleteGoal(parent.id, { version: parent.version });
      const after = (await a.listGoals({ rootId: child.id })).goals[0]!;
      expect(after).to.deep.include({ parentId: parent.parentId, alignedTo: [], version: aligned.version! + 1 });
    });

    it('filters by cycle and owner together', async () => {
      const a = adapter();
      const previous = await a.listGoals({ cycleId: DEMO.previousCycleId });
      expect(previous.goals.map((g) => g.id)).to.include(DEMO.previousOrgRootGoalId);
      for (const g of previous.goals) expect(g.cycleId).to.equal(DEMO.previousCycleId);
      const mine = await a.listGoals({ ownerId: DEMO.viewerId, cycleId: DEMO.cycleId });
      expect(mine.goals.length).to.be.at.least(5);
      // The owners, and the managers above them (who may edit their goals).
      const [me, ...managers] = mine.people!;
      expect(me!.id).to.equal(DEMO.viewerId);
      let managerId = me!.managerId;
      for (const manager of managers) {
        expect(manager.id).to.equal(managerId);
        managerId = manager.managerId;
      }
      const subtree = await a.listGoals({ rootId: DEMO.goalIds.platformTeam, ownerId: DEMO.viewerId });
      expect(subtree.goals.every((g) => g.ownerId === DEMO.viewerId)).to.equal(true);
      expect(await codeOf(a.listGoals({ ownerId: 'p-nobody' }))).to.equal('not-found');
      expect((await a.listGoals({ cycleId: 'cycle-unknown' })).goals).to.deep.equal([]);
    });

    it('lists parents before their children in a subtree', async () => {
      const { goals } = await adapter().listGoals({ rootId: DEMO.orgRootGoalId });
      const seen = new Set<string>();
      for (const g of goals) {
        if (g.id !== DEMO.orgRootGoalId) expect(seen.has(g.parentId!), g.id).to.equal(true);
        seen.add(g.id);
      }
    });
  });

  describe('check-ins', () => {
    it('gives the latest earlier submitted check-in as previous, and the person’s live goals', async () => {
      const a = adapter();
      const period = isoWeekOf(NOW);
      const context = await a.getCheckIn({ personId: DEMO.viewerId, period });
      expect(context.checkIn).to.equal(null);
      expect(context.previous?.period).to.equal(shiftIsoWeek(period, -1));
      expect(context.previous?.status).to.equal('submitted');
      expect(context.person?.id).to.equal(DEMO.viewerId);
      const ids = context.goals.map((g) => g.id);
      expect(ids).to.include(DEMO.goalIds.viewerDeploys);
      expect(ids).not.to.include(DEMO.goalIds.viewerArchived);
      expect(context.questions.length).to.equal(3);
      const draft = await a.getCheckIn({ personId: DEMO.draftCheckInPersonId, period });
      expect(draft.checkIn?.status).to.equal('draft');
      const older = await a.getCheckIn({ personId: DEMO.viewerId, period: shiftIsoWeek(period, -3) });
      expect(older.checkIn?.status).to.equal('submitted');
      expect(older.previous?.period).to.equal(shiftIsoWeek(period, -4));
    });

    it('answers replies as the person’s manager', async () => {
      const a = adapter();
      const { previous } = await a.getCheckIn({ personId: DEMO.viewerId, period: isoWeekOf(NOW) });
      const replied = await a.replyToCheckIn({ checkInId: previous!.id, body: 'Well done.' }, { idempotencyKey: keyOf() });
      expect(replied.managerReply).to.include({ authorId: DEMO.managerId, body: 'Well done.' });
    });

    it('keeps idempotency keys apart per method', async () => {
      const a = adapter();
      const key = keyOf();
      const item = await a.giveFeedback({ kind: 'praise', toId: DEMO.managerId, body: 'Thanks', visibility: 'public' }, { idempotencyKey: key });
      const checkIn = await a.submitCheckIn(
        { personId: DEMO.viewerId, period: isoWeekOf(NOW), status: 'submitted', goalUpdates: [], wins: 'w', blockers: '', focus: 'f', answers: {} },
        { idempotencyKey: key },
      );
      expect(checkIn.personId).to.equal(DEMO.viewerId);
      expect(item.toId).to.equal(DEMO.managerId);
    });
  });

  describe('surveys and profiles', () => {
    it('refuses a submission that misses required answers', async () => {
      const a = adapter();
      const error = await codeOf(a.submitSurvey(DEMO.assignmentIds.peer, { 'clarity-1': 4 }, { idempotencyKey: keyOf() }));
      expect(error).to.equal('invalid-request');
      expect((await a.getAssignment(DEMO.assignmentIds.peer)).status).to.equal('open');
      expect(await codeOf(a.submitSurvey(DEMO.closedAssignmentId, {}, { idempotencyKey: keyOf() }))).to.equal('conflict');
    });

    it('shows the viewer’s profile by group, with targets and the previous cycle', async () => {
      const profile = await withValidation(adapter()).getCompetencyProfile({ personId: DEMO.viewerId });
      expect(profile.cycleId).to.equal(DEMO.cycleId);
      expect(profile.threshold).to.equal(3);
      expect(profile.competencies.map((c) => c.id)).to.deep.equal([...DEMO.competencyIds]);
      for (const c of profile.competencies) {
        expect(Object.keys(c.scores)).to.include.members(['self', 'manager', 'peer', 'other']);
        expect(c.previous, c.id).to.be.a('number');
        expect(c.target).to.be.a('number');
        expect(c.overall).to.have.property('mean');
      }
      const courage = profile.competencies.find((c) => c.id === 'courage')!;
      const self = courage.scores.self as { mean: number };
      expect(self.mean - (courage.overall as { mean: number }).mean, 'courage is a blind spot').to.be.above(0.5);
      const earliest = await adapter().getCompetencyProfile({ personId: DEMO.viewerId, cycleId: DEMO.earlierCycleId });
      expect(earliest.competencies[0]!.previous).to.equal(undefined);
    });

    it('merges and suppresses small groups in the manager’s profile, and counts new submissions', async () => {
      const a = adapter();
      const before = await a.getCompetencyProfile({ personId: DEMO.managerId });
      for (const c of before.competencies) {
        expect(c.scores.other).to.deep.equal({ suppressed: true });
        expect(c.scores.others).to.have.property('mean');
        expect(c.scores.self).to.equal(undefined);
      }
      const assignment = await a.getAssignment(DEMO.assignmentIds.self);
      const answers = Object.fromEntries(
        assignment.survey.sections.flatMap((s) => s.questions).map((q) => [q.id, q.kind === 'rating' ? 4 : q.kind === 'text' ? 'Me' : []]),
      );
      await a.submitSurvey(DEMO.assignmentIds.self, answers, { idempotencyKey: keyOf() });
      const after = await a.getCompetencyProfile({ personId: DEMO.managerId });
      expect(after.competencies[0]!.scores.self).to.deep.equal({ mean: 4, n: 1 });
      const resumed = await a.getAssignment(DEMO.assignmentIds.self);
      expect(resumed.draft).to.equal(undefined);
      expect(resumed.submittedAt).to.be.a('string');
    });

    it('lists a rater’s assignments: open ones first, with subject, survey title and draft time', async () => {
      const a = withValidation(adapter());
      const { assignments } = await a.listAssignments({ raterId: DEMO.viewerId, status: 'open' });
      const ids = assignments.map((x) => x.id);
      expect(ids).to.include.members([DEMO.raterAssignmentIds.upward, DEMO.raterAssignmentIds.peer]);
      const upward = assignments.find((x) => x.id === DEMO.raterAssignmentIds.upward)!;
      expect(upward.relationship).to.equal('direct-report');
      expect(upward.subject.id).to.equal(DEMO.managerId);
      expect(upward.surveyTitle).to.be.a('string');
      const all = await a.listAssignments({ raterId: DEMO.viewerId });
      expect(all.assignments.find((x) => x.id === DEMO.raterAssignmentIds.self)?.status).to.equal('submitted');
      const mei = await a.listAssignments({ raterId: DEMO.managerId, status: 'open' });
      expect(mei.assignments.find((x) => x.id === DEMO.assignmentIds.self)?.draftSavedAt).to.be.a('string');
      expect(await codeOf(a.listAssignments({ raterId: 'p-nobody' }))).to.equal('not-found');
    });

    it('carries every earlier cycle in history, oldest first, each under the anonymity rule', async () => {
      const profile = await withValidation(adapter()).getCompetencyProfile({ personId: DEMO.viewerId });
      expect(profile.cycleLabel).to.be.a('string');
      expect(profile.history!.map((h) => h.cycleId)).to.deep.equal([DEMO.earlierCycleId, DEMO.previousCycleId]);
      for (const cycle of profile.history!) {
        expect(cycle.label).to.match(/review/);
        expect(cycle.scores.map((c) => c.id)).to.deep.equal([...DEMO.competencyIds]);
      }
      // The earlier cycle had two "other" raters: hidden, and the peers hidden with them so the pool reaches 3.
      const earliest = profile.history![0]!.scores[0]!;
      expect(earliest.scores.other).to.deep.equal({ suppressed: true });
      expect(earliest.scores.peer).to.deep.equal({ suppressed: true });
      expect(earliest.scores.others).to.deep.include({ n: 5 });
      // `previous` is still the last cycle's figure.
      const last = profile.history!.at(-1)!.scores[0]!;
      expect(profile.competencies[0]!.previous).to.equal((last.overall as { mean: number }).mean);
      const middle = await adapter().getCompetencyProfile({ personId: DEMO.viewerId, cycleId: DEMO.previousCycleId });
      expect(middle.history!.map((h) => h.cycleId)).to.deep.equal([DEMO.earlierCycleId]);
      const first = await adapter().getCompetencyProfile({ personId: DEMO.viewerId, cycleId: DEMO.earlierCycleId });
      expect(first.history).to.equal(undefined);
    });

    it('answers a person without a 360 with an empty profile', async () => {
      const profile = await withValidation(adapter()).getCompetencyProfile({ personId: 'p-ana' });
      expect(profile.competencies).to.deep.equal([]);
    });
  });

  describe('feedback', () => {
    it('refuses a cursor it did not give out', async () => {
      const a = adapter();
      expect(await codeOf(a.listFeedback({ personId: DEMO.viewerId, cursor: 'garbage' }))).to.equal('invalid-request');
      expect(await codeOf(a.listFeedback({ personId: DEMO.viewerId, cursor: 'm1.%%%' }))).to.equal('invalid-request');
      expect(await codeOf(a.listFeedback({ personId: DEMO.viewerId, limit: 0 }))).to.equal('invalid-request');
    });

    it('keeps later pages stable when new feedback arrives', async () => {
      const a = adapter();
      const first = await a.listFeedback({ personId: DEMO.viewerId, limit: 10 });
      await a.giveFeedback({ kind: 'note', toId: DEMO.viewerId, body: 'New', visibility: 'private' }, { idempotencyKey: keyOf() });
      const second = await a.listFeedback({ personId: DEMO.viewerId, limit: 10, cursor: first.nextCursor! });
      const all = await a.listFeedback({ personId: DEMO.viewerId, limit: 21 });
      expect(second.items.map((f) => f.id)).to.deep.equal(all.items.slice(11, 21).map((f) => f.id));
      expect(all.total).to.equal(first.total! + 1);
    });

    it('signs given feedback as the viewer, or leaves it anonymous', async () => {
      const input = { kind: 'praise' as const, toId: DEMO.managerId, body: 'Thank you', visibility: 'public' as const };
      const signed = await adapter().giveFeedback(input, { idempotencyKey: keyOf() });
      expect(signed.from?.id).to.equal(DEMO.viewerId);
      expect(signed).to.include({ requested: false, toId: DEMO.managerId });
      const anonymous = await adapter({ viewerId: null }).giveFeedback(input, { idempotencyKey: keyOf() });
      expect(anonymous.from).to.equal(undefined);
      const explicit = await adapter().giveFeedback({ ...input, fromId: 'p-lars' }, { idempotencyKey: keyOf() });
      expect(explicit.from?.name).to.equal('Lars Eriksson');
      expect(await codeOf(adapter().giveFeedback({ ...input, fromId: 'p-nobody' }, { idempotencyKey: keyOf() }))).to.equal('not-found');
    });

    it('counts the total per filter', async () => {
      const a = adapter();
      const all = await a.listFeedback({ personId: DEMO.viewerId, limit: 500 });
      const notes = await a.listFeedback({ personId: DEMO.viewerId, kinds: ['note'] });
      expect(notes.total).to.equal(all.items.filter((f) => f.kind === 'note').length);
      expect(all.total).to.equal(all.items.length);
    });
  });

  describe('copies', () => {
    it('never hands out references into the store', async () => {
      const a = adapter();
      const list = await a.listGoals({ rootId: DEMO.goalIds.viewerDeploys });
      list.goals[0]!.title = 'Mutated';
      list.goals[0]!.keyResults[0]!.current = -1;
      list.people![0]!.name = 'Mutated';
      const again = await a.listGoals({ rootId: DEMO.goalIds.viewerDeploys });
      expect(again.goals[0]!.title).not.to.equal('Mutated');
      expect(again.goals[0]!.keyResults[0]!.current).not.to.equal(-1);
      expect(again.people![0]!.name).not.to.equal('Mutated');

      const assignment = await a.getAssignment(DEMO.assignmentIds.self);
      assignment.survey.sections[0]!.title = 'Mutated';
      assignment.draft!.answers['clarity-1'] = 1;
      const fresh = await a.getAssignment(DEMO.assignmentIds.self);
      expect(fresh.survey.sections[0]!.title).not.to.equal('Mutated');
      expect(fresh.draft!.answers['clarity-1']).to.equal(4);

      const page = await a.listFeedback({ personId: DEMO.viewerId, limit: 1 });
      page.items[0]!.body = 'Mutated';
      expect((await a.listFeedback({ personId: DEMO.viewerId, limit: 1 })).items[0]!.body).not.to.equal('Mutated');

      const input = { kind: 'praise' as const, toId: DEMO.managerId, body: 'Original', visibility: 'public' as const, competencyIds: ['clarity'] };
      const item = await a.giveFeedback(input, { idempotencyKey: 'copy-key' });
      item.body = 'Mutated';
      input.competencyIds.push('courage');
      const replay = await a.giveFeedback(input, { idempotencyKey: 'copy-key' });
      expect(replay.body).to.equal('Original');
      expect(replay.competencyIds).to.deep.equal(['clarity']);
      const snapshot = a.snapshot();
      snapshot.people[0]!.name = 'Mutated';
      expect(a.snapshot().people[0]!.name).not.to.equal('Mutated');
    });
  });

  describe('persistence', () => {
    it('keeps edits across a fresh adapter with the same key, and not with another', async () => {
      const first = adapter({ persist: 'pm-widgets:test-a' });
      const goal = (await first.listGoals({ rootId: DEMO.goalIds.viewerOnCall })).goals[0]!;
      await first.saveGoal({ ...goal, title: 'Persisted title' });
      const key = keyOf();
      const item = await first.giveFeedback({ kind: 'praise', toId: DEMO.viewerId, body: 'Stays', visibility: 'public' }, { idempotencyKey: key });

      const second = adapter({ persist: 'pm-widgets:test-a' });
      expect((await second.listGoals({ rootId: DEMO.goalIds.viewerOnCall })).goals[0]!.title).to.equal('Persisted title');
      const replay = await second.giveFeedback({ kind: 'praise', toId: DEMO.viewerId, body: 'Stays', visibility: 'public' }, { idempotencyKey: key });
      expect(replay.id, 'idempotency survives a reload').to.equal(item.id);
      expect((await second.listFeedback({ personId: DEMO.viewerId })).items.filter((f) => f.body === 'Stays')).to.have.length(1);

      const other = adapter({ persist: 'pm-widgets:test-b' });
      expect((await other.listGoals({ rootId: DEMO.goalIds.viewerOnCall })).goals[0]!.title).not.to.equal('Persisted title');
      expect(adapter().storageKey).to.equal(undefined);
    });

    it('uses a versioned default key', async () => {
      const a = adapter({ persist: true });
      expect(a.storageKey).to.equal(DEFAULT_STORAGE_KEY);
      expect(DEFAULT_STORAGE_KEY).to.equal('pm-widgets:memory:v1');
      await a.giveFeedback({ kind: 'note', toId: DEMO.viewerId, body: 'Saved', visibility: 'private' }, { idempotencyKey: keyOf() });
      expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.include('Saved');
    });

    it('falls back to the seed when the stored data is corrupt', async () => {
      const original = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        for (const bad of ['{not json', JSON.stringify({ format: 99, data: {} }), JSON.stringify({ format: 1, data: { people: 'x' }, idempotency: [] })]) {
          localStorage.setItem('pm-widgets:test-corrupt', bad);
          const a = adapter({ persist: 'pm-widgets:test-corrupt' });
          const { goals } = await a.listGoals({});
          expect(goals.length).to.equal(createDemoData({ now: NOW }).goals.length);
        }
        const valid = createDemoData({ now: NOW });
        valid.goals[0] = { ...valid.goals[0]!, progress: 7 };
        localStorage.setItem('pm-widgets:test-corrupt', JSON.stringify({ format: 1, data: valid, idempotency: [] }));
        const a = adapter({ persist: 'pm-widgets:test-corrupt' });
        expect((await a.listGoals({ rootId: DEMO.orgRootGoalId })).goals[0]!.progress).to.be.at.most(1);
      } finally {
        console.warn = original;
      }
      expect(warnings.length).to.equal(4);
    });

    it('reset() forgets edits and the stored copy', async () => {
      const a = adapter({ persist: 'pm-widgets:test-reset' });
      await a.giveFeedback({ kind: 'note', toId: DEMO.viewerId, body: 'Temporary', visibility: 'private' }, { idempotencyKey: keyOf() });
      a.reset();
      expect(localStorage.getItem('pm-widgets:test-reset')).to.equal(null);
      expect((await a.listFeedback({ personId: DEMO.viewerId, limit: 500 })).items.some((f) => f.body === 'Temporary')).to.equal(false);
      const fresh = adapter({ persist: 'pm-widgets:test-reset' });
      expect((await fresh.listFeedback({ personId: DEMO.viewerId, limit: 500 })).items.some((f) => f.body === 'Temporary')).to.equal(false);
    });
  });

  describe('latency, abort and failures', () => {
    it('delays every call by the latency', async () => {
      const a = adapter({ latency: 80 });
      const started = performance.now();
      await a.getAssignment(DEMO.assignmentIds.peer);
      expect(performance.now() - started).to.be.at.least(75);
      const ranged = adapter({ latency: { min: 30, max: 60 } });
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        await ranged.listFeedback({ personId: DEMO.viewerId, limit: 1 });
        expect(performance.now() - t).to.be.at.least(25);
      }
    });

    it('aborts during the latency with the signal’s reason, and writes nothing', async () => {
      const a = adapter({ latency: 5_000 });
      const controller = new AbortController();
      const reason = new Error('navigated away');
      const started = performance.now();
      const pending = a.giveFeedback({ kind: 'praise', toId: DEMO.viewerId, body: 'Never stored', visibility: 'public' }, { idempotencyKey: keyOf(), signal: controller.signal });
      setTimeout(() => controller.abort(reason), 20);
      let caught: unknown;
      try {
        await pending;
      } catch (error) {
        caught = error;
      }
      expect(caught).to.equal(reason);
      expect(performance.now() - started).to.be.below(1_000);
      const quick = adapter();
      expect(quick.snapshot().feedback.length).to.equal(a.snapshot().feedback.length);
      expect(a.snapshot().feedback.some((f) => f.body === 'Never stored')).to.equal(false);
    });

    it('aborting right after a call without latency still rejects it and stores nothing', async () => {
      const a = adapter();
      const controller = new AbortController();
      const reason = new Error('too late');
      const pending = a.giveFeedback({ kind: 'praise', toId: DEMO.viewerId, body: 'Aborted at once', visibility: 'public' }, { idempotencyKey: keyOf(), signal: controller.signal });
      controller.abort(reason);
      let caught: unknown;
      await pending.catch((error: unknown) => (caught = error));
      expect(caught).to.equal(reason);
      expect(a.snapshot().feedback.some((f) => f.body === 'Aborted at once')).to.equal(false);
    });

    it('fails calls with unavailable at the failure rate, the same way for the same seed', async () => {
      const always = adapter({ failureRate: 1 });
      const error = await codeOf(always.listGoals({}));
      expect(error).to.equal('unavailable');
      try {
        await always.getAssignment(DEMO.assignmentIds.peer);
      } catch (e) {
        expect((e as AdapterError).retryable).to.equal(true);
      }
      const outcomes = async (seed: number) => {
        const a = adapter({ failureRate: 0.5, seed });
        const results: boolean[] = [];
        for (let i = 0; i < 40; i++) {
          results.push(await a.getAssignment(DEMO.assignmentIds.peer).then(() => true, () => false));
        }
        return results;
      };
      const first = await outcomes(3);
      expect(await outcomes(3)).to.deep.equal(first);
      const failures = first.filter((ok) => !ok).length;
      expect(failures).to.be.within(8, 32);
      expect(await outcomes(4)).not.to.deep.equal(first);
      const never = adapter({ failureRate: 0 });
      for (let i = 0; i < 10; i++) await never.listFeedback({ personId: DEMO.viewerId, limit: 1 });
    });

    it('a failed write stores nothing', async () => {
      const a = adapter({ failureRate: 1 });
      await codeOf(a.giveFeedback({ kind: 'praise', toId: DEMO.viewerId, body: 'Lost', visibility: 'public' }, { idempotencyKey: keyOf() }));
      expect(a.snapshot().feedback.some((f) => f.body === 'Lost')).to.equal(false);
    });
  });

  describe('data override and scale', () => {
    it('replaces parts of the seed', async () => {
      const a = adapter({ data: { goals: [], feedback: [] } });
      expect(await withValidation(a).listGoals({})).to.deep.equal({ goals: [], people: [] });
      expect((await a.listFeedback({ personId: DEMO.viewerId })).items).to.deep.equal([]);
      expect((await a.getCheckIn({ personId: DEMO.viewerId, period: isoWeekOf(NOW) })).goals).to.deep.equal([]);
      expect((await a.getAssignment(DEMO.assignmentIds.peer)).subject.id).to.equal(DEMO.managerId);
    });

    // Behaviour at 100,000 goals; how long it takes is measured by `npm run bench`, not asserted here.
    it('answers subtree, owner and whole-list reads and writes with 100,000 goals', async function () {
      this.timeout(60_000);
      const goals = generateGoals({ count: 100_000, now: NOW });
      expect(z.safeParse(memoryDataSchema, { ...createDemoData({ now: NOW }), goals: goals.slice(0, 2000) }).success).to.equal(true);
      const a = adapter({ data: { goals } });
      const sub = await a.listGoals({ rootId: 'gen-9' });
      expect(sub.goals.length).to.be.within(500, 5000);
      expect(sub.goals[0]!.id).to.equal('gen-9');
      const mine = await a.listGoals({ ownerId: DEMO.viewerId });
      expect(mine.goals.length).to.be.above(2000);
      expect(mine.goals.every((g) => g.ownerId === DEMO.viewerId)).to.equal(true);
      const all = await a.listGoals({});
      expect(all.goals).to.have.length(100_000);
      const leaf = all.goals[99_999]!;
      const saved = await a.saveGoal({ ...leaf, title: 'Edited leaf' });
      expect(saved.title).to.equal('Edited leaf');
      expect(saved.version).to.equal((leaf.version ?? 0) + 1);
      await a.deleteGoal('gen-12', { version: 1 });
      expect((await a.listGoals({})).goals.some((g) => g.id === 'gen-12')).to.equal(false);
    });

    it('pages through 20,000 feedback items quickly', async function () {
      this.timeout(30_000);
      const feedback = generateFeedback({ count: 20_000, toId: DEMO.viewerId, now: NOW });
      const a = adapter({ data: { feedback } });
      let cursor: string | undefined;
      let seen = 0;
      const t = performance.now();
      for (let i = 0; i < 20; i++) {
        const page = await a.listFeedback({ personId: DEMO.viewerId, limit: 50, ...(cursor ? { cursor } : {}) });
        seen += page.items.length;
        cursor = page.nextCursor!;
      }
      expect(seen).to.equal(1000);
      expect(performance.now() - t).to.be.below(500);
    });
  });
});
