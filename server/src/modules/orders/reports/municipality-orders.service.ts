import type { ListResponse } from '@e-galleria/shared/lists';
import type { MunicipalityOrder, MunicipalityOrderListQuery } from '@e-galleria/shared/orders';
import { authorize, type Actor } from '../../auth/access.port.ts';
import { decodeCursor, encodeCursor } from '../../../http/keyset-cursor.ts';
import type { MunicipalitiesService } from '../../municipalities/municipalities.service.ts';
import { eventsByOrder, toMunicipalityOrder } from '../order-views.ts';
import type { OrdersRepository } from '../orders.repository.ts';

/**
 * A municipality admin's oversight of the orders of its shops: each with its status history
 * (who, when, why, through which surface — DESIGN §4), without the residents' contact details
 * and addresses, which are the shop's business. Three statements a page.
 */
export function createMunicipalityOrdersService(deps: {
  orders: OrdersRepository;
  municipalities: MunicipalitiesService;
}) {
  return {
    async list(
      actor: Actor | null,
      slug: string,
      query: MunicipalityOrderListQuery,
    ): Promise<ListResponse<MunicipalityOrder>> {
      const municipality = await deps.municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.orders.read', deps.municipalities.scopeOf(municipality));
      const cursor = decodeCursor(query.cursor, 'created');
      const rows = await deps.orders.viewsOfMunicipality(
        municipality.id,
        {
          statuses: query.status === undefined ? undefined : [query.status],
          before: cursor ? { at: cursor.key, id: cursor.id } : null,
        },
        query.limit,
      );
      const page = rows.slice(0, query.limit);
      const ids = page.map((row) => row.id);
      const contents = await deps.orders.contentsOf(ids);
      const events = eventsByOrder(await deps.orders.eventsOf(ids));
      const last = page.at(-1);
      return {
        items: page.map((row) =>
          toMunicipalityOrder(row, contents.get(row.id), events.get(row.id) ?? []),
        ),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'created', key: last.created_at, id: last.id })
            : null,
      };
    },
  };
}

export type MunicipalityOrdersService = ReturnType<typeof createMunicipalityOrdersService>;
