import type { FeedbackItem, FeedbackRequest } from '@pm-widgets/core';

/** The reader selected an item (click or Enter); `item` is the feedback item. */
export class PmFeedbackSelectEvent extends Event {
  static readonly type = 'pm-feedback-select';
  readonly item: FeedbackItem;
  readonly detail: { item: FeedbackItem };
  constructor(item: FeedbackItem) {
    super(PmFeedbackSelectEvent.type, { bubbles: true, composed: true });
    this.item = item;
    this.detail = { item };
  }
}

/** Feedback the viewer wrote was stored; `item` is the stored item. */
export class PmFeedbackGiveEvent extends Event {
  static readonly type = 'pm-feedback-give';
  readonly item: FeedbackItem;
  readonly detail: { item: FeedbackItem };
  constructor(item: FeedbackItem) {
    super(PmFeedbackGiveEvent.type, { bubbles: true, composed: true });
    this.item = item;
    this.detail = { item };
  }
}

/** The viewer's request for feedback was stored; `requests` holds one per person asked. */
export class PmFeedbackRequestEvent extends Event {
  static readonly type = 'pm-feedback-request';
  readonly requests: FeedbackRequest[];
  readonly detail: { requests: FeedbackRequest[] };
  constructor(requests: FeedbackRequest[]) {
    super(PmFeedbackRequestEvent.type, { bubbles: true, composed: true });
    this.requests = requests;
    this.detail = { requests };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pm-feedback-select': PmFeedbackSelectEvent;
    'pm-feedback-give': PmFeedbackGiveEvent;
    'pm-feedback-request': PmFeedbackRequestEvent;
  }
}
