import type { Dialect } from '../../db/database.ts';

/**
 * Public listings and searches computed at once, past the cache (decision 0050): one per core
 * on SQLite, whose reads run on this process's threads; two per core on PostgreSQL, where a
 * read also waits for its round trips. One municipality alone may take all of them; one more
 * is kept for the others, and while another municipality reads too, one with a queue runs
 * one per core but one, on both engines (decision 0053): a flooded storefront then holds a
 * neighbour's listing back by neither its queue nor its use of every core. On PostgreSQL the
 * flood's cost is the database's CPU, not ours (its searches took four times this process's
 * CPU on the same cores), so two reads per core let it fill every core whatever our event
 * loop did. SQLite's reader pool has a connection for the read kept aside (database.ts).
 */
export function fairReadLimits(dialect: Dialect, parallelism: number) {
  const cores = Math.max(2, parallelism);
  const readsPerCore = dialect === 'postgres' ? 2 : 1;
  const alone = readsPerCore * cores;
  return {
    concurrency: alone + 1,
    maxRunningPerKey: alone,
    whenShared: { maxRunningPerKey: Math.max(1, cores - 1), withinMs: 1000 },
  };
}
