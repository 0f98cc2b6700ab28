import type supertest from 'supertest';
import { expect } from 'vitest';

/**
 * One cell of an authorization matrix: the status, and for a refusal the code that says why,
 * so a 403 from a missing route or a 404 from a typo cannot pass for the rule under test.
 * `codes` names the code an allowed actor meets past authorization (409, 422…).
 */
export function expectMatrixCell(
  response: supertest.Response,
  status: number,
  codes: Partial<Record<number, string>> = {},
) {
  expect(response.status).toBe(status);
  const expected =
    codes[status] ??
    ({ 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' } as Record<number, string>)[
      status
    ];
  if (expected !== undefined) expect(response.body.code).toBe(expected);
}
