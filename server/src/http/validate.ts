import type { z } from 'zod';
import type { FieldError } from '@e-galleria/shared/errors';
import { fieldErrorCodeOf } from '@e-galleria/shared/field-rules';
import { AppError } from '../errors.ts';

/** Parses request input with a shared schema or throws `validation_failed` listing every field. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    field:
      issue.path.map(String).join('.') ||
      (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : ''),
    code: fieldErrorCodeOf(issue),
    message: issue.message,
  }));
  throw new AppError('validation_failed', 'Some fields are invalid.', { fieldErrors: errors });
}
