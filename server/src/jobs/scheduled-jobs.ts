import type { JobDefinition } from './jobs.port.ts';

/** The sweeps the modules offer (modules.ts), by what they do. */
export type Sweeps = {
  deliverMail: () => Promise<unknown>;
  orderHousekeeping: () => Promise<unknown>;
  counterHousekeeping: () => Promise<unknown>;
  deliveryNotices: () => Promise<unknown>;
  hourly: () => Promise<unknown>;
  nightly: () => Promise<unknown>;
};

/**
 * When each sweep runs. Each is a scheduled job: on PostgreSQL one run per period across all
 * instances; within a run every item is claimed by a conditional update (the outbox message,
 * the handover's reminded_at, the delivery's on-its-way moment, the checkout's settlement), so
 * even two runs at once act on an item once.
 */
export function scheduledJobs(
  sweeps: Sweeps,
  retryLimit: number,
  /** Tests only (TEST_JOB_PERIOD_MS): every sweep at this period, in whole seconds. */
  testPeriodMs: number | null = null,
): JobDefinition[] {
  const testSchedule =
    testPeriodMs === null ? null : { everySeconds: Math.max(1, Math.round(testPeriodMs / 1000)) };
  const sweep = (
    name: string,
    run: () => Promise<unknown>,
    schedule: JobDefinition['schedule'],
    expireInSeconds: number,
  ): JobDefinition => ({
    name,
    run: async () => {
      await run();
    },
    schedule: testSchedule ?? schedule,
    retryLimit,
    retryDelaySeconds: 5,
    expireInSeconds,
  });
  return [
    sweep('deliver-mail', sweeps.deliverMail, { everySeconds: 10 }, 120),
    sweep('order-housekeeping', sweeps.orderHousekeeping, { cron: '* * * * *' }, 300),
    sweep('counter-housekeeping', sweeps.counterHousekeeping, { cron: '* * * * *' }, 300),
    sweep('delivery-notices', sweeps.deliveryNotices, { cron: '* * * * *' }, 300),
    sweep('hourly-cleanup', sweeps.hourly, { cron: '7 * * * *' }, 1800),
    // At night: the vocabulary sweep holds back product saves while it reads (decision 0061).
    sweep('nightly-cleanup', sweeps.nightly, { cron: '23 3 * * *' }, 3600),
  ];
}
