import type { ErrorCode, FieldError, OverlappedPeriod } from '@e-galleria/shared/errors';

/** Failures the browser sees that the server never sends: it was not reached at all. */
export type ClientErrorCode = 'network_error';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/** A failed API call, carrying the problem+json `code` the UI translates. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds: number | null;
  /** How many are left (`out_of_stock`, `not_enough_places`), when the server said. */
  readonly left: number | null;
  /** The existing record a refused period overlaps (`agreement_overlaps`), when the server said. */
  readonly overlaps: OverlappedPeriod | null;

  constructor(options: {
    code: ApiErrorCode;
    status: number;
    fieldErrors?: FieldError[];
    retryAfterSeconds?: number | null;
    left?: number | null;
    overlaps?: OverlappedPeriod | null;
    detail?: string;
  }) {
    super(options.detail ?? options.code);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.fieldErrors = options.fieldErrors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
    this.left = options.left ?? null;
    this.overlaps = options.overlaps ?? null;
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
