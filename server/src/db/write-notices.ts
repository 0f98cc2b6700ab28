import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import pg from 'pg';

/**
 * How app servers on one PostgreSQL database tell each other that a write has committed, so
 * each one's public read cache (write-generation.ts) stops serving what it filed before
 * (decision 0049). PostgreSQL's LISTEN/NOTIFY on one channel per database; each instance
 * listens on a connection of its own and ignores what it announced itself.
 *
 * A notice is sent after the write's COMMIT has answered, never inside the write's
 * transaction: a NOTIFY in a transaction takes a lock that makes every such COMMIT in the
 * database wait for the one before it, fsync included, which would cost checkouts their
 * group commit. Sent afterwards, it reaches a listener only once the write is visible to every
 * new statement, so nothing a listener reads after moving its generation is older than the
 * write. The writer's caller goes on only once its notice has answered (write-generation.ts
 * holds the COMMIT's answer till then), so by the time a resident sees "saved", every
 * listener has the notice waiting on its socket. Announcements coalesce: at most one NOTIFY
 * is in flight, and one more follows it for writes that committed meanwhile (their COMMIT may
 * have answered after the one in flight was sent); a busy second's writers share a few.
 */
export type WriteNotices = {
  /**
   * A write committed here (its COMMIT answered): tell the other instances. Resolves once a
   * notice sent after the call has answered (PostgreSQL has queued it for every listener), at
   * most `maxWaitMs` later; at once while not listening (the notice goes through the pool).
   */
  announce: () => Promise<void>;
  /**
   * Calls `listener` on every notice from another instance, and whenever listening starts
   * again after a break (notices sent meanwhile are lost). The first call starts listening.
   */
  onOtherWrites: (listener: () => void) => void;
  /** Whether notices from other instances reach this one now. */
  isListening: () => boolean;
  /** Resolves once listening has started (after `onOtherWrites`), for tests and startup. */
  listening: () => Promise<void>;
  close: () => Promise<void>;
};

/** Where problems with the listening connection are told; pino's logger fits. */
export type NoticeLog = {
  warn: (details: object, message: string) => void;
  info: (message: string) => void;
};

/** NOTIFY is scoped to the database: instances of other databases never hear this one. */
const channel = 'e_galleria_writes';

/** How long a writer waits at most for its notice: a slow notice never stalls writes. */
const maxWaitMs = 1_000;

function atMost(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void promise.finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Waits between attempts to listen again: quick at first, then every few seconds. */
const retryDelaysMs = [100, 250, 500, 1_000, 2_000, 5_000];

export function createWriteNotices(options: {
  connectionString: string;
  /** Sends notices while the listening connection is down. */
  pool: Knex;
  log?: NoticeLog;
}): WriteNotices {
  const { connectionString, pool, log } = options;
  // Who sent a notice: our own come back to us too, and say nothing new.
  const instanceId = randomUUID();
  const listeners: (() => void)[] = [];
  let client: pg.Client | null = null;
  let started = false;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | null = null;
  let markListening: () => void = () => {};
  const firstListening = new Promise<void>((resolve) => (markListening = resolve));

  const tellListeners = () => {
    for (const listener of listeners) listener();
  };

  async function listen() {
    retry = null;
    const candidate = new pg.Client({
      connectionString,
      keepAlive: true,
      // How an operator tells it apart in pg_stat_activity.
      application_name: 'e-galleria write notices',
      // A notice lost in a crash is harmless: everyone's connection is lost with it.
      options: '-c synchronous_commit=off',
    });
    candidate.on('notification', (message) => {
      if (message.channel === channel && message.payload !== instanceId) tellListeners();
    });
    candidate.on('error', (error) => lose(candidate, error));
    candidate.on('end', () => lose(candidate, null));
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${channel}`);
    } catch (error) {
      await candidate.end().catch(() => undefined);
      if (!closed) tryAgainLater(error);
      return;
    }
    if (closed) {
      await candidate.end().catch(() => undefined);
      return;
    }
    if (failures > 0) log?.info('listening to other app servers’ writes again');
    failures = 0;
    client = candidate;
    // What others wrote while nobody listened never reached us: move past it.
    tellListeners();
    markListening();
  }

  function lose(candidate: pg.Client, error: Error | null) {
    if (client !== candidate) return;
    client = null;
    candidate.removeAllListeners('notification');
    void candidate.end().catch(() => undefined);
    if (!closed) tryAgainLater(error ?? new Error('the connection ended'));
  }

  function tryAgainLater(error: unknown) {
    const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)] ?? 5_000;
    if (failures === 0)
      log?.warn(
        { err: error },
        'not listening to other app servers’ writes: public pages are not cached until it is back',
      );
    failures += 1;
    retry = setTimeout(() => void listen(), delay);
    retry.unref();
  }

  async function send() {
    try {
      if (client) await client.query('SELECT pg_notify($1, $2)', [channel, instanceId]);
      else await pool.raw('SELECT pg_notify(?, ?)', [channel, instanceId]);
    } catch (error) {
      // The others' caches fall back on their time limit for this one.
      log?.warn({ err: error }, 'could not tell other app servers about a write');
    }
  }

  let inFlight: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  function startSending(): Promise<void> {
    const sending = send().finally(() => {
      if (inFlight === sending) inFlight = null;
    });
    inFlight = sending;
    return sending;
  }

  function announce(): Promise<void> {
    if (closed) return Promise.resolve();
    if (!client) {
      // Through the pool, without waiting: a writer holding a pooled connection must never
      // wait for another one.
      void send();
      return Promise.resolve();
    }
    // A notice already on its way may have been sent before this write committed: the
    // writer waits for the next one, which every write meanwhile shares.
    const sent = inFlight
      ? (queued ??= inFlight.then(() => {
          queued = null;
          return startSending();
        }))
      : startSending();
    return atMost(sent, maxWaitMs);
  }

  return {
    announce,
    onOtherWrites(listener) {
      listeners.push(listener);
      if (started || closed) return;
      started = true;
      void listen();
    },
    isListening: () => client !== null,
    listening: () => firstListening,
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      if (current) await current.end().catch(() => undefined);
    },
  };
}
