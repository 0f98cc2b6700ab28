import { addDays, swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { streetAndVillage } from '@e-galleria/shared/delivery-address';
import type { StorageClass } from '@e-galleria/shared/catalogue';
import type {
  DeliveryNote,
  ShopDelivery,
  ShopDeliveryList,
  ShopDeliveryListQuery,
} from '@e-galleria/shared/deliveries';
import type { Transaction } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { RequestOrigin } from '../../http/request-origin.ts';
import type { Actor } from '../auth/access.port.ts';
import type { DeliveryNotesPort } from '../orders/home-delivery.port.ts';
import { fieldError, type DeliveriesDeps } from './deliveries-context.ts';
import type { NoteViewRow } from './deliveries.repository.ts';
import { enqueueRescheduled } from './delivery-notices.ts';
import { toShopDelivery } from './delivery-views.ts';

/** The role the actor acts in for this shop, for the state machine's "who may fire". */
function shopRoleOf(actor: Actor, shopId: string): 'shop_owner' | 'shop_staff' {
  const owns = actor.roles.some(
    (role) => role.role === 'shop_owner' && role.scope.type === 'shop' && role.scope.id === shopId,
  );
  return owns ? 'shop_owner' : 'shop_staff';
}

/** Orders whose carrier may still change: not yet handed over. */
const assignableStatuses = ['placed', 'accepted', 'packed'];

/**
 * Delivery notes from the shop's side (decision 0020): opened by checkout, listed with the
 * carrier assignment, printed, handed to the carrier, sent out again after a failed delivery.
 */
export function createDeliveryNotesService(deps: DeliveriesDeps) {
  const { deliveries, carriers, now } = deps;

  /** Zone and carrier names of the rows, each asked of the directory once. */
  async function namesOf(rows: readonly NoteViewRow[]) {
    const zones = new Map<string, string | null>();
    const carrierNames = new Map<string, string | null>();
    for (const row of rows) {
      if (!zones.has(row.zone_id)) zones.set(row.zone_id, await carriers.zoneName(row.zone_id));
      if (row.carrier_id && !carrierNames.has(row.carrier_id))
        carrierNames.set(
          row.carrier_id,
          (await carriers.carrierById(row.carrier_id))?.name ?? null,
        );
    }
    return (row: NoteViewRow) => ({
      zone: zones.get(row.zone_id) ?? null,
      carrier: row.carrier_id ? (carrierNames.get(row.carrier_id) ?? null) : null,
    });
  }

  async function view(row: NoteViewRow): Promise<ShopDelivery> {
    return toShopDelivery(row, (await namesOf([row]))(row));
  }

  /** A note of the shop; another shop's order, or one without a note, is missing. */
  async function noteOfShop(shopId: string, orderId: string): Promise<NoteViewRow> {
    const row = await deliveries.findNote(orderId);
    if (!row || row.shop_id !== shopId || row.status === 'awaiting_payment') {
      throw notFound('The delivery note');
    }
    return row;
  }

  const eraseOfOrders: DeliveryNotesPort['eraseOfOrders'] = async (trx, orderIds, runsBefore) => {
    await deliveries.eraseOfOrders(orderIds, trx);
    await deliveries.eraseEmptyRunsBefore(runsBefore, trx);
  };

  const addressesOf: DeliveryNotesPort['addressesOf'] = async (trx, orderIds) =>
    new Map(
      (await deliveries.addressesOfOrders(orderIds, trx)).map((row) => [
        row.order_id,
        streetAndVillage({ streetAddress: row.street_address, village: row.village }),
      ]),
    );

  const phonesOf: DeliveryNotesPort['phonesOf'] = async (orderIds) =>
    new Map((await deliveries.addressesOfOrders(orderIds)).map((row) => [row.order_id, row.phone]));

  const open: DeliveryNotesPort['open'] = async (trx: Transaction, note) => {
    await deliveries.insertNote(
      {
        order_id: note.orderId,
        municipality_id: note.municipalityId,
        shop_id: note.shopId,
        household_id: note.householdId,
        zone_id: note.zoneId,
        date: note.date,
        carrier_id: null,
        sequence: null,
        recipient_name: note.recipientName,
        street_address: note.address.streetAddress,
        postal_code: note.address.postalCode,
        village: note.address.village,
        door_code: note.address.doorCode ?? null,
        phone: note.address.phone,
        driver_note: note.address.driverNote ?? null,
        fee_ore: note.feeOre,
        is_subsidised: note.isSubsidised,
        cool_bags: note.coolBags,
        cool_bags_returned: 0,
        collect_ore: note.collectOre,
        collected_ore: null,
        outcome: null,
        assigned_at: null,
        handed_at: null,
        delivered_at: null,
        failed_at: null,
        run_id: null,
        on_its_way_sent_at: null,
        created_at: note.at,
        updated_at: note.at,
      },
      trx,
    );
  };

  return {
    /** The checkout's door (`DeliveryNotesPort`). */
    open,
    /** The orders' retention sweep's door (`DeliveryNotesPort`). */
    eraseOfOrders,
    /** The confirmation mail's door after a card payment (`DeliveryNotesPort`). */
    addressesOf,
    /** The shop's view of its own orders (`DeliveryNotesPort`). */
    phonesOf,

    async list(
      actor: Actor | null,
      shopId: string,
      query: ShopDeliveryListQuery,
    ): Promise<ShopDeliveryList> {
      const { shop } = await deps.shops.authorized(actor, shopId, 'shop.orders.read');
      const rows = (
        await deliveries.notesOfShop(
          shop.id,
          query.date ? { date: query.date } : { since: addDays(swedishDateOf(now()), -7) },
        )
      ).filter((row) => row.status !== 'awaiting_payment' && row.status !== 'expired');
      const names = await namesOf(rows);
      const out = await deliveries.coolBagsOutOfShop(shop.id);
      return {
        items: rows.map((row) => toShopDelivery(row, names(row))),
        carriers: (await carriers.carriersOfShop(shop.id)).map((carrier) => ({
          id: carrier.id,
          name: carrier.name,
        })),
        coolBagsOut: out.map((row) => ({
          householdId: row.household_id,
          name: row.name,
          village: row.village,
          count: Number(row.count),
        })),
      };
    },

    /** The note as printed: with the goods (temperature class, no prices) and the shop. */
    async note(actor: Actor | null, shopId: string, orderId: string): Promise<DeliveryNote> {
      const { shop } = await deps.shops.authorized(actor, shopId, 'shop.orders.read');
      const row = await noteOfShop(shop.id, orderId);
      const lines = await deliveries.linesOf(row.order_id);
      return {
        ...(await view(row)),
        shop: { name: shop.name },
        paymentMethod: row.payment_method,
        lines: lines.map((line) => ({
          title: line.title,
          variantName: line.variant_name,
          quantity: line.quantity,
          storageClass: line.storage_class as StorageClass,
        })),
      };
    },

    /**
     * Gives the order to one of the shop's carriers that drives the note's zone on its day; a
     * carrier that does not is refused on the field, and nothing changes.
     */
    async assign(
      actor: Actor | null,
      shopId: string,
      orderId: string,
      carrierId: string,
    ): Promise<ShopDelivery> {
      const { shop } = await deps.shops.authorized(actor, shopId, 'shop.orders.manage');
      const row = await noteOfShop(shop.id, orderId);
      if (!assignableStatuses.includes(row.status))
        throw new AppError(
          'status_conflict',
          `The order is ${row.status}; its carrier can no longer change.`,
        );
      const ofShop = await carriers.carriersOfShop(shop.id);
      if (!ofShop.some((carrier) => carrier.id === carrierId))
        throw fieldError('carrierId', 'not_shop_carrier', 'The shop does not use this carrier.');
      if (!(await carriers.drives(carrierId, row.zone_id, row.date)))
        throw fieldError(
          'carrierId',
          'does_not_drive',
          `The carrier does not drive this zone on ${row.date}.`,
        );
      const at = now();
      await deliveries.updateNote(orderId, {
        carrier_id: carrierId,
        assigned_at: at,
        sequence: null,
        updated_at: at,
      });
      return view(await noteOfShop(shop.id, orderId));
    },

    /** The packed order goes to its carrier: `hand_to_carrier` through the lifecycle door. */
    async handOver(
      actorOrNull: Actor | null,
      shopId: string,
      orderId: string,
      origin: RequestOrigin,
    ): Promise<ShopDelivery> {
      const { shop, actor } = await deps.shops.authorized(
        actorOrNull,
        shopId,
        'shop.orders.manage',
      );
      const row = await noteOfShop(shop.id, orderId);
      if (!row.carrier_id)
        throw fieldError('carrierId', 'required', 'Choose a carrier before handing it over.');
      await deps.lifecycle.fire(
        [
          {
            orderId,
            shopId: shop.id,
            event: 'hand_to_carrier',
            by: { userId: actor.user.id, kind: shopRoleOf(actor, shop.id) },
            origin,
          },
        ],
        async (trx) => {
          await deliveries.updateNote(orderId, { handed_at: now(), updated_at: now() }, trx);
        },
      );
      return view(await noteOfShop(shop.id, orderId));
    },

    /**
     * A failed delivery comes back to the shop for good (`confirm_return`): stock back, a card
     * payment refunded by the lifecycle's money step.
     */
    async takeBack(
      actorOrNull: Actor | null,
      shopId: string,
      orderId: string,
      origin: RequestOrigin,
    ): Promise<ShopDelivery> {
      const { shop, actor } = await deps.shops.authorized(
        actorOrNull,
        shopId,
        'shop.orders.manage',
      );
      const row = await noteOfShop(shop.id, orderId);
      if (row.status !== 'delivery_failed')
        throw new AppError(
          'status_conflict',
          `The order is ${row.status}; only a failed delivery is taken back.`,
        );
      await deps.lifecycle.fire([
        {
          orderId,
          shopId: shop.id,
          event: 'confirm_return',
          by: { userId: actor.user.id, kind: shopRoleOf(actor, shop.id) },
          origin,
        },
      ]);
      return view(await noteOfShop(shop.id, orderId));
    },

    /**
     * A failed delivery goes out again on a later route day of its zone — another day is refused
     * on the field, and nothing changes — (`redeliver`: back to packed): the
     * note forgets the failed attempt (the order's history keeps it) and keeps its carrier only
     * if it drives the zone that day. The resident is mailed the new day in the same
     * transaction; before, the shop set it without a word to them.
     */
    async redeliver(
      actorOrNull: Actor | null,
      shopId: string,
      orderId: string,
      date: string,
      origin: RequestOrigin,
    ): Promise<ShopDelivery> {
      const { shop, actor } = await deps.shops.authorized(
        actorOrNull,
        shopId,
        'shop.orders.manage',
      );
      const row = await noteOfShop(shop.id, orderId);
      if (date < swedishDateOf(now()))
        throw fieldError('date', 'in_past', 'The new delivery day has already passed.');
      if (!(await carriers.isRouteDay(row.zone_id, date)))
        throw fieldError(
          'date',
          'not_a_route_day',
          `${date} is not a route day of the delivery's zone.`,
        );
      const keepsCarrier =
        row.carrier_id !== null && (await carriers.drives(row.carrier_id, row.zone_id, date));
      await deps.lifecycle.fire(
        [
          {
            orderId,
            shopId: shop.id,
            event: 'redeliver',
            by: { userId: actor.user.id, kind: shopRoleOf(actor, shop.id) },
            origin,
          },
        ],
        async (trx) => {
          await deliveries.updateNote(
            orderId,
            {
              date,
              carrier_id: keepsCarrier ? row.carrier_id : null,
              assigned_at: keepsCarrier ? row.assigned_at : null,
              sequence: null,
              outcome: null,
              report_outcome: null,
              failed_at: null,
              handed_at: null,
              run_id: null,
              on_its_way_sent_at: null,
              updated_at: now(),
            },
            trx,
          );
          await enqueueRescheduled(trx, deps, row, shop, date);
        },
      );
      return view(await noteOfShop(shop.id, orderId));
    },
  };
}

export type DeliveryNotesService = ReturnType<typeof createDeliveryNotesService>;
