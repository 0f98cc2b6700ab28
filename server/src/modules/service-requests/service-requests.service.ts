import { isBookedWithShop } from '@e-galleria/shared/bookings';
import type { Locale } from '@e-galleria/shared/locales';
import {
  serviceRequestRetentionDays,
  type DeclineServiceRequestBody,
  type ServiceRequestInput,
  type OwnServiceRequest,
  type ServiceRequestSent,
  type ShopServiceRequest,
} from '@e-galleria/shared/service-requests';
import type { TransactionRunner } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { RateLimitFactory } from '../../db/rate-limiter.ts';
import { AppError, notFound, refuseIfLimited } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { MailService, ServiceRequestDetails } from '../mail/mail.service.ts';
import type { ProductsService } from '../catalogue/products.service.ts';
import { shopAddresses, type ShopDirectory } from '../shops/shop-directory.service.ts';
import type {
  ServiceRequestRow,
  ServiceRequestsRepository,
} from './service-requests.repository.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** "93830" as a letter writes it: "938 30". */
function postalCodeText(code: string): string {
  return /^\d{5}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

function detailsOf(row: ServiceRequestRow, shopName: string): ServiceRequestDetails {
  return {
    shop: shopName,
    product: row.product_title,
    name: row.name,
    email: row.email,
    phone: row.phone,
    address: `${row.street_address}, ${postalCodeText(row.postal_code)} ${row.village}`,
    preferredTime: row.preferred_time,
    message: row.message,
  };
}

function viewOf(row: ServiceRequestRow): ShopServiceRequest {
  return {
    id: row.id,
    productId: row.product_id,
    productTitle: row.product_title,
    name: row.name,
    email: row.email,
    phone: row.phone,
    streetAddress: row.street_address,
    postalCode: row.postal_code,
    village: row.village,
    preferredTime: row.preferred_time,
    message: row.message,
    status: row.status,
    declineReason: row.decline_reason,
    createdAt: new Date(row.created_at).toISOString(),
    handledAt: row.handled_at === null ? null : new Date(row.handled_at).toISOString(),
  };
}

/**
 * Service requests (decision 0071): a resident, guest or logged in, asks a shop for a service
 * it does at home on request; the shop's owner and staff see the requests and mark each
 * answered or declined. Nothing is paid or booked here.
 */
export function createServiceRequestsService(deps: {
  requests: ServiceRequestsRepository;
  transaction: TransactionRunner;
  products: Pick<ProductsService, 'forServiceRequest'>;
  shops: Pick<ShopDirectory, 'authorized' | 'find' | 'noticeRecipients'>;
  mail: Pick<MailService, 'enqueueMany'>;
  rateLimits: RateLimitFactory;
  publicUrl: string;
  now: () => number;
}) {
  const { requests, transaction, shops, mail, now } = deps;
  // Anyone may write here without an account, as with registration: one address cannot send
  // a shop a flood of requests, nor fill a stranger's mailbox with receipts.
  const requestsPerIp = deps.rateLimits({
    name: 'service_request_ip',
    points: 10,
    durationSeconds: 60 * 60,
  });
  const receiptsPerAddress = deps.rateLimits({
    name: 'service_request_mail',
    points: 5,
    durationSeconds: 60 * 60,
  });

  const requestsPath = (shopId: string) =>
    `${deps.publicUrl}/konto/butiker/${shopId}/forfragningar`;

  async function handled(
    actor: Actor | null,
    shopId: string,
    id: string,
    decision: { status: 'answered' } | { status: 'declined'; reason: string | null },
  ): Promise<ShopServiceRequest> {
    const { shop, actor: allowed } = await shops.authorized(actor, shopId, 'shop.orders.manage');
    return transaction(async (trx) => {
      const row = await requests.findOfShop(shop.id, id, trx);
      if (!row) throw notFound('The request');
      const changes = {
        status: decision.status,
        decline_reason: decision.status === 'declined' ? decision.reason : null,
        handled_at: now(),
        handled_by_user_id: allowed.user.id,
      };
      if (!(await requests.handle(row.id, changes, trx)))
        throw new AppError('status_conflict', `The request is already ${row.status}.`);
      if (decision.status === 'declined')
        await mail.enqueueMany(
          [
            {
              to: row.email,
              locale: row.locale === 'en' ? 'en' : 'sv',
              kind: 'service_request_declined' as const,
              params: {
                shop: shop.name,
                product: row.product_title,
                name: row.name,
                reason: decision.reason,
              },
            },
          ],
          trx,
        );
      return viewOf({ ...row, ...changes });
    });
  }

  return {
    /** A request for a published service at home on request; mails the shop and a receipt. */
    async create(
      actor: Actor | null,
      productId: string,
      body: ServiceRequestInput,
      ip: string,
    ): Promise<ServiceRequestSent> {
      await refuseIfLimited(requestsPerIp.consume(ip), 'Too many requests.');
      const product = await deps.products.forServiceRequest(productId);
      if (product?.status !== 'published' || product.shop_status !== 'published')
        throw notFound('The product');
      if (
        product.booking_mode === null ||
        product.location === null ||
        !isBookedWithShop({ bookingMode: product.booking_mode, location: product.location })
      )
        throw new AppError(
          'not_requested_with_shop',
          'Only a service done at home on request is asked for with a request.',
        );
      const shop = await shops.find(product.shop_id);
      if (!shop) throw notFound('The product');
      await refuseIfLimited(receiptsPerAddress.consume(body.email), 'Too many requests.');
      const locale: Locale = body.locale ?? actor?.user.locale ?? 'sv';
      const row: ServiceRequestRow = {
        id: newId(),
        shop_id: shop.id,
        product_id: product.id,
        product_title: product.title,
        user_id: actor?.user.id ?? null,
        name: body.name,
        email: body.email,
        phone: body.phone,
        street_address: body.streetAddress,
        postal_code: body.postalCode,
        village: body.village,
        preferred_time: body.preferredTime,
        message: body.message ? body.message : null,
        locale,
        status: 'new',
        decline_reason: null,
        created_at: now(),
        handled_at: null,
        handled_by_user_id: null,
      };
      const details = detailsOf(row, shop.name);
      // The request and its two mails are one write: a mail exists exactly when the request does.
      await transaction(async (trx) => {
        await requests.insert(row, trx);
        const recipients = await shops.noticeRecipients([shop.id], trx);
        await mail.enqueueMany(
          [
            ...shopAddresses(recipients, shop.id).map(({ to, locale: shopLocale }) => ({
              to,
              locale: shopLocale,
              kind: 'service_request_new' as const,
              params: { ...details, link: requestsPath(shop.id) },
            })),
            { to: row.email, locale, kind: 'service_request_receipt' as const, params: details },
          ],
          trx,
        );
      });
      return { shopName: shop.name, productTitle: product.title };
    },

    /** The shop's requests, newest first, for its owner and staff. */
    async listOfShop(actor: Actor | null, shopId: string): Promise<ShopServiceRequest[]> {
      const { shop } = await shops.authorized(actor, shopId, 'shop.orders.read');
      return (await requests.listOfShop(shop.id)).map(viewOf);
    },

    /**
     * The requests the logged-in resident made while logged in, with the shop's name and what
     * became of them; a guest's requests are mailed receipts only.
     */
    async listOwn(actor: Actor | null): Promise<OwnServiceRequest[]> {
      if (!actor) throw new AppError('unauthenticated');
      const rows = await requests.listOfUser(actor.user.id);
      const names = new Map<string, string>();
      for (const shopId of new Set(rows.map((row) => row.shop_id)))
        names.set(shopId, (await shops.find(shopId))?.name ?? '');
      return rows.map((row) => ({
        id: row.id,
        productId: row.product_id,
        productTitle: row.product_title,
        shopName: names.get(row.shop_id) ?? '',
        preferredTime: row.preferred_time,
        status: row.status,
        declineReason: row.decline_reason,
        createdAt: new Date(row.created_at).toISOString(),
        handledAt: row.handled_at === null ? null : new Date(row.handled_at).toISOString(),
      }));
    },

    /** The counts its orders page links by ("(2 nya)"), without reading the requests. */
    async countsOfShop(actor: Actor | null, shopId: string) {
      const { shop } = await shops.authorized(actor, shopId, 'shop.orders.read');
      return requests.countsOfShop(shop.id);
    },

    /** The shop has called back: the request needs nothing more. */
    answer: (actor: Actor | null, shopId: string, id: string) =>
      handled(actor, shopId, id, { status: 'answered' }),

    /** The shop cannot take it; the resident is mailed, with the reason if one is given. */
    decline: (actor: Actor | null, shopId: string, id: string, body: DeclineServiceRequestBody) =>
      handled(actor, shopId, id, { status: 'declined', reason: body.reason ? body.reason : null }),

    /** The hourly cleanup: requests are erased 180 days after they were made. */
    eraseOld: () => requests.eraseCreatedBefore(now() - serviceRequestRetentionDays * dayMs),
  };
}

export type ServiceRequestsService = ReturnType<typeof createServiceRequestsService>;
