import type { Knex } from 'knex';

// One handover, one code per resident, service point and day (DESIGN §4), enforced by the
// database: two checkouts arriving together on PostgreSQL could each open their own. Any
// such twins are merged first into the oldest, which keeps its code.

export async function up(knex: Knex): Promise<void> {
  const twins = await knex('handovers')
    .where({ status: 'open' })
    .groupBy('service_point_id', 'pickup_date', 'contact_email')
    .havingRaw('count(*) > 1')
    .select<{ service_point_id: string; pickup_date: string; contact_email: string }[]>(
      'service_point_id',
      'pickup_date',
      'contact_email',
    );
  for (const twin of twins) {
    const [kept, ...merged] = await knex('handovers')
      .where({ ...twin, status: 'open' })
      .orderBy('created_at')
      .orderBy('id')
      .pluck<string[]>('id');
    if (kept === undefined) continue;
    await knex('shop_orders').whereIn('handover_id', merged).update({ handover_id: kept });
    await knex('handover_confirmations')
      .whereIn('handover_id', merged)
      .update({ handover_id: kept });
    await knex('handovers').whereIn('id', merged).delete();
  }
  await knex.raw(
    `CREATE UNIQUE INDEX handovers_one_open_per_resident
       ON handovers (service_point_id, pickup_date, contact_email) WHERE status = 'open'`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX handovers_one_open_per_resident');
}
