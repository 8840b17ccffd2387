/**
 * Fixed ids in the demo organisation, the same for every seed and date, so stories, tests and
 * docs can point at "the viewer", "their manager" or "an open survey" by name.
 */
export const DEMO = {
  /** Priya Raman, Senior Software Engineer: an individual contributor with a manager. */
  viewerId: 'p-priya',
  /** Mei Chen, Engineering Manager (Platform): the viewer's manager, with six direct reports. */
  managerId: 'p-mei',
  /** Lars Eriksson, VP Engineering: the manager's manager. */
  departmentHeadId: 'p-lars',
  ceoId: 'p-amara',
  /** Department heads, one per team. */
  departmentHeadIds: ['p-lars', 'p-marcus', 'p-nadia', 'p-olivia'],
  /** Managers who lead a team under a department head. */
  teamLeadIds: ['p-mei', 'p-jonas', 'p-isabela', 'p-grace', 'p-samuel', 'p-mateo'],
  /** The viewer's teammates (the manager's other direct reports). */
  teammateIds: ['p-diego', 'p-fatima', 'p-tomasz', 'p-aisha', 'p-kenji'],
  teamIds: {
    engineering: 'team-engineering',
    sales: 'team-sales',
    people: 'team-people',
    customerSuccess: 'team-customer-success',
  },
  /** The root of the current cycle's goal tree (the company plan). */
  orgRootGoalId: 'g-org',
  /** The root of last cycle's (finished) goal tree. */
  previousOrgRootGoalId: 'g-prev-org',
  goalIds: {
    revenue: 'g-org-revenue',
    customers: 'g-org-customers',
    people: 'g-org-people',
    engineeringReliability: 'g-eng-reliability',
    engineeringVelocity: 'g-eng-velocity',
    sales: 'g-sales-arr',
    peopleGrowth: 'g-people-growth',
    customerRetention: 'g-cs-retention',
    platformTeam: 'g-team-platform',
    /** The viewer's key-results goal, aligned to a Customer Success key result. */
    viewerDeploys: 'g-priya-deploys',
    /** The viewer's children-mode goal with two weighted sub-goals. */
    viewerGrowth: 'g-priya-growth',
    /** The viewer's manual goal. */
    viewerOnCall: 'g-priya-oncall',
    /** An archived goal of the viewer's. */
    viewerArchived: 'g-priya-mesh',
  },
  /** The current review cycle (goals and the 360) and the one before it. */
  cycleId: 'cycle-current',
  previousCycleId: 'cycle-previous',
  /** The cycle before the previous one: only 360 results (the viewer and their manager have three cycles). */
  earlierCycleId: 'cycle-earlier',
  surveyId: 'survey-360',
  competencyIds: ['clarity', 'coaching', 'courage', 'collaboration', 'customer-focus'],
  /**
   * Open 360 assignments, one per relationship, ready to fill in. All are about the viewer's
   * manager; `directReport` is the viewer's own upward feedback, `self` has a saved draft.
   */
  assignmentIds: {
    self: 'a-cur-mei-self',
    manager: 'a-cur-mei-lars',
    peer: 'a-cur-mei-jonas',
    directReport: 'a-cur-mei-priya',
    other: 'a-cur-mei-olivia',
  },
  /** The viewer's own 360 this cycle (viewer as subject), by relationship. */
  viewerAssignmentIds: {
    self: 'a-cur-priya-self',
    manager: 'a-cur-priya-mei',
    peers: ['a-cur-priya-diego', 'a-cur-priya-fatima', 'a-cur-priya-tomasz', 'a-cur-priya-aisha', 'a-cur-priya-kenji'],
    others: ['a-cur-priya-ingrid', 'a-cur-priya-omar', 'a-cur-priya-hannah', 'a-cur-priya-arjun'],
  },
  /** The viewer as a rater this cycle: upward feedback to their manager, a teammate as peer, their own self-assessment. */
  raterAssignmentIds: {
    upward: 'a-cur-mei-priya',
    peer: 'a-cur-diego-priya',
    self: 'a-cur-priya-self',
  },
  /** A submitted assignment (the viewer's self-assessment). */
  submittedAssignmentId: 'a-cur-priya-self',
  /** An assignment from the previous cycle that closed unanswered. */
  closedAssignmentId: 'a-prev-priya-aisha',
  /** Has a draft check-in for the current week. */
  draftCheckInPersonId: 'p-diego',
} as const;
