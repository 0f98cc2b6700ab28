import type { Knex } from 'knex';

export type FailureDelays = {
  /** Seconds until `key` may try again, or null when it may now. */
  waitFor: (key: string) => Promise<number | null>;
  /** Counts a failure of `key`; resolves to how many it has made since it was last forgiven. */
  recordFailure: (key: string) => Promise<number>;
  reset: (key: string) => Promise<void>;
};

export type FailureDelayRule = {
  name: string;
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** The wait after the first failure beyond the free ones; each further failure doubles it. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** A key with no failure for this long starts again from nothing. */
  forgetAfterSeconds: number;
};

/** Failure delays for a rule, on the app's database and clock: what services are given. */
export type FailureDelaysFactory = (rule: FailureDelayRule) => FailureDelays;

/**
 * Growing waits after repeated failures (login attempts, decision 0026), kept in the
 * `rate_limits` table beside the fixed windows of rate-limiter.ts, so every app instance sees
 * the same counts. A row holds the failures and, as `expire`, the moment it is forgotten: the
 * last failure plus `forgetAfterSeconds`, so the hourly cleanup of expired limits removes it
 * then, and the wait is measured from the last failure (`expire - forget`). Each failure is one
 * atomic upsert, the same SQL on SQLite and PostgreSQL.
 */
export function createFailureDelays(
  knex: Knex,
  rule: FailureDelayRule,
  now: () => number = Date.now,
): FailureDelays {
  const forgetMs = rule.forgetAfterSeconds * 1000;
  const keyOf = (key: string) => `${rule.name}:${key}`.slice(0, 255);

  return {
    async waitFor(key) {
      const current = now();
      const row = await knex<{ key: string; points: number; expire: number }>('rate_limits')
        .where({ key: keyOf(key) })
        .andWhere('expire', '>', current)
        .first();
      if (!row) return null;
      const allowedAt = row.expire - forgetMs + delayMsAfter(rule, row.points);
      return allowedAt > current ? Math.ceil((allowedAt - current) / 1000) : null;
    },

    async recordFailure(key) {
      const current = now();
      const [row] = await knex('rate_limits')
        .insert({ key: keyOf(key), points: 1, expire: current + forgetMs })
        .onConflict('key')
        .merge({
          points: knex.raw(
            'CASE WHEN rate_limits.expire > ? THEN rate_limits.points + 1 ELSE 1 END',
            [current],
          ),
          expire: knex.raw('excluded.expire'),
        })
        .returning<{ points: number }[]>(['points']);
      return row?.points ?? 1;
    },

    async reset(key) {
      await knex('rate_limits')
        .where({ key: keyOf(key) })
        .delete();
    },
  };
}

/** The wait after `failures` failures: none while free, then doubling up to the cap. */
export function delayMsAfter(rule: FailureDelayRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 30);
  return Math.min(rule.firstDelaySeconds * 2 ** doublings, rule.maxDelaySeconds) * 1000;
}
