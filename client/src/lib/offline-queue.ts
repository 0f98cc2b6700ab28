import type { FieldError } from '@e-galleria/shared/errors';
import { isApiError, type ApiErrorCode } from '../api/api-error.ts';
import { storedValue, type KeyValueStorage } from './offline-storage.ts';

/**
 * Something a person did on a screen that must reach the server even if the connection is
 * gone (a check-in at the counter, a delivery on the carrier's run). `id` is given when the
 * button is pressed (`crypto.randomUUID()`) and sent with every attempt: the server keys the
 * action by it, so a replay after a lost answer lands once (decision 0014).
 */
export type OfflineAction = { id: string; queuedAt: number };

/** Why the server refused an action: it stays in view until the person has read it. */
export type ReplayFailure = {
  code: ApiErrorCode;
  detail: string | null;
  fieldErrors: FieldError[];
};

export type Queued<Action extends OfflineAction> = Action & { failure: ReplayFailure | null };

/** What became of a submitted action by the time `submit` settles. */
export type SubmitOutcome = 'sent' | 'queued' | ReplayFailure;

/** How a screen hands its actions to the server, and hears what came of it. */
export type Delivery<Action extends OfflineAction> = {
  /** One attempt to hand an action to the server; rejects with an `ApiError` when it did not. */
  send: (action: Action) => Promise<unknown>;
  /** After a round that delivered anything: the screen loads what the server now has. */
  afterDelivery?: () => Promise<void>;
  /** What the attempts showed: the server answered (true), or could not be reached (false). */
  onConnection?: (isOnline: boolean) => void;
};

export type OfflineQueue<Action extends OfflineAction> = {
  /** The actions not yet delivered, in the order they were made; a new array on every change. */
  actions: () => readonly Queued<Action>[];
  subscribe: (listener: () => void) => () => void;
  /** Keeps the action, then replays the queue; says whether it was sent, waits, or was refused. */
  submit: (action: Action, delivery: Delivery<Action>) => Promise<SubmitOutcome>;
  /** Sends the waiting actions in order, until one cannot be sent now. */
  replay: (delivery: Delivery<Action>) => Promise<void>;
  /** Drops a refused action the person has read. */
  dismiss: (actionId: string) => void;
  /** Whether any action still waits to be sent (refused ones do not). */
  hasWaiting: () => boolean;
};

/** The server was not reached or could not answer now: the action waits and is sent again. */
export function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.code === 'network_error' || error.code === 'rate_limited' || error.status >= 500;
}

/**
 * A queue of actions kept in the browser across reloads, replayed in the order they were made
 * whenever the screen asks (a submit, the connection back, a timer). Without React, so any
 * screen's hook (see use-offline-queue.ts) and a unit test drive the same rules.
 */
export function createOfflineQueue<Action extends OfflineAction>(options: {
  /** Where the queue is kept; one key per screen and place (a service point, a run). */
  storageKey: string;
  storage?: KeyValueStorage;
}): OfflineQueue<Action> {
  const stored = storedValue<readonly Queued<Action>[]>(options.storageKey, [], options.storage);
  let actions: readonly Queued<Action>[] = stored.load();
  let running: Promise<void> | null = null;
  const listeners = new Set<() => void>();

  function commit(next: readonly Queued<Action>[]) {
    actions = next;
    stored.save(next);
    for (const listener of listeners) listener();
  }

  async function replayOnce({ send, afterDelivery, onConnection }: Delivery<Action>) {
    // Each action is tried once per round: a refused one is not sent again, a later one still is.
    const tried = new Set<string>();
    let deliveredAny = false;
    for (;;) {
      const next = actions.find((action) => !action.failure && !tried.has(action.id));
      if (!next) break;
      tried.add(next.id);
      try {
        await send(next);
        commit(actions.filter((action) => action.id !== next.id));
        deliveredAny = true;
        onConnection?.(true);
      } catch (error) {
        // Later actions may depend on this one (a check-in before its handover): keep the order.
        if (isTransient(error)) {
          if (isApiError(error, 'network_error')) onConnection?.(false);
          break;
        }
        if (!isApiError(error)) throw error;
        const failure = { code: error.code, detail: error.message, fieldErrors: error.fieldErrors };
        commit(actions.map((action) => (action.id === next.id ? { ...action, failure } : action)));
      }
    }
    if (deliveredAny) await afterDelivery?.();
  }

  /** One round at a time: a second caller waits for the running one, then runs its own. */
  async function replay(delivery: Delivery<Action>) {
    while (running) await running;
    const round = replayOnce(delivery);
    running = round;
    try {
      await round;
    } finally {
      running = null;
    }
  }

  return {
    actions: () => actions,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async submit(action, delivery) {
      commit([...actions, { ...action, failure: null }]);
      await replay(delivery);
      const after = actions.find((candidate) => candidate.id === action.id);
      if (!after) return 'sent';
      return after.failure ?? 'queued';
    },
    replay,
    dismiss: (actionId) => commit(actions.filter((action) => action.id !== actionId)),
    hasWaiting: () => actions.some((action) => !action.failure),
  };
}
