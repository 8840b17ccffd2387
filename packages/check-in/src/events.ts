import type { CheckIn } from '@pm-widgets/core';

const init = { bubbles: true, composed: true } as const;

/** The person submitted this period's check-in; `detail.checkIn` is the stored check-in. */
export class CheckInSubmitEvent extends Event {
  static readonly type = 'pm-check-in-submit';
  readonly detail: { checkIn: CheckIn };
  constructor(checkIn: CheckIn) {
    super(CheckInSubmitEvent.type, init);
    this.detail = { checkIn };
  }
}

/** A draft the person typed was saved by the backend (autosave); `detail.checkIn` is the stored draft. */
export class CheckInSaveEvent extends Event {
  static readonly type = 'pm-check-in-save';
  readonly detail: { checkIn: CheckIn };
  constructor(checkIn: CheckIn) {
    super(CheckInSaveEvent.type, init);
    this.detail = { checkIn };
  }
}

/** The manager's reply was saved; `detail.checkIn` carries it in `managerReply`. */
export class CheckInReplyEvent extends Event {
  static readonly type = 'pm-check-in-reply';
  readonly detail: { checkIn: CheckIn };
  constructor(checkIn: CheckIn) {
    super(CheckInReplyEvent.type, init);
    this.detail = { checkIn };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pm-check-in-submit': CheckInSubmitEvent;
    'pm-check-in-save': CheckInSaveEvent;
    'pm-check-in-reply': CheckInReplyEvent;
  }
}
