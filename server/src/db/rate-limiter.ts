import type { Knex } from 'knex';

export type RateLimit = {
  /** Counts one attempt; resolves to the seconds to wait when the limit is used up, else null. */
  consume: (key: string) => Promise<number | null>;
  /** Seconds to wait if the limit is already used up, without counting an attempt. */
  blockedFor: (key: string) => Promise<number | null>;
  reset: (key: string) => Promise<void>;
};

export type RateLimitFactory = (rule: {
  name: string;
  points: number;
  durationSeconds: number;
}) => RateLimit;

/**
 * Fixed-window counters in the `rate_limits` table, so every app instance behind a load
 * balancer counts the same attempts. Each count is one atomic upsert, the same SQL on SQLite
 * and PostgreSQL (docs/decisions/0007 says why this is not rate-limiter-flexible).
 */
export function createRateLimitFactory(knex: Knex, now: () => number = Date.now): RateLimitFactory {
  return ({ name, points, durationSeconds }) => {
    const windowMs = durationSeconds * 1000;
    const keyOf = (key: string) => `${name}:${key}`.slice(0, 255);
    const secondsUntil = (expire: number) => Math.max(1, Math.ceil((expire - now()) / 1000));

    return {
      async consume(key) {
        const current = now();
        const [row] = await knex('rate_limits')
          .insert({ key: keyOf(key), points: 1, expire: current + windowMs })
          .onConflict('key')
          .merge({
            points: knex.raw(
              'CASE WHEN rate_limits.expire > ? THEN rate_limits.points + 1 ELSE 1 END',
              [current],
            ),
            expire: knex.raw(
              'CASE WHEN rate_limits.expire > ? THEN rate_limits.expire ELSE excluded.expire END',
              [current],
            ),
          })
          .returning<{ points: number; expire: number }[]>(['points', 'expire']);
        if (!row || row.points <= points) return null;
        return secondsUntil(row.expire);
      },

      async blockedFor(key) {
        const row = await knex<{ key: string; points: number; expire: number }>('rate_limits')
          .where({ key: keyOf(key) })
          .andWhere('expire', '>', now())
          .first();
        if (!row || row.points < points) return null;
        return secondsUntil(row.expire);
      },

      async reset(key) {
        await knex('rate_limits')
          .where({ key: keyOf(key) })
          .delete();
      },
    };
  };
}

/** Counters whose window has passed. */
export async function deleteExpiredRateLimits(knex: Knex, now: number): Promise<number> {
  return knex('rate_limits').where('expire', '<', now).delete();
}
