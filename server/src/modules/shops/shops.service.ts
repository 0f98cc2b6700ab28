import type { Knex } from 'knex';
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
  ShopPage,
  ShopSummary,
  UpdateShopProfileBody,
} from '@e-galleria/shared/shops';
import { reindexShopProducts } from '../catalogue/reindex-shop.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../auth/authorize.ts';
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
import { findShopForActor, shopScope } from './shop-scope.ts';
import type { ShopsRepository } from './shops.repository.ts';
import type { FieldRuleCode } from '@e-galleria/shared/field-rules';

/** The storefront's shops and what owners and staff do with their own shop. */
export function createShopsService(deps: {
  knex: Knex;
  shops: ShopsRepository;
  municipalities: MunicipalitiesService;
  invitations: InvitationsService;
  audit: AuditService;
  images: ImagesService;
  now: () => number;
}) {
  const { knex, shops, municipalities, invitations, audit, images, now } = deps;

  async function detail(shopId: string): Promise<ShopDetail> {
    const row = await shops.findById(shopId);
    if (!row) throw notFound('The shop');
    const [categories, listings, stored] = await Promise.all([
      shops.categoriesOf([row.id]),
      shops.listingsOf(row.id),
      images.describeMany([row.logo_image_id, row.cover_image_id]),
    ]);
    return toShopDetail(row, categories.map(toCategory), listings, stored);
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

    /** Four queries however many shops: municipality, shops, their categories, their logos. */
    async listPublic(slug: string, query: PublicShopListQuery): Promise<ShopSummary[]> {
      const municipality = await municipalities.findOrThrow(slug);
      let rows = await shops.listPublished(municipality.id, {
        categorySlug: query.category,
        village: query.village,
      });
      if (query.openNow === '1') {
        const instant = new Date(now());
        rows = rows.filter((row) =>
          isOpenAt(JSON.parse(row.opening_hours) as OpeningHours, instant),
        );
      }
      const [categoryRows, logos] = await Promise.all([
        shops.categoriesOf(rows.map((row) => row.id)),
        images.describeMany(rows.map((row) => row.logo_image_id)),
      ]);
      const categoriesOf = groupCategories(categoryRows);
      return rows.map((row) => toShopSummary(row, categoriesOf(row.id), logos));
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
      const { shop } = await findShopForActor(shops, actor, shopId);
      authorize(actor, 'shop.read', shopScope(shop));
      return detail(shop.id);
    },

    async updateProfile(
      actor: Actor | null,
      shopId: string,
      body: UpdateShopProfileBody,
    ): Promise<ShopDetail> {
      const { shop } = await findShopForActor(shops, actor, shopId);
      const owner = authorize(actor, 'shop.profile.update', shopScope(shop));
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
      await knex.transaction(async (trx) => {
        await shops.update(shop.id, { ...profileChanges(body), updated_at: now() }, trx);
        if (body.categoryIds)
          await shops.setCategories(shop.id, [...new Set(body.categoryIds)], trx);
        // The shop's name is in its products' search documents.
        if (body.name !== undefined && body.name !== shop.name)
          await reindexShopProducts(trx, shop.id);
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
      const { shop } = await findShopForActor(shops, actor, shopId);
      const owner = authorize(actor, 'shop.submit', shopScope(shop));
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
      await knex.transaction(async (trx) => {
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
      const { shop } = await findShopForActor(shops, actor, shopId);
      const owner = authorize(actor, 'shop.listings.request', shopScope(shop));
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
      await knex.transaction(async (trx) => {
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
      const { shop } = await findShopForActor(shops, actor, shopId);
      const owner = authorize(actor, 'shop.staff.invite', shopScope(shop));
      const row = await knex.transaction(async (trx) => {
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
      const { shop } = await findShopForActor(shops, actor, shopId);
      authorize(actor, 'shop.staff.list', shopScope(shop));
      return (await invitations.listForScope('shop', shop.id)).filter(
        (invitation) => invitation.role === 'shop_staff',
      );
    },
  };
}

export type ShopsService = ReturnType<typeof createShopsService>;
