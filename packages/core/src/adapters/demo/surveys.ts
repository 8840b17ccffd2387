import type { Answers } from '../../schemas/question.js';
import type { Relationship, Survey } from '../../schemas/survey.js';
import type { Competency, Cycle, StoredAssignment, StoredResponse } from '../memory-data.js';
import type { Random } from '../random.js';
import { DEMO } from './ids.js';
import { addDays, at, halfYearName, isoDate } from './time.js';

/** Competencies derived from the company values. */
export function demoCompetencies(): Competency[] {
  return [
    { id: 'clarity', name: 'Clarity', value: 'Be clear', target: 4, description: 'Sets clear goals, explains the why, and makes decisions easy to act on.' },
    { id: 'coaching', name: 'Coaching', value: 'Grow together', target: 4, description: 'Helps others grow through timely feedback, good questions and time.' },
    { id: 'courage', name: 'Courage', value: 'Speak up', target: 3.5, description: 'Raises hard issues, challenges ideas respectfully and owns mistakes.' },
    { id: 'collaboration', name: 'Collaboration', value: 'Win as a team', target: 4, description: 'Shares information and credit, and works across team boundaries.' },
    { id: 'customer-focus', name: 'Customer focus', value: 'Customers first', target: 4.5, description: 'Keeps the customer’s problem at the centre of decisions.' },
  ];
}

const QUESTIONS: Record<string, { statements: readonly string[]; comment: string }> = {
  clarity: {
    statements: [
      'Explains the goals and priorities behind the work, so others understand the why.',
      'Communicates decisions and changes early and plainly.',
      'Writes and speaks in a way that is easy to act on.',
    ],
    comment: 'What could they do to be even clearer?',
  },
  coaching: {
    statements: [
      'Gives timely, specific feedback that helps others improve.',
      'Asks questions that help others find their own solutions.',
      'Makes time to support the growth of the people around them.',
    ],
    comment: 'What is one thing they could do to help others grow?',
  },
  courage: {
    statements: [
      'Raises difficult issues openly and respectfully.',
      'Challenges ideas, including those of senior people, when something seems wrong.',
      'Owns mistakes and shares what they learned.',
    ],
    comment: 'Where would you like to see them speak up more?',
  },
  collaboration: {
    statements: [
      'Shares information and credit generously.',
      'Works across team boundaries to get things done.',
      'Listens to other people’s ideas and builds on them.',
    ],
    comment: 'How could they make working with them even better?',
  },
  'customer-focus': {
    statements: [
      'Keeps the customer’s problem at the centre of decisions.',
      'Follows through on commitments to customers and colleagues.',
      'Uses customer feedback to improve how they work.',
    ],
    comment: 'What could they do to serve customers even better?',
  },
};

export function demoSurvey(): Survey {
  const competencies = demoCompetencies();
  return {
    id: DEMO.surveyId,
    title: '360° feedback',
    intro:
      'Thank you for taking 10 minutes to help a colleague grow. Rate how often you see each behaviour; choose N/A when you have not seen enough to say. ' +
      'Your answers are confidential: ratings and comments from peers, direct reports and others are only shown combined with at least two other people’s.',
    scale: { min: 1, max: 5, labels: ['Rarely', 'Sometimes', 'Often', 'Very often', 'Always'] },
    threshold: 3,
    sections: [
      ...competencies.map((c) => {
        const q = QUESTIONS[c.id]!;
        return {
          id: `sec-${c.id}`,
          title: c.name,
          description: c.description,
          competencyId: c.id,
          questions: [
            ...q.statements.map((statement, i) => ({
              id: `${c.id}-${i + 1}`, kind: 'rating' as const, text: statement, required: true, allowNA: true,
            })),
            { id: `${c.id}-comment`, kind: 'text' as const, text: q.comment, required: false },
          ],
        };
      }),
      {
        id: 'sec-overall',
        title: 'Overall',
        questions: [
          { id: 'overall-value', kind: 'choice', text: 'Which of our values do they live most visibly?', required: false, options: competencies.map((c) => c.value!) },
          { id: 'overall-strengths', kind: 'text', text: 'What are their greatest strengths?', required: true },
          { id: 'overall-focus', kind: 'text', text: 'What is the one thing they should focus on improving?', required: true },
        ],
      },
    ],
  };
}

export function demoCycles(now: Date): Cycle[] {
  const earlierStart = addDays(now, -440);
  const previousStart = addDays(now, -260);
  const currentStart = addDays(now, -80);
  return [
    {
      id: DEMO.earlierCycleId, name: `${halfYearName(earlierStart)} review`,
      startDate: isoDate(earlierStart), endDate: isoDate(addDays(now, -261)), surveyId: DEMO.surveyId,
    },
    {
      id: DEMO.previousCycleId, name: `${halfYearName(previousStart)} review`,
      startDate: isoDate(previousStart), endDate: isoDate(addDays(now, -81)), surveyId: DEMO.surveyId,
    },
    {
      id: DEMO.cycleId, name: `${halfYearName(currentStart)} review`,
      startDate: isoDate(currentStart), endDate: isoDate(addDays(now, 100)), surveyId: DEMO.surveyId,
    },
  ];
}

/** How others tend to see a subject, per competency, and how the subject sees themself. */
interface Profile { others: Record<string, number>; self: Record<string, number> }

const PROFILES: Record<string, Profile> = {
  // Courage is a blind spot (self higher than others); coaching a hidden strength.
  [DEMO.viewerId]: {
    others: { clarity: 3.8, coaching: 4.2, courage: 3.0, collaboration: 4.4, 'customer-focus': 3.6 },
    self: { clarity: 3.8, coaching: 3.1, courage: 4.3, collaboration: 4.2, 'customer-focus': 3.8 },
  },
  [DEMO.managerId]: {
    others: { clarity: 3.4, coaching: 4.1, courage: 3.9, collaboration: 4.0, 'customer-focus': 3.5 },
    self: { clarity: 4.2, coaching: 3.8, courage: 3.6, collaboration: 4.0, 'customer-focus': 3.4 },
  },
};

const COMMENTS: Record<string, readonly string[]> = {
  clarity: [
    'Start design reviews with the decision you need from us.',
    'The weekly summary is great; more of that in the channel, please.',
    'Sometimes the why gets lost when plans change mid-sprint.',
  ],
  coaching: [
    'Pairing sessions with them are the best learning I have had here.',
    'Give feedback a little sooner; it often arrives at the retro.',
    'Always makes time when someone is stuck.',
  ],
  courage: [
    'I would like to hear their disagreement in the meeting rather than afterwards.',
    'Pushed back on the launch date when it was not safe, which was the right call.',
    'Could challenge senior stakeholders more directly.',
  ],
  collaboration: [
    'Generous with credit and context.',
    'Works brilliantly with Customer Success.',
    'Could loop in the product team earlier.',
  ],
  'customer-focus': [
    'Brings real customer stories into planning.',
    'Could spend more time with the support queue to see the pain first-hand.',
    'Follows through on every promise to customers.',
  ],
};
const STRENGTHS = [
  'Calm and thorough under pressure.',
  'Deep technical judgement and a generous teacher.',
  'Makes complex systems understandable.',
  'Reliable: when they say it is done, it is done.',
];
const IMPROVE = [
  'Speak up earlier when you disagree.',
  'Delegate more of the operational work.',
  'Share decisions more widely.',
  'Spend more time with customers.',
];

function answersFor(subjectId: string, relationship: Relationship, cycleShift: number, rng: Random, survey: Survey): Answers {
  const profile = PROFILES[subjectId] ?? PROFILES[DEMO.viewerId]!;
  const base = relationship === 'self' ? profile.self : profile.others;
  const raterBias = relationship === 'self' ? 0 : rng.between(-0.4, 0.4);
  const answers: Answers = {};
  for (const section of survey.sections) {
    const competency = section.competencyId;
    for (const q of section.questions) {
      if (q.kind === 'rating' && competency) {
        const naChance = relationship === 'self' ? 0 : relationship === 'other' && competency === 'coaching' ? 0.35 : 0.06;
        if (rng.chance(naChance)) {
          answers[q.id] = null;
          continue;
        }
        const value = (base[competency] ?? 3.5) + cycleShift + raterBias + rng.between(-0.8, 0.8);
        answers[q.id] = Math.min(survey.scale.max, Math.max(survey.scale.min, Math.round(value)));
      } else if (q.kind === 'text' && competency) {
        if (rng.chance(0.4)) answers[q.id] = rng.pick(COMMENTS[competency] ?? ['Keep going.']);
      } else if (q.id === 'overall-value') {
        answers[q.id] = [rng.pick(q.options ?? ['Be clear'])];
      } else if (q.id === 'overall-strengths') {
        answers[q.id] = rng.pick(STRENGTHS);
      } else if (q.id === 'overall-focus') {
        answers[q.id] = rng.pick(IMPROVE);
      }
    }
  }
  return answers;
}

/** [raterId, relationship, status] */
type Plan = readonly (readonly [string, Relationship, 'submitted' | 'open' | 'closed'])[];

type CycleKey = 'current' | 'previous' | 'earlier';
const CYCLE_IDS: Record<CycleKey, string> = { current: DEMO.cycleId, previous: DEMO.previousCycleId, earlier: DEMO.earlierCycleId };
const CYCLE_PREFIX: Record<CycleKey, string> = { current: 'cur', previous: 'prev', earlier: 'early' };
/** How much lower others rated in that cycle (people grow). */
const CYCLE_SHIFT: Record<CycleKey, number> = { current: 0, previous: -0.35, earlier: -0.7 };

const PLANS: readonly { cycle: CycleKey; subjectId: string; raters: Plan }[] = [
  {
    cycle: 'current', subjectId: DEMO.viewerId, raters: [
      ['p-priya', 'self', 'submitted'], ['p-mei', 'manager', 'submitted'],
      ['p-diego', 'peer', 'submitted'], ['p-fatima', 'peer', 'submitted'], ['p-tomasz', 'peer', 'submitted'],
      ['p-aisha', 'peer', 'submitted'], ['p-kenji', 'peer', 'open'],
      ['p-ingrid', 'other', 'submitted'], ['p-omar', 'other', 'submitted'], ['p-hannah', 'other', 'submitted'],
      ['p-arjun', 'other', 'open'],
    ],
  },
  {
    // In progress; every open relationship is a ready-to-fill demo (DEMO.assignmentIds).
    cycle: 'current', subjectId: DEMO.managerId, raters: [
      ['p-mei', 'self', 'open'], ['p-lars', 'manager', 'open'],
      ['p-jonas', 'peer', 'open'], ['p-isabela', 'peer', 'submitted'], ['p-samuel', 'peer', 'submitted'], ['p-mateo', 'peer', 'submitted'],
      ['p-priya', 'direct-report', 'open'], ['p-diego', 'direct-report', 'submitted'], ['p-fatima', 'direct-report', 'submitted'],
      ['p-tomasz', 'direct-report', 'submitted'], ['p-aisha', 'direct-report', 'submitted'], ['p-kenji', 'direct-report', 'submitted'],
      ['p-olivia', 'other', 'open'], ['p-hannah', 'other', 'submitted'], ['p-ingrid', 'other', 'submitted'],
    ],
  },
  {
    cycle: 'previous', subjectId: DEMO.viewerId, raters: [
      ['p-priya', 'self', 'submitted'], ['p-mei', 'manager', 'submitted'],
      ['p-diego', 'peer', 'submitted'], ['p-fatima', 'peer', 'submitted'], ['p-tomasz', 'peer', 'submitted'], ['p-kenji', 'peer', 'submitted'],
      ['p-aisha', 'peer', 'closed'],
      ['p-ingrid', 'other', 'submitted'], ['p-sofia', 'other', 'submitted'], ['p-kwame', 'other', 'submitted'],
    ],
  },
  {
    cycle: 'previous', subjectId: DEMO.managerId, raters: [
      ['p-mei', 'self', 'submitted'], ['p-lars', 'manager', 'submitted'],
      ['p-jonas', 'peer', 'submitted'], ['p-isabela', 'peer', 'submitted'], ['p-samuel', 'peer', 'submitted'],
      ['p-priya', 'direct-report', 'submitted'], ['p-diego', 'direct-report', 'submitted'], ['p-fatima', 'direct-report', 'submitted'],
      ['p-tomasz', 'direct-report', 'submitted'], ['p-kenji', 'direct-report', 'closed'],
      ['p-hannah', 'other', 'submitted'], ['p-ingrid', 'other', 'submitted'], ['p-olivia', 'other', 'submitted'],
    ],
  },
  {
    // The viewer also rates a teammate as a peer (DEMO.raterAssignmentIds.peer); nobody else has answered yet.
    cycle: 'current', subjectId: 'p-diego', raters: [['p-priya', 'peer', 'open'], ['p-fatima', 'peer', 'open'], ['p-mei', 'manager', 'open']],
  },
  {
    // Three cycles of development for the viewer; only two "other" raters, so they are pooled.
    cycle: 'earlier', subjectId: DEMO.viewerId, raters: [
      ['p-priya', 'self', 'submitted'], ['p-mei', 'manager', 'submitted'],
      ['p-diego', 'peer', 'submitted'], ['p-fatima', 'peer', 'submitted'], ['p-tomasz', 'peer', 'submitted'],
      ['p-ingrid', 'other', 'submitted'], ['p-sofia', 'other', 'submitted'],
    ],
  },
  {
    cycle: 'earlier', subjectId: DEMO.managerId, raters: [
      ['p-mei', 'self', 'submitted'], ['p-lars', 'manager', 'submitted'],
      ['p-jonas', 'peer', 'submitted'], ['p-isabela', 'peer', 'submitted'], ['p-samuel', 'peer', 'submitted'],
      ['p-priya', 'direct-report', 'submitted'], ['p-diego', 'direct-report', 'submitted'], ['p-fatima', 'direct-report', 'submitted'],
    ],
  },
];

export function demoSurveyRecords(
  now: Date,
  survey: Survey,
  rng: Random,
): { assignments: StoredAssignment[]; responses: StoredResponse[] } {
  const assignments: StoredAssignment[] = [];
  const responses: StoredResponse[] = [];
  for (const plan of PLANS) {
    const current = plan.cycle === 'current';
    const earlier = plan.cycle === 'earlier';
    const subject = plan.subjectId.slice(2);
    for (const [raterId, relationship, status] of plan.raters) {
      const rater = raterId.slice(2);
      const id = `a-${CYCLE_PREFIX[plan.cycle]}-${subject}-${relationship === 'self' ? 'self' : rater}`;
      const assignment: StoredAssignment = {
        id, surveyId: survey.id, subjectId: plan.subjectId, raterId, relationship, status,
        cycleId: CYCLE_IDS[plan.cycle],
        dueDate: isoDate(addDays(now, current ? 14 : earlier ? -275 : -95)),
      };
      if (status === 'submitted') {
        const submittedAt = current
          ? at(now, -rng.int(1, 12), rng.int(8, 18), rng.int(0, 59))
          : at(now, earlier ? -rng.int(276, 290) : -rng.int(96, 110), rng.int(8, 18), rng.int(0, 59));
        assignment.submittedAt = submittedAt;
        responses.push({
          id: `r-${id.slice(2)}`,
          assignmentId: id,
          surveyId: survey.id,
          subjectId: plan.subjectId,
          cycleId: assignment.cycleId,
          relationship,
          answers: answersFor(plan.subjectId, relationship, CYCLE_SHIFT[plan.cycle], rng, survey),
          submittedAt,
        });
      }
      assignments.push(assignment);
    }
  }
  // The manager's self-assessment is half done: a saved draft to resume.
  const selfDraft = assignments.find((a) => a.id === DEMO.assignmentIds.self);
  if (selfDraft) {
    selfDraft.draft = {
      answers: { 'clarity-1': 4, 'clarity-2': 3, 'clarity-3': null, 'clarity-comment': 'I want to share decisions more widely.' },
      savedAt: at(now, -1, 17, 42),
    };
  }
  return { assignments, responses };
}
