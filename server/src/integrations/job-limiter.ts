/**
 * At most `concurrency` jobs run at once; the others wait, each under its key (the shop or
 * municipality it is for), and a freed slot goes to the waiting key that has started the
 * fewest jobs since it became busy (the earliest of those on a tie), not to the oldest
 * waiter. So one shop that queues many uploads holds back another shop's single upload by at
 * most the jobs already running, never by its whole queue (issue 12). Beyond `maxQueued`
 * waiting jobs, or `maxQueuedPerKey` of one key, `run` refuses at once with `onFull()`'s
 * error: a burst queues a bounded number of buffers, and one key cannot fill the queue.
 */
export function createJobLimiter(options: {
  concurrency: number;
  maxQueued: number;
  maxQueuedPerKey?: number;
  onFull: () => Error;
}) {
  const maxQueuedPerKey = options.maxQueuedPerKey ?? options.maxQueued;
  let running = 0;
  let queued = 0;
  // The keys with jobs running or waiting, in the order they became busy; an idle key is
  // dropped, so its count starts again from zero.
  const busy = new Map<string, { running: number; started: number; waiting: (() => void)[] }>();

  function entryOf(key: string) {
    let entry = busy.get(key);
    if (!entry) {
      entry = { running: 0, started: 0, waiting: [] };
      busy.set(key, entry);
    }
    return entry;
  }

  async function acquire(key: string): Promise<void> {
    const entry = entryOf(key);
    if (running < options.concurrency) {
      running += 1;
      entry.running += 1;
      entry.started += 1;
      return;
    }
    if (queued >= options.maxQueued || entry.waiting.length >= maxQueuedPerKey) {
      if (entry.running === 0 && entry.waiting.length === 0) busy.delete(key);
      throw options.onFull();
    }
    // The slot is handed over by `release`, already counted for us.
    await new Promise<void>((resolve) => {
      entry.waiting.push(resolve);
      queued += 1;
    });
  }

  function release(key: string): void {
    const done = busy.get(key);
    if (done) {
      done.running -= 1;
      if (done.running === 0 && done.waiting.length === 0) busy.delete(key);
    }
    let next: { running: number; started: number; waiting: (() => void)[] } | undefined;
    for (const entry of busy.values())
      if (entry.waiting.length > 0 && (!next || entry.started < next.started)) next = entry;
    const resume = next?.waiting.shift();
    if (!next || !resume) {
      running -= 1;
      return;
    }
    next.running += 1;
    next.started += 1;
    queued -= 1;
    resume();
  }

  return {
    async run<T>(key: string, job: () => Promise<T>): Promise<T> {
      await acquire(key);
      try {
        return await job();
      } finally {
        release(key);
      }
    },
    get running() {
      return running;
    },
    get queued() {
      return queued;
    },
  };
}

export type JobLimiter = ReturnType<typeof createJobLimiter>;
