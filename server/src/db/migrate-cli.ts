import { loadConfig } from '../config.ts';
import { createDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';

const config = loadConfig();
const database = createDatabase(config.databaseUrl);
try {
  const applied = await migrateToLatest(database.knex);
  console.log(applied.length ? `Applied:\n  ${applied.join('\n  ')}` : 'Already up to date.');
} finally {
  await database.close();
}
