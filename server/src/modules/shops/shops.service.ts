import type { Transaction, TransactionRunner } from '../../db/database.ts';
import type { Invitation } from '@e-galleria/shared/invitations';
import type { Locale } from '@e-galleria/shared/locales';
import { isOpenAt } from '@e-galleria/shared/opening-hours';
import { isVatNumberConsistent } from '@e-galleria/shared/org-number';
import {
  editableProfileFields,
  mayRequestListing,
  missingForSubmission,
  nextShopStatus,
} from '@e-galleria/shared/shop-status';
import type {
  Category,
  OpeningHours,
  PublicShopListQuery,
  ShopDetail,
  ShopCount,
  ShopPage,
  ShopSummary,
  UpdateShopProfileBody,
} from '@e-galleria/shared/shops';
import { sortSwedish } from '@e-galleria/shared/swedish-order';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { InvitationsService } from '../invitations/invitations.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { profileChanges } from './shop-profile.ts';
import {
  groupCategories,
  toCategory,
  toShopDetail,
  toShopPage,
  toShopSummary,
} from './shop-presenters.ts';
import type { ShopDirectory } from './shop-directory.service.ts';
import type { ShopsRepository } from './shops.repository.ts';
import type { FieldRuleCode } from '@e-galleria/shared/field-rules';

/** The storefront's shops and what owners and staff do with their own shop. */
export function createShopsService(deps: {
  transaction: TransactionRunner;
  shops: ShopsRepository;
  shopDirectory: ShopDirectory;
  /**
   * The catalogue's port: a shop's name is in its products' search documents, so a new name
   * must reach them, in the rename's transaction.
   */
  reindexProductsOf: (trx: Transaction, shop: { id: string; name: string }) => Promise<void>;
  /** The catalogue's port: how many goods and services the shop has published. */
  publishedCatalogueOf: (shopId: string) => Promise<ShopDetail['publishedCatalogue']>;
  municipalities: MunicipalitiesService;
  invitations: InvitationsService;
  audit: AuditService;
  images: ImagesService;
  now: () => number;
}) {
  const { transaction, shops, shopDirectory, municipalities, invitations, audit, images, now } =
    deps;

  async function detail(shopId: string): Promise<ShopDetail> {
    const row = await shops.findById(shopId);
    if (!row) throw notFound('The shop');
    const [categories, listings, stored, publishedCatalogue] = await Promise.all([
      shops.categoriesOf([row.id]),
      shops.listingsOf(row.id).then((listings) => sortSwedish(listings, (item) => item.name)),
      images.describeMany([row.logo_image_id, row.cover_image_id]),
      deps.publishedCatalogueOf(row.id),
    ]);
    return toShopDetail(row, categories.map(toCategory), listings, stored, publishedCatalogue);
  }

  async function checkCategories(ids: string[]) {
    const known = new Set((await shops.listCategories()).map((category) => category.id));
    const index = ids.findIndex((id) => !known.has(id));
    if (index >= 0)
      throw new AppError('validation_failed', 'Unknown category.', {
        fieldErrors: [
          { field: `categoryIds.${index}`, code: 'unknown_category', message: 'No such category.' },
        ],
      });
  }

  return {
    detail,

    async categories(): Promise<Category[]> {
      return (await shops.listCategories()).map(toCategory);
    },

    /** Four queries however many shops: municipality, shops, their categories, their pictures. */
    async listPublic(slug: string, query: PublicShopListQuery): Promise<ShopSummary[]> {
      const municipality = await municipalities.findOrThrow(slug);
      let rows = sortSwedish(
        await shops.listPublished(municipality.id, {
          categorySlug: query.category,
          village: query.village,
        }),
        (row) => row.name,
      );
      if (query.openNow === '1') {
        const instant = new Date(now());
        rows = rows.filter((row) =>
          isOpenAt(JSON.parse(row.opening_hours) as OpeningHours, instant),
        );
      }
      const [categoryRows, logos] = await Promise.all([
        shops.categoriesOf(rows.map((row) => row.id)),
        images.describeMany(rows.flatMap((row) => [row.logo_image_id, row.cover_image_id])),
      ]);
      const categoriesOf = groupCategories(categoryRows);
      return rows.map((row) => toShopSummary(row, categoriesOf(row.id), logos));
    },

    /** Published shops per municipality of the region, as each galleria counts them. */
    async publishedShopCounts(): Promise<ShopCount[]> {
      const counts = await shops.countPublishedByMunicipality();
      return counts.map((row) => ({
        municipalitySlug: row.slug,
        publishedShops: Number(row.count),
      }));
    },

    async getPublic(slug: string, shopSlug: string): Promise<ShopPage> {
      const municipality = await municipalities.findOrThrow(slug);
      const row = await shops.findPublished(municipality.id, shopSlug);
      if (!row) throw notFound('The shop');
      const [categories, stored] = await Promise.all([
        shops.categoriesOf([row.id]),
        images.describeMany([row.logo_image_id, row.cover_image_id]),
      ]);
      return toShopPage(row, categories.map(toCategory), stored);
    },

    async get(actor: Actor | null, shopId: string): Promise<ShopDetail> {
      const { shop } = await shopDirectory.authorized(actor, shopId, 'shop.read');
      return detail(shop.id);
    },

    async updateProfile(
      actor: Actor | null,
      shopId: string,
      body: UpdateShopProfileBody,
    ): Promise<ShopDetail> {
      const { shop, actor: owner } = await shopDirectory.authorized(
        actor,
        shopId,
        'shop.profile.update',
      );
      const editable = editableProfileFields(shop.status);
      const changesIdentity =
        (body.orgNumber !== undefined && body.orgNumber !== shop.org_number) ||
        (body.vatNumber !== undefined && body.vatNumber !== shop.vat_number);
      if (editable === 'none' || (editable === 'all_but_identity' && changesIdentity))
        throw new AppError('status_conflict', `A ${shop.status} shop's profile cannot be changed.`);
      const orgNumber = body.orgNumber === undefined ? shop.org_number : body.orgNumber;
      const vatNumber = body.vatNumber === undefined ? shop.vat_number : body.vatNumber;
      if (vatNumber && (!orgNumber || !isVatNumberConsistent(vatNumber, orgNumber)))
        throw new AppError('validation_failed', 'The VAT number does not match.', {
          fieldErrors: [
            {
              field: 'vatNumber',
              code: 'vat_number_mismatch' satisfies FieldRuleCode,
              message: 'SE, the organisation number’s ten digits and 01.',
            },
          ],
        });
      if (body.categoryIds) await checkCategories(body.categoryIds);
      await transaction(async (trx) => {
        await shops.update(shop.id, { ...profileChanges(body), updated_at: now() }, trx);
        if (body.categoryIds)
          await shops.setCategories(shop.id, [...new Set(body.categoryIds)], trx);
        if (body.name !== undefined && body.name !== shop.name)
          await deps.reindexProductsOf(trx, { id: shop.id, name: body.name });
        await audit.record(
          {
            municipalityId: shop.municipality_id,
            shopId: shop.id,
            actorUserId: owner.user.id,
            action: 'shop.profile_updated',
            details: { fields: Object.keys(body) },
          },
          trx,
        );
      });
      return detail(shop.id);
    },

    async submit(actor: Actor | null, shopId: string): Promise<ShopDetail> {
      const { shop, actor: owner } = await shopDirectory.authorized(actor, shopId, 'shop.submit');
      const next = nextShopStatus(shop.status, 'submit');
      if (!next)
        throw new AppError('status_conflict', `A ${shop.status} shop cannot be submitted.`);
      const missing = missingForSubmission({
        orgNumber: shop.org_number,
        streetAddress: shop.street_address,
        postalCode: shop.postal_code,
        city: shop.city,
        contactEmail: shop.contact_email,
        contactPhone: shop.contact_phone,
        categoryCount: (await shops.categoriesOf([shop.id])).length,
      });
      if (missing.length > 0)
        throw new AppError('validation_failed', 'Fill in the profile before submitting.', {
          fieldErrors: missing.map((field) => ({
            field,
            code: 'required_for_submission',
            message: 'Required before the shop is submitted.',
          })),
        });
      await transaction(async (trx) => {
        const moved = await shops.transition(
          shop.id,
          shop.status,
          { status: next, submitted_at: now(), updated_at: now() },
          trx,
        );
        if (!moved) throw new AppError('status_conflict');
        await audit.record(
          {
            municipalityId: shop.municipality_id,
            shopId: shop.id,
            actorUserId: owner.user.id,
            action: 'shop.submitted',
          },
          trx,
        );
      });
      return detail(shop.id);
    },

    async requestListing(
      actor: Actor | null,
      shopId: string,
      municipalitySlug: string,
    ): Promise<ShopDetail> {
      const { shop, actor: owner } = await shopDirectory.authorized(
        actor,
        shopId,
        'shop.listings.request',
      );
      if (!mayRequestListing(shop.status))
        throw new AppError('status_conflict', 'Only a published shop can be listed elsewhere.');
      const target = await municipalities.findOrThrow(municipalitySlug);
      if (target.id === shop.municipality_id || target.region_id !== shop.region_id)
        throw new AppError('validation_failed', 'Choose another municipality of the region.', {
          fieldErrors: [
            { field: 'municipalitySlug', code: 'invalid', message: 'Another municipality.' },
          ],
        });
      const existing = await shops.findListing(shop.id, target.id);
      if (existing?.status === 'approved') throw new AppError('status_conflict', 'Already listed.');
      await transaction(async (trx) => {
        await shops.requestListing(shop.id, target.id, now(), trx);
        for (const municipalityId of [shop.municipality_id, target.id])
          await audit.record(
            {
              municipalityId,
              shopId: shop.id,
              actorUserId: owner.user.id,
              action: 'shop.listing_requested',
              details: { municipality: target.slug },
            },
            trx,
          );
      });
      return detail(shop.id);
    },

    async inviteStaff(
      actor: Actor | null,
      shopId: string,
      input: { email: string; locale: Locale },
    ): Promise<Invitation> {
      const { shop, actor: owner } = await shopDirectory.authorized(
        actor,
        shopId,
        'shop.staff.invite',
      );
      const row = await transaction(async (trx) => {
        const invitation = await invitations.create(
          {
            email: input.email,
            locale: input.locale,
            role: 'shop_staff',
            scopeType: 'shop',
            scopeId: shop.id,
            invitedByUserId: owner.user.id,
            mail: { kind: 'invitation_shop_staff', params: { shop: shop.name } },
          },
          trx,
        );
        await audit.record(
          {
            municipalityId: shop.municipality_id,
            shopId: shop.id,
            actorUserId: owner.user.id,
            action: 'shop.staff_invited',
            details: { invitationId: invitation.id },
          },
          trx,
        );
        return invitation;
      });
      return invitations.present(row);
    },

    async listStaffInvitations(actor: Actor | null, shopId: string): Promise<Invitation[]> {
      const { shop } = await shopDirectory.authorized(actor, shopId, 'shop.staff.list');
      return (await invitations.listForScope('shop', shop.id)).filter(
        (invitation) => invitation.role === 'shop_staff',
      );
    },
  };
}

export type ShopsService = ReturnType<typeof createShopsService>;
