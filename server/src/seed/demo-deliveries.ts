import type { Knex } from 'knex';
import { addDays, swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { newId } from '../db/ids.ts';
import { createDeliveriesRepository } from '../modules/deliveries/deliveries.repository.ts';

const day = 24 * 60 * 60 * 1000;
/** How far back the demo's delivery history goes: enough for a quarter's subsidy report. */
const weeksBack = 13;

function isoWeekdayOf(date: string): number {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** Noon of a Swedish calendar date, near enough for made-up history. */
const noonOf = (date: string) => Date.parse(`${date}T11:00:00Z`);

type Household = {
  id: string;
  name: string;
  contact_email: string | null;
  street_address: string;
  postal_code: string;
  village: string;
  door_code: string | null;
  driver_note: string | null;
  phone: string;
};

/**
 * A quarter of past home deliveries in Arjeplog (issue 13's demo, issue 14's reports): on each
 * zone's route days, the grocery drove a few of the demo households their goods, paid at the
 * door, in cool bags now and then; each route day's carrier recorded its run. Orders, notes and
 * runs are written as rows, as they would stand after the fact. Call after the demo's home
 * delivery and households exist.
 */
export async function seedDemoDeliveryHistory(
  knex: Knex,
  options: { municipalityId: string; now: number },
): Promise<void> {
  const { municipalityId, now } = options;
  const grocery = await knex('shops')
    .where({ slug: 'silvervagens-livs' })
    .first<{ id: string } | undefined>('id');
  const good = await knex('products as p')
    .join('product_variants as v', 'v.product_id', 'p.id')
    .where('p.shop_id', grocery?.id ?? '')
    .orderBy('p.title')
    .first<
      | {
          product_id: string;
          variant_id: string;
          title: string;
          price_ore: number;
          vat_class: string;
        }
      | undefined
    >('p.id as product_id', 'v.id as variant_id', 'p.title', 'v.price_ore', 'p.vat_class');
  if (!grocery || !good) throw new Error('Seed the demo catalogue before the delivery history.');
  const zones = await knex('delivery_zones as z')
    .join('delivery_zone_places as p', 'p.zone_id', 'z.id')
    .where('z.municipality_id', municipalityId)
    .select<{ id: string; name: string; village: string }[]>('z.id', 'z.name', 'p.village');
  const zoneOfVillage = new Map(zones.map((zone) => [zone.village, zone]));
  const driven = await knex('carrier_zones as cz')
    .join('carriers as c', 'c.id', 'cz.carrier_id')
    .where('c.municipality_id', municipalityId)
    .orderBy('c.name')
    .select<{ carrier_id: string; zone_id: string; weekdays: string }[]>(
      'cz.carrier_id',
      'cz.zone_id',
      'cz.weekdays',
    );
  // Britt Bymark, the demo resident, keeps an empty order history for the storefront's tour.
  const households = await knex('households as h')
    .leftJoin('users as u', 'u.id', 'h.user_id')
    .where({ 'h.municipality_id': municipalityId, 'h.eligibility_status': 'approved' })
    .whereNot('u.email', 'boende@arjeplog.example.se')
    .orderBy('h.name')
    .select<Household[]>(
      'h.id',
      'h.name',
      knex.raw('coalesce(u.email, h.contact_email) as contact_email'),
      'h.street_address',
      'h.postal_code',
      'h.village',
      'h.door_code',
      'h.driver_note',
      'h.phone',
    );
  // Food at the reduced rate of these months, a delivery at the standard rate.
  const vatRate = good.vat_class === 'food' ? 600 : 2500;
  const today = swedishDateOf(now);

  for (let offset = weeksBack * 7; offset >= 1; offset -= 1) {
    const date = addDays(today, -offset);
    const weekday = isoWeekdayOf(date);
    // Each household gets goods every other week on a route day of its zone.
    const stops = households.filter((household, index) => {
      const zone = zoneOfVillage.get(household.village);
      const route = zone && driven.find((row) => row.zone_id === zone.id);
      return (
        route !== undefined &&
        (JSON.parse(route.weekdays) as number[]).includes(weekday) &&
        (Math.floor(offset / 7) + index) % 2 === 0
      );
    });
    const runs = new Map<string, string>();
    for (const [index, household] of stops.entries()) {
      const zone = zoneOfVillage.get(household.village);
      const carrier = driven.find(
        (row) =>
          row.zone_id === zone?.id && (JSON.parse(row.weekdays) as number[]).includes(weekday),
      );
      if (!zone || !carrier) continue;
      const at = noonOf(date) - day;
      const deliveredAt = noonOf(date) + index * 20 * 60 * 1000;
      let runId = runs.get(carrier.carrier_id);
      if (!runId) {
        runId = newId();
        runs.set(carrier.carrier_id, runId);
        await knex('delivery_runs').insert({
          id: runId,
          carrier_id: carrier.carrier_id,
          municipality_id: municipalityId,
          date,
          route: zone.name,
          vehicle: 'ABC 123',
          km_tenths: 420 + ((offset * 37) % 600),
          started_at: noonOf(date) - 60 * 60 * 1000,
          closed_at: noonOf(date) + 3 * 60 * 60 * 1000,
          created_by_user_id: null,
          closed_by_user_id: null,
          created_at: noonOf(date),
          updated_at: noonOf(date),
        });
      }
      const quantity = 1 + (offset % 3);
      const goodsOre = good.price_ore * quantity;
      const feeOre = 1000;
      const checkoutId = newId();
      const orderId = newId();
      await knex('checkouts').insert({
        id: checkoutId,
        user_id: null,
        contact_name: household.name,
        contact_email: household.contact_email ?? 'hemsandning@arjeplog.example.se',
        contact_phone: household.phone,
        locale: 'sv',
        payment_method: 'pay_at_pickup',
        status: 'confirmed',
        total_ore: goodsOre + feeOre,
        household_id: household.id,
        created_at: at,
        updated_at: deliveredAt,
      });
      await knex('shop_orders').insert({
        id: orderId,
        checkout_id: checkoutId,
        shop_id: grocery.id,
        user_id: null,
        status: 'delivered',
        fulfilment_method: 'home_delivery',
        pickup_date: date,
        parcel_code: `H${orderId.replace(/-/g, '').slice(-7).toUpperCase()}`,
        total_ore: goodsOre + feeOre,
        created_at: at,
        updated_at: deliveredAt,
      });
      await knex('order_lines').insert({
        id: newId(),
        order_id: orderId,
        product_id: good.product_id,
        variant_id: good.variant_id,
        title: good.title,
        quantity,
        unit_price_ore: good.price_ore,
        line_total_ore: goodsOre,
        vat_class: good.vat_class,
        vat_rate_basis_points: vatRate,
        storage_class: 'ambient',
        stock_reserved: false,
        position: 0,
        shop_id: grocery.id,
        order_created_at: at,
      });
      await knex('order_charges').insert({
        id: newId(),
        order_id: orderId,
        kind: 'home_delivery_fee',
        title: 'Hemleverans',
        amount_ore: feeOre,
        vat_class: 'standard',
        vat_rate_basis_points: 2500,
        shop_id: grocery.id,
        order_created_at: at,
      });
      const steps: [string | null, string, string, string, number][] = [
        [null, 'placed', 'checkout', 'customer', at],
        ['placed', 'accepted', 'accept', 'shop_owner', at + 60 * 60 * 1000],
        ['accepted', 'packed', 'pack', 'shop_owner', at + 3 * 60 * 60 * 1000],
        ['packed', 'out_for_delivery', 'hand_to_carrier', 'shop_owner', noonOf(date) - day / 4],
        ['out_for_delivery', 'delivered', 'deliver', 'carrier', deliveredAt],
      ];
      await knex('order_status_events').insert(
        steps.map(([from, to, event, actor, stepAt]) => ({
          id: newId(),
          order_id: orderId,
          from_status: from,
          to_status: to,
          event,
          actor_user_id: null,
          actor_kind: actor,
          request_id: null,
          channel: 'system',
          ip: null,
          device: null,
          reason: null,
          at: stepAt,
        })),
      );
      const coolBags = offset % 4 === 0 ? 1 : 0;
      await knex('delivery_notes').insert({
        order_id: orderId,
        municipality_id: municipalityId,
        shop_id: grocery.id,
        household_id: household.id,
        zone_id: zone.id,
        date,
        carrier_id: carrier.carrier_id,
        sequence: index + 1,
        recipient_name: household.name,
        street_address: household.street_address,
        postal_code: household.postal_code,
        village: household.village,
        door_code: household.door_code,
        phone: household.phone,
        driver_note: household.driver_note,
        fee_ore: feeOre,
        is_subsidised: true,
        cool_bags: coolBags,
        // Bags come back on the next delivery: all but the last fortnight's are back.
        cool_bags_returned: offset > 14 ? coolBags : 0,
        collect_ore: goodsOre + feeOre,
        collected_ore: goodsOre + feeOre,
        outcome: 'delivered',
        assigned_at: at + 3 * 60 * 60 * 1000,
        handed_at: noonOf(date) - day / 4,
        delivered_at: deliveredAt,
        failed_at: null,
        run_id: runId,
        on_its_way_sent_at: noonOf(date) - 4 * 60 * 60 * 1000,
        created_at: at,
        updated_at: deliveredAt,
      });
    }
  }
  // The notes were written in bulk, not delivered one by one: count their cool bags out.
  await createDeliveriesRepository(knex).rebuildCoolBagsOut(knex);
}
