import type { Goal } from '@pm-widgets/core';
import type { GoalChangeAction } from './types.js';

/** A reader selected a goal (click, Enter). */
export class PmGoalSelectEvent extends Event {
  static readonly type = 'pm-goal-select';
  readonly goal: Goal;
  constructor(goal: Goal) {
    super(PmGoalSelectEvent.type, { bubbles: true, composed: true });
    this.goal = goal;
  }

  /** The same data as the properties, for frameworks that read custom events through `detail`. */
  get detail(): { goal: Goal } {
    return { goal: this.goal };
  }
}

/** A save completed: a goal was created, updated, moved or deleted. */
export class PmGoalChangeEvent extends Event {
  static readonly type = 'pm-goal-change';
  readonly goal: Goal;
  readonly action: GoalChangeAction;
  /** The goal as it was before (absent for `create`). */
  readonly previous: Goal | undefined;
  constructor(goal: Goal, action: GoalChangeAction, previous?: Goal) {
    super(PmGoalChangeEvent.type, { bubbles: true, composed: true });
    this.goal = goal;
    this.action = action;
    this.previous = previous;
  }

  /** The same data as the properties, for frameworks that read custom events through `detail`. */
  get detail(): { goal: Goal; action: GoalChangeAction; previous: Goal | undefined } {
    return { goal: this.goal, action: this.action, previous: this.previous };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pm-goal-select': PmGoalSelectEvent;
    'pm-goal-change': PmGoalChangeEvent;
  }
}
