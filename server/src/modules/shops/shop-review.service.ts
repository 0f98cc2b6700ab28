import type { TransactionRunner } from '../../db/database.ts';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { Locale } from '@e-galleria/shared/locales';
import { nextShopStatus, type ShopReviewAction } from '@e-galleria/shared/shop-status';
import type {
  AdminShopListItem,
  AuditAction,
  ListingRequest,
  ShopDetail,
  ShopStatus,
} from '@e-galleria/shared/shops';
import { firstFreeSlug, slugify } from '@e-galleria/shared/slugify';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { InvitationsService } from '../invitations/invitations.service.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { toAdminShopListItem } from './shop-presenters.ts';
import { shopAddresses, type ShopDirectory } from './shop-directory.service.ts';
import type { ShopChanges, ShopsRepository } from './shops.repository.ts';
import type { ShopsService } from './shops.service.ts';

const reviewAudit: Record<Exclude<ShopReviewAction, 'submit'>, AuditAction> = {
  approve: 'shop.approved',
  return: 'shop.returned',
  suspend: 'shop.suspended',
  reinstate: 'shop.reinstated',
};

/** What a municipality's admins do with shops: invite, review, decide listings. */
export function createShopReviewService(deps: {
  transaction: TransactionRunner;
  shops: ShopsRepository;
  shopDirectory: ShopDirectory;
  shopsService: ShopsService;
  municipalities: MunicipalitiesService;
  invitations: InvitationsService;
  audit: AuditService;
  mail: MailService;
  publicUrl: string;
  now: () => number;
}) {
  const {
    transaction,
    shops,
    shopDirectory,
    shopsService,
    municipalities,
    invitations,
    audit,
    now,
  } = deps;

  async function municipalityFor(actor: Actor | null, slug: string) {
    if (!actor) throw new AppError('unauthenticated');
    return municipalities.findOrThrow(slug);
  }

  return {
    async list(
      actor: Actor | null,
      slug: string,
      status: ShopStatus | undefined,
    ): Promise<AdminShopListItem[]> {
      const municipality = await municipalityFor(actor, slug);
      authorize(actor, 'municipality.shops.list', municipalities.scopeOf(municipality));
      return sortSwedish(
        await shops.listForMunicipality(municipality.id, status),
        (row) => row.name,
      ).map(toAdminShopListItem);
    },

    /** A draft shop and its owner's invitation, together or not at all. */
    async inviteShop(
      actor: Actor | null,
      slug: string,
      input: { email: string; shopName: string; locale: Locale },
    ): Promise<{ shop: AdminShopListItem; invitation: Invitation }> {
      const municipality = await municipalityFor(actor, slug);
      const admin = authorize(
        actor,
        'municipality.shops.invite',
        municipalities.scopeOf(municipality),
      );
      const base = slugify(input.shopName) || 'butik';
      const shopId = newId();
      const row = await transaction(async (trx) => {
        const created = now();
        await shops.insert(
          {
            id: shopId,
            municipality_id: municipality.id,
            slug: firstFreeSlug(base, await shops.slugsLike(base, trx)),
            name: input.shopName,
            status: 'draft',
            org_number: null,
            vat_number: null,
            street_address: null,
            postal_code: null,
            city: null,
            village: null,
            description: '',
            logo_image_id: null,
            cover_image_id: null,
            contact_email: null,
            contact_phone: null,
            website_url: null,
            opening_hours: JSON.stringify({ weekly: [], exceptions: [] }),
            content_locale: 'sv',
            review_comment: null,
            submitted_at: null,
            published_at: null,
            created_at: created,
            updated_at: created,
          },
          trx,
        );
        const invitation = await invitations.create(
          {
            email: input.email,
            locale: input.locale,
            role: 'shop_owner',
            scopeType: 'shop',
            scopeId: shopId,
            invitedByUserId: admin.user.id,
            mail: {
              kind: 'invitation_shop_owner',
              params: { shop: input.shopName, municipality: municipality.name },
            },
          },
          trx,
        );
        await audit.record(
          {
            municipalityId: municipality.id,
            shopId,
            actorUserId: admin.user.id,
            action: 'shop.invited',
            details: { shopName: input.shopName, invitationId: invitation.id },
          },
          trx,
        );
        return invitation;
      });
      const shop = await shops.findById(shopId);
      if (!shop) throw notFound('The shop');
      return { shop: toAdminShopListItem(shop), invitation: await invitations.present(row) };
    },

    async review(
      actor: Actor | null,
      shopId: string,
      action: Exclude<ShopReviewAction, 'submit'>,
      comment?: string,
    ): Promise<ShopDetail> {
      const { shop, actor: admin } = await shopDirectory.authorized(actor, shopId, 'shop.review');
      const next = nextShopStatus(shop.status, action);
      if (!next)
        throw new AppError('status_conflict', `A ${shop.status} shop cannot be given "${action}".`);
      const changes: ShopChanges & { status: ShopStatus } = { status: next, updated_at: now() };
      if (action === 'approve') {
        changes.review_comment = null;
        changes.published_at = shop.published_at ?? now();
      }
      if (action === 'return') changes.review_comment = comment ?? '';
      await transaction(async (trx) => {
        if (!(await shops.transition(shop.id, shop.status, changes, trx)))
          throw new AppError('status_conflict');
        await audit.record(
          {
            municipalityId: shop.municipality_id,
            shopId: shop.id,
            actorUserId: admin.user.id,
            action: reviewAudit[action],
            details: { from: shop.status, to: next, ...(comment ? { comment } : {}) },
          },
          trx,
        );
        // The owners hear of it in the same transaction: approved, sent back with the comment,
        // suspended or reinstated. Before, a shop went live or offline without a word to them.
        const recipients = await shops.noticeRecipients([shop.id], trx);
        await deps.mail.enqueueMany(
          shopAddresses(recipients, shop.id).map(({ to, locale }) => ({
            to,
            locale,
            kind: 'shop_review_decision' as const,
            params: {
              shop: shop.name,
              municipality: shop.home_name,
              action,
              comment: comment ?? null,
              link: `${deps.publicUrl}/konto/butiker/${shop.id}`,
            },
          })),
          trx,
        );
      });
      return shopsService.detail(shop.id);
    },

    async listListingRequests(actor: Actor | null, slug: string): Promise<ListingRequest[]> {
      const municipality = await municipalityFor(actor, slug);
      authorize(actor, 'municipality.listings.decide', municipalities.scopeOf(municipality));
      return (await shops.listListingRequests(municipality.id)).map((row) => ({
        shop: {
          id: row.shop_id,
          slug: row.shop_slug,
          name: row.shop_name,
          homeMunicipality: { slug: row.home_slug, name: row.home_name },
        },
        status: row.status,
        requestedAt: new Date(row.requested_at).toISOString(),
        decidedAt: row.decided_at === null ? null : new Date(row.decided_at).toISOString(),
      }));
    },

    /** The listing municipality decides; both its log and the home municipality's record it. */
    async decideListing(
      actor: Actor | null,
      slug: string,
      shopId: string,
      decision: 'approved' | 'declined',
    ): Promise<void> {
      const municipality = await municipalityFor(actor, slug);
      const admin = authorize(
        actor,
        'municipality.listings.decide',
        municipalities.scopeOf(municipality),
      );
      const listing = await shops.findListing(shopId, municipality.id);
      const shop = listing ? await shops.findById(shopId) : undefined;
      if (!listing || !shop) throw notFound('The listing request');
      await transaction(async (trx) => {
        const decided = await shops.decideListing(
          shopId,
          municipality.id,
          { status: decision, decidedAt: now(), decidedBy: admin.user.id },
          trx,
        );
        if (!decided) throw new AppError('status_conflict', 'The request is already decided.');
        for (const municipalityId of new Set([municipality.id, shop.municipality_id]))
          await audit.record(
            {
              municipalityId,
              shopId,
              actorUserId: admin.user.id,
              action: decision === 'approved' ? 'shop.listing_approved' : 'shop.listing_declined',
              details: { municipality: municipality.slug },
            },
            trx,
          );
      });
    },
  };
}

export type ShopReviewService = ReturnType<typeof createShopReviewService>;
