import type { Locale } from '@e-galleria/shared/locales';
import type { Knex } from 'knex';
import { maxQuantity } from '@e-galleria/shared/basket-limits';
import { readBooleans } from '../../db/booleans.ts';
import { keepPrepared, whereInList } from '../../db/prepared-statements.ts';
import { fixedTextPartOf, type WritePart } from '../../db/write-parts.ts';

export type BasketRow = {
  id: string;
  user_id: string | null;
  guest_token_hash: string | null;
  created_at: number;
  updated_at: number;
};

/** One basket line with what the basket shows and checkout needs, in one statement. */
export type BasketLineRow = {
  id: string;
  basket_id: string;
  product_id: string;
  variant_id: string;
  quantity: number;
  slot_start: number;
  hold_expires_at: number | null;
  created_at: number;
  kind: 'good' | 'service';
  title: string;
  product_status: string;
  storage_class: 'ambient' | 'chilled' | 'frozen';
  unit: 'piece' | 'kg' | 'litre' | 'pack';
  track_stock: boolean;
  vat_class: 'standard' | 'food' | 'reduced';
  variant_name: string | null;
  price_ore: number;
  stock: number | null;
  shop_id: string;
  shop_slug: string;
  shop_name: string;
  shop_village: string | null;
  shop_status: string;
  shop_municipality_slug: string;
  shop_content_locale: Locale;
  duration_minutes: number | null;
  booking_mode: 'slots' | 'on_request' | null;
  location: 'in_shop' | 'at_home' | 'at_service_point' | null;
  slot_capacity: number | null;
  availability: string | null;
  first_image_id: string | null;
};

const lineOf = readBooleans<BasketLineRow>('track_stock');

/** The product, variant, shop, service and first photo of a line, joined to `p` and `v`. */
function withProductColumns(query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query
    .join('shops as s', 's.id', 'p.shop_id')
    .join('municipalities as sm', 'sm.id', 's.municipality_id')
    .leftJoin('product_services as ps', 'ps.product_id', 'p.id')
    .leftJoin('product_images as pi', (on) => {
      void on.on('pi.product_id', '=', 'p.id').andOnVal('pi.position', '=', 0);
    })
    .select(
      'p.kind',
      'p.title',
      'p.status as product_status',
      'p.storage_class',
      'p.unit',
      'p.track_stock',
      'p.vat_class',
      'v.name as variant_name',
      'v.price_ore',
      'v.stock',
      's.id as shop_id',
      's.slug as shop_slug',
      's.name as shop_name',
      's.village as shop_village',
      's.status as shop_status',
      'sm.slug as shop_municipality_slug',
      's.content_locale as shop_content_locale',
      'ps.duration_minutes',
      'ps.booking_mode',
      'ps.location',
      'ps.slot_capacity',
      'ps.availability',
      'pi.image_id as first_image_id',
    );
}

/**
 * Basket lines with their product columns, of the baskets `where` picks, oldest first. Kept
 * prepared on PostgreSQL: an eight-table join whose planning cost eight times its running
 * (decision 0060), read on every basket page and checkout, in one of three shapes.
 */
async function linesWhere(
  db: Knex,
  where: (query: Knex.QueryBuilder) => void,
): Promise<BasketLineRow[]> {
  const rows = (await keepPrepared(
    withProductColumns(
      db('basket_items as bi')
        .join('products as p', 'p.id', 'bi.product_id')
        .join('product_variants as v', 'v.id', 'bi.variant_id'),
    )
      .modify(where)
      .orderBy('bi.created_at')
      .orderBy('bi.id')
      .select(
        'bi.id',
        'bi.basket_id',
        'bi.product_id',
        'bi.variant_id',
        'bi.quantity',
        'bi.slot_start',
        'bi.hold_expires_at',
        'bi.created_at',
      ),
  )) as BasketLineRow[];
  return rows.map(lineOf);
}

/** Reads outside a transaction go to `reader` (see Database.reader); writes to `knex`. */
export function createBasketRepository(knex: Knex, reader: Knex = knex) {
  return {
    findByUser: (userId: string, db: Knex = reader) =>
      db<BasketRow>('baskets').where({ user_id: userId }).first(),

    findByGuestHash: (hash: string, db: Knex = reader) =>
      db<BasketRow>('baskets').where({ guest_token_hash: hash }).first(),

    insert: (row: BasketRow, db: Knex = knex) => db('baskets').insert(row),

    touch: (id: string, at: number, db: Knex = knex) =>
      db('baskets').where({ id }).update({ updated_at: at }),

    delete: (id: string, db: Knex = knex) => db('baskets').where({ id }).delete(),

    lines: (basketId: string, db: Knex = reader): Promise<BasketLineRow[]> =>
      linesWhere(db, (query) => void query.where('bi.basket_id', basketId)),

    /**
     * The lines of a resident's or a guest's basket found by its owner, in one statement
     * with the basket (checkout reads nothing else of it): none when there is no basket.
     */
    linesOfOwner: (
      owner: { userId: string } | { guestTokenHash: string },
      db: Knex = reader,
    ): Promise<BasketLineRow[]> =>
      linesWhere(db, (query) => {
        void query.join('baskets as b', 'b.id', 'bi.basket_id');
        if ('userId' in owner) void query.where('b.user_id', owner.userId);
        else void query.where('b.guest_token_hash', owner.guestTokenHash);
      }),

    /**
     * Lines as a basket would hold them, for goods a shop orders on a resident's behalf
     * without a basket: one per variant, in the order given, with the quantity asked for.
     */
    async linesForVariants(
      items: readonly { variantId: string; quantity: number }[],
      db: Knex = reader,
    ): Promise<BasketLineRow[]> {
      const rows: (Omit<
        BasketLineRow,
        'id' | 'basket_id' | 'quantity' | 'slot_start' | 'hold_expires_at' | 'created_at'
      > & { variant_id: string; product_id: string })[] = await withProductColumns(
        db('product_variants as v').join('products as p', 'p.id', 'v.product_id'),
      )
        .whereIn(
          'v.id',
          items.map((item) => item.variantId),
        )
        .select('p.id as product_id', 'v.id as variant_id');
      const byVariant = new Map(rows.map((row) => [row.variant_id, row]));
      return items.flatMap((item, index) => {
        const row = byVariant.get(item.variantId);
        if (!row) return [];
        return [
          lineOf({
            ...row,
            id: `${item.variantId}:${index}`,
            basket_id: '',
            quantity: item.quantity,
            slot_start: 0,
            hold_expires_at: null,
            created_at: 0,
          }),
        ];
      });
    },

    findItem: (basketId: string, itemId: string, db: Knex = knex) =>
      db('basket_items')
        .where({ basket_id: basketId, id: itemId })
        .first<{ id: string; quantity: number } | undefined>('id', 'quantity'),

    findSameItem: (basketId: string, variantId: string, slotStart: number, db: Knex = knex) =>
      db('basket_items')
        .where({ basket_id: basketId, variant_id: variantId, slot_start: slotStart })
        .first<{ id: string; quantity: number } | undefined>('id', 'quantity'),

    insertItem: (
      row: {
        id: string;
        basket_id: string;
        product_id: string;
        variant_id: string;
        quantity: number;
        slot_start: number;
        hold_expires_at: number | null;
        created_at: number;
        updated_at: number;
      },
      db: Knex = knex,
    ) => db('basket_items').insert(row),

    updateItem: (
      id: string,
      changes: { quantity: number; hold_expires_at?: number | null; updated_at: number },
      db: Knex = knex,
    ) => db('basket_items').where({ id }).update(changes),

    /** Adds to an item's quantity in one statement, up to the most a basket takes. */
    addToItem: (
      id: string,
      changes: { quantity: number; hold_expires_at: number | null; updated_at: number },
      db: Knex,
    ) =>
      db('basket_items')
        .where({ id })
        .update({
          quantity: db.raw('case when quantity + ? > ? then ? else quantity + ? end', [
            changes.quantity,
            maxQuantity,
            maxQuantity,
            changes.quantity,
          ]),
          hold_expires_at: changes.hold_expires_at,
          updated_at: changes.updated_at,
        }),

    deleteItem: (basketId: string, itemId: string, db: Knex = knex) =>
      db('basket_items').where({ basket_id: basketId, id: itemId }).delete(),

    moveItems: (fromBasketId: string, toBasketId: string, db: Knex) =>
      db('basket_items').where({ basket_id: fromBasketId }).update({ basket_id: toBasketId }),

    itemsOf: (basketId: string, db: Knex = knex) =>
      db('basket_items')
        .where({ basket_id: basketId })
        .select<{ id: string; variant_id: string; slot_start: number; quantity: number }[]>(
          'id',
          'variant_id',
          'slot_start',
          'quantity',
        ),

    clear: (basketId: string, db: Knex) =>
      db('basket_items').where({ basket_id: basketId }).delete(),

    /**
     * Removes the given items, built to be sent with a checkout's other writes (`sendParts`):
     * how many were still there tells whether another checkout took them.
     */
    removeItemsPart: (basketId: string, itemIds: readonly string[], db: Knex): WritePart =>
      // The items as one list: the same text for any basket on PostgreSQL, kept prepared with
      // the checkout's other writes (decision 0060).
      fixedTextPartOf(
        db,
        whereInList(db, db('basket_items').where({ basket_id: basketId }), 'id', itemIds).delete(),
      ),

    /** Seats of a service's slots held by baskets whose hold has not run out. */
    heldSeats: (
      productId: string,
      slotStarts: readonly number[],
      at: number,
      exceptBasketId: string | null,
      db: Knex = knex,
    ) =>
      db('basket_items')
        .where('product_id', productId)
        .whereIn('slot_start', slotStarts)
        .where('hold_expires_at', '>', at)
        .modify((query) => {
          if (exceptBasketId !== null) void query.whereNot('basket_id', exceptBasketId);
        })
        .groupBy('slot_start')
        .select<{ slot_start: number | string; seats: number | string }[]>(
          'slot_start',
          db.raw('sum(quantity) as seats'),
        ),
  };
}

export type BasketRepository = ReturnType<typeof createBasketRepository>;
