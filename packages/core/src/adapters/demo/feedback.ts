import type { FeedbackItem, FeedbackKind, Visibility } from '../../schemas/feedback.js';
import type { Person } from '../../schemas/person.js';
import type { Competency } from '../memory-data.js';
import type { Random } from '../random.js';
import { DEMO } from './ids.js';
import { firstName } from './people.js';
import { DAY_MS } from './time.js';

export const DEMO_FEEDBACK_COUNT = 360;

const TEMPLATES: Record<FeedbackKind, readonly string[]> = {
  praise: [
    'Thanks for walking me through {topic}, {name}. It saved me a day of digging.',
    'Your write-up on {topic} was the clearest thing I have read this quarter.',
    'Great calm under pressure during {topic}. The whole team noticed.',
    'Loved how you credited everyone who helped with {topic}.',
    'You asked exactly the right question about {topic} and it changed the plan for the better.',
    'Thank you for jumping in on {topic} when we were short-handed.',
  ],
  recognition: [
    'Recognising {name} for leading {topic} from idea to launch.',
    'Shout-out to {name}: {topic} shipped on time thanks to your follow-through.',
    '{name} went beyond the brief on {topic} and turned a difficult week into a win.',
    'Huge thanks to {name} for {topic}. Customers have already noticed the difference.',
  ],
  constructive: [
    'In {topic}, the decision came late in the thread; flagging the trade-off earlier would have helped the team plan.',
    'When we discussed {topic}, a few people did not get a chance to speak. Could you invite quieter voices in next time?',
    'The update on {topic} did not mention the customer impact. Leading with that would make it easier to act on.',
    'I noticed you took on {topic} alone. Asking for help sooner would protect your focus time.',
    'The deadline for {topic} moved twice without a note to the wider team; a short heads-up would avoid surprises.',
  ],
  coaching: [
    'Before the next review of {topic}, try writing the one-sentence decision you want first.',
    'Let’s practise delegating: pick one part of {topic} and hand it to someone who wants to grow.',
    'For {topic}, experiment with a two-minute check for questions at the end of each stand-up.',
    'Next time {topic} gets tense, name the disagreement out loud and ask what would change each side’s mind.',
  ],
  note: [
    '1:1 notes: talked about {topic}; workload feels manageable. Agreed to revisit priorities in two weeks.',
    '1:1 notes: {name} wants more ownership; next step is to lead {topic}.',
    '1:1 notes: reviewed goal progress. The blocker on {topic} is escalated.',
    '1:1 notes: career conversation. Interested in mentoring; will pair on {topic} first.',
  ],
};

const TOPICS: Record<string, readonly string[]> = {
  [DEMO.teamIds.engineering]: [
    'the event bus migration', 'the on-call handbook', 'the billing service refactor', 'Tuesday’s incident review',
    'the audit log API design', 'the flaky test hunt', 'the deploy pipeline', 'the dashboard performance work',
  ],
  [DEMO.teamIds.sales]: [
    'the Nordics renewal', 'the pricing workshop', 'the quarterly business review with Acme Logistics',
    'the partner referral pilot', 'the competitive deal in Madrid', 'the new demo script',
  ],
  [DEMO.teamIds.people]: [
    'the new onboarding journey', 'the engagement survey results', 'the career framework', 'the manager coaching programme',
    'the hiring process for engineers',
  ],
  [DEMO.teamIds.customerSuccess]: [
    'the escalation from Brightwater Health', 'the self-help centre', 'the health-check playbook', 'the enterprise QBRs',
    'the onboarding for Northwind', 'the support rota',
  ],
};
const COMPANY_TOPICS = ['the all-hands', 'the offsite planning', 'the mid-year goals'];

const KIND_WEIGHTS: readonly (readonly [FeedbackKind, number])[] = [
  ['praise', 30], ['recognition', 15], ['constructive', 20], ['coaching', 15], ['note', 20],
];
const VISIBILITY_BY_KIND: Record<FeedbackKind, readonly (readonly [Visibility, number])[]> = {
  praise: [['public', 7], ['private', 3]],
  recognition: [['public', 9], ['manager', 1]],
  constructive: [['private', 6], ['manager', 4]],
  coaching: [['private', 5], ['manager', 5]],
  note: [['private', 7], ['manager', 3]],
};

/**
 * Feedback over the last year. About a quarter goes to the viewer, so their timeline is rich;
 * 1:1 notes and coaching come mostly from managers; a few items are anonymous.
 */
export function demoFeedback(
  people: readonly Person[],
  competencies: readonly Competency[],
  now: Date,
  rng: Random,
  { count = DEMO_FEEDBACK_COUNT, toId, idPrefix = 'fb-' }: { count?: number; toId?: string; idPrefix?: string } = {},
): FeedbackItem[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const withManager = people.filter((p) => p.managerId);
  const items: FeedbackItem[] = [];
  const teamCache = new Map<string, Person[]>();
  const teamsOf = (to: Person) => {
    let list = teamCache.get(to.id);
    if (!list) {
      list = people.filter((p) => p.id !== to.id && p.teamId === to.teamId);
      teamCache.set(to.id, list);
    }
    return list;
  };
  const fixedTo = toId === undefined ? undefined : byId.get(toId);
  if (toId !== undefined && !fixedTo) throw new RangeError(`No person with id "${toId}" to give feedback to`);
  for (let i = 0; i < count; i++) {
    const to = fixedTo ?? rng.chance(0.25) ? byId.get(DEMO.viewerId)! : rng.chance(0.1) ? byId.get(DEMO.managerId)! : rng.pick(withManager);
    const kind = rng.weighted(KIND_WEIGHTS);
    const manager = to.managerId ? byId.get(to.managerId) : undefined;
    const teammates = teamsOf(to);
    let from: Person | undefined;
    if ((kind === 'note' || kind === 'coaching') && manager && rng.chance(0.8)) from = manager;
    else if (rng.chance(0.75) && teammates.length) from = rng.pick(teammates);
    else from = rng.pick(people.length > 1 ? people.filter((p) => p.id !== to.id) : people);
    const anonymous = (kind === 'constructive' || kind === 'praise') && rng.chance(0.06);
    const topics = [...(TOPICS[to.teamId ?? ''] ?? []), ...COMPANY_TOPICS];
    const body = rng.pick(TEMPLATES[kind]).replaceAll('{topic}', rng.pick(topics)).replaceAll('{name}', firstName(to));
    const picked = rng.sample(competencies, rng.weighted([[0, 2], [1, 5], [2, 3]]));
    // Recent months are busier than older ones.
    const ageDays = 365 * rng.next() ** 1.4;
    const created = new Date(now.getTime() - ageDays * DAY_MS);
    created.setUTCHours(rng.int(8, 17), rng.int(0, 59), rng.int(0, 59), 0);
    if (created.getTime() > now.getTime()) created.setTime(now.getTime() - rng.int(1, 300) * 60_000);
    const item: FeedbackItem = {
      id: `${idPrefix}${String(i + 1).padStart(4, '0')}`,
      kind,
      toId: to.id,
      body,
      competencyIds: picked.map((c) => c.id),
      values: picked.map((c) => c.value).filter((v): v is string => !!v),
      visibility: rng.weighted(VISIBILITY_BY_KIND[kind]),
      requested: rng.chance(0.2),
      createdAt: created.toISOString(),
    };
    if (!anonymous) item.from = { ...from };
    if ((kind === 'recognition' || kind === 'praise') && rng.chance(0.15)) {
      item.link = `https://intranet.example/kudos/${item.id}`;
    }
    items.push(item);
  }
  return items;
}
