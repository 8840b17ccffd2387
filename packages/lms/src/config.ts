/** The configuration the packager writes into a package's launch page (`#pm-lms-config`). */
export interface LmsConfig {
  format: 'scorm12' | 'scorm2004' | 'cmi5';
  widget: 'survey-360' | 'check-in';
  /** Backend base URL (`<pm-provider api>`); absent: the memory adapter, a try-out. */
  api?: string;
  credentials?: RequestCredentials;
  /** Survey: the assignment id when the package is for one assignment. */
  assignment?: string;
  /** Check-in: the person and period. */
  person?: string;
  period?: string;
  locale?: string;
  /**
   * SCORM: also record a self-assessment's ratings as interactions (never for other raters, never
   * comments or question text). Default off: completion only.
   */
  interactions?: boolean;
  /** Package title (the launch page's heading). */
  title?: string;
}
