import { useCallback, useEffect, useMemo, useState } from 'react';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { CounterParcel } from '@e-galleria/shared/counter';
import { isApiError, type ApiErrorCode } from '../../api/api-error.ts';
import {
  checkInParcel,
  confirmHandover,
  listCounterParcels,
  sendParcelBack,
} from '../../api/counter-api.ts';
import { useConnection, useOfflineQueue } from '../../lib/use-offline-queue.ts';
import {
  applyPending,
  counterQueueKey,
  saveSnapshot,
  type CounterAction,
} from './counter-queue.ts';
import type { CounterRange } from './expected-days.ts';

/** How often the screen looks at the clock: a phone left on overnight starts the new day. */
const clockMs = 60_000;

/** The parcels as the server last listed them, with the days that list covers. */
export type CounterList = { parcels: CounterParcel[]; range: CounterRange };

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
 * The counter's state: the parcels as last loaded, the actions not yet sent (the offline
 * queue, kept in the browser across reloads), and the parcels as they will be once those are
 * sent. After the queue delivers anything the list is loaded again.
 */
export function useCounter(servicePointId: string, initial: CounterList) {
  const [loaded, setLoaded] = useState(initial);
  const { isOnline, noteConnection } = useConnection();
  const [today, setToday] = useState(() => swedishDateOf(Date.now()));
  const [isRefreshing, setRefreshing] = useState(false);
  const [refreshFailure, setRefreshFailure] = useState<ApiErrorCode | null>(null);

  /** Without a connection the screen keeps what it has; any other failure is said once. */
  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      const list = await listCounterParcels(servicePointId);
      const range = { from: list.from, until: list.until };
      setLoaded({ parcels: list.items, range });
      setToday(swedishDateOf(Date.now()));
      setRefreshFailure(null);
      saveSnapshot(servicePointId, { parcels: list.items, range });
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.code === 'network_error') noteConnection(false);
      else setRefreshFailure(error.code);
    } finally {
      setRefreshing(false);
    }
  }, [noteConnection, servicePointId]);

  const { queue, submit, dismiss } = useOfflineQueue<CounterAction>({
    storageKey: counterQueueKey(servicePointId),
    send: (action) => send(servicePointId, action),
    afterDelivery: refresh,
    onConnection: noteConnection,
  });

  useEffect(() => {
    const clock = window.setInterval(() => setToday(swedishDateOf(Date.now())), clockMs);
    return () => window.clearInterval(clock);
  }, []);

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
