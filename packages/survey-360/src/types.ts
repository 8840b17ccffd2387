/** How the questions are laid out: one section per page (Next / Back), or all on one page. */
export const SURVEY_LAYOUTS = ['paged', 'single'] as const;
export type SurveyLayout = (typeof SURVEY_LAYOUTS)[number];

/** A rating scale has from 2 to 11 points. */
export const MIN_SCALE_POINTS = 2;
export const MAX_SCALE_POINTS = 11;

/** How far the rater is: required questions answered (N/A counts where allowed) of all required ones. */
export interface SurveyProgress {
  answered: number;
  required: number;
  /** True when every required question is answered. */
  complete: boolean;
}

/** Why a survey definition cannot be shown (the rater is told in words). */
export const SURVEY_PROBLEMS = ['duplicate-id', 'bad-scale', 'too-many-points'] as const;
export type SurveyProblemKind = (typeof SURVEY_PROBLEMS)[number];
