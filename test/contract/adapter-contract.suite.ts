import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  AdapterError, checkInContextSchema, checkInSchema, competencyProfileSchema, feedbackItemSchema, feedbackPageSchema,
  assignmentListSchema, goalListSchema, goalSchema, surveyAssignmentSchema, surveyDraftSchema, withValidation,
  type Answers, type CheckInDraft, type FeedbackItem, type FeedbackKind, type GoalInput, type PerformanceAdapter, type SurveyAssignment,
  type ValidatedAdapter,
} from '../../packages/core/src/index.js';

/**
 * The behaviour every adapter promises, whatever its transport. Run it with a factory that
 * returns a FRESH adapter over known data for every test (writes are not undone):
 *
 *   runAdapterContract('memory', async () => ({ adapter: createMemoryAdapter(), ids: {...} }));
 */

/** Ids of existing records the suite needs. */
export interface ContractIds {
  /** A person who owns goals, has at least 12 feedback items and a 360 profile. */
  personId: string;
  /** A goal with at least one child. */
  rootGoalId: string;
  /** A cycle in which `personId` has 360 responses. */
  cycleId: string;
  /** A person who can check in, and an ISO week in which they have not submitted one. */
  checkInPersonId: string;
  period: string;
  /** Two different open 360 assignments. */
  openAssignmentId: string;
  otherOpenAssignmentId: string;
  /** The rater of `otherOpenAssignmentId` (for `listAssignments`); those tests are skipped without it. */
  raterId?: string;
}

export interface ContractSubject {
  adapter: PerformanceAdapter;
  ids: ContractIds;
  cleanup?: () => Promise<void>;
}

const UNKNOWN = 'no-such-id-4f1c';

/** Resolves with the error a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail('expected the call to reject');
  return undefined;
}

async function expectCode(promise: Promise<unknown>, code: AdapterError['code']): Promise<AdapterError> {
  const error = await rejection(promise);
  expect(AdapterError.is(error), `expected an AdapterError, got ${String(error)}`).to.equal(true);
  expect((error as AdapterError).code).to.equal(code);
  return error as AdapterError;
}

function expectValid<T>(schema: z.core.$ZodType<T>, value: unknown, label: string): T {
  const result = z.safeParse(schema, value);
  expect(result.success, `${label}: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`).to.equal(true);
  return result.data as T;
}

/** Answers every question in a way any survey accepts: top of the scale, a word, the first option. */
function completeAnswers(assignment: SurveyAssignment): Answers {
  const answers: Answers = {};
  for (const section of assignment.survey.sections) {
    for (const q of section.questions) {
      if (q.kind === 'rating') answers[q.id] = assignment.survey.scale.max;
      else if (q.kind === 'text') answers[q.id] = 'Consistently thoughtful.';
      else answers[q.id] = q.options?.length ? [q.options[0]!] : [];
    }
  }
  return answers;
}

let serial = 0;
const uniqueId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(serial++).toString(36)}`;

function newGoal(ids: ContractIds, overrides: Partial<GoalInput> = {}): GoalInput {
  return {
    id: uniqueId('contract-goal'),
    parentId: ids.rootGoalId,
    title: 'Contract test goal',
    level: 'individual',
    ownerId: ids.personId,
    status: 'on-track',
    progress: 0.25,
    progressMode: 'manual',
    weight: 1,
    keyResults: [{ id: uniqueId('kr'), title: 'Widgets shipped', kind: 'number', start: 0, target: 10, current: 2 }],
    ...overrides,
  };
}

function draftFor(ids: ContractIds, overrides: Partial<CheckInDraft> = {}): CheckInDraft {
  return {
    personId: ids.checkInPersonId,
    period: ids.period,
    status: 'draft',
    mood: 4,
    goalUpdates: [],
    wins: 'Shipped the contract suite.',
    blockers: '',
    focus: 'Ask for review earlier.',
    answers: {},
    ...overrides,
  };
}

async function allFeedback(api: ValidatedAdapter, personId: string, limit: number, kinds?: FeedbackKind[]) {
  const items: FeedbackItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 10_000; page++) {
    const result = await api.listFeedback({ personId, limit, ...(kinds ? { kinds } : {}), ...(cursor ? { cursor } : {}) });
    expect(result.items.length).to.be.at.most(limit);
    items.push(...result.items);
    if (result.nextCursor === null) return items;
    expect(result.items.length, 'a page with a next cursor is full').to.equal(limit);
    cursor = result.nextCursor;
  }
  throw new Error('pagination did not end');
}

export function runAdapterContract(name: string, makeAdapter: () => Promise<ContractSubject>): void {
  describe(`adapter contract: ${name}`, function () {
    let subject: ContractSubject;
    let raw: PerformanceAdapter;
    let api: ValidatedAdapter;
    let ids: ContractIds;

    beforeEach(async () => {
      subject = await makeAdapter();
      raw = subject.adapter;
      ids = subject.ids;
      api = withValidation(raw, { timeoutMs: 10_000 });
    });
    afterEach(async () => {
      await subject?.cleanup?.();
    });

    describe('reads return schema-valid data', () => {
      it('listGoals: all, subtree, owner', async () => {
        for (const query of [{}, { rootId: ids.rootGoalId }, { ownerId: ids.personId }, { cycleId: ids.cycleId }]) {
          const validated = await api.listGoals(query);
          expectValid(goalListSchema, await raw.listGoals!(query), `raw listGoals(${JSON.stringify(query)})`);
          if (!('cycleId' in query)) expect(validated.goals.length, JSON.stringify(query)).to.be.greaterThan(0);
        }
      });

      it('listGoals with rootId returns the root and only its descendants', async () => {
        const { goals } = await api.listGoals({ rootId: ids.rootGoalId });
        const byId = new Map(goals.map((g) => [g.id, g]));
        expect(byId.has(ids.rootGoalId)).to.equal(true);
        expect(goals.length).to.be.greaterThan(1);
        for (const goal of goals) {
          let current = goal;
          let steps = 0;
          while (current.id !== ids.rootGoalId) {
            const parent = current.parentId === null ? undefined : byId.get(current.parentId);
            expect(parent, `${goal.id} descends from the root within the answer`).to.exist;
            current = parent!;
            expect(++steps).to.be.below(goals.length + 1);
          }
        }
      });

      it('listGoals with ownerId returns only that owner’s goals, and the owner among people', async () => {
        const { goals, people } = await api.listGoals({ ownerId: ids.personId });
        expect(goals.length).to.be.greaterThan(0);
        for (const goal of goals) expect(goal.ownerId).to.equal(ids.personId);
        if (people) expect(people.map((p) => p.id), "people, when sent, include the owner").to.include(ids.personId);
      });

      it('getCheckIn', async () => {
        const query = { personId: ids.checkInPersonId, period: ids.period };
        const context = await api.getCheckIn(query);
        expectValid(checkInContextSchema, await raw.getCheckIn!(query), 'raw getCheckIn');
        expect(context.checkIn === null || context.checkIn.status === 'draft').to.equal(true);
      });

      it('getAssignment', async () => {
        const assignment = await api.getAssignment(ids.openAssignmentId);
        expectValid(surveyAssignmentSchema, await raw.getAssignment!(ids.openAssignmentId), 'raw getAssignment');
        expect(assignment.id).to.equal(ids.openAssignmentId);
        expect(assignment.status).to.equal('open');
      });

      it('listAssignments: a rater’s assignments, open first, filtered by status', async function () {
        if (!ids.raterId) this.skip();
        const raterId = ids.raterId!;
        expectValid(assignmentListSchema, await raw.listAssignments!({ raterId }), 'raw listAssignments');
        const { assignments } = await api.listAssignments({ raterId });
        const mine = assignments.find((a) => a.id === ids.otherOpenAssignmentId);
        expect(mine, 'the open assignment is listed').to.exist;
        expect(mine!.status).to.equal('open');
        const rank = { open: 0, submitted: 1, closed: 2 } as const;
        const ranks = assignments.map((a) => rank[a.status]);
        expect(ranks, 'open ones first').to.deep.equal([...ranks].sort((x, y) => x - y));
        const open = await api.listAssignments({ raterId, status: 'open' });
        expect(open.assignments.length).to.be.greaterThan(0);
        for (const a of open.assignments) expect(a.status).to.equal('open');
      });

      it('listFeedback', async () => {
        const page = await api.listFeedback({ personId: ids.personId, limit: 5 });
        expectValid(feedbackPageSchema, await raw.listFeedback!({ personId: ids.personId, limit: 5 }), 'raw listFeedback');
        expect(page.items.length).to.equal(5);
        for (const item of page.items) expect(item.toId).to.equal(ids.personId);
      });

      it('getCompetencyProfile', async () => {
        const profile = await api.getCompetencyProfile({ personId: ids.personId, cycleId: ids.cycleId });
        expectValid(competencyProfileSchema, await raw.getCompetencyProfile!({ personId: ids.personId, cycleId: ids.cycleId }), 'raw profile');
        expect(profile.personId).to.equal(ids.personId);
        expect(profile.competencies.length).to.be.greaterThan(0);
        for (const c of profile.competencies) {
          for (const group of ['peer', 'direct-report', 'other', 'others'] as const) {
            const score = c.scores[group];
            if (score && 'mean' in score) expect(score.n, `${c.id}/${group} meets the threshold`).to.be.at.least(profile.threshold);
          }
        }
        expectValid(competencyProfileSchema, await raw.getCompetencyProfile!({ personId: ids.personId }), 'raw default-cycle profile');
      });
    });

    describe('goals: writes are read back, versions conflict', () => {
      it('creates a goal that listGoals then returns', async () => {
        const input = newGoal(ids);
        const saved = await api.saveGoal(input);
        expectValid(goalSchema, saved, 'saved goal');
        expect(saved).to.include({ id: input.id, title: input.title, parentId: ids.rootGoalId });
        const { goals } = await api.listGoals({ rootId: ids.rootGoalId });
        const found = goals.find((g) => g.id === input.id);
        expect(found).to.deep.equal(saved);
      });

      it('updates with the current version, bumping version and updatedAt', async () => {
        const created = await api.saveGoal(newGoal(ids));
        await new Promise((r) => setTimeout(r, 5));
        const updated = await api.saveGoal({ ...created, title: 'Renamed goal', progress: 0.5 });
        // Backend-managed fields are optional; a backend that sends them keeps them moving.
        if (created.version !== undefined) expect(updated.version).to.be.greaterThan(created.version);
        if (created.updatedAt !== undefined) expect(Date.parse(updated.updatedAt!)).to.be.greaterThan(Date.parse(created.updatedAt));
        expect(updated).to.include({ title: 'Renamed goal', progress: 0.5 });
        const { goals } = await api.listGoals({ ownerId: ids.personId });
        expect(goals.find((g) => g.id === created.id)).to.deep.equal(updated);
      });

      it('rejects an update with a stale version as a conflict, changing nothing', async () => {
        const created = await api.saveGoal(newGoal(ids));
        const updated = await api.saveGoal({ ...created, title: 'First writer' });
        await expectCode(api.saveGoal({ ...created, title: 'Second writer' }), 'conflict');
        const { goals } = await api.listGoals({ ownerId: ids.personId });
        expect(goals.find((g) => g.id === created.id)).to.deep.equal(updated);
      });

      it('deletes with the current version; a stale version is a conflict', async () => {
        const created = await api.saveGoal(newGoal(ids));
        const updated = await api.saveGoal({ ...created, title: 'Bumped' });
        await expectCode(api.deleteGoal(created.id, { version: created.version }), 'conflict');
        expect((await api.listGoals({ ownerId: ids.personId })).goals.some((g) => g.id === created.id)).to.equal(true);
        await api.deleteGoal(created.id, { version: updated.version });
        expect((await api.listGoals({ ownerId: ids.personId })).goals.some((g) => g.id === created.id)).to.equal(false);
        await expectCode(api.deleteGoal(created.id, { version: updated.version }), 'not-found');
      });
    });

    describe('check-ins: drafts, submission, replies', () => {
      it('saves a draft that getCheckIn returns, and updates it in place', async () => {
        const first = await api.saveCheckInDraft(draftFor(ids));
        expectValid(checkInSchema, first, 'saved draft');
        expect(first.status).to.equal('draft');
        const second = await api.saveCheckInDraft(draftFor(ids, { id: first.id, wins: 'Changed my mind.' }));
        expect(second.id).to.equal(first.id);
        const context = await api.getCheckIn({ personId: ids.checkInPersonId, period: ids.period });
        expect(context.checkIn?.id).to.equal(first.id);
        expect(context.checkIn?.wins).to.equal('Changed my mind.');
        expect(context.checkIn?.status).to.equal('draft');
      });

      it('submits once per idempotency key, and a second submission of the week conflicts', async () => {
        const key = uniqueId('key');
        const submission = { ...draftFor(ids), status: 'submitted' as const };
        const first = await api.submitCheckIn(submission, { idempotencyKey: key });
        const again = await api.submitCheckIn(submission, { idempotencyKey: key });
        expect(again).to.deep.equal(first);
        // The same key with another body is a client bug: the stored answer, or (over HTTP) 422.
        try {
          expect(await api.submitCheckIn({ ...submission, wins: 'A retry with other text' }, { idempotencyKey: key })).to.deep.equal(first);
        } catch (error) {
          expect((error as AdapterError).code, String(error)).to.equal('invalid-request');
        }
        expect(first.status).to.equal('submitted');
        const context = await api.getCheckIn({ personId: ids.checkInPersonId, period: ids.period });
        expect(context.checkIn?.id).to.equal(first.id);
        expect(context.checkIn?.wins).to.equal(submission.wins);
        await expectCode(api.submitCheckIn(submission, { idempotencyKey: uniqueId('key') }), 'conflict');
        await expectCode(api.saveCheckInDraft(draftFor(ids)), 'conflict');
      });

      it('replies to a submitted check-in (once per key), never to a draft', async () => {
        const draft = await api.saveCheckInDraft(draftFor(ids));
        await expectCode(api.replyToCheckIn({ checkInId: draft.id, body: 'Too early' }, { idempotencyKey: uniqueId('key') }), 'conflict');
        const submitted = await api.submitCheckIn({ ...draftFor(ids), id: draft.id, status: 'submitted' }, { idempotencyKey: uniqueId('key') });
        const key = uniqueId('key');
        const replied = await api.replyToCheckIn({ checkInId: submitted.id, body: 'Great week.' }, { idempotencyKey: key });
        expect(replied.managerReply?.body).to.equal('Great week.');
        const again = await api.replyToCheckIn({ checkInId: submitted.id, body: 'Great week.' }, { idempotencyKey: key });
        expect(again).to.deep.equal(replied);
        const context = await api.getCheckIn({ personId: ids.checkInPersonId, period: ids.period });
        expect(context.checkIn?.managerReply?.body).to.equal('Great week.');
      });
    });

    describe('check-ins move the goals they report on', () => {
      it('a submission applies progress to manual goals and key-result values to key-results goals, raising their versions', async () => {
        const manual = await api.saveGoal(newGoal(ids, { ownerId: ids.checkInPersonId, progress: 0.2 }));
        const measured = await api.saveGoal(newGoal(ids, {
          ownerId: ids.checkInPersonId, progressMode: 'key-results', progress: 0.2,
          keyResults: [{ id: uniqueId('kr'), title: 'Customers called', kind: 'number', start: 0, target: 10, current: 2 }],
        }));
        const kr = measured.keyResults[0]!;
        const submitted = await api.submitCheckIn({
          ...draftFor(ids),
          status: 'submitted',
          goalUpdates: [
            { goalId: manual.id, progress: 0.82, confidence: 7 },
            { goalId: measured.id, progress: 0.6, confidence: 5, keyResults: [{ keyResultId: kr.id, current: 6 }] },
          ],
        }, { idempotencyKey: uniqueId('key') });
        const goals = new Map((await api.listGoals({ ownerId: ids.checkInPersonId })).goals.map((g) => [g.id, g]));
        const storedManual = goals.get(manual.id)!;
        const storedMeasured = goals.get(measured.id)!;
        expect(storedManual.progress).to.be.closeTo(0.82, 1e-9);
        expect(storedManual.version).to.be.greaterThan(manual.version ?? 0);
        expect(storedMeasured.keyResults[0]!.current).to.equal(6);
        expect(storedMeasured.progress).to.be.closeTo(0.6, 1e-9);
        expect(storedMeasured.version).to.be.greaterThan(measured.version ?? 0);
        const versions = new Map(submitted.goalUpdates.map((u) => [u.goalId, u.goalVersion]));
        if (versions.get(manual.id) !== undefined) expect(versions.get(manual.id)).to.equal(storedManual.version);
        if (versions.get(measured.id) !== undefined) expect(versions.get(measured.id)).to.equal(storedMeasured.version);
        // The tree's next save uses the new version; the old one is a conflict.
        await expectCode(api.saveGoal({ ...manual, title: 'Stale' }), 'conflict');
      });

      it('a retried submission (same key) moves the goals once', async () => {
        const manual = await api.saveGoal(newGoal(ids, { ownerId: ids.checkInPersonId, progress: 0.1 }));
        const key = uniqueId('key');
        const submission = { ...draftFor(ids), status: 'submitted' as const, goalUpdates: [{ goalId: manual.id, progress: 0.5, confidence: 6 }] };
        await api.submitCheckIn(submission, { idempotencyKey: key });
        const after = (await api.listGoals({ ownerId: ids.checkInPersonId })).goals.find((g) => g.id === manual.id)!;
        await api.submitCheckIn(submission, { idempotencyKey: key });
        const again = (await api.listGoals({ ownerId: ids.checkInPersonId })).goals.find((g) => g.id === manual.id)!;
        expect(again.version).to.equal(after.version);
      });
    });

    describe('surveys: drafts and submission', () => {
      it('saves a draft that getAssignment returns', async () => {
        const assignment = await api.getAssignment(ids.openAssignmentId);
        const rating = assignment.survey.sections.flatMap((s) => s.questions).find((q) => q.kind === 'rating')!;
        const answers: Answers = { [rating.id]: assignment.survey.scale.min };
        const draft = await api.saveSurveyDraft(ids.openAssignmentId, answers);
        expectValid(surveyDraftSchema, draft, 'draft');
        expect(draft.answers).to.deep.equal(answers);
        expect((await api.getAssignment(ids.openAssignmentId)).draft?.answers).to.deep.equal(answers);
      });

      it('submits once per idempotency key; then the assignment is submitted and closed to changes', async () => {
        const assignment = await api.getAssignment(ids.otherOpenAssignmentId);
        const answers = completeAnswers(assignment);
        const key = uniqueId('key');
        const first = await api.submitSurvey(ids.otherOpenAssignmentId, answers, { idempotencyKey: key });
        expect(first.status).to.equal('submitted');
        const again = await api.submitSurvey(ids.otherOpenAssignmentId, answers, { idempotencyKey: key });
        expect(again).to.deep.equal(first);
        expect((await api.getAssignment(ids.otherOpenAssignmentId)).status).to.equal('submitted');
        await expectCode(api.submitSurvey(ids.otherOpenAssignmentId, answers, { idempotencyKey: uniqueId('key') }), 'conflict');
        await expectCode(api.saveSurveyDraft(ids.otherOpenAssignmentId, answers), 'conflict');
        if (ids.raterId) {
          const open = await api.listAssignments({ raterId: ids.raterId, status: 'open' });
          expect(open.assignments.map((a) => a.id)).not.to.include(ids.otherOpenAssignmentId);
          const all = await api.listAssignments({ raterId: ids.raterId });
          expect(all.assignments.find((a) => a.id === ids.otherOpenAssignmentId)?.status).to.equal('submitted');
        }
      });
    });

    describe('feedback: giving and pagination', () => {
      it('gives feedback that comes first in the list, once per idempotency key', async () => {
        const before = (await api.listFeedback({ personId: ids.personId, limit: 1 })).total;
        const input = { kind: 'praise' as const, toId: ids.personId, body: 'Thanks for the contract suite!', visibility: 'public' as const, competencyIds: [] };
        const key = uniqueId('key');
        const item = await api.giveFeedback(input, { idempotencyKey: key });
        expectValid(feedbackItemSchema, item, 'given item');
        const again = await api.giveFeedback(input, { idempotencyKey: key });
        expect(again.id).to.equal(item.id);
        const page = await api.listFeedback({ personId: ids.personId, limit: 5 });
        expect(page.items[0]?.id).to.equal(item.id);
        const everything = await allFeedback(api, ids.personId, 500);
        expect(everything.filter((f) => f.body === input.body)).to.have.length(1);
        if (before !== undefined && page.total !== undefined) expect(page.total).to.equal(before + 1);
      });

      it('returns every item exactly once across pages, newest first', async () => {
        const whole = await allFeedback(api, ids.personId, 500);
        expect(whole.length).to.be.at.least(12);
        const paged = await allFeedback(api, ids.personId, 5);
        expect(paged.map((f) => f.id)).to.deep.equal(whole.map((f) => f.id));
        expect(new Set(paged.map((f) => f.id)).size).to.equal(paged.length);
        for (let i = 1; i < paged.length; i++) {
          expect(Date.parse(paged[i - 1]!.createdAt)).to.be.at.least(Date.parse(paged[i]!.createdAt));
        }
      });

      it('filters by kind across pages', async () => {
        const whole = await allFeedback(api, ids.personId, 500);
        const kinds: FeedbackKind[] = ['praise', 'coaching'];
        const filtered = await allFeedback(api, ids.personId, 3, kinds);
        expect(filtered.map((f) => f.id)).to.deep.equal(whole.filter((f) => (kinds as string[]).includes(f.kind)).map((f) => f.id));
      });

      it('filters by date range (inclusive days) and counts per kind when asked', async () => {
        const whole = await allFeedback(api, ids.personId, 500);
        const days = whole.map((f) => f.createdAt.slice(0, 10));
        const to = days[Math.floor(days.length / 3)]!;
        const from = days[Math.floor((2 * days.length) / 3)]!;
        const page = await api.listFeedback({ personId: ids.personId, from, to, counts: true, limit: 500 });
        const expected = whole.filter((f) => f.createdAt.slice(0, 10) >= from && f.createdAt.slice(0, 10) <= to);
        expect(page.items.map((f) => f.id)).to.deep.equal(expected.map((f) => f.id));
        expect(page.total).to.equal(expected.length);
        const sum = Object.values(page.counts ?? {}).reduce((a, b) => a + b, 0);
        expect(sum, 'counts cover the date range').to.equal(expected.length);
        const praiseOnly = await api.listFeedback({ personId: ids.personId, from, to, counts: true, kinds: ['praise'], limit: 500 });
        expect(praiseOnly.counts, 'counts ignore kinds').to.deep.equal(page.counts);
      });

      it('sends the tag catalogue with the first page', async () => {
        const page = await api.listFeedback({ personId: ids.personId, limit: 1 });
        expect(page.catalogue?.competencies.length ?? 0).to.be.greaterThan(0);
      });

      it('asks for feedback once per key, lists open requests for the person asked, and an answer closes them', async () => {
        const asked = await api.listFeedbackRequests({ personId: ids.checkInPersonId });
        const about = ids.personId === ids.checkInPersonId ? asked.people?.[0]?.id : ids.personId;
        expect(about, 'someone to ask about').to.be.a('string');
        const key = uniqueId('key');
        const input = { toIds: [ids.checkInPersonId], aboutId: about!, question: 'How did I run the Q3 planning meeting?' };
        const made = await api.requestFeedback(input, { idempotencyKey: key });
        const again = await api.requestFeedback(input, { idempotencyKey: key });
        expect(made).to.have.length(1);
        expect(again.map((r) => r.id)).to.deep.equal(made.map((r) => r.id));
        const open = await api.listFeedbackRequests({ personId: ids.checkInPersonId });
        expect(open.requests.filter((r) => r.question === input.question)).to.have.length(1);
        const request = open.requests.find((r) => r.id === made[0]!.id)!;
        expect(request.status).to.equal('open');
        expect(request.aboutId).to.equal(about);
        const answer = await api.giveFeedback(
          { kind: 'coaching', toId: about!, body: 'Clear agenda; leave more time for questions.', visibility: 'private', requestId: request.id },
          { idempotencyKey: uniqueId('key') },
        );
        expect(answer.requested).to.equal(true);
        expect(answer.requestId).to.equal(request.id);
        const after = await api.listFeedbackRequests({ personId: ids.checkInPersonId });
        expect(after.requests.some((r) => r.id === request.id), 'answered requests are no longer open').to.equal(false);
        await expectCode(api.requestFeedback({ toIds: [UNKNOWN], aboutId: about!, question: 'Hi?' }, { idempotencyKey: uniqueId('key') }), 'not-found');
        await expectCode(api.requestFeedback({ toIds: [], aboutId: about!, question: 'Hi?' }, { idempotencyKey: uniqueId('key') }), 'invalid-request');
      });

      it('uses a default page size of at most 50', async () => {
        const page = await api.listFeedback({ personId: ids.personId });
        expect(page.items.length).to.be.at.most(50);
        expect(page.items.length).to.be.greaterThan(0);
      });
    });

    describe('unknown ids are not-found', () => {
      it('for every get, list and delete', async () => {
        await expectCode(api.listGoals({ rootId: UNKNOWN }), 'not-found');
        await expectCode(api.deleteGoal(UNKNOWN, { version: 1 }), 'not-found');
        await expectCode(api.getCheckIn({ personId: UNKNOWN, period: ids.period }), 'not-found');
        await expectCode(api.replyToCheckIn({ checkInId: UNKNOWN, body: 'Hi' }, { idempotencyKey: uniqueId('key') }), 'not-found');
        await expectCode(api.getAssignment(UNKNOWN), 'not-found');
        if (ids.raterId) await expectCode(api.listAssignments({ raterId: UNKNOWN }), 'not-found');
        await expectCode(api.saveSurveyDraft(UNKNOWN, {}), 'not-found');
        await expectCode(api.submitSurvey(UNKNOWN, {}, { idempotencyKey: uniqueId('key') }), 'not-found');
        await expectCode(api.listFeedback({ personId: UNKNOWN }), 'not-found');
        await expectCode(
          api.giveFeedback({ kind: 'praise', toId: UNKNOWN, body: 'Hi', visibility: 'public' }, { idempotencyKey: uniqueId('key') }),
          'not-found',
        );
        await expectCode(api.getCompetencyProfile({ personId: UNKNOWN }), 'not-found');
        await expectCode(api.getCompetencyProfile({ personId: ids.personId, cycleId: UNKNOWN }), 'not-found');
      });
    });

    describe('AbortSignal', () => {
      it('an aborted signal rejects with its reason and writes nothing', async () => {
        const reason = new DOMException('Stopped by the test', 'AbortError');
        const signal = AbortSignal.abort(reason);
        const input = newGoal(ids);
        const error = await rejection(raw.saveGoal!(input, { signal }));
        expect(error === reason || (error as Error)?.name === 'AbortError').to.equal(true);
        expect(await rejection(api.listFeedback({ personId: ids.personId }, { signal }))).to.equal(reason);
        expect((await api.listGoals({ ownerId: ids.personId })).goals.some((g) => g.id === input.id)).to.equal(false);
      });

      it('aborting a call in flight rejects it with the reason', async () => {
        for (const call of [
          (signal: AbortSignal) => api.listGoals({}, { signal }),
          (signal: AbortSignal) => api.getCheckIn({ personId: ids.checkInPersonId, period: ids.period }, { signal }),
          (signal: AbortSignal) => api.getAssignment(ids.openAssignmentId, { signal }),
          (signal: AbortSignal) => api.listFeedback({ personId: ids.personId }, { signal }),
          (signal: AbortSignal) => api.getCompetencyProfile({ personId: ids.personId }, { signal }),
        ]) {
          const controller = new AbortController();
          const reason = new DOMException('Changed my mind', 'AbortError');
          const pending = call(controller.signal);
          controller.abort(reason);
          expect(await rejection(pending)).to.equal(reason);
        }
      });
    });
  });
}
