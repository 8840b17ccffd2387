/**
 * @pm-widgets/core without the zod/mini schema objects: everything a page that renders widgets
 * needs. `@pm-widgets/core` is this and the schemas; the umbrella bundle exports this, and the
 * schemas from `pm-widgets/schemas`.
 */
// The schemas' constants and types; the zod/mini schemas themselves are in './schemas/index.js'
// (`@pm-widgets/core/schemas`), so code that only renders and validates never carries zod.
export * from './schemas/values.js';
export type { Person } from './schemas/person.js';
export type { GoalLevel, GoalStatus, ProgressMode, KeyResultKind, KeyResult, Alignment, Goal, GoalInput, GoalQuery, GoalList } from './schemas/goal.js';
export type { QuestionKind, Question, SurveyQuestion, Answer, Answers } from './schemas/question.js';
export type { CheckInStatus, KeyResultUpdate, GoalUpdate, ManagerReply, CheckIn, CheckInDraft, CheckInSubmission, CheckInQuery, CheckInContext, ManagerReplyInput } from './schemas/check-in.js';
export type { Relationship, AssignmentStatus, RatingScale, SurveySection, Survey, SurveyDraft, SurveyAssignment, AssignmentQuery, AssignmentSummary, AssignmentList } from './schemas/survey.js';
export type { FeedbackKind, Visibility, FeedbackItem, FeedbackQuery, FeedbackCatalogue, FeedbackPage, FeedbackInput, FeedbackRequest, FeedbackRequestInput, FeedbackRequestQuery, FeedbackRequestList } from './schemas/feedback.js';
export type { RaterGroup, GroupScore, CompetencyScore, CycleCompetencyScore, ProfileCycle, CompetencyProfile, CompetencyQuery } from './schemas/competency.js';
export * from './errors.js';
export * from './ports.js';
export * from './validating-adapter.js';
export type { CheckName, Checked } from './schemas/checked.js';
export * from './context.js';
export * from './i18n.js';
export * from './format.js';
export * from './dates.js';
export * from './messages.js';
export { PmElement } from './elements/pm-element.js';
export { PmWidgetElement } from './elements/widget-element.js';
export { hostStyles, tokenStyles } from './elements/tokens.styles.js';
export { statesStyles } from './elements/states.styles.js';
export { visualStyles } from './elements/visual.styles.js';
export { cssProps } from './elements/css-props.js';
export {
  avatarTone, initialsOf, renderAvatar, renderMeter, safeHttpUrl, statusTone,
  type AvatarOptions, type AvatarPerson, type MeterOptions, type Tone,
} from './elements/visual.js';
export {
  renderTaskStates, renderError, renderInitial, renderSkeleton, renderTechnicalDetails, developerMessage, warnWriteFailed,
  type TaskStateViews,
} from './elements/task-states.js';
export { PmProvider } from './provider.js';
export * from './cache/index.js';
export { LazyPart, addPartStyles } from './elements/lazy-part.js';
