import http from 'node:http';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { ErrorCode, FieldError, OverlappedPeriod, Problem } from '@e-galleria/shared/errors';
import { AppError } from '../errors.ts';

const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_token: 400,
  invalid_image: 422,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_site_request_rejected: 403,
  not_found: 404,
  method_not_allowed: 405,
  email_taken: 409,
  slug_taken: 409,
  status_conflict: 409,
  report_locked: 409,
  sku_taken: 409,
  product_has_variants: 409,
  last_variant: 409,
  variant_ordered: 409,
  import_has_errors: 422,
  image_limit_reached: 409,
  host_shop_not_allowed: 422,
  service_point_unavailable: 422,
  basket_empty: 409,
  basket_changed: 409,
  out_of_stock: 409,
  slot_unavailable: 409,
  booked_with_shop: 409,
  not_requested_with_shop: 409,
  not_enough_places: 409,
  fulfilment_unavailable: 422,
  home_delivery_needs_approval: 422,
  storage_not_supported: 422,
  payment_method_unavailable: 422,
  idempotency_key_reused: 422,
  // The installation has no Stripe keys: a state of this installation, not a passing outage.
  payments_not_configured: 409,
  payment_provider_error: 502,
  webhook_signature_invalid: 400,
  household_exists: 409,
  agreement_overlaps: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  account_locked: 429,
  internal_error: 500,
  not_ready: 503,
};

const titleByCode: Record<ErrorCode, string> = {
  validation_failed: 'The request has invalid fields.',
  invalid_json: 'The request body is not valid JSON.',
  invalid_token: 'The link is invalid, used or expired.',
  invalid_image: 'The file is not an image we accept.',
  unauthenticated: 'You need to log in.',
  invalid_credentials: 'Wrong email or password.',
  forbidden: 'You may not do this.',
  cross_site_request_rejected: 'Cross-site request rejected.',
  not_found: 'Not found.',
  method_not_allowed: 'Method not allowed.',
  email_taken: 'An account with this email already exists.',
  slug_taken: 'That address is already taken.',
  status_conflict: 'Not possible in the current status.',
  report_locked:
    "The month's report is submitted or approved: its runs and deliveries are not corrected now.",
  sku_taken: 'The shop already has an article with that SKU.',
  product_has_variants: 'The product has variants: change price, SKU and stock per variant.',
  last_variant: 'A product keeps at least one variant.',
  variant_ordered:
    'The variant has been ordered and orders keep it: set its stock to 0 or unpublish the product instead.',
  import_has_errors: 'The file has rows that cannot be imported; nothing was changed.',
  image_limit_reached: 'A product has at most 8 photos.',
  host_shop_not_allowed:
    'A service point can only be hosted by a shop of its municipality or one listed there.',
  service_point_unavailable:
    'The shop cannot deliver to that service point: it is closed or in a municipality where the shop is not sold.',
  basket_empty: 'The basket is empty.',
  basket_changed: 'The basket has changed; look it over and try again.',
  out_of_stock: 'Not enough left in stock.',
  slot_unavailable: 'That time is no longer free.',
  booked_with_shop: 'This service is booked directly with the shop.',
  not_requested_with_shop:
    'Only a service done at home on request is asked for with a request; this one is bought through the basket.',
  not_enough_places: 'Fewer places are left at that time than asked for.',
  fulfilment_unavailable: 'The shop cannot deliver that way.',
  home_delivery_needs_approval: 'Home delivery is for households the municipality has approved.',
  storage_not_supported: 'The service point cannot keep chilled or frozen goods.',
  payment_method_unavailable: 'That way of paying is not available.',
  idempotency_key_reused: 'The Idempotency-Key was used for another request.',
  payments_not_configured: 'Card payment is not set up on this galleria.',
  payment_provider_error: 'The payment provider did not answer as expected. Try again later.',
  webhook_signature_invalid: 'The webhook signature is missing, wrong or too old.',
  household_exists: 'There is already a delivery address in that municipality; change it instead.',
  agreement_overlaps:
    'The period overlaps another agreement with the same shop: only one may be valid on any day.',
  payload_too_large: 'The request is too large.',
  unsupported_media_type: 'Unsupported content type.',
  rate_limited: 'Too many attempts. Try again later.',
  account_locked:
    'Too many wrong passwords for this account from unknown browsers. Log in from a browser you have used before, or follow the link we mailed you.',
  internal_error: 'Something went wrong on our side.',
  not_ready: 'Not ready to serve requests.',
};

export function statusOf(code: ErrorCode): number {
  return statusByCode[code];
}

export function sendProblem(
  response: Response,
  code: ErrorCode,
  options: {
    detail?: string;
    errors?: FieldError[];
    left?: number;
    overlaps?: OverlappedPeriod;
  } = {},
): void {
  const status = statusByCode[code];
  const problem: Problem = {
    type: `about:blank#${code}`,
    title: titleByCode[code],
    status,
    code,
    ...(options.detail === undefined ? {} : { detail: options.detail }),
    ...(options.errors === undefined ? {} : { errors: options.errors }),
    ...(options.left === undefined ? {} : { left: options.left }),
    ...(options.overlaps === undefined ? {} : { overlaps: options.overlaps }),
    requestId: response.req.requestId,
  };
  response.status(status).type('application/problem+json').json(problem);
}

/**
 * A problem as raw HTTP/1.1 bytes, for a request Node's parser refused before Express saw it
 * (there is no response object then): `client-errors.ts`.
 */
export function rawProblemResponse(code: ErrorCode, status: number, detail: string): string {
  const problem: Problem = {
    type: `about:blank#${code}`,
    title: titleByCode[code],
    status,
    code,
    detail,
  };
  const body = JSON.stringify(problem);
  return (
    `HTTP/1.1 ${String(status)} ${http.STATUS_CODES[status] ?? ''}\r\n` +
    'Content-Type: application/problem+json\r\n' +
    `Content-Length: ${String(Buffer.byteLength(body))}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

export const apiNotFound: RequestHandler = (request, response) => {
  sendProblem(response, 'not_found', { detail: `No API route ${request.method} ${request.path}.` });
};

/** Errors raised by Express and its parsers before our code runs, by their `type`. */
const parserErrors: Record<string, ErrorCode> = {
  'entity.too.large': 'payload_too_large',
  'entity.parse.failed': 'invalid_json',
  'encoding.unsupported': 'unsupported_media_type',
  'charset.unsupported': 'unsupported_media_type',
  'request.size.invalid': 'validation_failed',
  'request.aborted': 'validation_failed',
  'parameters.too.many': 'payload_too_large',
};

const multerErrors: Record<string, ErrorCode> = {
  LIMIT_FILE_SIZE: 'payload_too_large',
  LIMIT_FILE_COUNT: 'payload_too_large',
  LIMIT_FIELD_VALUE: 'payload_too_large',
  LIMIT_PART_COUNT: 'payload_too_large',
  LIMIT_FIELD_COUNT: 'payload_too_large',
  LIMIT_UNEXPECTED_FILE: 'validation_failed',
};

export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined)
        response.setHeader('Retry-After', String(error.retryAfterSeconds));
      sendProblem(response, error.code, {
        detail: error.message,
        ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
        ...(error.left === undefined ? {} : { left: error.left }),
        ...(error.overlaps === undefined ? {} : { overlaps: error.overlaps }),
      });
      return;
    }
    const known = classifyFrameworkError(error);
    if (known) {
      sendProblem(response, known);
      return;
    }
    logger.error({ err: error, requestId: request.requestId }, 'unhandled error');
    sendProblem(response, 'internal_error');
  };
}

function classifyFrameworkError(error: unknown): ErrorCode | null {
  if (typeof error !== 'object' || error === null) return null;
  const { type, code, status, statusCode } = error as Record<string, unknown>;
  if (typeof type === 'string' && type in parserErrors) return parserErrors[type] ?? null;
  if (error instanceof Error && error.name === 'MulterError' && typeof code === 'string')
    return multerErrors[code] ?? 'validation_failed';
  if (error instanceof URIError) return 'validation_failed';
  // Other client errors Express raises itself (a malformed path, for one).
  const httpStatus = typeof status === 'number' ? status : statusCode;
  if (typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500) {
    if (httpStatus === 404) return 'not_found';
    if (httpStatus === 413) return 'payload_too_large';
    if (httpStatus === 415) return 'unsupported_media_type';
    return 'validation_failed';
  }
  return null;
}
