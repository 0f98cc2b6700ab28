import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import type {
  CarrierDay,
  DeliverBody,
  DeliveryRecorded,
  DeliveryRun,
  FailDeliveryBody,
  ReorderBody,
  StartRunBody,
  CloseRunBody,
} from '@e-galleria/shared/deliveries';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import type { RequestOrigin } from '../../http/request-origin.ts';
import type { Actor } from '../auth/access.port.ts';
import type { CarrierSummary } from './carriers.port.ts';
import {
  clientRequestId,
  fieldError,
  loadCarrier,
  type DeliveriesDeps,
} from './deliveries-context.ts';
import type { CommandKind, CommandRow, NoteViewRow, RunRow } from './deliveries.repository.ts';
import { toCarrierDelivery, toRun } from './delivery-views.ts';
import { enqueueDelivered, enqueueFailed, noticeOf } from './delivery-notices.ts';

/**
 * The carrier's day on a phone (decision 0020): its stops in driving order, delivered or not,
 * and its runs. Every command carries the id the phone gave it and is stored under it in the
 * transaction that carries it out: a replay — after a lost answer, from the offline queue, or
 * twice at once — finds it and answers the same, and nothing happens twice.
 */
export function createCarrierDayService(deps: DeliveriesDeps) {
  const { deliveries, carriers, transaction, now } = deps;

  /** The command stored under this id, which must be the same command. */
  function requireSame(
    command: CommandRow,
    carrier: CarrierSummary,
    kind: CommandKind,
    target: string | null,
  ) {
    if (
      command.carrier_id !== carrier.id ||
      command.kind !== kind ||
      (target !== null && command.target_id !== target)
    )
      throw new AppError('idempotency_key_reused', 'The id was used for another command.');
    return command;
  }

  /** A note the carrier was given; another carrier's, or none, is missing. */
  async function noteOfCarrier(carrier: CarrierSummary, orderId: string): Promise<NoteViewRow> {
    const row = await deliveries.findNote(orderId);
    if (!row || row.carrier_id !== carrier.id) throw notFound('The delivery');
    return row;
  }

  async function recorded(orderId: string): Promise<DeliveryRecorded> {
    const row = await deliveries.findNote(orderId);
    if (!row?.outcome) throw notFound('The delivery');
    return {
      orderId,
      outcome: row.outcome,
      collectedOre: row.collected_ore,
      at: (row.outcome === 'delivered' ? row.delivered_at : row.failed_at) ?? row.updated_at,
    };
  }

  /**
   * A failed delivery as its command recorded it: the note forgets the attempt when the shop
   * sends the order out again, and a replay still answers as the first did.
   */
  async function recordedFailure(clientId: string, orderId: string): Promise<DeliveryRecorded> {
    const command = await deliveries.findCommand(clientId);
    if (!command?.outcome || command.outcome === 'delivered') return recorded(orderId);
    return { orderId, outcome: command.outcome, collectedOre: null, at: command.at };
  }

  function alreadyRecorded(row: NoteViewRow): AppError {
    const when = row.delivered_at ?? row.failed_at;
    const at = when ? new Date(when).toISOString() : '';
    return new AppError(
      'status_conflict',
      `The delivery was already recorded as ${row.outcome ?? row.status}${at ? ` at ${at}` : ''}; nothing changed.`,
    );
  }

  /**
   * Runs `work` for a command not seen before; a replay (before, or racing it) answers as the
   * first did. The command's row is written in `work`'s transaction, so it exists exactly when
   * what it did does.
   */
  async function once<T>(
    carrier: CarrierSummary,
    clientId: string,
    kind: CommandKind,
    /** What the command is about; null for a run not made yet (its id is the first's). */
    target: string | null,
    work: () => Promise<void>,
    answer: () => Promise<T>,
  ): Promise<T> {
    const earlier = await deliveries.findCommand(clientId);
    if (earlier) {
      requireSame(earlier, carrier, kind, target);
      return answer();
    }
    try {
      await work();
    } catch (error) {
      // A replay that ran beside the first: the first's row is there now; its refusal (the
      // order already moved, the row's key taken) is no refusal for the same command.
      const first = await deliveries.findCommand(clientId);
      if (!first) throw error;
      requireSame(first, carrier, kind, target);
    }
    return answer();
  }

  /**
   * A run is started, and a stop recorded, on its own day (Swedish date) or later — a phone's
   * queue may send last night's in the morning — never before it: a walk started tomorrow's
   * run today, and "nobody home" a day early would tell the resident so on the wrong day.
   */
  function refuseBeforeItsDay(date: string, what: string, doing: string) {
    if (date > swedishDateOf(now()))
      throw new AppError('status_conflict', `${what} is for ${date}; it can be ${doing} that day.`);
  }

  async function runView(carrierId: string, runId: string): Promise<DeliveryRun> {
    const row = await deliveries.findRun(carrierId, runId);
    if (!row) throw notFound('The run');
    const counts = await deliveries.deliveryCountsOfRuns([row.id]);
    return toRun(row, counts.get(row.id) ?? 0);
  }

  async function runsOf(carrierId: string, date: string): Promise<DeliveryRun[]> {
    const rows = await deliveries.runsOfDay(carrierId, date);
    const counts = await deliveries.deliveryCountsOfRuns(rows.map((row) => row.id));
    return rows.map((row) => toRun(row, counts.get(row.id) ?? 0));
  }

  return {
    /**
     * The day's stops in the carrier's hands, in driving order: as the driver arranged them,
     * else by zone and village. Another day's, or another carrier's, are not there.
     */
    async day(actor: Actor | null, slug: string, date: string | undefined): Promise<CarrierDay> {
      const { carrier } = await loadCarrier(deps, actor, slug, 'carrier.deliveries.read');
      const day = date ?? swedishDateOf(now());
      const rows = await deliveries.notesOfCarrierDay(carrier.id, day);
      const zones = new Map<string, string | null>();
      for (const row of rows)
        if (!zones.has(row.zone_id)) zones.set(row.zone_id, await carriers.zoneName(row.zone_id));
      const bags = await deliveries.coolBagsOutOfHouseholds([
        ...new Set(rows.map((row) => row.household_id)),
      ]);
      const stops = rows.map((row) =>
        toCarrierDelivery(row, zones.get(row.zone_id) ?? null, bags.get(row.household_id) ?? 0),
      );
      // Unarranged stops keep together by zone and village, in the zones' Swedish order.
      const arranged = stops.some((stop) => stop.sequence !== null);
      if (!arranged)
        stops.sort(
          (a, b) =>
            (a.zoneName ?? '').localeCompare(b.zoneName ?? '', 'sv') ||
            a.recipient.village.localeCompare(b.recipient.village, 'sv') ||
            a.recipient.streetAddress.localeCompare(b.recipient.streetAddress, 'sv'),
        );
      return {
        carrier: { id: carrier.id, slug: carrier.slug, name: carrier.name },
        date: day,
        deliveries: stops,
        runs: await runsOf(carrier.id, day),
      };
    },

    /** The driver's order of the day: the listed stops first, in the order given. */
    async reorder(actor: Actor | null, slug: string, body: ReorderBody): Promise<CarrierDay> {
      const { carrier, actor: driver } = await loadCarrier(
        deps,
        actor,
        slug,
        'carrier.deliveries.work',
      );
      const ofDay = new Set(
        (await deliveries.notesOfCarrierDay(carrier.id, body.date)).map((row) => row.order_id),
      );
      const unknown = body.orderIds.findIndex((orderId) => !ofDay.has(orderId));
      if (unknown >= 0)
        throw fieldError(`orderIds.${unknown}`, 'unknown', 'Not a delivery of this day.');
      if (new Set(body.orderIds).size !== body.orderIds.length)
        throw fieldError('orderIds', 'duplicate', 'A delivery is listed twice.');
      await transaction((trx) =>
        deliveries.setSequence(carrier.id, body.date, body.orderIds, now(), trx),
      );
      return this.day(driver, slug, body.date);
    },

    /**
     * Delivered at the door, with the amount taken when paid on delivery (recorded once) and
     * the cool bags taken back; `deliver` through the lifecycle door, the resident told.
     */
    async deliver(
      actor: Actor | null,
      slug: string,
      orderId: string,
      body: DeliverBody,
      requestOrigin: RequestOrigin,
    ): Promise<DeliveryRecorded> {
      const { carrier, actor: driver } = await loadCarrier(
        deps,
        actor,
        slug,
        'carrier.deliveries.work',
      );
      return once(
        carrier,
        body.clientId,
        'deliver',
        orderId,
        async () => {
          const row = await noteOfCarrier(carrier, orderId);
          if (row.outcome) throw alreadyRecorded(row);
          if (row.status !== 'out_for_delivery')
            throw new AppError(
              'status_conflict',
              `The order is ${row.status}; the shop has not handed it over.`,
            );
          refuseBeforeItsDay(row.date, 'The delivery', 'recorded from');
          if (row.collect_ore > 0 && body.collectedOre === undefined)
            throw fieldError('collectedOre', 'required', 'Say how much was paid at the door.');
          if (row.collect_ore === 0 && (body.collectedOre ?? 0) > 0)
            throw fieldError('collectedOre', 'nothing_to_collect', 'This order is already paid.');
          const bagsOut =
            (await deliveries.coolBagsOutOfHouseholds([row.household_id])).get(row.household_id) ??
            0;
          if (body.coolBagsReturned > bagsOut)
            throw fieldError(
              'coolBagsReturned',
              'too_many',
              `The household has ${bagsOut} cool bags out.`,
            );
          const at = now();
          const run = await deliveries.openRunOf(carrier.id, driver.user.id, row.date);
          const notice = await noticeOf(deps, row);
          await deps.lifecycle.fire(
            [
              {
                orderId,
                event: 'deliver',
                by: { userId: driver.user.id, kind: 'carrier' },
                origin: { ...requestOrigin, requestId: clientRequestId(body.clientId) },
              },
            ],
            async (trx) => {
              await deliveries.insertCommand(
                {
                  id: body.clientId,
                  carrier_id: carrier.id,
                  kind: 'deliver',
                  target_id: orderId,
                  user_id: driver.user.id,
                  at,
                  outcome: 'delivered',
                },
                trx,
              );
              await deliveries.updateNote(
                orderId,
                {
                  outcome: 'delivered',
                  delivered_at: at,
                  collected_ore: row.collect_ore > 0 ? (body.collectedOre ?? 0) : null,
                  cool_bags_returned: body.coolBagsReturned,
                  run_id: run?.id ?? null,
                  updated_at: at,
                },
                trx,
              );
              await deliveries.addCoolBags(
                {
                  shopId: row.shop_id,
                  householdId: row.household_id,
                  delta: row.cool_bags - body.coolBagsReturned,
                  recipientName: row.recipient_name,
                  village: row.village,
                  at,
                },
                trx,
              );
              await enqueueDelivered(trx, deps, row, notice);
            },
          );
        },
        () => recorded(orderId),
      );
    },

    /** Nobody home, or refused: `fail_delivery`, back to the shop to send again or take back. */
    async fail(
      actor: Actor | null,
      slug: string,
      orderId: string,
      body: FailDeliveryBody,
      requestOrigin: RequestOrigin,
    ): Promise<DeliveryRecorded> {
      const { carrier, actor: driver } = await loadCarrier(
        deps,
        actor,
        slug,
        'carrier.deliveries.work',
      );
      return once(
        carrier,
        body.clientId,
        'fail',
        orderId,
        async () => {
          const row = await noteOfCarrier(carrier, orderId);
          if (row.outcome) throw alreadyRecorded(row);
          refuseBeforeItsDay(row.date, 'The delivery', 'recorded from');
          const at = now();
          const run = await deliveries.openRunOf(carrier.id, driver.user.id, row.date);
          const notice = await noticeOf(deps, row);
          await deps.lifecycle.fire(
            [
              {
                orderId,
                event: 'fail_delivery',
                by: { userId: driver.user.id, kind: 'carrier' },
                reason: body.reason,
                origin: { ...requestOrigin, requestId: clientRequestId(body.clientId) },
              },
            ],
            async (trx) => {
              await deliveries.insertCommand(
                {
                  id: body.clientId,
                  carrier_id: carrier.id,
                  kind: 'fail',
                  target_id: orderId,
                  user_id: driver.user.id,
                  at,
                  outcome: body.reason,
                },
                trx,
              );
              await deliveries.updateNote(
                orderId,
                { outcome: body.reason, failed_at: at, run_id: run?.id ?? null, updated_at: at },
                trx,
              );
              await enqueueFailed(trx, deps, row, notice, body.reason);
            },
          );
        },
        () => recordedFailure(body.clientId, orderId),
      );
    },

    /** A run (körning) begins: the deliveries the driver records until it closes are in it. */
    async startRun(actor: Actor | null, slug: string, body: StartRunBody): Promise<DeliveryRun> {
      const { carrier, actor: driver } = await loadCarrier(
        deps,
        actor,
        slug,
        'carrier.deliveries.work',
      );
      const runId = newId();
      return once(
        carrier,
        body.clientId,
        'start_run',
        null,
        () => {
          refuseBeforeItsDay(body.date, 'The run', 'started on');
          return transaction(async (trx) => {
            const at = now();
            const row: RunRow = {
              id: runId,
              carrier_id: carrier.id,
              municipality_id: carrier.municipalityId,
              date: body.date,
              route: body.route,
              vehicle: body.vehicle,
              km_tenths: null,
              started_at: body.startedAt ?? at,
              closed_at: null,
              created_by_user_id: driver.user.id,
              closed_by_user_id: null,
              created_at: at,
              updated_at: at,
            };
            await deliveries.insertCommand(
              {
                id: body.clientId,
                carrier_id: carrier.id,
                kind: 'start_run',
                target_id: runId,
                user_id: driver.user.id,
                at,
                outcome: null,
              },
              trx,
            );
            await deliveries.insertRun(row, trx);
          });
        },
        async () => {
          const command = await deliveries.findCommand(body.clientId);
          return runView(carrier.id, command?.target_id ?? runId);
        },
      );
    },

    /** The run ends with the kilometres driven; closing a closed run is refused. */
    async closeRun(
      actor: Actor | null,
      slug: string,
      runId: string,
      body: CloseRunBody,
    ): Promise<DeliveryRun> {
      const { carrier, actor: driver } = await loadCarrier(
        deps,
        actor,
        slug,
        'carrier.deliveries.work',
      );
      return once(
        carrier,
        body.clientId,
        'close_run',
        runId,
        () =>
          transaction(async (trx) => {
            const run = await deliveries.findRun(carrier.id, runId, trx);
            if (!run) throw notFound('The run');
            // A run started for a later day before starting was held to its day can still be
            // open: it is not closed before its day either.
            refuseBeforeItsDay(run.date, 'The run', 'closed on');
            const at = now();
            const closedAt = body.closedAt ?? at;
            if (closedAt < run.started_at)
              throw fieldError('closedAt', 'before_start', 'The run ends before it began.');
            const isClosed = await deliveries.closeRun(
              runId,
              {
                km_tenths: Math.round(body.km * 10),
                closed_at: closedAt,
                closed_by_user_id: driver.user.id,
                at,
              },
              trx,
            );
            if (!isClosed)
              throw new AppError(
                'status_conflict',
                `The run was already closed at ${new Date(run.closed_at ?? at).toISOString()}.`,
              );
            await deliveries.insertCommand(
              {
                id: body.clientId,
                carrier_id: carrier.id,
                kind: 'close_run',
                target_id: runId,
                user_id: driver.user.id,
                at,
                outcome: null,
              },
              trx,
            );
          }),
        () => runView(carrier.id, runId),
      );
    },
  };
}

export type CarrierDayService = ReturnType<typeof createCarrierDayService>;
