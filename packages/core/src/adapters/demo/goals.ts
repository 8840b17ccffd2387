import type {
  Alignment, Goal, GoalLevel, GoalStatus, KeyResult, KeyResultKind, ProgressMode,
} from '../../schemas/goal.js';
import type { Person } from '../../schemas/person.js';
import type { Random } from '../random.js';
import { DEMO } from './ids.js';
import { at, addDays, isoDate } from './time.js';

/** [title, kind, start, target, unit?] */
type KrTemplate = readonly [string, KeyResultKind, number, number, string?];

interface GoalSpec {
  id: string;
  parentId: string | null;
  title: string;
  description?: string;
  level: GoalLevel;
  ownerId: string;
  mode: ProgressMode;
  weight?: number;
  /** Days from now. */
  start: number;
  due: number;
  /** No start date is recorded (pace then runs from the creation date). */
  noStart?: boolean;
  /** Key results: [id, title, kind, start, target, current, unit?]. */
  krs?: readonly (readonly [string, string, KeyResultKind, number, number, number, string?])[];
  /** For manual goals. */
  progress?: number;
  status?: GoalStatus;
  alignedTo?: Alignment[];
  cycleId?: string;
}

const C = DEMO.cycleId;
const G = DEMO.goalIds;

/** The fixed part of the tree: company, departments, teams and the viewer's own goals. */
const FIXED: readonly GoalSpec[] = [
  {
    id: DEMO.orgRootGoalId, parentId: null, level: 'organization', ownerId: 'p-amara', mode: 'children', start: -80, due: 100,
    title: 'Become the most trusted people platform for mid-sized companies',
    description: 'Our company plan for this half: grow revenue, keep every customer we win, and be a place where great people grow.',
  },
  {
    id: G.revenue, parentId: DEMO.orgRootGoalId, level: 'organization', ownerId: 'p-amara', mode: 'children', weight: 3, start: -80, due: 100,
    title: 'Grow recurring revenue by 40% year over year',
  },
  {
    id: G.customers, parentId: DEMO.orgRootGoalId, level: 'organization', ownerId: 'p-amara', mode: 'key-results', weight: 2, start: -80, due: 70, status: 'at-risk',
    title: 'Customers love us and stay',
    description: 'Measured by how likely customers are to recommend us and by how few of them leave.',
    krs: [
      ['kr-org-nps', 'Net Promoter Score', 'number', 32, 50, 42],
      ['kr-org-churn', 'Gross revenue churn', 'percent', 8, 5, 6.2, '%'],
    ],
  },
  {
    id: G.people, parentId: DEMO.orgRootGoalId, level: 'organization', ownerId: 'p-amara', mode: 'children', weight: 1, start: -50, due: 130, noStart: true,
    title: 'A place where great people grow',
  },

  {
    id: G.engineeringReliability, parentId: G.customers, level: 'department', ownerId: 'p-lars', mode: 'key-results', weight: 2, start: -80, due: 100,
    title: 'Make the platform boringly reliable',
    krs: [
      ['kr-eng-uptime', 'Monthly uptime', 'percent', 99.5, 99.95, 99.9, '%'],
      ['kr-eng-latency', 'p95 API latency', 'number', 900, 300, 420, 'ms'],
      ['kr-eng-sev1', 'Sev-1 incidents per month', 'number', 6, 1, 2],
    ],
  },
  {
    id: G.engineeringVelocity, parentId: G.revenue, level: 'department', ownerId: 'p-lars', mode: 'children', weight: 1, start: -80, due: 45,
    title: 'Ship the features that win deals',
  },
  {
    id: G.sales, parentId: G.revenue, level: 'department', ownerId: 'p-marcus', mode: 'key-results', weight: 3, start: -80, due: 30,
    title: 'Close €6M in new annual recurring revenue',
    krs: [
      ['kr-sales-arr', 'New ARR', 'currency', 0, 6_000_000, 3_650_000, 'EUR'],
      ['kr-sales-logos', 'New customer logos', 'number', 0, 40, 24],
    ],
  },
  {
    id: G.peopleGrowth, parentId: G.people, level: 'department', ownerId: 'p-nadia', mode: 'key-results', weight: 1, start: -40, due: 140, noStart: true,
    title: 'Everyone has a growth plan they believe in',
    krs: [
      ['kr-people-plans', 'People with a written growth plan', 'percent', 20, 100, 64, '%'],
      ['kr-people-programme', 'Leadership programme launched', 'boolean', 0, 1, 1],
      ['kr-people-framework', 'Departments on the career framework', 'milestone', 0, 4, 2],
    ],
  },
  {
    id: G.customerRetention, parentId: G.customers, level: 'department', ownerId: 'p-olivia', mode: 'key-results', weight: 2, start: -80, due: 60,
    title: 'Keep every customer we win',
    krs: [
      ['kr-cs-grr', 'Gross revenue retention', 'percent', 88, 95, 92, '%'],
      ['kr-cs-ttfv', 'Median time to first value', 'number', 45, 21, 30, 'days'],
    ],
  },

  {
    id: G.platformTeam, parentId: G.engineeringReliability, level: 'team', ownerId: 'p-mei', mode: 'children', weight: 2, start: -70, due: 20,
    title: 'Zero-downtime deployments for every core service',
    description: 'Deploys become a non-event: fast, automated, reversible.',
  },
  {
    id: 'g-team-product', parentId: G.engineeringVelocity, level: 'team', ownerId: 'p-jonas', mode: 'children', weight: 1, start: -70, due: 35,
    title: 'Launch self-serve onboarding',
  },
  {
    id: 'g-team-emea', parentId: G.sales, level: 'team', ownerId: 'p-isabela', mode: 'key-results', weight: 3, start: -80, due: 10,
    title: 'Grow EMEA new business',
    krs: [
      ['kr-emea-arr', 'EMEA new ARR', 'currency', 0, 3_500_000, 2_900_000, 'EUR'],
      ['kr-emea-pipeline', 'Qualified pipeline', 'currency', 0, 9_000_000, 7_800_000, 'EUR'],
    ],
  },
  {
    id: 'g-team-americas', parentId: G.sales, level: 'team', ownerId: 'p-grace', mode: 'key-results', weight: 2, start: -80, due: 10,
    title: 'Open the Americas market',
    krs: [['kr-americas-arr', 'Americas new ARR', 'currency', 0, 2_500_000, 700_000, 'USD']],
  },
  {
    id: 'g-team-people', parentId: G.peopleGrowth, level: 'team', ownerId: 'p-samuel', mode: 'manual', progress: 0.6, weight: 1, start: -60, due: 30,
    title: 'Run growth conversations in every team',
  },
  {
    id: 'g-team-cs', parentId: G.customerRetention, level: 'team', ownerId: 'p-mateo', mode: 'children', weight: 1, start: -60, due: 30,
    title: 'Proactive health checks for our top 50 accounts',
    alignedTo: [{ goalId: G.engineeringReliability }],
  },

  {
    id: G.viewerDeploys, parentId: G.platformTeam, level: 'individual', ownerId: DEMO.viewerId, mode: 'key-results', weight: 3, start: -70, due: 20,
    title: 'Cut deployment time for the core services',
    description: 'Faster deploys mean faster fixes for customers, so this supports Customer Success’s time-to-value goal.',
    krs: [
      ['kr-priya-deploy-time', 'Median deploy time', 'number', 45, 10, 18, 'min'],
      ['kr-priya-pipeline', 'Services on the new pipeline', 'percent', 20, 100, 80, '%'],
    ],
    alignedTo: [{ goalId: G.customerRetention, keyResultId: 'kr-cs-ttfv' }],
  },
  {
    id: G.viewerGrowth, parentId: G.platformTeam, level: 'individual', ownerId: DEMO.viewerId, mode: 'children', weight: 2, start: -70, due: 110,
    title: 'Grow as a technical leader',
  },
  {
    id: 'g-priya-review', parentId: G.viewerGrowth, level: 'individual', ownerId: DEMO.viewerId, mode: 'key-results', weight: 2, start: -60, due: 40,
    title: 'Lead the architecture review of the event bus',
    krs: [['kr-priya-review', 'Review stages completed (draft, feedback, decision, rollout plan)', 'milestone', 0, 4, 3]],
  },
  {
    id: 'g-priya-talk', parentId: G.viewerGrowth, level: 'individual', ownerId: DEMO.viewerId, mode: 'key-results', weight: 1, start: 10, due: 40,
    title: 'Give a talk at the engineering all-hands',
    krs: [['kr-priya-talk', 'Talk given', 'boolean', 0, 1, 0]],
  },
  {
    id: 'g-priya-mentor', parentId: G.viewerGrowth, level: 'individual', ownerId: DEMO.viewerId, mode: 'manual', progress: 1, weight: 1, start: -60, due: -5,
    title: 'Mentor Diego through his first on-call rotation', status: 'done',
  },
  {
    id: G.viewerOnCall, parentId: G.platformTeam, level: 'individual', ownerId: DEMO.viewerId, mode: 'manual', progress: 0.55, weight: 1, start: -70, due: 20,
    title: 'Make on-call humane: fewer, better pages',
  },
  {
    id: G.viewerArchived, parentId: G.platformTeam, level: 'individual', ownerId: DEMO.viewerId, mode: 'manual', progress: 0.2, weight: 1, start: -70, due: 20,
    title: 'Evaluate a service mesh for internal traffic', status: 'archived',
    description: 'Parked: the platform team chose to revisit this next half.',
  },

  // Last cycle's tree, finished.
  {
    id: DEMO.previousOrgRootGoalId, parentId: null, level: 'organization', ownerId: 'p-amara', mode: 'children', start: -260, due: -80,
    title: 'Reach product–market fit in the mid-market', status: 'done', cycleId: DEMO.previousCycleId,
  },
  {
    id: 'g-prev-api', parentId: DEMO.previousOrgRootGoalId, level: 'department', ownerId: 'p-lars', mode: 'key-results', weight: 1, start: -260, due: -80,
    title: 'Launch the public API', status: 'done', cycleId: DEMO.previousCycleId,
    krs: [['kr-prev-api', 'Launch stages completed', 'milestone', 0, 5, 5]],
  },
  {
    id: 'g-prev-sales', parentId: DEMO.previousOrgRootGoalId, level: 'department', ownerId: 'p-marcus', mode: 'key-results', weight: 2, start: -260, due: -80,
    title: 'Reach €14M annual recurring revenue', status: 'done', cycleId: DEMO.previousCycleId,
    krs: [['kr-prev-arr', 'Annual recurring revenue', 'currency', 10_000_000, 14_000_000, 14_600_000, 'EUR']],
  },
  {
    id: 'g-prev-onboarding', parentId: DEMO.previousOrgRootGoalId, level: 'department', ownerId: 'p-olivia', mode: 'key-results', weight: 1, start: -260, due: -80,
    title: 'Onboard new customers in 30 days', status: 'archived', cycleId: DEMO.previousCycleId,
    krs: [['kr-prev-onboarding', 'Median onboarding time', 'number', 52, 30, 34, 'days']],
  },
];

/** Individual goal ideas per team goal, picked per person. Manual when there are no key results. */
const TEMPLATES: Record<string, readonly { title: string; krs: readonly KrTemplate[] }[]> = {
  [G.platformTeam]: [
    { title: 'Cut flaky tests in the CI pipeline', krs: [['Flaky test rate', 'percent', 12, 2, '%']] },
    { title: 'Automate database failover drills', krs: [['Failover runbook automated', 'boolean', 0, 1], ['Drills run this half', 'number', 0, 4]] },
    { title: 'Raise test coverage of the billing service', krs: [['Line coverage', 'percent', 54, 80, '%']] },
    { title: 'Bring alert noise down', krs: [['Pages per week', 'number', 40, 10]] },
    { title: 'Move logging to OpenTelemetry', krs: [['Migration stages completed', 'milestone', 0, 5]] },
    { title: 'Document the incident response process', krs: [] },
  ],
  'g-team-product': [
    { title: 'Ship the new onboarding checklist', krs: [['Release stages completed', 'milestone', 0, 4]] },
    { title: 'Halve dashboard load time', krs: [['p95 dashboard load', 'number', 2400, 1200, 'ms']] },
    { title: 'Run five usability studies', krs: [['Studies run', 'number', 0, 5]] },
    { title: 'Launch dark mode on mobile', krs: [['Dark mode released', 'boolean', 0, 1]] },
    { title: 'Instrument the activation funnel', krs: [['Funnel steps tracked', 'percent', 0, 100, '%']] },
    { title: 'Pair with Customer Success on onboarding pain points', krs: [] },
  ],
  'g-team-emea': [
    { title: 'Close €450,000 in new business', krs: [['New ARR closed', 'currency', 0, 450_000, 'EUR']] },
    { title: 'Book 60 qualified discovery calls', krs: [['Qualified calls', 'number', 0, 60]] },
    { title: 'Lift win rate on competitive deals', krs: [['Competitive win rate', 'percent', 18, 30, '%']] },
    { title: 'Shorten the sales cycle', krs: [['Median days to close', 'number', 72, 50, 'days']] },
    { title: 'Build a partner referral channel', krs: [['Partner referrals', 'number', 0, 10]] },
  ],
  'g-team-americas': [
    { title: 'Close $400,000 in new business', krs: [['New ARR closed', 'currency', 0, 400_000, 'USD']] },
    { title: 'Book 50 qualified discovery calls', krs: [['Qualified calls', 'number', 0, 50]] },
    { title: 'Win three lighthouse customers in Brazil', krs: [['Lighthouse customers', 'number', 0, 3]] },
    { title: 'Localise the demo for Spanish and Portuguese', krs: [['Demo localised', 'boolean', 0, 1]] },
  ],
  'g-team-people': [
    { title: 'Launch the new onboarding journey', krs: [['Journey stages live', 'milestone', 0, 5]] },
    { title: 'Cut time to hire for engineering roles', krs: [['Median days to hire', 'number', 48, 30, 'days']] },
    { title: 'Train every manager in coaching conversations', krs: [['Managers trained', 'percent', 0, 100, '%']] },
    { title: 'Publish the career framework', krs: [['Framework published', 'boolean', 0, 1]] },
    { title: 'Refresh the employee handbook', krs: [] },
  ],
  'g-team-cs': [
    { title: 'Raise CSAT for enterprise accounts', krs: [['Enterprise CSAT', 'percent', 86, 93, '%']] },
    { title: 'Reduce first-response time', krs: [['Median first response', 'number', 9, 2, 'h']] },
    { title: 'Run QBRs with the top 20 accounts', krs: [['QBRs held', 'number', 0, 20]] },
    { title: 'Publish 12 self-help articles', krs: [['Articles published', 'number', 0, 12]] },
    { title: 'Save at-risk renewals', krs: [['At-risk ARR saved', 'currency', 0, 120_000, 'USD']] },
    { title: 'Shadow the onboarding team for a week', krs: [] },
  ],
};

/** Team goal per team lead. */
const TEAM_GOAL_OF_LEAD: Record<string, string> = {
  'p-mei': G.platformTeam,
  'p-jonas': 'g-team-product',
  'p-isabela': 'g-team-emea',
  'p-grace': 'g-team-americas',
  'p-samuel': 'g-team-people',
  'p-mateo': 'g-team-cs',
};

function roundFor(kind: KeyResultKind, value: number, start: number, target: number): number {
  if (kind === 'boolean') return value >= 0.999 * Math.max(start, target) && target > start ? 1 : 0;
  if (kind === 'milestone') return Math.round(value);
  const span = Math.abs(target - start);
  if (kind === 'currency') return Math.round(value / 1000) * 1000;
  return span >= 20 ? Math.round(value) : Math.round(value * 10) / 10;
}

/** Individual goals for everyone below a team lead, except the viewer (who has fixed goals). */
function templatedSpecs(people: readonly Person[], rng: Random): GoalSpec[] {
  const specs: GoalSpec[] = [];
  for (const person of people) {
    const teamGoal = person.managerId ? TEAM_GOAL_OF_LEAD[person.managerId] : undefined;
    if (!teamGoal || person.id === DEMO.viewerId) continue;
    const templates = rng.sample(TEMPLATES[teamGoal] ?? [], rng.int(1, 2));
    templates.forEach((template, i) => {
      const id = `g-${person.id.slice(2)}-${i + 1}`;
      const notStarted = rng.chance(0.07);
      const start = notStarted ? rng.int(5, 20) : -rng.int(20, 70);
      const due = Math.max(start + 20, rng.int(-10, 90));
      const share = notStarted ? 0 : rng.between(0.05, 1.15);
      const krs = template.krs.map(([title, kind, from, to, unit], k) => {
        const current = roundFor(kind, from + share * (to - from), from, to);
        return [`${id}-kr${k + 1}`, title, kind, from, to, current, unit] as const;
      });
      const spec: GoalSpec = {
        id, parentId: teamGoal, level: 'individual', ownerId: person.id,
        mode: krs.length ? 'key-results' : 'manual',
        weight: rng.pick([1, 1, 1, 2, 3, 0.5]),
        start, due, title: template.title, krs,
      };
      if (!krs.length) spec.progress = Math.min(1, Math.round(share * 20) / 20);
      if (!notStarted && rng.chance(0.08)) spec.status = 'archived';
      specs.push(spec);
    });
  }
  return specs;
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);
const krProgress = (kr: KeyResult) => (kr.target === kr.start ? (kr.current === kr.target ? 1 : 0) : clamp01((kr.current - kr.start) / (kr.target - kr.start)));

/** Same rule as core's roll-up: KR mean, weight-weighted mean of active children, or stored. */
function rollUp(goals: Goal[]): void {
  const children = new Map<string, Goal[]>();
  for (const g of goals) {
    if (g.parentId === null) continue;
    const list = children.get(g.parentId) ?? [];
    list.push(g);
    children.set(g.parentId, list);
  }
  const done = new Set<string>();
  const visit = (goal: Goal): number => {
    if (done.has(goal.id)) return goal.progress;
    if (goal.progressMode === 'key-results' && goal.keyResults.length) {
      goal.progress = goal.keyResults.reduce((s, kr) => s + krProgress(kr), 0) / goal.keyResults.length;
    } else if (goal.progressMode === 'children') {
      const active = (children.get(goal.id) ?? []).filter((c) => c.status !== 'archived');
      const values = active.map((c) => [visit(c), c.weight] as const);
      const total = values.reduce((s, [, w]) => s + w, 0);
      if (values.length) {
        goal.progress = total > 0
          ? values.reduce((s, [p, w]) => s + p * w, 0) / total
          : values.reduce((s, [p]) => s + p, 0) / values.length;
      }
    }
    goal.progress = Math.round(clamp01(goal.progress) * 1000) / 1000;
    done.add(goal.id);
    return goal.progress;
  };
  goals.forEach(visit);
}

/** Status from progress against the elapsed share of start..due. */
function paceStatus(goal: Goal, startDay: number, dueDay: number): GoalStatus {
  if (startDay > 0) return 'not-started';
  if (goal.progress >= 1) return 'done';
  const elapsed = clamp01(-startDay / Math.max(1, dueDay - startDay));
  const gap = elapsed - goal.progress;
  if (gap <= 0.12) return 'on-track';
  if (gap <= 0.3) return 'at-risk';
  return 'off-track';
}

export function demoGoals(people: readonly Person[], now: Date, rng: Random): Goal[] {
  const specs = [...FIXED, ...templatedSpecs(people, rng)];
  const goals = specs.map((spec): Goal => {
    const goal: Goal = {
      id: spec.id,
      parentId: spec.parentId,
      title: spec.title,
      level: spec.level,
      ownerId: spec.ownerId,
      cycleId: spec.cycleId ?? C,
      status: spec.status ?? 'not-started',
      progress: spec.progress ?? 0,
      progressMode: spec.mode,
      weight: spec.weight ?? 1,
      dueDate: isoDate(addDays(now, spec.due)),
      keyResults: (spec.krs ?? []).map(([id, title, kind, start, target, current, unit]) => {
        const kr: KeyResult = { id, title, kind, start, target, current };
        if (unit !== undefined) kr.unit = unit;
        return kr;
      }),
      version: rng.int(1, 6),
      updatedAt: at(now, -rng.int(0, 20), rng.int(8, 17), rng.int(0, 59)),
    };
    // Created a little before it started (or, without a start date, on the day it "started").
    const created = Math.min(spec.noStart ? spec.start : spec.start - rng.int(3, 14), 0);
    goal.createdAt = at(now, created, rng.int(8, 17), rng.int(0, 59));
    if (Date.parse(goal.createdAt) > Date.parse(goal.updatedAt ?? '')) goal.updatedAt = goal.createdAt;
    if (!spec.noStart) goal.startDate = isoDate(addDays(now, spec.start));
    if (spec.description) goal.description = spec.description;
    if (spec.alignedTo) goal.alignedTo = spec.alignedTo;
    return goal;
  });
  // A sales goal aligned across departments to the product team's goal.
  const omar = goals.find((g) => g.ownerId === 'p-omar');
  if (omar) omar.alignedTo = [{ goalId: 'g-team-product' }];

  rollUp(goals);
  const byId = new Map(specs.map((s) => [s.id, s]));
  for (const goal of goals) {
    const spec = byId.get(goal.id)!;
    if (!spec.status) goal.status = paceStatus(goal, spec.start, spec.due);
  }
  return goals;
}
