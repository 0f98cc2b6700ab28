import type { ErrorCode, FieldError, OverlappedPeriod } from '@e-galleria/shared/errors';

/**
 * What services throw when a rule says no. It carries a stable code and never an HTTP
 * status: the HTTP layer decides how each code is answered.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** How many are left, when there are fewer than asked for (problem+json's `left`). */
  readonly left: number | undefined;
  /** The existing record whose period clashes (problem+json's `overlaps`). */
  readonly overlaps: OverlappedPeriod | undefined;

  constructor(
    code: ErrorCode,
    detail?: string,
    options: {
      fieldErrors?: FieldError[];
      retryAfterSeconds?: number;
      left?: number;
      overlaps?: OverlappedPeriod;
    } = {},
  ) {
    super(detail ?? code);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.left = options.left;
    this.overlaps = options.overlaps;
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} was not found.`);
}

/**
 * Refuses with 429 `rate_limited` and the wait when a rate limit's `consume` says it is used up
 * (db/rate-limiter.ts): the one way a request over a limit is answered.
 */
export async function refuseIfLimited(
  wait: Promise<number | null>,
  message = 'Too many attempts.',
): Promise<void> {
  const seconds = await wait;
  if (seconds !== null) throw new AppError('rate_limited', message, { retryAfterSeconds: seconds });
}
