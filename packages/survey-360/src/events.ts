import type { Answers, SurveyAssignment } from '@pm-widgets/core';
import type { SurveyProgress } from './types.js';

/**
 * The rater submitted and the backend confirmed. `assignment` is the stored assignment (status
 * `submitted`), `answers` what was sent; `detail` carries both for frameworks that read it.
 * Bubbles and crosses shadow roots.
 */
export class PmSurveySubmitEvent extends Event {
  static readonly type = 'pm-survey-submit';
  readonly assignment: SurveyAssignment;
  readonly answers: Answers;
  readonly detail: { assignment: SurveyAssignment; answers: Answers };
  constructor(assignment: SurveyAssignment, answers: Answers) {
    super(PmSurveySubmitEvent.type, { bubbles: true, composed: true });
    this.assignment = assignment;
    this.answers = answers;
    this.detail = { assignment, answers };
  }
}

/** The rater's progress changed (an answer given or taken back): required questions answered of all. */
export class PmSurveyProgressEvent extends Event {
  static readonly type = 'pm-survey-progress';
  readonly progress: SurveyProgress;
  readonly detail: SurveyProgress;
  constructor(progress: SurveyProgress) {
    super(PmSurveyProgressEvent.type, { bubbles: true, composed: true });
    this.progress = progress;
    this.detail = progress;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pm-survey-submit': PmSurveySubmitEvent;
    'pm-survey-progress': PmSurveyProgressEvent;
  }
}
