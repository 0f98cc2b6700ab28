import type { Knex } from 'knex';
import type { ScheduledDelivery } from '@e-galleria/shared/pickup-schedule';

type DemoFulfilment = {
  shopSlug: string;
  /** Pickup at the counter, this long after the order. */
  preparationMinutes: number;
  /** Service point slug → its weekly deliveries. */
  routes: Record<string, ScheduledDelivery[]>;
};

const on = (weekday: number, cutoffWeekday: number, cutoffTime: string): ScheduledDelivery => ({
  weekday,
  cutoffWeekday,
  cutoffTime,
});
const [mon, tue, wed, thu, fri, sat] = [1, 2, 3, 4, 5, 6] as const;

/**
 * How the Arjeplog demo shops reach the villages: the grocery's van to Laisvall on Mondays
 * and Thursdays, the bakery's morning runs to Slagnäs, and so on. Seeded after the service
 * points (server/src/seed/demo-service-points.ts), whose slugs these name.
 */
const demoFulfilment: DemoFulfilment[] = [
  {
    shopSlug: 'silvervagens-livs',
    preparationMinutes: 60,
    routes: {
      'laisvall-byhandel': [on(thu, tue, '18:00'), on(mon, fri, '12:00')],
      'slagnas-servicepunkt': [on(wed, mon, '18:00')],
      'jackviks-fjallmack': [on(fri, wed, '18:00')],
      'adolfstroms-paketskap': [on(fri, wed, '12:00')],
    },
  },
  {
    shopSlug: 'fjalljarn-arjeplog',
    preparationMinutes: 30,
    routes: {
      'laisvall-byhandel': [on(thu, tue, '12:00')],
      'jackviks-fjallmack': [on(fri, wed, '12:00')],
    },
  },
  {
    shopSlug: 'hornavans-fisk-vilt',
    preparationMinutes: 120,
    routes: {
      // The shop is in Laisvall itself: the morning's catch is at the byhandel by noon.
      'laisvall-byhandel': [on(tue, tue, '09:00'), on(fri, fri, '09:00')],
      'slagnas-servicepunkt': [on(thu, tue, '18:00')],
    },
  },
  {
    shopSlug: 'slagnas-bageri',
    preparationMinutes: 15,
    routes: {
      'slagnas-servicepunkt': [on(tue, mon, '15:00'), on(thu, wed, '15:00'), on(sat, fri, '15:00')],
      'laisvall-byhandel': [on(fri, thu, '12:00')],
    },
  },
  { shopSlug: 'salong-norrsken', preparationMinutes: 30, routes: {} },
  {
    shopSlug: 'mellanstroms-tvatt-mangel',
    // Washed, dried and pressed: ready the next day.
    preparationMinutes: 24 * 60,
    routes: { 'mellanstroms-bybibliotek': [on(thu, tue, '12:00')] },
  },
];

export async function seedDemoFulfilment(trx: Knex, now: number): Promise<void> {
  const idOf = async (table: 'shops' | 'service_points', slug: string) => {
    const row = await trx(table).where({ slug }).first<{ id: string } | undefined>('id');
    if (!row) throw new Error(`Demo fulfilment names an unknown ${table} row: ${slug}.`);
    return row.id;
  };
  for (const shop of demoFulfilment) {
    const shopId = await idOf('shops', shop.shopSlug);
    await trx('shop_fulfilment_settings').insert({
      shop_id: shopId,
      pickup_in_shop_enabled: true,
      preparation_minutes: shop.preparationMinutes,
      updated_at: now,
    });
    for (const [pointSlug, deliveries] of Object.entries(shop.routes)) {
      await trx('pickup_schedules').insert({
        shop_id: shopId,
        service_point_id: await idOf('service_points', pointSlug),
        is_active: true,
        deliveries: JSON.stringify(deliveries),
        created_at: now,
        updated_at: now,
      });
    }
  }
}
