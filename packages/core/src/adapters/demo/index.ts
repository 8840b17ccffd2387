import type { FeedbackItem, FeedbackRequest } from '../../schemas/feedback.js';
import type { Goal, GoalLevel, KeyResult, KeyResultKind } from '../../schemas/goal.js';
import type { Person } from '../../schemas/person.js';
import type { MemoryData } from '../memory-data.js';
import { Random } from '../random.js';
import { demoCheckInQuestions, demoCheckIns } from './check-ins.js';
import { demoFeedback } from './feedback.js';
import { demoGoals } from './goals.js';
import { DEMO } from './ids.js';
import { demoPeople, demoTeams } from './people.js';
import { demoCompetencies, demoCycles, demoSurvey, demoSurveyRecords } from './surveys.js';
import { addDays, at, isoDate } from './time.js';

export { DEMO } from './ids.js';

export const DEFAULT_SEED = 1;

export interface DemoDataOptions {
  /** Seeds every random choice; the same seed and `now` always give equal data. */
  seed?: number;
  /** Every date is relative to this moment. Defaults to the current time. */
  now?: Date;
}

/**
 * The demo organisation: 41 people in four departments (Engineering, Sales, People & Culture,
 * Customer Success) with a CEO, department heads, team leads and individual contributors; a
 * cascading goal tree for the current cycle and a finished one for the previous cycle; eight
 * weeks of check-ins for the viewer's team; a 360 survey with assignments and responses in two
 * cycles; a year of feedback. See `DEMO` for the ids worth knowing.
 */
export function createDemoData({ seed = DEFAULT_SEED, now = new Date() }: DemoDataOptions = {}): MemoryData {
  const people = demoPeople();
  const goals = demoGoals(people, now, new Random(seed, 'goals'));
  const competencies = demoCompetencies();
  const survey = demoSurvey();
  const { assignments, responses } = demoSurveyRecords(now, survey, new Random(seed, 'surveys'));
  return {
    people,
    teams: demoTeams(),
    goals,
    checkIns: demoCheckIns(people, goals, now, new Random(seed, 'check-ins')),
    checkInQuestions: demoCheckInQuestions(),
    surveys: [survey],
    cycles: demoCycles(now),
    competencies,
    assignments,
    responses,
    feedback: demoFeedback(people, competencies, now, new Random(seed, 'feedback')),
    feedbackRequests: demoFeedbackRequests(people, now),
  };
}

/** Two open requests addressed to the viewer: one upward from their manager, one from a teammate. */
function demoFeedbackRequests(people: readonly Person[], now: Date): FeedbackRequest[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const ask = (id: string, fromId: string, question: string, hoursAgo: number): FeedbackRequest[] => {
    const from = byId.get(fromId);
    const to = byId.get(DEMO.viewerId);
    if (!from || !to) return [];
    return [{
      id, from, toId: to.id, aboutId: from.id, about: from, question, status: 'open',
      createdAt: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
    }];
  };
  return [
    ...ask('fr-demo-mei', DEMO.managerId, 'How did I run the Q3 planning meeting? What should I do differently next time?', 20),
    ...ask('fr-demo-diego', 'p-diego', 'Was my design doc for the billing migration clear enough to review?', 50),
  ];
}

export interface GenerateGoalsOptions extends DemoDataOptions {
  count: number;
  /** Children per goal (default 8): 100,000 goals make a tree six levels deep. */
  branching?: number;
  /** Owners, cycled through (default: the demo people). */
  people?: readonly Person[];
  /** Ids are `${idPrefix}${index}`; the root is index 0. */
  idPrefix?: string;
  cycleId?: string;
}

const LEVEL_BY_DEPTH: readonly GoalLevel[] = ['organization', 'department', 'team'];
const KR_KINDS: readonly KeyResultKind[] = ['number', 'percent', 'currency', 'boolean', 'milestone'];

function generatedKeyResult(id: string, kind: KeyResultKind, rng: Random): KeyResult {
  const share = rng.next();
  switch (kind) {
    case 'boolean':
      return { id, title: 'Shipped', kind, start: 0, target: 1, current: share > 0.6 ? 1 : 0 };
    case 'milestone':
      return { id, title: 'Stages completed', kind, start: 0, target: 5, current: Math.round(share * 5) };
    case 'currency':
      return { id, title: 'Revenue', kind, start: 0, target: 100_000, current: Math.round(share * 100_000), unit: 'EUR' };
    case 'percent':
      return rng.chance(0.3)
        ? { id, title: 'Error rate', kind, start: 10, target: 2, current: Math.round((10 - share * 8) * 10) / 10, unit: '%' }
        : { id, title: 'Adoption', kind, start: 0, target: 100, current: Math.round(share * 100), unit: '%' };
    default:
      return { id, title: 'Count', kind, start: 0, target: 50, current: Math.round(share * 50) };
  }
}

/**
 * A large, valid goal tree for stress stories and benchmarks: breadth-first, so a parent always
 * comes before its children; leaves use key results, inner goals roll up their children.
 */
export function generateGoals({
  count, seed = DEFAULT_SEED, now = new Date(), branching = 8, people = demoPeople(), idPrefix = 'gen-', cycleId = DEMO.cycleId,
}: GenerateGoalsOptions): Goal[] {
  const rng = new Random(seed, 'generated-goals');
  const start = isoDate(addDays(now, -60));
  const due = isoDate(addDays(now, 60));
  const updatedAt = at(now, -1, 9);
  const goals: Goal[] = new Array(count);
  const depth: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const parent = i === 0 ? -1 : Math.floor((i - 1) / branching);
    depth[i] = parent < 0 ? 0 : depth[parent]! + 1;
    const isLeaf = i * branching + 1 >= count;
    const owner = people.length ? people[i % people.length] : undefined;
    const goal: Goal = {
      id: `${idPrefix}${i}`,
      parentId: parent < 0 ? null : `${idPrefix}${parent}`,
      title: `${isLeaf ? 'Deliver' : 'Drive'} outcome ${i}`,
      level: LEVEL_BY_DEPTH[depth[i]!] ?? 'individual',
      cycleId,
      status: 'on-track',
      progress: 0,
      progressMode: isLeaf ? 'key-results' : 'children',
      weight: rng.pick([1, 1, 2, 3]),
      startDate: start,
      dueDate: due,
      keyResults: isLeaf
        ? Array.from({ length: rng.int(1, 3) }, (_, k) => generatedKeyResult(`${idPrefix}${i}-kr${k}`, rng.pick(KR_KINDS), rng))
        : [],
      version: 1,
      updatedAt,
    };
    if (owner) goal.ownerId = owner.id;
    goals[i] = goal;
  }
  // Roll up from the leaves: children always have larger indexes than their parent.
  const sums = new Float64Array(count);
  const weights = new Float64Array(count);
  for (let i = count - 1; i >= 0; i--) {
    const goal = goals[i]!;
    if (goal.progressMode === 'key-results') {
      const krs = goal.keyResults;
      goal.progress = krs.reduce((s, kr) => s + Math.min(1, Math.max(0, (kr.current - kr.start) / (kr.target - kr.start))), 0) / krs.length;
    } else if (weights[i]! > 0) {
      goal.progress = sums[i]! / weights[i]!;
    }
    goal.progress = Math.round(goal.progress * 1000) / 1000;
    goal.status = goal.progress >= 1 ? 'done' : goal.progress >= 0.45 ? 'on-track' : goal.progress >= 0.25 ? 'at-risk' : 'off-track';
    if (i > 0) {
      const parent = Math.floor((i - 1) / branching);
      sums[parent] = sums[parent]! + goal.progress * goal.weight;
      weights[parent] = weights[parent]! + goal.weight;
    }
  }
  return goals;
}

export interface GenerateFeedbackOptions extends DemoDataOptions {
  count: number;
  /** Everything goes to this person (default: spread like the demo, a quarter to the viewer). */
  toId?: string;
  /** Default: the demo people. */
  people?: readonly Person[];
}

/** Many feedback items over the last year, for stress stories and benchmarks. */
export function generateFeedback({
  count, seed = DEFAULT_SEED, now = new Date(), toId, people = demoPeople(),
}: GenerateFeedbackOptions): FeedbackItem[] {
  return demoFeedback(people, demoCompetencies(), now, new Random(seed, 'generated-feedback'), { count, toId, idPrefix: 'fbg-' });
}
