import type { Knex } from 'knex';
import { newId } from '../../server/src/db/ids.ts';
import { testHasher } from '../api/support/test-hasher.ts';
import { insertGoods } from './catalogue-data.ts';
import { householdsPerMunicipality } from './subsidy-claim-data.ts';

// Rows for the statistics benchmark and the statistics page's browser test (decision 0038):
// a region of municipalities with shops, service points and residents, and orders spread
// evenly over a span of years, each with its line, and the parcels' check-ins, collections and
// returns in the status history. Written by a few INSERT … SELECT statements over a numbers
// table, the same SQL on SQLite and PostgreSQL, so half a million orders load in seconds.

export const benchPassword = 'statistik-bank-1';

export type StatisticsRegion = {
  regionId: string;
  municipalities: { id: string; slug: string }[];
  adminEmail: string;
};

const municipalityNames = [
  'Arjeplog',
  'Arvidsjaur',
  'Boden',
  'Gällivare',
  'Haparanda',
  'Jokkmokk',
  'Kalix',
  'Kiruna',
  'Luleå',
  'Pajala',
  'Piteå',
  'Älvsbyn',
  'Överkalix',
  'Övertorneå',
];

const slugOf = (name: string) =>
  name.toLowerCase().replaceAll('å', 'a').replaceAll('ä', 'a').replaceAll('ö', 'o');

/** A region of `count` municipalities with 5 shops and 3 service points each, and an admin. */
export async function createStatisticsRegion(
  knex: Knex,
  options: { count: number; residentsPerMunicipality: number; now: number },
): Promise<StatisticsRegion> {
  const { now } = options;
  const regionId = newId();
  await knex('regions').insert({
    id: regionId,
    slug: 'norrbotten',
    name: 'Norrbotten',
    created_at: now,
  });
  const municipalities = municipalityNames.slice(0, options.count).map((name) => ({
    id: newId(),
    region_id: regionId,
    slug: slugOf(name),
    name,
    status: 'active',
    front_page: JSON.stringify({ title: { sv: name }, intro: { sv: name } }),
    created_at: now,
    updated_at: now,
  }));
  await knex('municipalities').insert(municipalities);
  const shops = municipalities.flatMap((municipality, m) =>
    Array.from({ length: 5 }, (_, s) => ({
      id: newId(),
      municipality_id: municipality.id,
      slug: `${municipality.slug}-butik-${s}`,
      name: `${municipality.name} butik ${s + 1}`,
      status: 'published',
      village: municipality.name,
      published_at: now,
      created_at: now,
      updated_at: now,
      m,
    })),
  );
  await knex('shops').insert(shops.map(({ m: _m, ...row }) => row));
  const points = municipalities.flatMap((municipality, m) =>
    Array.from({ length: 3 }, (_, p) => ({
      id: newId(),
      municipality_id: municipality.id,
      slug: `${municipality.slug}-punkt-${p}`,
      name: `${municipality.name} servicepunkt ${p + 1}`,
      kind: 'shop',
      street_address: `Storgatan ${p + 1}`,
      postal_code: '930 90',
      village: municipality.name,
      status: 'active',
      created_at: now,
      updated_at: now,
      m,
    })),
  );
  await knex('service_points').insert(points.map(({ m: _m, ...row }) => row));
  // One good per shop (insertGoods gives good n to shop n modulo the shops).
  await insertGoods(
    knex,
    { municipalitySlugs: [], shopIds: shops.map((shop) => shop.id) },
    0,
    shops.length,
    now,
  );
  const variants = await knex('product_variants')
    .whereIn(
      'shop_id',
      shops.map((shop) => shop.id),
    )
    .select<{ id: string; product_id: string; shop_id: string }[]>('id', 'product_id', 'shop_id');
  const variantOf = new Map(variants.map((variant) => [variant.shop_id, variant]));
  await knex.schema.createTable('bench_shop_slots', (table) => {
    table.integer('k').primary();
    table.string('shop_id', 36);
    table.integer('m');
    table.string('product_id', 36);
    table.string('variant_id', 36);
    table.string('point_id', 36);
  });
  await knex('bench_shop_slots').insert(
    shops.map((shop, k) => ({
      k,
      shop_id: shop.id,
      m: shop.m,
      product_id: variantOf.get(shop.id)?.product_id,
      variant_id: variantOf.get(shop.id)?.id,
      point_id: points[shop.m * 3 + (k % 3)]?.id,
    })),
  );

  const residents = options.count * options.residentsPerMunicipality;
  await knex.raw(
    `INSERT INTO users (id, email, name, password_hash, locale, created_at, updated_at)
     WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     SELECT 'bu-' || i, 'boende-' || i || '@example.se', 'Boende', NULL, 'sv', ?, ? FROM n`,
    [residents - 1, now, now],
  );
  const adminEmail = 'region@example.se';
  const adminId = newId();
  await knex('users').insert({
    id: adminId,
    email: adminEmail,
    name: 'Regionens admin',
    password_hash: await testHasher.hash(benchPassword),
    locale: 'sv',
    created_at: now,
    updated_at: now,
  });
  await knex('role_assignments').insert([
    {
      id: newId(),
      user_id: adminId,
      role: 'region_admin',
      scope_type: 'region',
      scope_id: regionId,
      created_at: now,
    },
  ]);
  return {
    regionId,
    municipalities: municipalities.map(({ id, slug }) => ({ id, slug })),
    adminEmail,
  };
}

/**
 * `count` orders from `start` to `end` (epoch ms), each of one shop by turns, its resident
 * one of its municipality's; with `homeDeliveries`, one in five is delivered home three days
 * later (its delivery note to one of the municipality's `bench_households`, made by
 * createHomeDeliverySetup, and a fee); of the rest a third picked up in the shop, the others
 * at a service point, where each is checked in two days later and collected one to six days
 * after that, or (one in 25) sent back. One in 20 is cancelled. Two VAT rates by turns.
 */
export async function insertStatisticsOrders(
  knex: Knex,
  options: {
    count: number;
    start: number;
    end: number;
    residentsPerMunicipality: number;
    homeDeliveries?: boolean;
  },
) {
  const { count, start, end } = options;
  const shopCount = Number(
    ((await knex('bench_shop_slots').count({ n: '*' }).first()) as { n: number | string }).n,
  );
  await knex.schema.createTable('bench_numbers', (table) => {
    table.bigInteger('i').primary();
  });
  await knex.raw(
    `INSERT INTO bench_numbers (i)
     WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     SELECT i FROM n`,
    [count - 1],
  );
  const step = Math.floor((end - start) / count);
  const at = `(${start} + n.i * ${step} + (n.i * 2654435761) % ${step})`;
  const day = 86_400_000;
  const perMunicipality = options.residentsPerMunicipality;
  const from = `FROM bench_numbers n JOIN bench_shop_slots s ON s.k = n.i % ${shopCount}`;
  const total = '(500 + (n.i * 7919) % 50000)';
  const homeDelivery = options.homeDeliveries ? 'n.i % 5 = 2' : '1 = 0';
  const pickupAtPoint = `n.i % 3 <> 0 AND NOT (${homeDelivery})`;
  const status = `CASE WHEN n.i % 20 = 0 THEN 'cancelled'
                       WHEN ${homeDelivery} THEN 'delivered'
                       WHEN ${pickupAtPoint} AND n.i % 25 = 1 THEN 'returned'
                       ELSE 'collected' END`;
  await knex.raw(
    `INSERT INTO checkouts (id, user_id, contact_name, contact_email, locale, payment_method,
                            status, total_ore, created_at, updated_at)
     SELECT 'bc-' || n.i, 'bu-' || (s.m * ${perMunicipality} + (n.i * 7919) % ${perMunicipality}),
            'Boende', 'boende@example.se', 'sv', 'pay_at_pickup', 'confirmed', ${total}, ${at}, ${at}
     ${from}`,
  );
  await knex.raw(
    `INSERT INTO shop_orders (id, checkout_id, shop_id, user_id, status, fulfilment_method,
                              service_point_id, total_ore, created_at, updated_at)
     SELECT 'bo-' || n.i, 'bc-' || n.i, s.shop_id,
            'bu-' || (s.m * ${perMunicipality} + (n.i * 7919) % ${perMunicipality}), ${status},
            CASE WHEN ${homeDelivery} THEN 'home_delivery'
                 WHEN ${pickupAtPoint} THEN 'pickup_at_service_point' ELSE 'pickup_in_shop' END,
            CASE WHEN ${pickupAtPoint} THEN s.point_id ELSE NULL END, ${total}, ${at}, ${at}
     ${from}`,
  );
  await knex.raw(
    `INSERT INTO order_lines (id, order_id, product_id, variant_id, title, quantity,
                              unit_price_ore, line_total_ore, vat_class, vat_rate_basis_points,
                              storage_class, stock_reserved, position, shop_id, order_created_at)
     SELECT 'bl-' || n.i, 'bo-' || n.i, s.product_id, s.variant_id, 'Vara', 1, ${total}, ${total},
            CASE WHEN n.i % 2 = 0 THEN 'food' ELSE 'standard' END,
            CASE WHEN n.i % 2 = 0 THEN 600 ELSE 2500 END, 'ambient', false, 0, s.shop_id, ${at}
     ${from}`,
  );
  const event = (
    suffix: string,
    toStatus: string,
    eventName: string,
    when: string,
    where: string,
  ) =>
    knex.raw(
      `INSERT INTO order_status_events (id, order_id, from_status, to_status, event, actor_kind, at,
                                        pickup_point_id)
       SELECT 'be-${suffix}-' || n.i, 'bo-' || n.i, NULL, '${toStatus}', '${eventName}',
              'system', ${when}, CASE WHEN ${pickupAtPoint} THEN s.point_id ELSE NULL END
       ${from} WHERE n.i % 20 <> 0 AND ${where}`,
    );
  const arrived = `${at} + ${2 * day}`;
  await event('a', 'arrived', 'check_in', arrived, pickupAtPoint);
  await event(
    'c',
    'collected',
    'collect',
    `${arrived} + ${day} + (n.i * 40503) % ${5 * day}`,
    `(${pickupAtPoint} AND n.i % 25 <> 1 OR NOT (${pickupAtPoint}) AND NOT (${homeDelivery}))`,
  );
  if (options.homeDeliveries) {
    const delivered = `${at} + ${3 * day}`;
    await event('d', 'delivered', 'deliver', delivered, homeDelivery);
    await insertHomeDeliveries(knex, { from, at, delivered, homeDelivery, shopCount });
  }
  await event(
    'r',
    'returning',
    'send_back',
    `${arrived} + ${14 * day}`,
    `${pickupAtPoint} AND n.i % 25 = 1`,
  );
}

/** The home-delivered orders' fee charges and delivery notes (delivered, not cancelled). */
async function insertHomeDeliveries(
  knex: Knex,
  sql: { from: string; at: string; delivered: string; homeDelivery: string; shopCount: number },
) {
  const { from, at, delivered, homeDelivery, shopCount } = sql;
  await knex.raw(
    `INSERT INTO order_charges (id, order_id, kind, title, amount_ore, vat_class,
                                vat_rate_basis_points, shop_id, order_created_at)
     SELECT 'bh-' || n.i, 'bo-' || n.i, 'home_delivery_fee', 'Hemleverans', 4900, 'standard',
            2500, s.shop_id, ${at}
     ${from} WHERE ${homeDelivery}`,
  );
  // A shop's n-th order goes to household n × 7919 (mod 80) of its municipality, so every
  // household is served. The route day as text, the one expression the two engines write differently.
  const day =
    (knex.client as { dialect: string }).dialect === 'postgresql'
      ? `to_char(to_timestamp((${delivered}) / 1000), 'YYYY-MM-DD')`
      : `date((${delivered}) / 1000, 'unixepoch')`;
  await knex.raw(
    `INSERT INTO delivery_notes (order_id, municipality_id, shop_id, household_id, zone_id, date,
                                 carrier_id, recipient_name, street_address, postal_code, village,
                                 phone, fee_ore, is_subsidised, cool_bags, collect_ore, outcome,
                                 assigned_at, handed_at, delivered_at, created_at, updated_at)
     SELECT 'bo-' || n.i, sh.municipality_id, s.shop_id, bh.id, bh.zone_id, ${day}, bh.carrier_id,
            'Hushåll', 'Byvägen 1', bh.postal_code, bh.village, '070-0000000', 4900, true,
            n.i % 2, 0, 'delivered', ${at}, ${delivered}, ${delivered}, ${at}, ${delivered}
     ${from}
     JOIN shops sh ON sh.id = s.shop_id
     JOIN bench_households bh
       ON bh.m = s.m AND bh.h = ((n.i / ${shopCount}) * 7919) % ${householdsPerMunicipality}
     WHERE ${homeDelivery} AND n.i % 20 <> 0`,
  );
}
