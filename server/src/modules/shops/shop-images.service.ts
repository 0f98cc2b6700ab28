import type { TransactionRunner } from '../../db/database.ts';
import { editableProfileFields } from '@e-galleria/shared/shop-status';
import type { ShopDetail } from '@e-galleria/shared/shops';
import { AppError } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { ShopDirectory } from './shop-directory.service.ts';
import type { ShopsRepository } from './shops.repository.ts';
import type { ShopsService } from './shops.service.ts';

/** The owner's logo and cover photo, stored through the shared image pipeline. */
export function createShopImagesService(deps: {
  transaction: TransactionRunner;
  shops: ShopsRepository;
  shopDirectory: ShopDirectory;
  shopsService: ShopsService;
  audit: AuditService;
  images: ImagesService;
  now: () => number;
}) {
  const { transaction, shops, shopDirectory, shopsService, audit, images, now } = deps;
  return {
    /** Checked before an upload is read, so strangers cannot make us buffer. */
    async checkMayChangeImages(actor: Actor | null, shopId: string): Promise<void> {
      const { shop } = await shopDirectory.authorized(actor, shopId, 'shop.profile.update');
      if (editableProfileFields(shop.status) === 'none')
        throw new AppError('status_conflict', `A ${shop.status} shop's profile cannot be changed.`);
    },

    async setImage(
      actor: Actor | null,
      shopId: string,
      kind: 'logo' | 'cover',
      upload: Buffer,
    ): Promise<ShopDetail> {
      const { shop, actor: owner } = await shopDirectory.authorized(
        actor,
        shopId,
        'shop.profile.update',
      );
      if (editableProfileFields(shop.status) === 'none')
        throw new AppError('status_conflict', `A ${shop.status} shop's profile cannot be changed.`);
      // Decoding is slow: it happens before the transaction, as the images service asks.
      const image = await images.store(upload, kind, { type: 'shop', id: shop.id });
      await transaction(async (trx) => {
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
