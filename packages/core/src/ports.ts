import type { CheckIn, CheckInContext, CheckInDraft, CheckInQuery, CheckInSubmission, ManagerReplyInput } from './schemas/check-in.js';
import type { CompetencyProfile, CompetencyQuery } from './schemas/competency.js';
import type {
  FeedbackInput, FeedbackItem, FeedbackPage, FeedbackQuery, FeedbackRequest, FeedbackRequestInput,
  FeedbackRequestList, FeedbackRequestQuery,
} from './schemas/feedback.js';
import type { Goal, GoalInput, GoalList, GoalQuery } from './schemas/goal.js';
import type { Answers } from './schemas/question.js';
import type { AssignmentList, AssignmentQuery, SurveyAssignment, SurveyDraft } from './schemas/survey.js';

/** Every port method takes these; adapters should pass `signal` on to their transport. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Writes that must never be duplicated carry a key the backend uses to recognise a retry. */
export interface IdempotentCallOptions extends CallOptions {
  idempotencyKey: string;
}

export interface VersionedCallOptions extends CallOptions {
  /** The version read; absent when the backend sends none (then nothing is checked). */
  version?: number | undefined;
}

export interface GoalsPort {
  listGoals(query: GoalQuery, options?: CallOptions): Promise<GoalList>;
  /** Creates (no `version`) or updates (with the `version` read) a goal; a stale version is a `conflict`. */
  saveGoal(goal: GoalInput, options?: CallOptions): Promise<Goal>;
  deleteGoal(id: string, options: VersionedCallOptions): Promise<void>;
}

export interface CheckInsPort {
  /** The week's check-in with what it needs; `goals` carry their computed progress (key results, children). */
  getCheckIn(query: CheckInQuery, options?: CallOptions): Promise<CheckInContext>;
  saveCheckInDraft(draft: CheckInDraft, options?: CallOptions): Promise<CheckIn>;
  /**
   * Stores the check-in as submitted (once per idempotency key) and moves the goals it reports on:
   * a `manual` goal takes the update's `progress`; a `key-results` goal takes the update's
   * `keyResults[].current` values (its progress follows from them); a goal rolled up from its
   * `children` is left alone. Each goal changed gets a new `version` (and `updatedAt`), which the
   * returned check-in may record in `goalUpdates[].goalVersion`.
   */
  submitCheckIn(checkIn: CheckInSubmission, options: IdempotentCallOptions): Promise<CheckIn>;
  /** The manager's feedback and coaching note on a submitted check-in. */
  replyToCheckIn(reply: ManagerReplyInput, options: IdempotentCallOptions): Promise<CheckIn>;
}

export interface SurveysPort {
  getAssignment(assignmentId: string, options?: CallOptions): Promise<SurveyAssignment>;
  /** A rater's assignments (all statuses unless `status` is given), open ones first, then by due date. */
  listAssignments(query: AssignmentQuery, options?: CallOptions): Promise<AssignmentList>;
  saveSurveyDraft(assignmentId: string, answers: Answers, options?: CallOptions): Promise<SurveyDraft>;
  submitSurvey(assignmentId: string, answers: Answers, options: IdempotentCallOptions): Promise<SurveyAssignment>;
}

export interface FeedbackPort {
  listFeedback(query: FeedbackQuery, options?: CallOptions): Promise<FeedbackPage>;
  giveFeedback(input: FeedbackInput, options: IdempotentCallOptions): Promise<FeedbackItem>;
  /** Asks each of `toIds` for feedback on `aboutId`; one request per person asked. */
  requestFeedback(input: FeedbackRequestInput, options: IdempotentCallOptions): Promise<FeedbackRequest[]>;
  /** Open requests addressed to `personId`, and who that person may ask. */
  listFeedbackRequests(query: FeedbackRequestQuery, options?: CallOptions): Promise<FeedbackRequestList>;
}

export interface CompetenciesPort {
  getCompetencyProfile(query: CompetencyQuery, options?: CallOptions): Promise<CompetencyProfile>;
}

/** An adapter implements any subset of the ports; a widget needs only its own. */
export type PerformanceAdapter = Partial<
  GoalsPort & CheckInsPort & SurveysPort & FeedbackPort & CompetenciesPort
>;

/** Which methods make up each port, so a widget can say exactly what is missing. */
export const PORT_METHODS = {
  GoalsPort: ['listGoals', 'saveGoal', 'deleteGoal'],
  CheckInsPort: ['getCheckIn', 'saveCheckInDraft', 'submitCheckIn', 'replyToCheckIn'],
  SurveysPort: ['getAssignment', 'listAssignments', 'saveSurveyDraft', 'submitSurvey'],
  FeedbackPort: ['listFeedback', 'giveFeedback', 'requestFeedback', 'listFeedbackRequests'],
  CompetenciesPort: ['getCompetencyProfile'],
} as const satisfies Record<string, readonly (keyof PerformanceAdapter)[]>;
export type PortName = keyof typeof PORT_METHODS;
export type PortMethod = (typeof PORT_METHODS)[PortName][number];
