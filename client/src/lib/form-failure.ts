import type { FieldError, OverlappedPeriod } from '@e-galleria/shared/errors';
import { type ApiErrorCode, isApiError } from '../api/api-error.ts';

/** What a failed form submission shows: the translated code and a message per field. */
export type FormFailure = {
  code: ApiErrorCode;
  fieldErrors: FieldError[];
  retryAfterSeconds: number | null;
  /** How many are left, when the server refused more than that. */
  left?: number | null;
  /** The existing record whose period a refused one overlaps. */
  overlaps?: OverlappedPeriod | null;
};

/** The code a field error gets when the browser already knows the field is empty. */
export const requiredFieldCode = 'required';

/** Turns an API failure into what the form shows; anything else is a bug and is rethrown. */
export function toFormFailure(error: unknown): FormFailure {
  if (!isApiError(error)) throw error;
  return {
    code: error.code,
    fieldErrors: error.fieldErrors,
    retryAfterSeconds: error.retryAfterSeconds,
    left: error.left,
    overlaps: error.overlaps,
  };
}

/**
 * Empty required fields are caught before the request: the server would say `too_small`,
 * which reads oddly for a field that was left blank.
 */
export function findEmptyFields(
  values: Record<string, string>,
  requiredNames: readonly string[],
): FormFailure | null {
  const fieldErrors = requiredNames
    .filter((name) => (values[name] ?? '').trim() === '')
    .map((name) => ({ field: name, code: requiredFieldCode, message: 'Required.' }));
  return fieldErrors.length === 0
    ? null
    : { code: 'validation_failed', fieldErrors, retryAfterSeconds: null };
}
