import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { createOfflineQueue, type Delivery, type OfflineAction } from './offline-queue.ts';
import type { KeyValueStorage } from './offline-storage.ts';

/** The carrier's run, the second screen the queue is for: one action per delivery note. */
type RunAction = OfflineAction & { kind: 'delivered' | 'failed'; deliveryNoteId: string };

const storageKey = 'galleria.carrier.run-1.queue';

function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

const offline = () => new ApiError({ code: 'network_error', status: 0 });

/**
 * The server as the queue meets it: `answer` decides each attempt (null: taken). It records
 * the ids it was sent, the connection reports and the rounds that delivered something.
 */
type FakeServer = {
  answer: (action: RunAction) => ApiError | null;
  sentIds: string[];
  connection: boolean[];
  deliveredRounds: number;
  delivery: Delivery<RunAction>;
};

function fakeServer(answer: FakeServer['answer'] = () => null): FakeServer {
  const server: FakeServer = {
    answer,
    sentIds: [],
    connection: [],
    deliveredRounds: 0,
    delivery: {
      send: (action) => {
        server.sentIds.push(action.id);
        const error = server.answer(action);
        return error ? Promise.reject(error) : Promise.resolve({ ok: true });
      },
      afterDelivery: () => {
        server.deliveredRounds += 1;
        return Promise.resolve();
      },
      onConnection: (isOnline) => void server.connection.push(isOnline),
    },
  };
  return server;
}

let made = 0;
function runAction(kind: RunAction['kind'], deliveryNoteId: string): RunAction {
  made += 1;
  return { id: `action-${made}`, queuedAt: made, kind, deliveryNoteId };
}

describe('a queue of actions made without a connection', () => {
  it('keeps actions made offline and sends them in the order they were made once the server answers', async () => {
    const server = fakeServer(offline);
    const queue = createOfflineQueue<RunAction>({ storageKey, storage: memoryStorage() });
    const first = runAction('delivered', 'note-1');
    const second = runAction('failed', 'note-2');
    expect(await queue.submit(first, server.delivery)).toBe('queued');
    expect(await queue.submit(second, server.delivery)).toBe('queued');
    expect(queue.actions().map((action) => action.id)).toEqual([first.id, second.id]);
    expect(server.connection).toEqual([false, false]);

    server.sentIds = [];
    server.answer = () => null;
    await queue.replay(server.delivery);
    expect(server.sentIds).toEqual([first.id, second.id]);
    expect(queue.actions()).toEqual([]);
    expect(server.deliveredRounds).toBe(1);
    expect(server.connection.at(-1)).toBe(true);
  });

  it('sends an action with the id it was made with at every attempt, so the server takes it once', async () => {
    let attempts = 0;
    // The first two attempts never get an answer back; the third does.
    const server = fakeServer(() => (++attempts < 3 ? offline() : null));
    const queue = createOfflineQueue<RunAction>({ storageKey, storage: memoryStorage() });
    const action = runAction('delivered', 'note-1');
    expect(await queue.submit(action, server.delivery)).toBe('queued');
    await queue.replay(server.delivery);
    await queue.replay(server.delivery);
    await queue.replay(server.delivery);
    expect(server.sentIds).toEqual([action.id, action.id, action.id]);
    expect(queue.hasWaiting()).toBe(false);
  });

  it('keeps the queue across a reload, under its own key only', async () => {
    const storage = memoryStorage();
    const server = fakeServer(offline);
    const before = createOfflineQueue<RunAction>({ storageKey, storage });
    const action = runAction('failed', 'note-3');
    await before.submit(action, server.delivery);

    const reloaded = createOfflineQueue<RunAction>({ storageKey, storage });
    expect(reloaded.actions()).toEqual([{ ...action, failure: null }]);
    const otherRun = createOfflineQueue<RunAction>({
      storageKey: 'galleria.carrier.run-2.queue',
      storage,
    });
    expect(otherRun.actions()).toEqual([]);
  });

  it('keeps a refused action with the server’s reason, still sends the ones after it, and drops it when dismissed', async () => {
    const server = fakeServer((action) =>
      action.deliveryNoteId === 'note-gone'
        ? new ApiError({
            code: 'status_conflict',
            status: 409,
            fieldErrors: [{ field: 'deliveryNoteId', code: 'cancelled', message: 'Cancelled.' }],
          })
        : null,
    );
    const queue = createOfflineQueue<RunAction>({ storageKey, storage: memoryStorage() });
    const refused = runAction('delivered', 'note-gone');
    const later = runAction('delivered', 'note-4');
    expect(await queue.submit(refused, server.delivery)).toEqual({
      code: 'status_conflict',
      detail: 'status_conflict',
      fieldErrors: [{ field: 'deliveryNoteId', code: 'cancelled', message: 'Cancelled.' }],
    });
    expect(await queue.submit(later, server.delivery)).toBe('sent');
    expect(server.sentIds).toEqual([refused.id, later.id]);
    expect(queue.actions().map((action) => [action.id, action.failure?.code])).toEqual([
      [refused.id, 'status_conflict'],
    ]);
    expect(queue.hasWaiting()).toBe(false);

    await queue.replay(server.delivery);
    expect(server.sentIds).toEqual([refused.id, later.id]);
    queue.dismiss(refused.id);
    expect(queue.actions()).toEqual([]);
  });

  it('stops at an action the server cannot take now and keeps it and the later ones in order', async () => {
    const server = fakeServer(() => new ApiError({ code: 'rate_limited', status: 429 }));
    const queue = createOfflineQueue<RunAction>({ storageKey, storage: memoryStorage() });
    const first = runAction('delivered', 'note-5');
    const second = runAction('delivered', 'note-6');
    expect(await queue.submit(first, server.delivery)).toBe('queued');
    expect(await queue.submit(second, server.delivery)).toBe('queued');
    // The second waits behind the first, which was tried on each submit: the mast was fine.
    expect(server.sentIds).toEqual([first.id, first.id]);
    expect(server.connection).toEqual([]);
    expect(queue.actions().map((action) => action.id)).toEqual([first.id, second.id]);
    expect(server.deliveredRounds).toBe(0);
  });

  it('runs one round at a time, so replays asked for together send each action once', async () => {
    const storage = memoryStorage();
    const first = runAction('delivered', 'note-7');
    const second = runAction('failed', 'note-8');
    const waiting = createOfflineQueue<RunAction>({ storageKey, storage });
    await waiting.submit(first, fakeServer(offline).delivery);
    await waiting.submit(second, fakeServer(offline).delivery);

    const server = fakeServer();
    const queue = createOfflineQueue<RunAction>({ storageKey, storage });
    await Promise.all([
      queue.replay(server.delivery),
      queue.replay(server.delivery),
      queue.replay(server.delivery),
    ]);
    expect(server.sentIds).toEqual([first.id, second.id]);
    expect(server.deliveredRounds).toBe(1);
  });

  it('works in a browser that keeps nothing (private mode), only without memory', async () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const server = fakeServer(offline);
    const queue = createOfflineQueue<RunAction>({ storageKey, storage: broken });
    const action = runAction('delivered', 'note-9');
    expect(await queue.submit(action, server.delivery)).toBe('queued');
    server.answer = () => null;
    await queue.replay(server.delivery);
    expect(server.sentIds).toEqual([action.id, action.id]);
    expect(createOfflineQueue<RunAction>({ storageKey, storage: broken }).actions()).toEqual([]);
  });
});
