import type { Knex } from 'knex';
import { editableProfileFields } from '@e-galleria/shared/shop-status';
import type { ShopDetail } from '@e-galleria/shared/shops';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { authorize } from '../auth/authorize.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { ImagesService } from '../images/images.service.ts';
import { findShopForActor, shopScope } from './shop-scope.ts';
import type { ShopsRepository } from './shops.repository.ts';
import type { ShopsService } from './shops.service.ts';

/** The owner's logo and cover photo, stored through the shared image pipeline. */
export function createShopImagesService(deps: {
  knex: Knex;
  shops: ShopsRepository;
  shopsService: ShopsService;
  audit: AuditService;
  images: ImagesService;
  now: () => number;
}) {
  const { knex, shops, shopsService, audit, images, now } = deps;
  return {
    /** Checked before an upload is read, so strangers cannot make us buffer. */
    async checkMayChangeImages(actor: Actor | null, shopId: string): Promise<void> {
      const { shop } = await findShopForActor(shops, actor, shopId);
      authorize(actor, 'shop.profile.update', shopScope(shop));
      if (editableProfileFields(shop.status) === 'none')
        throw new AppError('status_conflict', `A ${shop.status} shop's profile cannot be changed.`);
    },

    async setImage(
      actor: Actor | null,
      shopId: string,
      kind: 'logo' | 'cover',
      upload: Buffer,
    ): Promise<ShopDetail> {
      const { shop } = await findShopForActor(shops, actor, shopId);
      const owner = authorize(actor, 'shop.profile.update', shopScope(shop));
      if (editableProfileFields(shop.status) === 'none')
        throw new AppError('status_conflict', `A ${shop.status} shop's profile cannot be changed.`);
      // Decoding is slow: it happens before the transaction, as the images service asks.
      const image = await images.store(upload, kind, { type: 'shop', id: shop.id });
      await knex.transaction(async (trx) => {
        await shops.update(
          shop.id,
          {
            ...(kind === 'logo' ? { logo_image_id: image.id } : { cover_image_id: image.id }),
            updated_at: now(),
          },
          trx,
        );
        await audit.record(
          {
            municipalityId: shop.municipality_id,
            shopId: shop.id,
            actorUserId: owner.user.id,
            action: 'shop.profile_updated',
            details: { fields: [kind] },
          },
          trx,
        );
      });
      return shopsService.detail(shop.id);
    },
  };
}

export type ShopImagesService = ReturnType<typeof createShopImagesService>;
