import * as z from 'zod/mini';
import { AdapterError } from './errors.js';
import { CHECKED, type CheckName } from './schemas/checked.js';
import { feedbackRequestSchema } from './schemas/feedback.js';
import { questionSchema } from './schemas/question.js';
import { describeIssues, describeShape, nameShape, previewValue } from './validation-messages.js';

/**
 * zod/mini's side of the validating wrapper, loaded on demand: only when a generated check
 * (checks.generated.ts) could not prove a value valid. zod then decides — it accepts what the
 * checks refuse only to stay small (e.g. a class instance where a plain object is expected) —
 * and words the error a developer reads. Pages whose backend sends valid data never load it.
 */
for (const [schema, label] of [
  [CHECKED.goal, 'Goal'], [CHECKED.person, 'Person'], [CHECKED.checkIn, 'CheckIn'], [questionSchema, 'Question'],
  [CHECKED.feedbackItem, 'FeedbackItem'], [feedbackRequestSchema, 'FeedbackRequest'], [CHECKED.surveyDraft, 'SurveyDraft'],
] as const) nameShape(schema, label);

/** zod's result for an argument of `method`, or an `invalid-request` error naming what is wrong. */
export function parseInput(method: string, label: string, name: CheckName, value: unknown): unknown {
  const result = z.safeParse(CHECKED[name], value);
  if (result.success) return result.data;
  throw new AdapterError(
    'invalid-request',
    describeIssues(`${method} was called with`, label, value, result.error.issues),
    { method, details: result.error.issues, retryable: false },
  );
}

/** zod's result for an answer of `method`, or an `invalid-response` error naming what is wrong. */
export function parseOutput(method: string, name: CheckName, value: unknown, label = ''): unknown {
  const result = z.safeParse(CHECKED[name], value);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  // The whole answer has the wrong shape: show the right one.
  const wrongShape = !label && first && first.path.length === 0 && first.code === 'invalid_type';
  throw new AdapterError(
    'invalid-response',
    wrongShape
      ? `${method} returned ${previewValue(value)}; expected ${describeShape(CHECKED[name] as never)}`
      : describeIssues(`${method} returned`, label, value, result.error.issues),
    { method, details: result.error.issues, retryable: false },
  );
}

/** zod's result, or the sentence saying what is wrong (`${prefix} ${label}… = …; expected …`). */
export function parseItem(prefix: string, name: CheckName, value: unknown, label: string): { data: unknown } | { problem: string } {
  const result = z.safeParse(CHECKED[name], value);
  return result.success ? { data: result.data } : { problem: describeIssues(prefix, label, value, result.error.issues) };
}
