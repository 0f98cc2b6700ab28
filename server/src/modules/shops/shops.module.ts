import { Router } from 'express';
import type { Database, Transaction } from '../../db/database.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { ImagesService } from '../images/images.service.ts';
import type { InvitationsService } from '../invitations/invitations.service.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { createShopDirectory } from './shop-directory.service.ts';
import { createShopImagesService } from './shop-images.service.ts';
import { createShopInvitationScope } from './shop-invitation-scope.ts';
import { createShopReviewRouter } from './shop-review.router.ts';
import { createShopReviewService } from './shop-review.service.ts';
import { createShopsRepository } from './shops.repository.ts';
import { createShopsRouter } from './shops.router.ts';
import { createShopsService } from './shops.service.ts';

/**
 * Shops: the storefront's shops, the owner's profile and images, the municipality's review.
 * Other modules reach shops through `directory` (shop-directory.service.ts).
 */
export function createShopsModule(deps: {
  database: Database;
  municipalities: MunicipalitiesService;
  invitations: InvitationsService;
  audit: AuditService;
  images: ImagesService;
  /** The catalogue's: a renamed shop's products get its new name in their search documents. */
  reindexProductsOf: (trx: Transaction, shop: { id: string; name: string }) => Promise<void>;
  /** The catalogue's: what the shop has published, for the municipality's review. */
  publishedCatalogueOf: (shopId: string) => Promise<{ goods: number; services: number }>;
  /** The owners are told of the municipality's decisions on their shop. */
  mail: MailService;
  publicUrl: string;
  now: () => number;
}) {
  const shops = createShopsRepository(deps.database.knex);
  const readShops = createShopsRepository(deps.database.reader);
  const directory = createShopDirectory({ shops, reads: readShops });
  deps.invitations.addScope('shop', createShopInvitationScope({ shops, audit: deps.audit }));
  const serviceDeps = {
    transaction: deps.database.transaction,
    shops,
    shopDirectory: directory,
    municipalities: deps.municipalities,
    invitations: deps.invitations,
    audit: deps.audit,
    images: deps.images,
    now: deps.now,
  };
  const service = createShopsService({
    ...serviceDeps,
    reindexProductsOf: deps.reindexProductsOf,
    publishedCatalogueOf: deps.publishedCatalogueOf,
  });
  const review = createShopReviewService({
    ...serviceDeps,
    shopsService: service,
    mail: deps.mail,
    publicUrl: deps.publicUrl,
  });
  const images = createShopImagesService({ ...serviceDeps, shopsService: service });
  const router = Router();
  router.use(createShopsRouter({ shops: service, shopImages: images }));
  router.use(createShopReviewRouter({ review }));
  return {
    directory,
    service,
    router,
  };
}

export type ShopsModule = ReturnType<typeof createShopsModule>;
