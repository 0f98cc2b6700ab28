import type { Logger } from 'pino';
import type {
  CheckInResult,
  CounterHandover,
  ParcelList,
  ParcelListQuery,
  SendBackResult,
} from '@e-galleria/shared/counter';
import { addDays, swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type { RateLimitFactory } from '../../db/rate-limiter.ts';
import { AppError, notFound } from '../../errors.ts';
import type { RequestOrigin } from '../../http/request-origin.ts';
import type { SmsSender } from '../../integrations/sms.ts';
import type { Actor } from '../auth/access.port.ts';
import { clientRequestId, loadPoint, toParcels, type CounterDeps } from './counter-context.ts';
import { readyIfComplete, type PendingSms } from './counter-notices.ts';
import { toCounterHandover } from './counter-views.ts';
import type { HandoverRow } from './counter.repository.ts';

/**
 * The service point's counter: what is coming and waiting, checking parcels in (which makes a
 * handover ready once all of it is there), finding a handover by the resident's code, and
 * sending back what was not collected in time. Each action is idempotent by the client id.
 */
export function createCounterService(
  deps: CounterDeps & { sms: SmsSender; rateLimits: RateLimitFactory; logger: Logger },
) {
  const { transaction, counter, now } = deps;
  // A wrong code reveals nothing, and guessing is slow: per operator (a lost phone) and per
  // point (several accounts at one counter); an honest counter mistypes far less than this.
  const wrongCodesPerOperator = deps.rateLimits({
    name: 'handover_code_operator',
    points: 10,
    durationSeconds: 15 * 60,
  });
  const wrongCodesPerPoint = deps.rateLimits({
    name: 'handover_code_point',
    points: 30,
    durationSeconds: 15 * 60,
  });

  async function handoverView(handover: HandoverRow): Promise<CounterHandover> {
    const today = swedishDateOf(now());
    const parcels = await toParcels(deps, await counter.parcelsOfHandover(handover.id), today);
    return toCounterHandover(handover, parcels);
  }

  /** A text goes out after the commit: a failed SMS never undoes a check-in (the mail is sent). */
  function sendAfterCommit(sms: PendingSms | null) {
    if (!sms) return;
    deps.sms
      .send(sms)
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'ready notice sms failed'));
  }

  async function parcelView(servicePointId: string, parcelCode: string) {
    const row = await counter.findParcelByCode(servicePointId, parcelCode);
    if (!row) throw notFound('The parcel');
    const [parcel] = await toParcels(deps, [row], swedishDateOf(now()));
    if (!parcel) throw notFound('The parcel');
    return parcel;
  }

  /** Check-in or send-back of one parcel of this point, once per client id. */
  async function moveParcel(
    actor: Actor | null,
    servicePointId: string,
    body: { parcelCode: string; clientId: string },
    event: 'check_in' | 'send_back',
    requestOrigin: RequestOrigin,
  ) {
    const { point, actor: operator } = await loadPoint(
      deps,
      actor,
      servicePointId,
      'service_point.counter.work',
    );
    const requestId = clientRequestId(body.clientId);
    // Under the phone's id: a replay from its offline queue is the same action.
    const origin = { ...requestOrigin, requestId };
    const sms = await transaction(async (trx) => {
      const parcel = await counter.findParcelByCode(point.id, body.parcelCode, trx);
      if (!parcel) throw notFound('The parcel');
      await counter.lockHandover(parcel.handover_id, now(), trx);
      const done = await counter.ordersMovedBy([parcel.id], requestId, event, trx);
      if (done.length > 0) return null;
      if (event === 'send_back') {
        const handover = await counter.findHandoverById(parcel.handover_id, trx);
        const today = swedishDateOf(now());
        if (!handover?.last_day || handover.last_day >= today)
          throw new AppError(
            'status_conflict',
            `The parcel may be collected until ${handover?.last_day ?? 'it is ready'}.`,
          );
      }
      await deps.lifecycle.apply(trx, {
        orderId: parcel.id,
        event,
        by: { userId: operator.user.id, kind: 'service_point_operator' },
        origin,
      });
      if (event === 'send_back') return null;
      // The parcels made ready by this check-in were made so at the counter, in this request.
      return (await readyIfComplete(trx, deps, parcel.handover_id, origin)).sms;
    });
    sendAfterCommit(sms);
    return parcelView(point.id, body.parcelCode);
  }

  return {
    async listParcels(
      actor: Actor | null,
      servicePointId: string,
      query: ParcelListQuery,
    ): Promise<ParcelList> {
      const { point } = await loadPoint(deps, actor, servicePointId, 'service_point.parcels.read');
      const today = swedishDateOf(now());
      const from = query.from ?? today;
      const until = addDays(from, query.days - 1);
      const rows = await counter.listParcels(point.id, { today, from, until });
      return { items: await toParcels(deps, rows, today), nextCursor: null, today, from, until };
    },

    async checkIn(
      actor: Actor | null,
      servicePointId: string,
      body: { parcelCode: string; clientId: string },
      origin: RequestOrigin,
    ): Promise<CheckInResult> {
      const parcel = await moveParcel(actor, servicePointId, body, 'check_in', origin);
      return { parcel, handoverReady: parcel.status === 'ready_for_pickup' };
    },

    async sendBack(
      actor: Actor | null,
      servicePointId: string,
      body: { parcelCode: string; clientId: string },
      origin: RequestOrigin,
    ): Promise<SendBackResult> {
      return { parcel: await moveParcel(actor, servicePointId, body, 'send_back', origin) };
    },

    /** The handover a code opens at this point; a wrong code counts towards the limits. */
    async lookUpHandover(
      actor: Actor | null,
      servicePointId: string,
      code: string,
    ): Promise<CounterHandover> {
      const { point, actor: operator } = await loadPoint(
        deps,
        actor,
        servicePointId,
        'service_point.counter.work',
      );
      const operatorKey = operator.user.id;
      const blocked = Math.max(
        (await wrongCodesPerOperator.blockedFor(operatorKey)) ?? 0,
        (await wrongCodesPerPoint.blockedFor(point.id)) ?? 0,
      );
      if (blocked > 0)
        throw new AppError('rate_limited', 'Too many wrong codes.', {
          retryAfterSeconds: blocked,
        });
      const handover = await counter.findHandover(point.id, { code });
      if (!handover) {
        await wrongCodesPerOperator.consume(operatorKey);
        await wrongCodesPerPoint.consume(point.id);
        throw notFound('The handover');
      }
      return handoverView(handover);
    },

    handoverView,
  };
}

export type CounterService = ReturnType<typeof createCounterService>;
