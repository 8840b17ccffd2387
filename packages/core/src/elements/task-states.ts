import type { Task } from '@lit/task';
import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { AdapterError } from '../errors.js';
import { errorText, type CoreMessages } from '../messages.js';

export interface TaskStateViews<T> {
  /** What to configure before anything can load (no adapter, no id). */
  initial: () => unknown;
  complete: (value: T) => unknown;
  /** When given and true for the value, `empty` is rendered instead of `complete`. */
  isEmpty?: (value: T) => boolean;
  empty?: () => unknown;
  /** Lines of skeleton to show while loading. */
  skeletonLines?: number;
  /** Shown above the error text, e.g. "Goals could not be loaded". */
  errorTitle?: string;
  messages: CoreMessages;
}

/**
 * Every widget renders the same five states the same way: initial, pending (a skeleton with a
 * polite status), empty, error (an alert with Retry), complete. While a reload is pending the last
 * value stays on screen, marked busy, so the layout does not jump.
 */
export function renderTaskStates<T>(task: Task<readonly unknown[], T>, views: TaskStateViews<T>): unknown {
  const complete = (value: T) =>
    views.isEmpty?.(value) && views.empty ? views.empty() : views.complete(value);
  switch (task.status) {
    case TaskStatus.INITIAL:
      return views.initial();
    case TaskStatus.PENDING:
      return task.value !== undefined
        ? html`<div aria-busy="true">${complete(task.value)}</div>`
        : renderSkeleton(views.skeletonLines ?? 4, views.messages);
    case TaskStatus.COMPLETE:
      return complete(task.value as T);
    case TaskStatus.ERROR:
      return renderError(task.error, views.messages, () => task.run(), views.errorTitle);
  }
}

export function renderSkeleton(lines: number, messages: CoreMessages): TemplateResult {
  return html`<div class="skeleton" part="skeleton" aria-busy="true">
    <span class="visually-hidden" role="status">${messages.loading}</span>
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line"></div>`)}
  </div>`;
}

/** An error as an alert a user understands, with the developer's message one click away. */
export function renderError(
  error: unknown,
  messages: CoreMessages,
  retry: (() => void) | undefined,
  title: string = messages.errorTitle,
): TemplateResult {
  const adapterError = AdapterError.is(error) ? error : undefined;
  const text = adapterError ? errorText(messages, adapterError.code) : messages.errorUnavailable;
  const canRetry = retry && adapterError?.code !== 'not-supported';
  return html`<div class="state" part="error" role="alert">
    <h2>${title}</h2>
    <p>${text}</p>
    ${renderTechnicalDetails(error, messages)}
    ${canRetry ? html`<button class="button" part="retry" type="button" @click=${retry}>${messages.retry}</button>` : nothing}
  </div>`;
}

/** The initial state: what is missing, in words. */
export function renderInitial(message: string): TemplateResult {
  return html`<div class="state" part="initial"><p>${message}</p></div>`;
}

/** The developer's message of any error: what an AdapterError (or anything thrown) says. */
export function developerMessage(error: unknown): string {
  return error instanceof Error || AdapterError.is(error) ? (error as Error).message : String(error);
}

/**
 * "Technical details": the developer's message one click away, under any error a widget shows
 * (a failed load, save, submission or reply).
 */
export function renderTechnicalDetails(error: unknown, messages: CoreMessages): TemplateResult {
  return html`<details class="technical-details" part="technical-details">
    <summary>${messages.technicalDetails}</summary>
    <code>${developerMessage(error)}</code>
  </details>`;
}

const warned = new WeakSet<object>();

/**
 * Logs a failed write once for the developer wiring the widget: `console.warn` with the widget,
 * what failed and the developer message (and the error itself, for its cause). The same error
 * object is logged only once however often it is rendered.
 */
export function warnWriteFailed(widget: string, action: string, error: unknown): void {
  if (typeof error === 'object' && error !== null) {
    if (warned.has(error)) return;
    warned.add(error);
  }
  console.warn(`<${widget}>: ${action} failed: ${developerMessage(error)}`, error);
}
