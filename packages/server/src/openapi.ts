import { toJSONSchema } from 'zod';
import type * as z from 'zod/mini';
import {
  PORT_METHODS, assignmentListSchema, checkInContextSchema, checkInDraftSchema, checkInSchema, checkInSubmissionSchema,
  competencyProfileSchema, feedbackInputSchema, feedbackItemSchema, feedbackPageSchema, feedbackRequestInputSchema,
  feedbackRequestListSchema, feedbackRequestSchema, goalInputSchema, goalListSchema, goalSchema, managerReplyInputSchema,
  surveyAssignmentSchema, surveyDraftSchema, answersSchema, httpUrlSchema, isoDateSchema, isoDateTimeSchema,
} from '@pm-widgets/core';

/** The core schemas the document is made of, by component name. Generated, so they cannot drift. */
export const COMPONENT_SCHEMAS: Record<string, z.core.$ZodType> = {
  Goal: goalSchema,
  GoalInput: goalInputSchema,
  GoalList: goalListSchema,
  CheckIn: checkInSchema,
  CheckInContext: checkInContextSchema,
  CheckInDraft: checkInDraftSchema,
  CheckInSubmission: checkInSubmissionSchema,
  ManagerReplyBody: managerReplyInputSchema,
  SurveyAssignment: surveyAssignmentSchema,
  AssignmentList: assignmentListSchema,
  SurveyDraft: surveyDraftSchema,
  Answers: answersSchema,
  FeedbackPage: feedbackPageSchema,
  FeedbackItem: feedbackItemSchema,
  FeedbackInput: feedbackInputSchema,
  FeedbackRequest: feedbackRequestSchema,
  FeedbackRequestInput: feedbackRequestInputSchema,
  FeedbackRequestList: feedbackRequestListSchema,
  CompetencyProfile: competencyProfileSchema,
};

/** Formats core checks with a refine or a regex (the cheap part of zod/mini), named for the document. */
const FORMATS = new Map<unknown, string>([[httpUrlSchema, 'uri'], [isoDateSchema, 'date'], [isoDateTimeSchema, 'date-time']]);

export function jsonSchemaOf(schema: z.core.$ZodType, io: 'input' | 'output' = 'output'): Record<string, unknown> {
  const override = (ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) => {
    const format = FORMATS.get(ctx.zodSchema);
    if (format) ctx.jsonSchema['format'] = format;
  };
  const { $schema: _drop, ...rest } = toJSONSchema(schema as never, { unrepresentable: 'any', io, target: 'draft-2020-12', override: override as never }) as Record<string, unknown>;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const problem = { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string', minLength: 1, maxLength: 128 } });
const periodParam = { name: 'period', in: 'path', required: true, description: 'ISO week, e.g. 2026-W47', schema: { type: 'string', pattern: '^\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])$' } };
const query = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const keyHeader = { name: 'Idempotency-Key', in: 'header', required: true, description: 'Unique per submission and reused on retries: the same key and body replay the stored answer; the same key with another body is 422.', schema: { type: 'string', minLength: 1, maxLength: 128 } };
const ifMatch = { name: 'If-Match', in: 'header', required: true, description: 'The goal\'s ETag (its version, e.g. "3"). Missing: 428. Stale: 412 with the current goal.', schema: { type: 'string' } };

const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { description: ERROR_TEXT[c], ...problem }]));
const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed JSON, wrong types or unknown fields (problem details list each field path)',
  401: 'No or bad bearer token', 403: 'Not allowed for this person', 404: 'No such entity',
  409: 'Conflict with the stored state', 412: 'If-Match is stale (problem details carry `current`)',
  413: 'Body too large', 415: 'Not JSON', 422: 'Idempotency key reused with another body, or a rule refused the write',
  428: 'If-Match or Idempotency-Key missing', 429: 'Too many requests (Retry-After)', 503: 'Unavailable (Retry-After)',
};
const READ = [400, 401, 403, 404, 429, 503] as const;
const WRITE = [400, 401, 403, 404, 409, 413, 415, 422, 429, 503] as const;

interface Op {
  method: string; path: string; operationId: string; summary: string; parameters?: object[];
  body?: string; response?: string; status?: number; errors: readonly number[];
}

const OPERATIONS: Op[] = [
  { method: 'get', path: '/goals', operationId: 'listGoals', summary: 'Goals (whole organisation, one owner, or a subtree) and their owners', parameters: [query('ownerId', 'Only this person\'s goals'), query('rootId', 'Only this goal and its descendants'), query('cycleId', 'Only goals of this cycle')], response: 'GoalList', errors: READ },
  { method: 'post', path: '/goals', operationId: 'saveGoal', summary: 'Create a goal (no version). The owner or the owner\'s managers.', body: 'GoalInput', response: 'Goal', status: 201, errors: WRITE },
  { method: 'put', path: '/goals/{id}', operationId: 'saveGoal (put)', summary: 'Create a goal under a new id (no If-Match; 201) or update one (If-Match required; 200). The owner or the owner\'s managers. What the REST adapter uses.', parameters: [idParam('id', 'Goal id'), { ...ifMatch, required: false }], body: 'GoalInput', response: 'Goal', errors: [...WRITE, 412, 428] },
  { method: 'delete', path: '/goals/{id}', operationId: 'deleteGoal', summary: 'Delete a goal; its children move up to its parent.', parameters: [idParam('id', 'Goal id'), ifMatch], status: 204, errors: [...WRITE, 412, 428] },
  { method: 'get', path: '/people/{personId}/check-ins/{period}', operationId: 'getCheckIn', summary: 'A person\'s check-in for a week, the previous one, their goals and the questions. The person and their managers.', parameters: [idParam('personId', 'Person id'), periodParam], response: 'CheckInContext', errors: READ },
  { method: 'put', path: '/people/{personId}/check-ins/{period}/draft', operationId: 'saveCheckInDraft', summary: 'Save the draft (the person only).', parameters: [idParam('personId', 'Person id'), periodParam], body: 'CheckInDraft', response: 'CheckIn', errors: WRITE },
  { method: 'post', path: '/people/{personId}/check-ins/{period}/submission', operationId: 'submitCheckIn', summary: 'Submit the check-in (the person only).', parameters: [idParam('personId', 'Person id'), periodParam, keyHeader], body: 'CheckInSubmission', response: 'CheckIn', errors: [...WRITE, 428] },
  { method: 'post', path: '/check-ins/{checkInId}/reply', operationId: 'replyToCheckIn', summary: 'The manager\'s reply on a submitted check-in (the person\'s managers only). Body: `{ body }`.', parameters: [idParam('checkInId', 'Check-in id'), keyHeader], body: 'ManagerReplyBody', response: 'CheckIn', errors: [...WRITE, 428] },
  { method: 'get', path: '/assignments/{assignmentId}', operationId: 'getAssignment', summary: 'One survey assignment with its survey and draft (its rater only).', parameters: [idParam('assignmentId', 'Assignment id')], response: 'SurveyAssignment', errors: READ },
  { method: 'get', path: '/people/{raterId}/assignments', operationId: 'listAssignments', summary: 'A rater\'s assignments (the rater only).', parameters: [idParam('raterId', 'Rater id'), query('status', 'open, submitted or closed', { enum: ['open', 'submitted', 'closed'] })], response: 'AssignmentList', errors: READ },
  { method: 'put', path: '/assignments/{assignmentId}/draft', operationId: 'saveSurveyDraft', summary: 'Save answers so far. Body: `{ answers }`.', parameters: [idParam('assignmentId', 'Assignment id')], body: 'AnswersBody', response: 'SurveyDraft', errors: WRITE },
  { method: 'post', path: '/assignments/{assignmentId}/submission', operationId: 'submitSurvey', summary: 'Submit the answers. Body: `{ answers }`. Responses are never served back; only aggregated profiles are.', parameters: [idParam('assignmentId', 'Assignment id'), keyHeader], body: 'AnswersBody', response: 'SurveyAssignment', errors: [...WRITE, 428] },
  { method: 'get', path: '/people/{personId}/feedback', operationId: 'listFeedback', summary: 'Feedback to a person, newest first, a page at a time (cursor). Private items only for giver and receiver; manager-visible also for the receiver\'s managers.', parameters: [idParam('personId', 'Receiver id'), query('kinds', 'Comma-separated kinds'), query('from', 'ISO date, inclusive', { type: 'string', format: 'date' }), query('to', 'ISO date, inclusive', { type: 'string', format: 'date' }), query('counts', 'true: include counts per kind', { type: 'boolean' }), query('cursor', 'nextCursor of the previous page'), query('limit', '1..500', { type: 'integer', minimum: 1, maximum: 500 })], response: 'FeedbackPage', errors: READ },
  { method: 'post', path: '/feedback', operationId: 'giveFeedback', summary: 'Give feedback in your own name.', parameters: [keyHeader], body: 'FeedbackInput', response: 'FeedbackItem', status: 201, errors: [...WRITE, 428] },
  { method: 'post', path: '/feedback-requests', operationId: 'requestFeedback', summary: 'Ask people for feedback on yourself or someone you manage; one request per person asked.', parameters: [keyHeader], body: 'FeedbackRequestInput', response: 'FeedbackRequestArray', status: 201, errors: [...WRITE, 428] },
  { method: 'get', path: '/people/{personId}/feedback-requests', operationId: 'listFeedbackRequests', summary: 'Open requests addressed to a person (that person only), and whom they may ask.', parameters: [idParam('personId', 'Person id')], response: 'FeedbackRequestList', errors: READ },
  { method: 'get', path: '/people/{personId}/competency-profile', operationId: 'getCompetencyProfile', summary: 'Aggregated 360 scores (core\'s anonymity rule applied). The person and their managers.', parameters: [idParam('personId', 'Person id'), query('cycleId', 'Review cycle; default the latest')], response: 'CompetencyProfile', errors: READ },
];

/** The port method each operation implements (the `x-port-method` extension). */
const portMethodOf = (op: Op) => op.operationId.split(' ')[0]!;

export function buildOpenApi(): Record<string, any> {
  const schemas: Record<string, unknown> = Object.fromEntries(
    Object.entries(COMPONENT_SCHEMAS).map(([name, schema]) => [name, jsonSchemaOf(schema, /Input|Draft$|Submission|Body/.test(name) ? 'input' : 'output')]),
  );
  schemas.AnswersBody = { type: 'object', required: ['answers'], properties: { answers: ref('Answers') }, additionalProperties: false };
  schemas.FeedbackRequestArray = { type: 'array', items: ref('FeedbackRequest') };
  schemas.Problem = {
    type: 'object',
    description: 'RFC 9457 problem details',
    required: ['title', 'status'],
    properties: {
      type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
      errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
      current: { description: 'On 409/412: the stored entity' },
    },
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const responses: Record<string, unknown> = {
      [String(op.status ?? 200)]: op.response ? { description: 'OK', ...json(op.response) } : { description: 'Done' },
      ...errors(...op.errors),
    };
    (paths[op.path] ??= {})[op.method] = {
      operationId: op.operationId.replace(' (put)', 'Put'),
      'x-port-method': portMethodOf(op),
      summary: op.summary,
      security: [{ bearer: [] }],
      ...(op.parameters ? { parameters: op.parameters } : {}),
      ...(op.body ? { requestBody: { required: true, ...json(op.body) } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'pm-widgets REST contract',
      version: '0.1.0',
      description: 'What a backend serves so that the pm-widgets REST adapter (`<pm-provider api>`) works. Schemas are generated from @pm-widgets/core. Every error is problem details (RFC 9457); unknown fields are refused with 400.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}

export const OPERATION_PORT_METHODS = [...new Set(OPERATIONS.map(portMethodOf))];
export const ALL_PORT_METHODS = Object.values(PORT_METHODS).flat();

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function renderSchema(schema: any, depth = 0): string {
  if (!schema || typeof schema !== 'object' || depth > 6) return '';
  if (schema.$ref) return `<a href="#${esc(schema.$ref.split('/').pop())}">${esc(schema.$ref.split('/').pop())}</a>`;
  if (schema.type === 'array') return `${renderSchema(schema.items, depth + 1)}[]`;
  if (schema.anyOf || schema.oneOf) return (schema.anyOf ?? schema.oneOf).map((s: unknown) => renderSchema(s, depth + 1)).join(' | ');
  if (schema.enum) return schema.enum.map((v: unknown) => `<code>${esc(JSON.stringify(v))}</code>`).join(' | ');
  if (schema.type === 'object' && schema.properties) {
    const required = new Set(schema.required ?? []);
    return `<table><thead><tr><th>field</th><th>required</th><th>type</th></tr></thead><tbody>${Object.entries(schema.properties)
      .map(([k, v]) => `<tr><td><code>${esc(k)}</code></td><td>${required.has(k) ? 'yes' : ''}</td><td>${renderSchema(v, depth + 1)}</td></tr>`)
      .join('')}</tbody></table>`;
  }
  if (schema.type === 'object') return 'object';
  return esc(schema.type ?? (schema.const !== undefined ? JSON.stringify(schema.const) : 'any'));
}

/** The document as a readable page (served at /docs). Everything from the document is escaped. */
export function renderDocs(doc: Record<string, any>): string {
  const ops = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => `<section><h3><code>${esc(method.toUpperCase())} ${esc(path)}</code> <small>${esc(op['x-port-method'])}</small></h3>
<p>${esc(op.summary)}</p>
${op.parameters?.length ? `<p>Parameters: ${op.parameters.map((p: any) => `<code>${esc(p.name)}</code> (${esc(p.in)}${p.required ? ', required' : ''})`).join(', ')}</p>` : ''}
${op.requestBody ? `<p>Body: ${renderSchema(op.requestBody.content['application/json'].schema)}</p>` : ''}
<p>Answers: ${Object.entries(op.responses).map(([code, r]: [string, any]) => `<b>${esc(code)}</b> ${r.content?.['application/json'] ? renderSchema(r.content['application/json'].schema) : esc(r.description)}`).join('; ')}</p></section>`));
  const schemas = Object.entries(doc.components.schemas as Record<string, any>)
    .map(([name, s]) => `<section id="${esc(name)}"><h3>${esc(name)}</h3>${renderSchema(s)}</section>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info.title)}</title><style>
:root{color-scheme:light dark;font:16px/1.5 system-ui,sans-serif}body{max-width:60rem;margin:auto;padding:1rem}
table{border-collapse:collapse;margin:.25rem 0}td,th{border:1px solid #8886;padding:.15rem .5rem;text-align:left;vertical-align:top}
section{border-top:1px solid #8884;padding:.5rem 0}small{color:GrayText}code{overflow-wrap:anywhere}
</style></head><body><h1>${esc(doc.info.title)} <small>OpenAPI ${esc(doc.openapi)}</small></h1><p>${esc(doc.info.description)}</p>
<p><a href="openapi.json">openapi.json</a></p><h2>Operations</h2>${ops.join('\n')}<h2>Schemas</h2>${schemas.join('\n')}</body></html>`;
}
