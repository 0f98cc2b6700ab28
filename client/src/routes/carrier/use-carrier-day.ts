import { useCallback, useMemo, useState } from 'react';
import { isApiError, type ApiErrorCode } from '../../api/api-error.ts';
import {
  closeRun,
  fetchCarrierDay,
  markDelivered,
  markFailed,
  reorderCarrierDay,
  startRun,
} from '../../api/deliveries-api.ts';
import { useConnection, useOfflineQueue } from '../../lib/use-offline-queue.ts';
import {
  carrierQueueKey,
  pendingRuns,
  pendingStops,
  rememberRunId,
  runIdOfStart,
  saveCarrierSnapshot,
  type CarrierAction,
  type CarrierRef,
  type CarrierSnapshot,
} from './carrier-queue.ts';

async function send(carrier: CarrierRef, action: CarrierAction): Promise<unknown> {
  switch (action.kind) {
    case 'deliver':
      return markDelivered(carrier.slug, action.orderId, {
        clientId: action.id,
        coolBagsReturned: action.coolBagsReturned,
        ...(action.collectedOre === null ? {} : { collectedOre: action.collectedOre }),
      });
    case 'fail':
      return markFailed(carrier.slug, action.orderId, {
        clientId: action.id,
        reason: action.reason,
      });
    case 'start_run': {
      const { run } = await startRun(carrier.slug, {
        clientId: action.id,
        date: action.date,
        route: action.route,
        vehicle: action.vehicle,
        startedAt: action.startedAt,
      });
      rememberRunId(carrier.id, action.id, run.id);
      return run;
    }
    case 'close_run': {
      // A run started offline has its server id once its start is sent (it goes first).
      const runId =
        action.runId ?? (action.startId ? runIdOfStart(carrier.id, action.startId) : null);
      if (!runId) throw new Error('a run closed before it was started');
      return closeRun(carrier.slug, runId, {
        clientId: action.id,
        km: action.km,
        closedAt: action.closedAt,
      });
    }
  }
}

/**
 * The carrier's day: the stops and runs as last loaded, the actions not yet sent (the offline
 * queue, kept in the browser across reloads), and the day as it will be once those are sent.
 */
export function useCarrierDay(carrier: CarrierRef, initial: CarrierSnapshot) {
  const [loaded, setLoaded] = useState(initial);
  const { isOnline, noteConnection } = useConnection();
  const [isRefreshing, setRefreshing] = useState(false);
  const [failure, setFailure] = useState<ApiErrorCode | null>(null);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      const day = await fetchCarrierDay(carrier.slug, loaded.date);
      const snapshot = { date: day.date, deliveries: day.deliveries, runs: day.runs };
      setLoaded(snapshot);
      setFailure(null);
      saveCarrierSnapshot(carrier.id, snapshot);
    } catch (error) {
      if (!isApiError(error)) throw error;
      if (error.code === 'network_error') noteConnection(false);
      else setFailure(error.code);
    } finally {
      setRefreshing(false);
    }
  }, [carrier, loaded.date, noteConnection]);

  const { queue, submit, dismiss } = useOfflineQueue<CarrierAction>({
    storageKey: carrierQueueKey(carrier.id),
    send: (action) => send(carrier, action),
    afterDelivery: refresh,
    onConnection: noteConnection,
  });

  /** The driver's order: saved at once when online (a reorder needs no queue: it is a PUT). */
  const reorder = useCallback(
    async (orderIds: string[]) => {
      setLoaded((current) => ({
        ...current,
        deliveries: orderIds.flatMap(
          (orderId) => current.deliveries.find((stop) => stop.orderId === orderId) ?? [],
        ),
      }));
      try {
        const day = await reorderCarrierDay(carrier.slug, { date: loaded.date, orderIds });
        setLoaded({ date: day.date, deliveries: day.deliveries, runs: day.runs });
      } catch (error) {
        if (!isApiError(error)) throw error;
        if (error.code === 'network_error') noteConnection(false);
        else setFailure(error.code);
      }
    },
    [carrier.slug, loaded.date, noteConnection],
  );

  const stops = useMemo(() => pendingStops(loaded.deliveries, queue), [loaded, queue]);
  const runs = useMemo(() => pendingRuns(loaded.runs, queue, loaded.date), [loaded, queue]);
  return {
    date: loaded.date,
    stops,
    /** Whether the day has deliveries at all, delivered ones too (`stops` are those left). */
    hasDeliveries: loaded.deliveries.length > 0,
    runs,
    queue,
    isOnline,
    isRefreshing,
    failure,
    submit,
    dismiss,
    refresh,
    reorder,
  };
}
