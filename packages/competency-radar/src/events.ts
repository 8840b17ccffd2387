import type { FocusReason } from './types.js';

/**
 * The person chose a competency as their focus ("Make this my focus"). A portal can carry it into
 * the check-in's "one thing to improve". Bubbles and crosses shadow roots.
 */
export class PmCompetencyFocusEvent extends Event {
  static readonly type = 'pm-competency-focus';
  readonly competencyId: string;
  /** The competency's name, as shown. */
  readonly competency: string;
  readonly reason: FocusReason;
  readonly detail: { competencyId: string; competency: string; reason: FocusReason };
  constructor(competencyId: string, competency: string, reason: FocusReason) {
    super(PmCompetencyFocusEvent.type, { bubbles: true, composed: true });
    this.competencyId = competencyId;
    this.competency = competency;
    this.reason = reason;
    this.detail = { competencyId, competency, reason };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pm-competency-focus': PmCompetencyFocusEvent;
  }
}
