import type { PortMethod } from '../ports.js';
import type { CheckName } from './checked.js';

/**
 * What the validating wrapper checks for each port method: each argument (by the label an error
 * names it with) and the answer. By name, so the table carries no zod: the names resolve to the
 * generated checks on the success path and to the zod schemas when an error must be worded.
 */
export const PORT_TABLE: Record<PortMethod, { readonly in: readonly (readonly [label: string, check: CheckName])[]; readonly out: CheckName | null }> = {
  listGoals: { in: [['query', 'goalQuery']], out: 'goalList' },
  saveGoal: { in: [['goal', 'goalInput']], out: 'goal' },
  deleteGoal: { in: [['id', 'id'], ['options.version', 'version']], out: null },
  getCheckIn: { in: [['query', 'checkInQuery']], out: 'checkInContext' },
  saveCheckInDraft: { in: [['draft', 'checkInDraft']], out: 'checkIn' },
  submitCheckIn: { in: [['checkIn', 'checkInSubmission'], ['options.idempotencyKey', 'id']], out: 'checkIn' },
  replyToCheckIn: { in: [['reply', 'managerReplyInput'], ['options.idempotencyKey', 'id']], out: 'checkIn' },
  getAssignment: { in: [['assignmentId', 'id']], out: 'surveyAssignment' },
  listAssignments: { in: [['query', 'assignmentQuery']], out: 'assignmentList' },
  saveSurveyDraft: { in: [['assignmentId', 'id'], ['answers', 'answers']], out: 'surveyDraft' },
  submitSurvey: { in: [['assignmentId', 'id'], ['answers', 'answers'], ['options.idempotencyKey', 'id']], out: 'surveyAssignment' },
  listFeedback: { in: [['query', 'feedbackQuery']], out: 'feedbackPageEnvelope' },
  giveFeedback: { in: [['input', 'feedbackInput'], ['options.idempotencyKey', 'id']], out: 'feedbackItem' },
  requestFeedback: { in: [['input', 'feedbackRequestInput'], ['options.idempotencyKey', 'id']], out: 'feedbackRequests' },
  listFeedbackRequests: { in: [['query', 'feedbackRequestQuery']], out: 'feedbackRequestList' },
  getCompetencyProfile: { in: [['query', 'competencyQuery']], out: 'competencyProfile' },
};
