import type { TestApp } from './test-app.ts';

/**
 * The SQL statements `work` costs, on the writer and the reader connections alike (listings
 * read on the reader: see Database.reader), and its result.
 */
export async function withStatementCount<Result>(
  t: TestApp,
  work: () => Promise<Result>,
): Promise<{ result: Result; statements: number }> {
  let statements = 0;
  const onQuery = () => (statements += 1);
  const connections = new Set([t.database.knex, t.database.reader]);
  for (const connection of connections) connection.on('query', onQuery);
  try {
    return { result: await work(), statements };
  } finally {
    for (const connection of connections) connection.removeListener('query', onQuery);
  }
}
