import type { ConfirmHandoverBody, HandoverConfirmed } from '@e-galleria/shared/counter';
import type { FieldError } from '@e-galleria/shared/errors';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import { AppError, notFound } from '../../errors.ts';
import type { RequestOrigin } from '../../http/request-origin.ts';
import type { Actor } from '../auth/access.port.ts';
import { clientRequestId, loadPoint, type CounterDeps } from './counter-context.ts';
import type { ConfirmationRow } from './counter.repository.ts';
import type { CounterService } from './counter.service.ts';

/**
 * The resident has their parcels: every ready order of the handover (or the ones the screen
 * showed) becomes collected, and the confirmation is stored under the id the operator's phone
 * gave it. The row is the proof it happened: a replay — after a lost answer, from an offline
 * queue, or twice at once — finds it and answers the same, and nothing is collected twice.
 */
export function createHandoverConfirmation(deps: CounterDeps & { service: CounterService }) {
  const { transaction, counter, now } = deps;

  async function answer(confirmation: ConfirmationRow): Promise<HandoverConfirmed> {
    const handover = await counter.findHandoverById(confirmation.handover_id);
    if (!handover) throw notFound('The handover');
    const view = await deps.service.handoverView(handover);
    const orderIds = await counter.ordersMovedBy(
      view.parcels.map((parcel) => parcel.id),
      clientRequestId(confirmation.id),
      'collect',
    );
    return {
      confirmation: {
        id: confirmation.id,
        handoverId: confirmation.handover_id,
        paymentTakenOre: confirmation.payment_taken_ore,
        confirmedAt: new Date(confirmation.confirmed_at).toISOString(),
        orderIds,
      },
      handover: view,
    };
  }

  function requireSameHandover(confirmation: ConfirmationRow, handoverId: string) {
    if (confirmation.handover_id !== handoverId)
      throw new AppError('idempotency_key_reused', 'The id confirmed another handover.');
    return confirmation;
  }

  async function confirm(
    actor: Actor | null,
    servicePointId: string,
    handoverId: string,
    body: ConfirmHandoverBody,
    requestOrigin: RequestOrigin,
  ): Promise<HandoverConfirmed> {
    const { point, actor: operator } = await loadPoint(
      deps,
      actor,
      servicePointId,
      'service_point.counter.work',
    );
    const handover = await counter.findHandover(point.id, { id: handoverId });
    if (!handover) throw notFound('The handover');
    const earlier = await counter.findConfirmation(body.clientId);
    if (earlier) return answer(requireSameHandover(earlier, handover.id));
    const requestId = clientRequestId(body.clientId);
    const origin = { ...requestOrigin, requestId };
    try {
      const confirmation = await transaction(async (trx) => {
        await counter.lockHandover(handover.id, now(), trx);
        // A replay that waited on the lock finds the first one's row here.
        const raced = await counter.findConfirmation(body.clientId, trx);
        if (raced) return requireSameHandover(raced, handover.id);
        const parcels = await counter.parcelsOfHandover(handover.id, trx);
        const targets =
          body.orderIds === undefined
            ? parcels.filter((parcel) => parcel.status === 'ready_for_pickup')
            : body.orderIds.map((orderId) => {
                const parcel = parcels.find((candidate) => candidate.id === orderId);
                if (!parcel) throw notFound('The parcel');
                return parcel;
              });
        const changed: FieldError[] = targets.flatMap((parcel, index) =>
          parcel.status === 'ready_for_pickup'
            ? []
            : [
                {
                  field: `orderIds.${index}`,
                  code: parcel.status,
                  message: `Parcel ${parcel.parcel_code} from ${parcel.shop_name} is ${parcel.status}.`,
                },
              ],
        );
        if (changed.length > 0)
          throw new AppError(
            'status_conflict',
            `${changed.map((error) => error.message).join(' ')} Nothing was handed over.`,
            { fieldErrors: changed },
          );
        if (targets.length === 0)
          throw new AppError('status_conflict', 'Nothing of this handover is ready.');
        const row: ConfirmationRow = {
          id: body.clientId,
          handover_id: handover.id,
          operator_user_id: operator.user.id,
          payment_taken_ore: body.paymentTakenOre,
          confirmed_at: now(),
        };
        await counter.insertConfirmation(row, trx);
        for (const parcel of targets)
          await deps.lifecycle.apply(trx, {
            orderId: parcel.id,
            event: 'collect',
            by: { userId: operator.user.id, kind: 'service_point_operator' },
            origin,
          });
        const collectedIds = new Set(targets.map((parcel) => parcel.id));
        const isAllCollected = parcels.every(
          (parcel) =>
            collectedIds.has(parcel.id) ||
            ['collected', 'declined', 'cancelled', 'expired', 'returning', 'returned'].includes(
              parcel.status,
            ),
        );
        if (isAllCollected) await counter.markCollected(handover.id, now(), trx);
        return row;
      });
      return await answer(confirmation);
    } catch (error) {
      // Two replays inserted at once on an engine that did not make the second one wait.
      if (!isUniqueViolation(error)) throw error;
      const first = await counter.findConfirmation(body.clientId);
      if (!first) throw error;
      return answer(requireSameHandover(first, handover.id));
    }
  }

  return { confirm };
}

export type HandoverConfirmation = ReturnType<typeof createHandoverConfirmation>;
