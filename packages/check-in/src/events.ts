import type { CheckIn } from '@pm-widgets/core';

/**
 * What every check-in event carries: the stored check-in as `checkIn`, and the same data in
 * `detail` for frameworks that read custom events that way. Bubbles and crosses shadow roots.
 */
abstract class PmCheckInEvent extends Event {
  readonly checkIn: CheckIn;
  readonly detail: { checkIn: CheckIn };
  constructor(type: string, checkIn: CheckIn) {
    super(type, { bubbles: true, composed: true });
    this.checkIn = checkIn;
    this.detail = { checkIn };
  }
}

/** The person submitted this period's check-in; `checkIn` is the stored check-in. */
export class PmCheckInSubmitEvent extends PmCheckInEvent {
  static readonly type = 'pm-check-in-submit';
  constructor(checkIn: CheckIn) {
    super(PmCheckInSubmitEvent.type, checkIn);
  }
}

/** A draft the person typed was saved by the backend (autosave); `checkIn` is the stored draft. */
export class PmCheckInSaveEvent extends PmCheckInEvent {
  static readonly type = 'pm-check-in-save';
  constructor(checkIn: CheckIn) {
    super(PmCheckInSaveEvent.type, checkIn);
  }
}

/** The manager's reply was saved; `checkIn.managerReply` holds it. */
export class PmCheckInReplyEvent extends PmCheckInEvent {
  static readonly type = 'pm-check-in-reply';
  constructor(checkIn: CheckIn) {
    super(PmCheckInReplyEvent.type, checkIn);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pm-check-in-submit': PmCheckInSubmitEvent;
    'pm-check-in-save': PmCheckInSaveEvent;
    'pm-check-in-reply': PmCheckInReplyEvent;
  }
}
