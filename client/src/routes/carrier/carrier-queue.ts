import type { CarrierDelivery, DeliveryRun, FailureReason } from '@e-galleria/shared/deliveries';
import type { OfflineAction, Queued } from '../../lib/offline-queue.ts';
import { offlineSnapshot, storedValue } from '../../lib/offline-storage.ts';

/**
 * What the driver did on the run, kept in the browser until the server has it. Each action
 * carries the id it was given when the button was pressed (its `id`), so sending it again
 * after a lost answer is the same action to the server: it lands once.
 */
export type CarrierAction = OfflineAction &
  (
    | {
        kind: 'deliver';
        orderId: string;
        name: string;
        collectedOre: number | null;
        coolBagsReturned: number;
      }
    | { kind: 'fail'; orderId: string; name: string; reason: FailureReason }
    | {
        kind: 'start_run';
        date: string;
        route: string;
        vehicle: string;
        startedAt: number;
      }
    | {
        kind: 'close_run';
        /** The run's id, or the id of the start still waiting to be sent. */
        runId: string | null;
        startId: string | null;
        km: number;
        closedAt: number;
      }
  );

export type QueuedCarrierAction = Queued<CarrierAction>;

/** A run as the phone knows it: the server's, or one started offline and not yet sent. */
export type PhoneRun = DeliveryRun & { startId: string | null; isPending: boolean };

export type CarrierSnapshot = { date: string; deliveries: CarrierDelivery[]; runs: DeliveryRun[] };

export const carrierQueueKey = (carrierId: string) => `galleria.carrier.${carrierId}.queue`;
const snapshotOf = (carrierId: string) =>
  offlineSnapshot<CarrierSnapshot>(`galleria.carrier.${carrierId}.day`);
export const loadCarrierSnapshot = (carrierId: string) => snapshotOf(carrierId).load();
export const saveCarrierSnapshot = (carrierId: string, snapshot: CarrierSnapshot) =>
  snapshotOf(carrierId).save(snapshot);

/** Which carrier a slug is, remembered so the screen opens from the snapshot offline. */
export type CarrierRef = { id: string; slug: string; name: string };
const carrierOf = (slug: string) =>
  storedValue<CarrierRef | null>(`galleria.carrier.${slug}`, null);
export const loadCarrierRef = (slug: string) => carrierOf(slug).load();
export const saveCarrierRef = (carrier: CarrierRef) => carrierOf(carrier.slug).save(carrier);

/** Runs started offline, by the start's id, once the server has named them. */
const runIdsOf = (carrierId: string) =>
  storedValue<Record<string, string>>(`galleria.carrier.${carrierId}.runs`, {});
export const runIdOfStart = (carrierId: string, startId: string) =>
  runIdsOf(carrierId).load()[startId] ?? null;
export function rememberRunId(carrierId: string, startId: string, runId: string) {
  const stored = runIdsOf(carrierId);
  stored.save({ ...stored.load(), [startId]: runId });
}

/** The stops still to do once the server has every action waiting to be sent. */
export function pendingStops(
  deliveries: readonly CarrierDelivery[],
  queue: readonly QueuedCarrierAction[],
): CarrierDelivery[] {
  const done = new Set(
    queue.flatMap((action) =>
      !action.failure && (action.kind === 'deliver' || action.kind === 'fail')
        ? [action.orderId]
        : [],
    ),
  );
  return deliveries.filter((stop) => !done.has(stop.orderId));
}

/** The day's runs with those started or closed on the phone and not yet sent. */
export function pendingRuns(
  runs: readonly DeliveryRun[],
  queue: readonly QueuedCarrierAction[],
  date: string,
): PhoneRun[] {
  let result: PhoneRun[] = runs.map((run) => ({ ...run, startId: null, isPending: false }));
  for (const action of queue) {
    if (action.failure) continue;
    if (action.kind === 'start_run' && action.date === date)
      result = [
        ...result,
        {
          id: action.id,
          date: action.date,
          route: action.route,
          vehicle: action.vehicle,
          km: null,
          startedAt: action.startedAt,
          closedAt: null,
          deliveryCount: 0,
          startId: action.id,
          isPending: true,
        },
      ];
    if (action.kind === 'close_run')
      result = result.map((run) =>
        (action.runId !== null && run.id === action.runId) ||
        (action.startId !== null && run.startId === action.startId)
          ? { ...run, km: action.km, closedAt: action.closedAt, isPending: true }
          : run,
      );
  }
  return result;
}
