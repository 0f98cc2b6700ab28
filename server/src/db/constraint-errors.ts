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

/** Whether a row could not be deleted (or written) because another row refers to it. */
export function isForeignKeyViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === '23503') return true; // PostgreSQL foreign_key_violation
  return (
    code === 'SQLITE_CONSTRAINT' && typeof message === 'string' && message.includes('FOREIGN KEY')
  );
}
