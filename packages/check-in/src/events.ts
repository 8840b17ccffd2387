import type { CheckIn } from '@pm-widgets/core';

const init = { bubbles: true, composed: true } as const;

/** The person submitted this period's check-in; `checkIn` (also `detail.checkIn`) is the stored check-in. */
export class PmCheckInSubmitEvent extends Event {
  static readonly type = 'pm-check-in-submit';
  readonly checkIn: CheckIn;
  /** The same data as `detail`, for frameworks that read custom events that way. */
  readonly detail: { checkIn: CheckIn };
  constructor(checkIn: CheckIn) {
    super(PmCheckInSubmitEvent.type, init);
    this.checkIn = checkIn;
    this.detail = { checkIn };
  }
}

/** A draft the person typed was saved by the backend (autosave); `detail.checkIn` is the stored draft. */
export class PmCheckInSaveEvent extends Event {
  static readonly type = 'pm-check-in-save';
  readonly checkIn: CheckIn;
  /** The same data as `detail`, for frameworks that read custom events that way. */
  readonly detail: { checkIn: CheckIn };
  constructor(checkIn: CheckIn) {
    super(PmCheckInSaveEvent.type, init);
    this.checkIn = checkIn;
    this.detail = { checkIn };
  }
}

/** The manager's reply was saved; `detail.checkIn` carries it in `managerReply`. */
export class PmCheckInReplyEvent extends Event {
  static readonly type = 'pm-check-in-reply';
  readonly checkIn: CheckIn;
  /** The same data as `detail`, for frameworks that read custom events that way. */
  readonly detail: { checkIn: CheckIn };
  constructor(checkIn: CheckIn) {
    super(PmCheckInReplyEvent.type, init);
    this.checkIn = checkIn;
    this.detail = { checkIn };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pm-check-in-submit': PmCheckInSubmitEvent;
    'pm-check-in-save': PmCheckInSaveEvent;
    'pm-check-in-reply': PmCheckInReplyEvent;
  }
}
