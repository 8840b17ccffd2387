import { Task, initialState } from '@lit/task';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import {
  PmWidgetElement, renderInitial, renderTaskStates, statesStyles, type GoalList,
} from '@pm-widgets/core';

/**
 * The smallest widget built the way the five are: used to test the base element, the provider
 * and the shared states renderer before any real widget exists.
 */
export class PmTestGoals extends PmWidgetElement {
  static override styles = [PmWidgetElement.styles, statesStyles];

  readonly goalsTask = new Task(this, {
    task: async ([api, owner], { signal }) => {
      if (!api || !owner) return initialState;
      return api.listGoals({ ownerId: owner }, { signal });
    },
    args: () => [this.api, this.owner] as const,
  });

  @property() owner?: string;

  /** What the widget saw last, for assertions. */
  get seen() {
    return { locale: this.resolvedLocale, viewer: this.viewerId };
  }

  override render() {
    return renderTaskStates(this.goalsTask, {
      initial: () => renderInitial(this.api ? 'Set the owner attribute.' : this.coreText.noAdapter),
      isEmpty: (list: GoalList) => list.goals.length === 0,
      empty: () => html`<p part="empty">No goals yet.</p>`,
      complete: (list: GoalList) => html`<ul part="list">${list.goals.map((g) => html`<li>${g.title}</li>`)}</ul>`,
      messages: this.coreText,
    });
  }
}
if (!customElements.get('pm-test-goals')) customElements.define('pm-test-goals', PmTestGoals);

declare global {
  interface HTMLElementTagNameMap {
    'pm-test-goals': PmTestGoals;
  }
}
