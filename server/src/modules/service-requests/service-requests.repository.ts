import type { Knex } from 'knex';
import type { ServiceRequestStatus } from '@e-galleria/shared/service-requests';
import type { Queryable } from '../../db/database.ts';

export type ServiceRequestRow = {
  id: string;
  shop_id: string;
  product_id: string | null;
  product_title: string;
  user_id: string | null;
  name: string;
  email: string;
  phone: string;
  street_address: string;
  postal_code: string;
  village: string;
  preferred_time: string;
  message: string | null;
  locale: string;
  status: ServiceRequestStatus;
  decline_reason: string | null;
  created_at: number;
  handled_at: number | null;
  handled_by_user_id: string | null;
};

/** The most a shop's list shows: the newest; older ones are erased within 180 days anyway. */
const listLimit = 200;

/** Rows erased per statement; the hourly job takes the rest the next hour. */
const erasedPerRun = 1000;

/** `service_requests`: what residents asked shops for (decision 0071). */
export function createServiceRequestsRepository(knex: Knex) {
  return {
    async insert(row: ServiceRequestRow, db: Queryable = knex): Promise<void> {
      await db('service_requests').insert(row);
    },

    async listOfShop(shopId: string): Promise<ServiceRequestRow[]> {
      return knex<ServiceRequestRow>('service_requests')
        .where({ shop_id: shopId })
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(listLimit);
    },

    /** How many requests the shop has, and how many of them are new: one row. */
    async countsOfShop(shopId: string): Promise<{ total: number; new: number }> {
      const row = await knex('service_requests')
        .where({ shop_id: shopId })
        .first<{ total: number | string; waiting: number | string | null }>(
          knex.raw('count(*) as total'),
          knex.raw("sum(case when status = 'new' then 1 else 0 end) as waiting"),
        );
      return { total: Number(row.total), new: Number(row.waiting ?? 0) };
    },

    /** The requests an account made while logged in, newest first. */
    async listOfUser(userId: string): Promise<ServiceRequestRow[]> {
      return knex<ServiceRequestRow>('service_requests')
        .where({ user_id: userId })
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(listLimit);
    },

    /** One request of the shop; another shop's id finds nothing. */
    async findOfShop(
      shopId: string,
      id: string,
      db: Queryable = knex,
    ): Promise<ServiceRequestRow | undefined> {
      return db<ServiceRequestRow>('service_requests').where({ shop_id: shopId, id }).first();
    },

    /** Moves a new request on; false when someone else handled it first. */
    async handle(
      id: string,
      changes: Pick<
        ServiceRequestRow,
        'status' | 'decline_reason' | 'handled_at' | 'handled_by_user_id'
      >,
      db: Queryable = knex,
    ): Promise<boolean> {
      const count = await db('service_requests').where({ id, status: 'new' }).update(changes);
      return count === 1;
    },

    /** Erases requests made before `before` (epoch ms), at most a run's worth at a time. */
    async eraseCreatedBefore(before: number): Promise<number> {
      const ids = knex('service_requests')
        .where('created_at', '<', before)
        .select('id')
        .limit(erasedPerRun);
      return knex('service_requests').whereIn('id', ids).delete();
    },
  };
}

export type ServiceRequestsRepository = ReturnType<typeof createServiceRequestsRepository>;
