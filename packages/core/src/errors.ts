export const ADAPTER_ERROR_CODES = [
  'network',
  'invalid-response',
  'invalid-request',
  'not-found',
  'forbidden',
  'conflict',
  'not-supported',
  'unavailable',
] as const;
export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

/** Codes worth retrying automatically: the same call may succeed a moment later. */
const RETRYABLE: ReadonlySet<AdapterErrorCode> = new Set(['network', 'unavailable']);

export interface AdapterErrorOptions {
  /** The port method that failed, e.g. `listGoals`. */
  method?: string;
  retryable?: boolean;
  cause?: unknown;
  /** Extra facts for the caller, e.g. the server's current record on a `conflict`. */
  details?: unknown;
}

/**
 * The only error a widget ever sees from an adapter. `message` is written for the developer
 * wiring the adapter; widgets show their own localised text for the `code`.
 */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly code: AdapterErrorCode;
  readonly retryable: boolean;
  readonly method: string | undefined;
  readonly details: unknown;

  constructor(code: AdapterErrorCode, message: string, options: AdapterErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
    this.method = options.method;
    this.details = options.details;
  }

  /** True for AdapterErrors from any copy of core on the page, not only this one. */
  static is(value: unknown): value is AdapterError {
    return (
      value instanceof AdapterError ||
      (typeof value === 'object' &&
        value !== null &&
        (value as { name?: unknown }).name === 'AdapterError' &&
        ADAPTER_ERROR_CODES.includes((value as { code?: AdapterErrorCode }).code as AdapterErrorCode))
    );
  }
}

/** Maps an HTTP status to the code a widget can act on. */
export function codeForHttpStatus(status: number): AdapterErrorCode {
  if (status === 400 || status === 422) return 'invalid-request';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 501) return 'not-supported';
  if (status === 408 || status === 429 || status >= 500) return 'unavailable';
  return 'invalid-response';
}
