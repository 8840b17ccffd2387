import { isoWeekOf, mondayOfIsoWeek, shiftIsoWeek } from '../../dates.js';
import type { CheckIn, GoalUpdate } from '../../schemas/check-in.js';
import type { Goal } from '../../schemas/goal.js';
import type { Person } from '../../schemas/person.js';
import type { Answers, Question } from '../../schemas/question.js';
import type { Random } from '../random.js';
import { DEMO } from './ids.js';
import { firstName } from './people.js';

export const WEEKS_OF_HISTORY = 8;

export function demoCheckInQuestions(): Question[] {
  return [
    {
      id: 'cq-workload', kind: 'rating', required: false,
      text: 'How sustainable was your workload this week?',
      help: '1 = not sustainable at all, 5 = very sustainable',
    },
    { id: 'cq-learning', kind: 'text', required: false, text: 'What is one thing you learned?' },
    {
      id: 'cq-support', kind: 'choice', required: false, multiple: true,
      text: 'Where would you like support?',
      options: ['Prioritisation', 'Technical guidance', 'Career growth', 'Wellbeing', 'Nothing right now'],
    },
  ];
}

const WINS = [
  'Moved two more services onto the new deploy pipeline without a single rollback.',
  'Paired with Diego on the flaky test hunt; we found the shared fixture that caused half of them.',
  'Ran the incident review for Tuesday’s outage; the action items all have owners.',
  'Shipped the alert deduplication change: pages dropped by a third.',
  'Finished the first draft of the event bus design doc and got early comments.',
  'Onboarded the new QA contractor and handed over the regression suite.',
  'Closed out the last blocker for the billing migration.',
  'Wrote the runbook for database failover and tested it in staging.',
  'Cleared the review backlog: every open pull request got feedback within a day.',
  'Demoed the new rollback button to Customer Success; they loved it.',
];
const BLOCKERS = [
  '',
  '',
  'Waiting on security review for the new cluster permissions.',
  'Staging is shared with the product team and keeps breaking our test runs.',
  'Too many ad-hoc requests during the sprint; hard to protect focus time.',
  'The vendor API for log shipping is rate-limited during our migration window.',
  'Unclear who owns the legacy cron jobs.',
];
const FOCUS = [
  'Write the rollout plan before starting the next migration.',
  'Ask for review earlier instead of polishing alone.',
  'Protect two mornings for deep work.',
  'Delegate the runbook updates to someone who wants to learn them.',
  'Say no to ad-hoc requests that are not in the sprint, and point to the intake form.',
  'Give one piece of specific feedback in every code review.',
  'Summarise decisions in the channel the same day.',
];
const FOCUS_REVIEWS = [
  'Done: it made the week calmer.',
  'Half done: managed it on Monday and Tuesday, slipped after the incident.',
  'Not really; the release took over. Carrying it into next week.',
  'Yes, and it helped more than expected.',
];
const NEEDS = [
  '',
  '',
  'A decision on who owns the legacy cron jobs.',
  'Help pushing the security review along.',
  'Your view on whether the event bus review can move a week.',
];
const LEARNINGS = [
  'How our connection pool behaves under failover.',
  'That writing the decision first makes reviews twice as fast.',
  'A lot about OpenTelemetry sampling.',
  'Customers notice deploy freezes more than we think.',
  'How to run a blameless incident review.',
];
const SUPPORT = ['Prioritisation', 'Technical guidance', 'Career growth', 'Wellbeing', 'Nothing right now'];
const REPLIES = [
  'Great week, {name}. The rollout plan habit is paying off: keep it for the next migration.',
  'Thanks for flagging the blocker early. I will chase the security review today.',
  'Nice work on the incident review. For next week, try to hand one action item to someone newer to the team.',
  'I can see the focus time helping. Let’s look at the ad-hoc requests together in our 1:1.',
  'Strong progress on the pipeline. One thing to improve: share the trade-offs in the channel, not only in DMs.',
  'Thank you for the honest update. Let’s reprioritise on Monday so the review does not slip again.',
];

const fill = (template: string, person: Person) => template.replaceAll('{name}', firstName(person));

function goalUpdates(goals: readonly Goal[], weeksAgo: number, rng: Random): GoalUpdate[] {
  return goals.map((goal) => {
    const update: GoalUpdate = {
      goalId: goal.id,
      progress: Math.round(Math.max(0, goal.progress * (1 - 0.07 * weeksAgo)) * 100) / 100,
      confidence: rng.int(4, 9),
    };
    if (rng.chance(0.3)) update.note = rng.pick(['On track after the pipeline fix.', 'Slower than planned this week.', 'Blocked on review, otherwise fine.', 'Picked up speed.']);
    return update;
  });
}

function answers(rng: Random): Answers {
  const result: Answers = { 'cq-workload': rng.weighted([[2, 1], [3, 3], [4, 4], [5, 2]]) };
  if (rng.chance(0.7)) result['cq-learning'] = rng.pick(LEARNINGS);
  result['cq-support'] = rng.chance(0.5) ? ['Nothing right now'] : rng.sample(SUPPORT.slice(0, 4), rng.int(1, 2));
  return result;
}

/** The earlier of a generated moment and now, so nothing is dated in the future. */
const notAfter = (iso: Date, now: Date) => (iso.getTime() > now.getTime() ? now : iso).toISOString();

function atDay(monday: Date, dayOffset: number, hour: number, minute: number): Date {
  return new Date(Date.UTC(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate() + dayOffset, hour, minute));
}

/**
 * Weekly check-ins for the viewer's team and their manager: several weeks of submitted ones
 * (most with a manager reply), and a draft for the current week from one teammate.
 */
export function demoCheckIns(people: readonly Person[], goals: readonly Goal[], now: Date, rng: Random): CheckIn[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const team = [DEMO.viewerId, ...DEMO.teammateIds, DEMO.managerId]
    .map((id) => byId.get(id))
    .filter((p): p is Person => p !== undefined);
  const thisWeek = isoWeekOf(now);
  const checkIns: CheckIn[] = [];

  for (const person of team) {
    const own = goals.filter((g) => g.ownerId === person.id && g.status !== 'archived' && g.status !== 'not-started' && g.cycleId === DEMO.cycleId);
    const managerId = person.managerId ?? undefined;
    for (let weeksAgo = WEEKS_OF_HISTORY; weeksAgo >= 1; weeksAgo--) {
      if (person.id !== DEMO.viewerId && rng.chance(0.1)) continue; // a missed week
      const period = shiftIsoWeek(thisWeek, -weeksAgo);
      const monday = mondayOfIsoWeek(period);
      const submittedAt = notAfter(atDay(monday, 4, rng.int(14, 17), rng.int(0, 59)), now);
      const checkIn: CheckIn = {
        id: `ci-${person.id}-${period}`,
        personId: person.id,
        period,
        status: 'submitted',
        mood: rng.weighted([[2, 1], [3, 3], [4, 5], [5, 2]]),
        goalUpdates: goalUpdates(own, weeksAgo - 1, rng),
        wins: rng.pick(WINS),
        blockers: rng.pick(BLOCKERS),
        focus: rng.pick(FOCUS),
        answers: answers(rng),
        submittedAt,
        updatedAt: submittedAt,
      };
      if (weeksAgo < WEEKS_OF_HISTORY) checkIn.focusReview = rng.pick(FOCUS_REVIEWS);
      const needs = rng.pick(NEEDS);
      if (needs) checkIn.needs = needs;
      const unanswered = weeksAgo === 1 && (person.id === 'p-kenji' || person.id === 'p-tomasz');
      if (managerId && !unanswered && rng.chance(0.9)) {
        checkIn.managerReply = {
          authorId: managerId,
          body: fill(rng.pick(REPLIES), person),
          createdAt: notAfter(atDay(monday, 7, rng.int(8, 11), rng.int(0, 59)), now),
        };
      }
      checkIns.push(checkIn);
    }
  }

  // This week's check-ins that wait for the manager's reply.
  for (const id of ['p-fatima', 'p-aisha']) {
    const person = byId.get(id);
    if (!person || now.getUTCDay() === 1) continue; // on a Monday nothing is in yet
    const own = goals.filter((g) => g.ownerId === person.id && g.status !== 'archived' && g.status !== 'not-started' && g.cycleId === DEMO.cycleId);
    const submittedAt = notAfter(atDay(mondayOfIsoWeek(thisWeek), 0, 16, rng.int(0, 59)), now);
    checkIns.push({
      id: `ci-${person.id}-${thisWeek}`,
      personId: person.id,
      period: thisWeek,
      status: 'submitted',
      mood: rng.weighted([[2, 1], [3, 3], [4, 4]]),
      goalUpdates: goalUpdates(own, 0, rng),
      wins: rng.pick(WINS),
      blockers: rng.pick(BLOCKERS.filter(Boolean)),
      focus: rng.pick(FOCUS),
      focusReview: rng.pick(FOCUS_REVIEWS),
      needs: rng.pick(NEEDS.filter(Boolean)),
      answers: answers(rng),
      submittedAt,
      updatedAt: submittedAt,
    });
  }

  const drafter = byId.get(DEMO.draftCheckInPersonId);
  if (drafter) {
    const own = goals.filter((g) => g.ownerId === drafter.id && g.status !== 'archived' && g.status !== 'not-started');
    checkIns.push({
      id: `ci-${drafter.id}-${thisWeek}`,
      personId: drafter.id,
      period: thisWeek,
      status: 'draft',
      mood: 3,
      goalUpdates: goalUpdates(own.slice(0, 1), 0, rng),
      wins: 'Found the shared fixture behind most of the flaky tests.',
      blockers: '',
      focus: '',
      answers: { 'cq-workload': 3 },
      updatedAt: new Date(now.getTime() - 3_600_000).toISOString(),
    });
  }
  return checkIns;
}
