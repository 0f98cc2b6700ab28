/**
 * At most `concurrency` jobs run at once; up to `maxQueued` more wait their turn in order,
 * and beyond that `run` refuses at once with `onFull()`'s error, so a burst of uploads
 * queues a bounded number of buffers instead of all of them.
 */
export function createJobLimiter(options: {
  concurrency: number;
  maxQueued: number;
  onFull: () => Error;
}) {
  let running = 0;
  const waiting: (() => void)[] = [];

  async function acquire(): Promise<void> {
    if (running < options.concurrency) {
      running += 1;
      return;
    }
    if (waiting.length >= options.maxQueued) throw options.onFull();
    // The slot is handed over by `release`, so `running` stays counted for us.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }

  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      await acquire();
      try {
        return await job();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get queued() {
      return waiting.length;
    },
  };
}

export type JobLimiter = ReturnType<typeof createJobLimiter>;
