import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { CounterParcel } from '@e-galleria/shared/counter';
import { isApiError, type ApiErrorCode } from '../../api/api-error.ts';
import {
  checkInParcel,
  confirmHandover,
  listCounterParcels,
  sendParcelBack,
} from '../../api/counter-api.ts';
import {
  applyPending,
  loadQueue,
  saveQueue,
  saveSnapshot,
  type CounterAction,
  type QueuedAction,
} from './counter-queue.ts';
import type { CounterRange } from './expected-days.ts';

/** How often a waiting queue is tried again, besides the browser's `online` event. */
const retryMs = 15_000;
/** How often the screen looks at the clock: a phone left on overnight starts the new day. */
const clockMs = 60_000;

/** The parcels as the server last listed them, with the days that list covers. */
export type CounterList = { parcels: CounterParcel[]; range: CounterRange };

export type SubmitOutcome = 'sent' | 'queued' | NonNullable<QueuedAction['failure']>;

/** The server was not reached or could not answer now: the action waits and is sent again. */
function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.code === 'network_error' || error.code === 'rate_limited' || error.status >= 500;
}

function send(servicePointId: string, action: CounterAction): Promise<unknown> {
  if (action.kind === 'confirm')
    return confirmHandover(servicePointId, action.handoverId, {
      clientId: action.id,
      paymentTakenOre: action.paymentTakenOre,
      orderIds: action.orderIds,
    });
  const body = { parcelCode: action.parcelCode, clientId: action.id };
  return action.kind === 'check_in'
    ? checkInParcel(servicePointId, body)
    : sendParcelBack(servicePointId, body);
}

/**
 * The counter's state: the parcels as last loaded, the actions not yet sent (kept in the
 * browser across reloads), and the parcels as they will be once those are sent. Actions are
 * sent in the order they were made, again whenever the connection returns.
 */
export function useCounter(servicePointId: string, initial: CounterList) {
  const [loaded, setLoaded] = useState(initial);
  const [queue, setQueue] = useState<QueuedAction[]>(() => loadQueue(servicePointId));
  const [isOnline, setOnline] = useState(() => navigator.onLine);
  const [today, setToday] = useState(() => swedishDateOf(Date.now()));
  const [isRefreshing, setRefreshing] = useState(false);
  const [refreshFailure, setRefreshFailure] = useState<ApiErrorCode | null>(null);
  const queueRef = useRef(queue);
  const running = useRef<Promise<void> | null>(null);

  const commit = useCallback(
    (next: QueuedAction[]) => {
      queueRef.current = next;
      saveQueue(servicePointId, next);
      setQueue(next);
    },
    [servicePointId],
  );

  /** Without a connection the screen keeps what it has; any other failure is said once. */
  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      const list = await listCounterParcels(servicePointId);
      const range = { from: list.from, until: list.until };
      setLoaded({ parcels: list.items, range });
      setToday(swedishDateOf(Date.now()));
      setRefreshFailure(null);
      saveSnapshot(servicePointId, { parcels: list.items, range, savedAt: Date.now() });
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.code === 'network_error') setOnline(false);
      else setRefreshFailure(error.code);
    } finally {
      setRefreshing(false);
    }
  }, [servicePointId]);

  const flushOnce = useCallback(async () => {
    const tried = new Set<string>();
    let sentAny = false;
    for (;;) {
      const next = queueRef.current.find((action) => !action.failure && !tried.has(action.id));
      if (!next) break;
      tried.add(next.id);
      try {
        await send(servicePointId, next);
        commit(queueRef.current.filter((action) => action.id !== next.id));
        sentAny = true;
        setOnline(true);
      } catch (error) {
        if (isTransient(error)) {
          if (isApiError(error, 'network_error')) setOnline(false);
          break;
        }
        if (!isApiError(error)) throw error;
        const failure = {
          code: error.code,
          detail: error.message,
          fieldErrors: error.fieldErrors,
        };
        commit(
          queueRef.current.map((action) =>
            action.id === next.id ? { ...action, failure } : action,
          ),
        );
      }
    }
    if (sentAny) await refresh();
  }, [commit, refresh, servicePointId]);

  /** One round at a time: a second caller waits for the running one, then runs its own. */
  const flush = useCallback(async () => {
    while (running.current) await running.current;
    const round = flushOnce();
    running.current = round;
    try {
      await round;
    } finally {
      running.current = null;
    }
  }, [flushOnce]);

  const submit = useCallback(
    async (action: CounterAction): Promise<SubmitOutcome> => {
      commit([...queueRef.current, { ...action, failure: null }]);
      await flush();
      const after = queueRef.current.find((candidate) => candidate.id === action.id);
      if (!after) return 'sent';
      return after.failure ?? 'queued';
    },
    [commit, flush],
  );

  const dismiss = useCallback(
    (actionId: string) => commit(queueRef.current.filter((action) => action.id !== actionId)),
    [commit],
  );

  useEffect(() => {
    const goOnline = () => {
      setOnline(true);
      void flush();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    const timer = window.setInterval(() => {
      if (queueRef.current.some((action) => !action.failure)) void flush();
    }, retryMs);
    const clock = window.setInterval(() => setToday(swedishDateOf(Date.now())), clockMs);
    // Actions left from an earlier visit (the phone was closed while offline) go first.
    void flush();
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      window.clearInterval(timer);
      window.clearInterval(clock);
    };
  }, [flush]);

  const parcels = useMemo(() => applyPending(loaded.parcels, queue), [loaded, queue]);
  return {
    parcels,
    range: loaded.range,
    today,
    queue,
    isOnline,
    isRefreshing,
    refreshFailure,
    submit,
    dismiss,
    refresh,
  };
}
