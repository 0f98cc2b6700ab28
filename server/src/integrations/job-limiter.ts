/**
 * At most `concurrency` jobs run at once; the others wait, each under its key (the shop or
 * municipality it is for), and a freed slot goes to the waiting key that has started the
 * fewest jobs since it became busy (the earliest of those on a tie), not to the oldest
 * waiter. So one shop that queues many uploads holds back another shop's single upload by at
 * most the jobs already running, never by its whole queue (issue 12). Beyond `maxQueued`
 * waiting jobs, or `maxQueuedPerKey` of one key, `run` refuses at once with `onFull()`'s
 * error: a burst queues a bounded number of buffers, and one key cannot fill the queue.
 *
 * `maxRunningPerKey` (below `concurrency`) keeps slots that one key can never take: a key
 * arriving while another floods the limiter starts at once instead of waiting for one of the
 * flood's jobs to end. `whenShared` lowers that cap for a key that has jobs waiting while
 * another key has started a job within `withinMs`: a flooded municipality then leaves a core
 * to the others' reads instead of only a slot, and gets every core back once it is alone
 * (decision 0053).
 */
export function createJobLimiter(options: {
  concurrency: number;
  maxQueued: number;
  maxQueuedPerKey?: number;
  maxRunningPerKey?: number;
  whenShared?: { maxRunningPerKey: number; withinMs: number; now?: () => number };
  onFull: () => Error;
}) {
  const maxQueuedPerKey = options.maxQueuedPerKey ?? options.maxQueued;
  const maxRunningAlone = Math.max(1, options.maxRunningPerKey ?? options.concurrency);
  const shared = options.whenShared;
  let running = 0;
  let queued = 0;
  type Entry = { running: number; started: number; waiting: (() => void)[] };
  const now = shared?.now ?? (() => performance.now());
  // When each key last started a job, while that is within `withinMs` (only with whenShared).
  const lastStarted = new Map<string, number>();

  /**
   * A key's cap now: lower for a key with a queue of its own while another key has started a
   * job lately. A key without a queue (a neighbour's few residents) keeps the full cap.
   */
  function capOf(key: string, entry: Entry): number {
    if (!shared || entry.waiting.length === 0) return maxRunningAlone;
    const since = now() - shared.withinMs;
    let others = 0;
    for (const [other, at] of lastStarted)
      if (at < since) lastStarted.delete(other);
      else if (other !== key) others += 1;
    return others > 0 ? Math.max(1, shared.maxRunningPerKey) : maxRunningAlone;
  }

  function start(key: string, entry: Entry) {
    running += 1;
    entry.running += 1;
    entry.started += 1;
    if (shared) lastStarted.set(key, now());
  }
  // The keys with jobs running or waiting, in the order they became busy; an idle key is
  // dropped, so its count starts again from zero.
  const busy = new Map<string, Entry>();

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
    if (running < options.concurrency && entry.running < capOf(key, entry)) {
      start(key, entry);
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
    running -= 1;
    if (done) {
      done.running -= 1;
      if (done.running === 0 && done.waiting.length === 0) busy.delete(key);
    }
    // A slot freed by a key at its cap may go to a key that was waiting for it, and a key
    // under its cap may now start: hand out every slot that can be used.
    while (running < options.concurrency) {
      let next: [string, Entry] | undefined;
      for (const [waitingKey, entry] of busy)
        if (
          entry.waiting.length > 0 &&
          entry.running < capOf(waitingKey, entry) &&
          (!next || entry.started < next[1].started)
        )
          next = [waitingKey, entry];
      const resume = next?.[1].waiting.shift();
      if (!next || !resume) return;
      start(next[0], next[1]);
      queued -= 1;
      resume();
    }
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
