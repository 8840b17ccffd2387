export { PmSurvey360 } from './survey-360.js';
export { PmSurveyProgressEvent, PmSurveySubmitEvent } from './events.js';
export { surveyMessages } from './messages-complete.js';
export type { SurveyMessages } from './messages.js';
export { buildModel, progressOf, resumePage, sanitizeAnswers, type SurveyModel } from './survey-model.js';
export * from './types.js';
