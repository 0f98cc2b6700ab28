import type { AddBasketItemBody, Basket } from '@e-galleria/shared/basket';
import { maxQuantity, slotHoldMinutes } from '@e-galleria/shared/basket-limits';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { availabilitySchema } from '@e-galleria/shared/catalogue';
import { listSlots } from '@e-galleria/shared/service-slots';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import type { Queryable, Transaction, TransactionRunner } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { WritePart } from '../../db/write-parts.ts';
import { AppError, notFound } from '../../errors.ts';
import { hashToken, newSecretToken } from '../auth/secret-tokens.port.ts';
import type { ProductsService } from '../catalogue/products.service.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { BasketLineRow, BasketRepository, BasketRow } from './basket.repository.ts';
import type { OrderBookings } from './basket.port.ts';
import { isBookedWithShop } from '@e-galleria/shared/bookings';
import { problemOf, toBasket } from './basket-view.ts';

/** A basket line as checkout reads it: the item with its product, variant and shop. */
export type BasketLine = BasketLineRow;

/** Whose basket: the logged-in resident's, a guest's by cookie token, or both right after login. */
export type BasketOwner = { userId: string | null; guestToken: string | null };

/** What the router does with the guest cookie after the call. */
export type GuestCookie = { set: string } | 'clear' | 'keep';

export type BasketResult = { basket: Basket; guestCookie: GuestCookie };

const emptyBasket: Basket = {
  items: [],
  shops: [],
  totalOre: 0,
  itemCount: 0,
  paymentMethods: ['pay_at_pickup'],
};

/**
 * One basket across shops, for a resident or a guest. A guest's basket survives login: the
 * first time both are known, its items move into the account's basket (quantities of the same
 * thing add up) and the guest basket is gone.
 */
export function createBasketService(deps: {
  transaction: TransactionRunner;
  baskets: BasketRepository;
  products: ProductsService;
  orders: OrderBookings;
  images: ImagesService;
  /** Whether every one of these shops can be paid by card (null: card payment is off). */
  cardPaymentFor: ((shopIds: readonly string[]) => Promise<boolean>) | null;
  now: () => number;
}) {
  const { transaction, baskets, now } = deps;

  /**
   * Seats of a service's slots already taken, per slot start: booked by orders that still hold
   * them, plus held by baskets whose hold has not run out (leaving out the asking basket's own
   * hold). The one home of this count: the catalogue lists free slots by it, the basket adds
   * by it and checkout books by it. Two statements whatever the number of slots.
   */
  async function takenSeats(
    productId: string,
    slotStarts: readonly number[],
    at: number,
    exceptBasketId: string | null = null,
    db?: Queryable,
  ): Promise<Map<number, number>> {
    if (slotStarts.length === 0) return new Map();
    const [booked, held] = await Promise.all([
      deps.orders.bookedSeats(productId, slotStarts, db),
      baskets.heldSeats(productId, slotStarts, at, exceptBasketId, db),
    ]);
    const taken = new Map(booked);
    for (const row of held) {
      const start = Number(row.slot_start);
      taken.set(start, (taken.get(start) ?? 0) + Number(row.seats));
    }
    return taken;
  }

  async function mergeGuestInto(userBasket: BasketRow, guest: BasketRow, trx: Transaction) {
    const mine = new Map(
      (await baskets.itemsOf(userBasket.id, trx)).map((item) => [
        `${item.variant_id}|${item.slot_start}`,
        item,
      ]),
    );
    for (const item of await baskets.itemsOf(guest.id, trx)) {
      const same = mine.get(`${item.variant_id}|${item.slot_start}`);
      if (same) {
        await baskets.updateItem(
          same.id,
          { quantity: Math.min(maxQuantity, same.quantity + item.quantity), updated_at: now() },
          trx,
        );
        await baskets.deleteItem(guest.id, item.id, trx);
      }
    }
    await baskets.moveItems(guest.id, userBasket.id, trx);
    await baskets.delete(guest.id, trx);
    // What the guest ordered before logging in belongs to the account from now on.
    if (guest.guest_token_hash !== null && userBasket.user_id !== null)
      await deps.orders.claimGuestCheckouts(trx, guest.guest_token_hash, userBasket.user_id);
  }

  /**
   * The owner's basket, merging a guest's into the account's when both are there. With
   * `create`, makes one (and a guest token) when there is none.
   */
  async function resolve(
    owner: BasketOwner,
    options: { create: boolean },
  ): Promise<{ basket: BasketRow | null; guestCookie: GuestCookie }> {
    const guest = owner.guestToken
      ? await baskets.findByGuestHash(hashToken(owner.guestToken))
      : undefined;
    if (owner.userId !== null) {
      const userId = owner.userId;
      const existing = await baskets.findByUser(userId);
      // The common case, a resident with a basket and no guest cookie, needs no transaction.
      if ((existing || !options.create) && !guest)
        return { basket: existing ?? null, guestCookie: owner.guestToken ? 'clear' : 'keep' };
      const mergeOrCreate = () =>
        transaction(async (trx) => {
          let mine = await baskets.findByUser(userId, trx);
          if (!mine) {
            mine = {
              id: newId(),
              user_id: userId,
              guest_token_hash: null,
              created_at: now(),
              updated_at: now(),
            };
            await baskets.insert(mine, trx);
          }
          if (guest) await mergeGuestInto(mine, guest, trx);
          return mine;
        });
      // Two first requests at once (two tabs) may both create it: the loser reads the winner's.
      const basket = await mergeOrCreate().catch((error: unknown) => {
        if (isUniqueViolation(error)) return mergeOrCreate();
        throw error;
      });
      return { basket, guestCookie: owner.guestToken ? 'clear' : 'keep' };
    }
    if (guest) return { basket: guest, guestCookie: 'keep' };
    if (!options.create) return { basket: null, guestCookie: owner.guestToken ? 'clear' : 'keep' };
    const { token, hash } = newSecretToken();
    const created = {
      id: newId(),
      user_id: null,
      guest_token_hash: hash,
      created_at: now(),
      updated_at: now(),
    };
    await baskets.insert(created);
    return { basket: created, guestCookie: { set: token } };
  }

  async function view(basket: BasketRow | null, db?: Queryable): Promise<Basket> {
    if (!basket) return emptyBasket;
    const lines = await baskets.lines(basket.id, db);
    const described = await deps.images.describeMany(lines.map((line) => line.first_image_id));
    const shopIds = [...new Set(lines.map((line) => line.shop_id))];
    const card =
      deps.cardPaymentFor !== null && shopIds.length > 0 && (await deps.cardPaymentFor(shopIds));
    return toBasket(
      lines,
      (line) =>
        line.first_image_id === null ? null : (described.get(line.first_image_id) ?? null),
      now(),
      card ? ['pay_at_pickup', 'card'] : ['pay_at_pickup'],
    );
  }

  /** The service's slot at `slotStart`, if its availability has one there that has not begun. */
  function slotExists(
    product: { availability: string; duration_minutes: number; slot_capacity: number | null },
    slotStart: number,
  ) {
    const availability = availabilitySchema.parse(JSON.parse(product.availability));
    const date = swedishDateOf(slotStart);
    return listSlots({
      availability,
      durationMinutes: product.duration_minutes,
      capacity: product.slot_capacity ?? 1,
      fromDate: date,
      days: 1,
      limit: 1000,
      now: now(),
    }).some((slot) => Date.parse(slot.startsAt) === slotStart);
  }

  async function addItem(owner: BasketOwner, body: AddBasketItemBody): Promise<BasketResult> {
    const found = await deps.products.forBasket(body.productId);
    if (found?.product.status !== 'published' || found.product.shop_status !== 'published')
      throw notFound('The product');
    const { product, variants } = found;
    const variant =
      body.variantId === undefined
        ? variants.length === 1
          ? variants[0]
          : undefined
        : variants.find((candidate) => candidate.id === body.variantId);
    if (!variant)
      throw new AppError('validation_failed', 'Choose one of the product’s variants.', {
        fieldErrors: [
          { field: 'variantId', code: 'invalid_variant', message: 'Choose a variant.' },
        ],
      });

    if (
      product.booking_mode !== null &&
      product.location !== null &&
      isBookedWithShop({ bookingMode: product.booking_mode, location: product.location })
    )
      throw new AppError(
        'booked_with_shop',
        'A service at home on request is booked directly with the shop, not through the basket.',
      );

    let slotStart = 0;
    let holdExpiresAt: number | null = null;
    if (product.kind === 'service' && product.booking_mode === 'slots') {
      if (body.slotStart === undefined)
        throw new AppError('validation_failed', 'Choose a time.', {
          fieldErrors: [{ field: 'slotStart', code: 'required', message: 'Choose a time.' }],
        });
      slotStart = Date.parse(body.slotStart);
      if (
        product.availability === null ||
        product.duration_minutes === null ||
        !slotExists(
          {
            availability: product.availability,
            duration_minutes: product.duration_minutes,
            slot_capacity: product.slot_capacity,
          },
          slotStart,
        )
      )
        throw new AppError('slot_unavailable', 'The service has no such time.');
      holdExpiresAt = now() + slotHoldMinutes * 60_000;
    } else if (body.slotStart !== undefined) {
      throw new AppError('validation_failed', 'Only a service booked by time takes a time.', {
        fieldErrors: [{ field: 'slotStart', code: 'unexpected', message: 'Not a timed service.' }],
      });
    }

    const { basket, guestCookie } = await resolve(owner, { create: true });
    if (!basket) throw new Error('A basket was to be created.');
    const put = () =>
      transaction(async (trx) => {
        const same = await baskets.findSameItem(basket.id, variant.id, slotStart, trx);
        const quantity = Math.min(maxQuantity, (same?.quantity ?? 0) + body.quantity);
        if (product.kind === 'good' && product.track_stock && (variant.stock ?? 0) < quantity)
          throw new AppError('out_of_stock', `Only ${Math.max(0, variant.stock ?? 0)} left.`, {
            left: Math.max(0, variant.stock ?? 0),
          });
        if (slotStart > 0) {
          const seats =
            (await takenSeats(product.id, [slotStart], now(), basket.id, trx)).get(slotStart) ?? 0;
          refuseBeyondCapacity(seats, quantity, product.slot_capacity ?? 1);
        }
        if (same)
          await baskets.addToItem(
            same.id,
            { quantity: body.quantity, hold_expires_at: holdExpiresAt, updated_at: now() },
            trx,
          );
        else
          await baskets.insertItem(
            {
              id: newId(),
              basket_id: basket.id,
              product_id: product.id,
              variant_id: variant.id,
              quantity,
              slot_start: slotStart,
              hold_expires_at: holdExpiresAt,
              created_at: now(),
              updated_at: now(),
            },
            trx,
          );
        await baskets.touch(basket.id, now(), trx);
      });
    // Two adds of a new item at once (a double tap) may both insert it: the loser adds to it.
    await put().catch((error: unknown) => {
      if (isUniqueViolation(error)) return put();
      throw error;
    });
    return { basket: await view(basket), guestCookie };
  }

  async function requireItem(owner: BasketOwner, itemId: string) {
    const { basket, guestCookie } = await resolve(owner, { create: false });
    const item = basket ? await baskets.findItem(basket.id, itemId) : undefined;
    if (!basket || !item) throw notFound('The basket item');
    return { basket, item, guestCookie };
  }

  return {
    resolve,
    view,

    /** The basket's lines as checkout reads them, inside its transaction. */
    lines: (basketId: string, db?: Queryable) => baskets.lines(basketId, db),

    /**
     * The owner's basket lines as checkout reads them, before its transaction: one statement
     * (decision 0052), unless a guest basket waits to be merged into the account's. Empty
     * when there is no basket or nothing in it.
     */
    async checkoutLines(owner: BasketOwner): Promise<BasketLine[]> {
      if (owner.userId !== null && owner.guestToken) {
        const { basket } = await resolve(owner, { create: false });
        return basket ? baskets.lines(basket.id) : [];
      }
      if (owner.userId !== null) return baskets.linesOfOwner({ userId: owner.userId });
      if (owner.guestToken)
        return baskets.linesOfOwner({ guestTokenHash: hashToken(owner.guestToken) });
      return [];
    },

    /** Lines as a basket would hold them, for an order a shop places on a resident's behalf. */
    linesForVariants: (items: readonly { variantId: string; quantity: number }[]) =>
      baskets.linesForVariants(items),

    /**
     * Removes the given items, as a part of the checkout's writes (`sendParts`): how many
     * were still there tells whether another checkout took them.
     */
    clearPart: (basketId: string, itemIds: readonly string[], trx: Queryable): WritePart =>
      baskets.removeItemsPart(basketId, itemIds, trx),

    /** Why a line cannot be bought as it is now, or null: checkout refuses the same. */
    problemOf,

    takenSeats,

    async get(owner: BasketOwner): Promise<BasketResult> {
      const { basket, guestCookie } = await resolve(owner, { create: false });
      return { basket: await view(basket), guestCookie };
    },

    addItem,

    async updateItem(owner: BasketOwner, itemId: string, quantity: number): Promise<BasketResult> {
      const { basket, item, guestCookie } = await requireItem(owner, itemId);
      const line = (await baskets.lines(basket.id)).find((candidate) => candidate.id === item.id);
      if (line?.kind === 'good' && line.track_stock && (line.stock ?? 0) < quantity)
        throw new AppError('out_of_stock', `Only ${Math.max(0, line.stock ?? 0)} left.`, {
          left: Math.max(0, line.stock ?? 0),
        });
      if (line && line.slot_start > 0) {
        const seats =
          (await takenSeats(line.product_id, [line.slot_start], now(), basket.id)).get(
            line.slot_start,
          ) ?? 0;
        refuseBeyondCapacity(seats, quantity, line.slot_capacity ?? 1);
      }
      await baskets.updateItem(item.id, { quantity, updated_at: now() });
      return { basket: await view(basket), guestCookie };
    },

    async removeItem(owner: BasketOwner, itemId: string): Promise<BasketResult> {
      const { basket, item, guestCookie } = await requireItem(owner, itemId);
      await baskets.deleteItem(basket.id, item.id);
      return { basket: await view(basket), guestCookie };
    },
  };
}

export type BasketService = ReturnType<typeof createBasketService>;

/**
 * A time with no place left is gone (`slot_unavailable`); one with some left but fewer than
 * asked for is still there, and the resident is told to ask for fewer (`not_enough_places`).
 */
function refuseBeyondCapacity(taken: number, quantity: number, capacity: number): void {
  if (taken + quantity <= capacity) return;
  const left = Math.max(0, capacity - taken);
  if (left === 0) throw new AppError('slot_unavailable', 'No place is left at that time.');
  const places = left === 1 ? '1 place is' : `${String(left)} places are`;
  throw new AppError('not_enough_places', `Only ${places} left at that time.`, { left });
}
