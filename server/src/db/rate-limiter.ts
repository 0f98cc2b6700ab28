import {
  RateLimiterPostgres,
  RateLimiterRes,
  RateLimiterSQLite,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { Database } from './database.ts';

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
 * Counters live in the database (`rate_limits`, migrated by us) so that every app instance
 * behind a load balancer counts the same attempts.
 */
export function createRateLimitFactory(database: Database): RateLimitFactory {
  return ({ name, points, durationSeconds }) => {
    const options = {
      storeClient: database.knex,
      storeType: 'knex',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      points,
      duration: durationSeconds,
    };
    const limiter: RateLimiterAbstract =
      database.dialect === 'sqlite'
        ? new RateLimiterSQLite(options)
        : new RateLimiterPostgres(options);
    return {
      async consume(key) {
        try {
          await limiter.consume(key);
          return null;
        } catch (rejection) {
          if (rejection instanceof RateLimiterRes)
            return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
          throw rejection;
        }
      },
      async blockedFor(key) {
        const state = await limiter.get(key);
        if (!state || state.consumedPoints < points) return null;
        return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
      },
      async reset(key) {
        await limiter.delete(key);
      },
    };
  };
}
