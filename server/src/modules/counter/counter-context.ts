import type { Queryable, TransactionRunner } from '../../db/database.ts';
import type { Action } from '@e-galleria/shared/authorization';
import type { CounterParcel } from '@e-galleria/shared/counter';
import { AppError, notFound } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import { servicePointScope } from '../service-points/service-point-directory.service.ts';
import type { NoticeDeps } from './counter-notices.ts';
import { coldestByOrder, toCounterParcel } from './counter-views.ts';
import type { ParcelRow } from './counter.repository.ts';

export type CounterDeps = NoticeDeps & { transaction: TransactionRunner };

/** The history's request id of an operator's action: the id their phone gave it. */
export const clientRequestId = (clientId: string) => `client:${clientId}`;

/**
 * The point the request is about, with the actor allowed `action` there. Anonymous callers
 * learn nothing; an unknown point is 404; someone else's point 403 (its id is no secret: the
 * storefront lists every point).
 */
export async function loadPoint(
  deps: CounterDeps,
  actor: Actor | null,
  servicePointId: string,
  action: Action,
) {
  if (!actor) throw new AppError('unauthenticated');
  const point = await deps.servicePoints.find(servicePointId);
  if (!point) throw notFound('The service point');
  return { point, actor: authorize(actor, action, servicePointScope(point)) };
}

export async function toParcels(
  deps: CounterDeps,
  rows: readonly ParcelRow[],
  today: string,
  db?: Queryable,
): Promise<CounterParcel[]> {
  if (rows.length === 0) return [];
  const coldest = coldestByOrder(
    await deps.counter.storageClassesOf(
      rows.map((row) => row.id),
      db,
    ),
  );
  return rows.map((row) => toCounterParcel(row, coldest.get(row.id) ?? 'ambient', today));
}
