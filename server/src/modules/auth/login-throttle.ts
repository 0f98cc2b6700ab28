import { createHash } from 'node:crypto';
import type { FailureDelaysFactory } from '../../db/failure-delays.ts';
import type { RateLimitFactory } from '../../db/rate-limiter.ts';
import { AppError } from '../../errors.ts';
import type { KnownBrowser } from '../../http/known-browser.ts';

/** Where a login attempt comes from: the address, and the browser if it has been seen before. */
export type LoginSource = { ip: string; browser: KnownBrowser | null };

/** Failures from unknown browsers, per account, that lock unknown browsers out for an hour. */
export const unknownBrowserFailureLimit = 50;

/**
 * Who may try a password how often (decision 0026). Failures slow down the one source that
 * makes them — an address, or a browser the account has logged in from before — with growing
 * waits, never the account as a whole: an attacker cannot keep its owner out. Only failures
 * from unknown browsers add up per account, against guessing from many addresses at once;
 * past that limit unknown browsers wait, the owner's known browsers do not, and the owner is
 * mailed a link that lifts the lock.
 */
export function createLoginThrottle(deps: {
  /** Growing waits kept in the database (db/failure-delays.ts), like the rate limits. */
  failureDelays: FailureDelaysFactory;
  rateLimits: RateLimitFactory;
  now: () => number;
}) {
  // Per address over every account: enough for a family behind one router.
  const attemptsPerIp = deps.rateLimits({ name: 'login_ip', points: 30, durationSeconds: 15 * 60 });
  // Five free failures per account and source, then 30 s, 1, 2, 4, 8 and at most 15 minutes.
  const delaysPerSource = deps.failureDelays({
    name: 'login_source',
    freeFailures: 5,
    firstDelaySeconds: 30,
    maxDelaySeconds: 15 * 60,
    forgetAfterSeconds: 24 * 60 * 60,
  });
  // Failures from unknown browsers, each within an hour of the last; then an hour's lock.
  const unknownBrowserFailures = deps.failureDelays({
    name: 'login_unknown',
    freeFailures: unknownBrowserFailureLimit,
    firstDelaySeconds: 60 * 60,
    maxDelaySeconds: 60 * 60,
    forgetAfterSeconds: 60 * 60,
  });

  const isKnown = (source: LoginSource, userId: string | null) =>
    userId !== null && source.browser?.userId === userId;

  /** The account's key for the source, hashed: e-mail addresses are long. */
  function sourceKey(email: string, source: LoginSource, userId: string | null) {
    const from = isKnown(source, userId)
      ? `browser:${source.browser?.browserId ?? ''}`
      : `ip:${source.ip}`;
    return createHash('sha256').update(`${email}\n${from}`).digest('hex');
  }

  function throwIfWaiting(seconds: number | null, code: 'rate_limited' | 'account_locked') {
    if (seconds !== null) throw new AppError(code, undefined, { retryAfterSeconds: seconds });
  }

  return {
    /** Before the password is checked: refuses a source that must wait. */
    async check(email: string, source: LoginSource, userId: string | null) {
      throwIfWaiting(await attemptsPerIp.consume(source.ip), 'rate_limited');
      throwIfWaiting(
        await delaysPerSource.waitFor(sourceKey(email, source, userId)),
        'rate_limited',
      );
      if (!isKnown(source, userId))
        throwIfWaiting(await unknownBrowserFailures.waitFor(email), 'account_locked');
    },

    /** A wrong password. True when it is the failure that locked unknown browsers out. */
    async recordFailure(email: string, source: LoginSource, userId: string | null) {
      await delaysPerSource.recordFailure(sourceKey(email, source, userId));
      if (isKnown(source, userId)) return false;
      return (await unknownBrowserFailures.recordFailure(email)) === unknownBrowserFailureLimit;
    },

    async recordSuccess(email: string, source: LoginSource, userId: string) {
      await delaysPerSource.reset(sourceKey(email, source, userId));
    },

    /** The owner followed a mailed link: unknown browsers may try again. */
    async liftLock(email: string) {
      await unknownBrowserFailures.reset(email);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
