/**
 * Whether a database error is a unique-constraint violation, on either engine. Services
 * check first for a friendly answer; this catches the race where two requests pass the check
 * together and the index decides.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === '23505') return true; // PostgreSQL unique_violation
  return code === 'SQLITE_CONSTRAINT' && typeof message === 'string' && message.includes('UNIQUE');
}
