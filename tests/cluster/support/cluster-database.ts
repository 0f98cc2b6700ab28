import {
  buildTemplate,
  newTestRunId,
  postgresTemplateUrl,
} from '../../api/support/test-database.ts';

/**
 * A fresh PostgreSQL database, migrated and seeded with the demo region as the API tests'
 * template is (every demo account's password: galleria-demo), for one cluster run. It carries
 * the API tests' name prefix, so a crashed run's leftover is dropped by a later run.
 */
export async function createClusterDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const run = { id: newTestRunId(), sqliteTemplate: '' };
  const drop = await buildTemplate('postgres', run);
  return {
    url: postgresTemplateUrl(run),
    drop: async () => {
      await drop();
    },
  };
}
