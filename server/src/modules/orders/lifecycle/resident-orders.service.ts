import type { CheckoutDetail, MyCheckoutListQuery } from '@e-galleria/shared/checkout';
import type { ListResponse } from '@e-galleria/shared/lists';
import { vatPerRate } from '@e-galleria/shared/vat';
import { AppError, notFound } from '../../../errors.ts';
import { decodeCursor, encodeCursor } from '../../../http/keyset-cursor.ts';
import type { RequestOrigin } from '../../../http/request-origin.ts';
import type { Actor } from '../../auth/access.port.ts';
import { hashToken } from '../../auth/secret-tokens.port.ts';
import type { MailService } from '../../mail/mail.service.ts';
import { shopAddresses, type ShopDirectory } from '../../shops/shop-directory.service.ts';
import type { CheckoutRow, CheckoutsRepository } from '../checkouts.repository.ts';
import type { OrderLifecycle } from './order-lifecycle.service.ts';
import { timelinesOf } from '../order-timeline.ts';
import { checkoutHeadOf, toOrderDetail } from '../order-views.ts';
import type { OrdersRepository } from '../orders.repository.ts';

/** A resident's own checkouts: the confirmation, the list, and cancelling before the shop accepts. */
export function createResidentOrdersService(deps: {
  checkouts: CheckoutsRepository;
  orders: OrdersRepository;
  lifecycle: OrderLifecycle;
  mail: MailService;
  shops: Pick<ShopDirectory, 'noticeRecipients'>;
  publicUrl: string;
}) {
  const { orders } = deps;

  /** A checkout for the resident who placed it, or the guest holding its basket cookie. */
  async function ownCheckout(actor: Actor | null, guestToken: string | null, checkoutId: string) {
    const checkout = await deps.checkouts.find(checkoutId);
    const mine =
      checkout !== undefined &&
      ((actor !== null && checkout.user_id === actor.user.id) ||
        (guestToken !== null && checkout.guest_token_hash === hashToken(guestToken)));
    // Someone else's checkout answers as missing: ids never tell what exists.
    if (!checkout || !mine) throw notFound('The order');
    return checkout;
  }

  /**
   * Checkouts as their resident reads them, each with its shops' orders, lines and timelines:
   * four statements however many checkouts.
   */
  async function detailsOf(checkouts: readonly CheckoutRow[]): Promise<CheckoutDetail[]> {
    const rows = await orders.viewsOfCheckouts(checkouts.map((checkout) => checkout.id));
    const orderIds = rows.map((row) => row.id);
    const [contents, eventRows] = await Promise.all([
      orders.contentsOf(orderIds),
      orders.eventsOf(orderIds),
    ]);
    const timelines = timelinesOf(eventRows);
    return checkouts.map((checkout) => {
      const details = rows
        .filter((row) => row.checkout_id === checkout.id)
        .map((row) => ({
          ...toOrderDetail(row, contents.get(row.id)),
          timeline: timelines.get(row.id) ?? [],
        }));
      return {
        checkout: {
          ...checkoutHeadOf(
            checkout,
            checkout.status === 'awaiting_payment' ? checkout.payment_url : null,
          ),
          contact: {
            name: checkout.contact_name,
            email: checkout.contact_email,
            phone: checkout.contact_phone,
          },
          createdAt: new Date(checkout.created_at).toISOString(),
          vat: vatPerRate(
            details.flatMap((order) => [
              ...order.lines.map((line) => ({
                grossOre: line.lineTotalOre,
                rateBasisPoints: line.vatRateBasisPoints,
              })),
              ...order.charges.map((charge) => ({
                grossOre: charge.amountOre,
                rateBasisPoints: charge.vatRateBasisPoints,
              })),
            ]),
          ),
          orders: details,
        },
      };
    });
  }

  async function checkoutFor(
    actor: Actor | null,
    guestToken: string | null,
    checkoutId: string,
  ): Promise<CheckoutDetail> {
    const [detail] = await detailsOf([await ownCheckout(actor, guestToken, checkoutId)]);
    if (!detail) throw notFound('The order');
    return detail;
  }

  return {
    checkoutFor,

    /** The resident changes their mind before the shop has accepted: stock back, card refunded. */
    async cancel(
      actor: Actor | null,
      guestToken: string | null,
      checkoutId: string,
      orderId: string,
      origin: RequestOrigin,
    ): Promise<CheckoutDetail> {
      const checkout = await ownCheckout(actor, guestToken, checkoutId);
      const order = (await orders.viewsOfCheckout(checkout.id)).find((row) => row.id === orderId);
      if (!order) throw notFound('The order');
      await deps.lifecycle.fire(
        [
          {
            orderId: order.id,
            event: 'cancel',
            by: { userId: actor?.user.id ?? null, kind: 'customer' },
            origin,
          },
        ],
        // The shop is told in the same transaction, so nobody packs it; a cancel refused (the
        // shop accepted meanwhile) tells nobody.
        async (trx) => {
          const recipients = await deps.shops.noticeRecipients([order.shop_id], trx);
          await deps.mail.enqueueMany(
            shopAddresses(recipients, order.shop_id).map(({ to, locale }) => ({
              to,
              locale,
              kind: 'order_withdrawn' as const,
              params: {
                shop: order.shop_name,
                customer: checkout.contact_name,
                totalOre: order.total_ore,
                link: `${deps.publicUrl}/konto/butiker/${order.shop_id}/bestallningar`,
              },
            })),
            trx,
          );
        },
      );
      return checkoutFor(actor, guestToken, checkout.id);
    },

    async list(
      actor: Actor | null,
      query: MyCheckoutListQuery,
    ): Promise<ListResponse<CheckoutDetail['checkout']>> {
      if (!actor) throw new AppError('unauthenticated');
      const cursor = decodeCursor(query.cursor, 'created');
      const rows = await deps.checkouts.ofUser(
        actor.user.id,
        cursor ? { at: cursor.key, id: cursor.id } : null,
        query.limit,
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: (await detailsOf(page)).map((detail) => detail.checkout),
        nextCursor:
          rows.length > query.limit && last
            ? encodeCursor({ sort: 'created', key: last.created_at, id: last.id })
            : null,
      };
    },
  };
}

export type ResidentOrdersService = ReturnType<typeof createResidentOrdersService>;
