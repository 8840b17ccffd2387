import {
  AdapterError, conflictCurrent, errorText, warnWriteFailed, type CoreMessages, type Goal, type GoalInput, type GoalsPort,
} from '@pm-widgets/core';
import type { ReactiveControllerHost } from 'lit';
import { PmGoalChangeEvent } from './events.js';
import type { GoalTreeMessages } from './messages.js';
import type { GoalChangeAction } from './types.js';

/** Why a save failed, for the "Technical details" under the message. */
export interface SaveFailure {
  error: unknown;
  messages: CoreMessages;
}

/** What the reader is told about the last save. */
export type SaveMessage =
  | { kind: 'saving' | 'saved' | 'error'; text: string; goalId: string; action: GoalChangeAction; note?: string; failure?: SaveFailure }
  | { kind: 'conflict'; text: string; goalId: string; action: GoalChangeAction; server?: Goal; failure?: SaveFailure };

export interface GoalSaverOptions {
  /** Where saves go; undefined to change only the goals on screen (a host-given `.goals`). */
  port: () => Pick<GoalsPort, 'saveGoal' | 'deleteGoal'> | undefined;
  /** Index of a goal in the list on screen, or -1. */
  indexOf: (goalId: string) => number | undefined;
  /** Puts a goal into the list on screen (at `at` when it is new), or takes it out (`null`). */
  replace: (goalId: string, goal: Goal | null, at?: number) => void;
  text: () => GoalTreeMessages;
  coreText: () => CoreMessages;
  /** A sentence on what the completed save did beyond the goal itself (e.g. to its parent). */
  effect?: (action: GoalChangeAction, saved: Goal) => string | undefined;
}

/**
 * Optimistic saves: a change shows at once, then goes to the adapter. A completed save fires
 * `pm-goal-change`; a failed one is undone exactly and says why; a version conflict keeps the
 * reader's edit and offers the other person's version (from the error, or by reloading).
 * The message to show is kept here; every change of it asks the host to render again.
 */
export class GoalSaver {
  #current?: SaveMessage;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: GoalSaverOptions,
  ) {}

  get message(): SaveMessage | undefined {
    return this.#current;
  }

  /** Applies a change at once, then saves it; resolves to whether the save succeeded. */
  async save(action: GoalChangeAction, next: Goal | null, previous: Goal | null): Promise<boolean> {
    const { options } = this;
    const id = (next ?? previous)!.id;
    const at = previous ? options.indexOf(id) : undefined;
    options.replace(id, next, at);
    const text = options.text();
    this.#show({ kind: 'saving', text: text.saving, goalId: id, action });
    const api = options.port();
    try {
      let saved: Goal;
      if (action === 'delete') {
        if (api) await api.deleteGoal(id, { version: previous!.version });
        saved = previous!;
      } else if (api) {
        const input: GoalInput = { ...next! };
        if (action === 'create') {
          delete input.version;
          delete input.updatedAt;
        }
        saved = await api.saveGoal(input);
        options.replace(id, saved);
      } else {
        saved = next!;
      }
      const note = options.effect?.(action, saved);
      this.#show({ kind: 'saved', text: text.saved, goalId: id, action, ...(note ? { note } : {}) });
      this.host.dispatchEvent(new PmGoalChangeEvent(saved, action, previous ?? undefined));
      return true;
    } catch (error) {
      // Undo exactly this change.
      options.replace(id, previous, at);
      warnWriteFailed('pm-goal-tree', action === 'delete' ? 'Deleting a goal' : 'Saving a goal', error);
      const coreText = options.coreText();
      const failure: SaveFailure = { error, messages: coreText };
      if (AdapterError.is(error) && error.code === 'conflict') {
        // The stored goal (memory adapter: the details; REST: their `current`), checked like any answer.
        const current = await conflictCurrent(error, 'goal');
        const server = current?.id === id ? current : undefined;
        this.#show({ kind: 'conflict', text: text.conflict, goalId: id, action, failure, ...(server ? { server } : {}) });
      } else {
        const reason = AdapterError.is(error)
          ? (error.code === 'forbidden' ? text.forbidden : errorText(coreText, error.code))
          : coreText.errorUnavailable;
        this.#show({ kind: 'error', text: text.saveFailed(reason), goalId: id, action, failure });
      }
      return false;
    }
  }

  /**
   * After a conflict, shows the other person's version: the copy the adapter sent with the
   * error, or else whatever `reload` brings. The reader's draft is not touched.
   */
  async takeServerVersion(reload: () => Promise<void>): Promise<void> {
    const message = this.#current;
    if (message?.kind !== 'conflict') return;
    if (message.server) this.options.replace(message.goalId, message.server);
    else await reload();
    this.#show(undefined);
  }

  dismiss(): void {
    this.#show(undefined);
  }

  #show(message: SaveMessage | undefined): void {
    if (message === this.#current) return;
    this.#current = message;
    this.host.requestUpdate();
  }
}
