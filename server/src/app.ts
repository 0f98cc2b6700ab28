import express, { Router } from 'express';
import cookieParser from 'cookie-parser';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { createRateLimitFactory } from './db/rate-limiter.ts';
import { createWriteGeneration } from './db/write-generation.ts';
import { clientApp } from './http/client-app.ts';
import { compressResponses } from './http/compress-responses.ts';
import { crossSiteProtection } from './http/cross-site-protection.ts';
import { jsonBody } from './http/json-body.ts';
import { createPublicReadCache } from './http/public-read-cache.ts';
import { apiNotFound, createErrorHandler } from './http/problem.ts';
import { assignRequestId } from './http/request-context.ts';
import { securityHeaders } from './http/security-headers.ts';
import { serveStoredFiles } from './http/stored-files.ts';
import { createSessionCookie, loadActor } from './http/session-cookie.ts';
import type { FileStorage } from './integrations/file-storage.ts';
import { createImagePipeline } from './integrations/images.ts';
import type { MailTransport } from './integrations/mail-transport.ts';
import type { PaymentGateway } from './integrations/payments.ts';
import type { PasswordHasher } from './integrations/password-hasher.ts';
import { createLoggingSmsSender, type SmsSender } from './integrations/sms.ts';
import { createAuditRepository } from './modules/audit/audit.repository.ts';
import { createAuditRouter } from './modules/audit/audit.router.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { createAuthRouter } from './modules/auth/auth.router.ts';
import { createCatalogueModule } from './modules/catalogue/catalogue.module.ts';
import { createCounterModule } from './modules/counter/counter.module.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createSessionsRepository } from './modules/auth/sessions.repository.ts';
import { createSessionsService } from './modules/auth/sessions.service.ts';
import { createDevMailboxRouter } from './modules/dev/dev-mailbox.router.ts';
import { createFulfilmentModule } from './modules/fulfilment/fulfilment.module.ts';
import { createHealthRouter } from './modules/health/health.router.ts';
import { createImagesRepository } from './modules/images/images.repository.ts';
import { createImagesService } from './modules/images/images.service.ts';
import { removeOrphanImages } from './modules/images/orphan-images.ts';
import { createInvitationsRepository } from './modules/invitations/invitations.repository.ts';
import { createInvitationsRouter } from './modules/invitations/invitations.router.ts';
import { createInvitationsService } from './modules/invitations/invitations.service.ts';
import { createMailService } from './modules/mail/mail.service.ts';
import { createOutboxRepository } from './modules/mail/outbox.repository.ts';
import { createPaymentsModule } from './modules/payments/payments.module.ts';
import { createMunicipalitiesRepository } from './modules/municipalities/municipalities.repository.ts';
import { createMunicipalitiesRouter } from './modules/municipalities/municipalities.router.ts';
import { createOrdersModule } from './modules/orders/orders.module.ts';
import { createMunicipalitiesService } from './modules/municipalities/municipalities.service.ts';
import { createServicePointInvitationScope } from './modules/service-points/service-point-invitation-scope.ts';
import { createServicePointsRepository } from './modules/service-points/service-points.repository.ts';
import { createServicePointsRouter } from './modules/service-points/service-points.router.ts';
import { createServicePointsService } from './modules/service-points/service-points.service.ts';
import { createShopImagesService } from './modules/shops/shop-images.service.ts';
import { createShopInvitationScope } from './modules/shops/shop-invitation-scope.ts';
import { createShopReviewRouter } from './modules/shops/shop-review.router.ts';
import { createShopReviewService } from './modules/shops/shop-review.service.ts';
import { createShopsRepository } from './modules/shops/shops.repository.ts';
import { createShopsRouter } from './modules/shops/shops.router.ts';
import { createShopsService } from './modules/shops/shops.service.ts';
import { createUsersRepository } from './modules/users/users.repository.ts';

export type AppDeps = {
  config: Config;
  database: Database;
  logger: Logger;
  hasher: PasswordHasher;
  files: FileStorage;
  mailTransport: MailTransport | null;
  /** Stripe, or null when no keys are configured: then only pay at pickup is offered. */
  paymentGateway: PaymentGateway | null;
  /** Text messages; a logging stand-in until an SMS provider is chosen. */
  smsSender?: SmsSender;
  /** The built storefront to serve, or null for an API-only app (as API tests build it). */
  clientDir: string | null;
  now?: () => number;
};

/**
 * Writes to these never change what a public page shows, so they leave cached public reads
 * alone (server/src/db/write-generation.ts). A table missing here only costs cache hits.
 */
const tablesPublicPagesNeverShow = [
  'sessions',
  'rate_limits',
  'outbox_messages',
  'audit_events',
  'invitations',
  'password_reset_tokens',
  'role_assignments',
  'users',
  'catalogue_imports',
  'handovers',
  'handover_confirmations',
  'baskets',
  'basket_items',
  'checkouts',
  'shop_orders',
  'order_lines',
  'order_status_events',
  'payment_events',
  'shop_payment_accounts',
];

/** Wires repositories → services → routers. No listening, no globals: tests build their own. */
export function createApp(deps: AppDeps) {
  const { config, database, logger, hasher, files } = deps;
  const { knex } = database;
  const now = deps.now ?? Date.now;
  const isProduction = config.env === 'production';

  const users = createUsersRepository(knex);
  const sessionsRepository = createSessionsRepository(knex);
  const mail = createMailService({
    outbox: createOutboxRepository(knex),
    transport: deps.mailTransport,
    logger,
    now,
  });
  const images = createImagesService({
    pipeline: createImagePipeline({ storage: files }),
    images: createImagesRepository(knex),
    storage: files,
    now,
  });
  const municipalities = createMunicipalitiesService({
    municipalities: createMunicipalitiesRepository(knex),
    images,
    now,
  });
  const sessions = createSessionsService({ sessions: sessionsRepository, users, now });
  const auth = createAuthService({
    knex,
    users,
    sessions: sessionsRepository,
    hasher,
    mail,
    rateLimits: createRateLimitFactory(knex),
    publicUrl: config.publicUrl,
    regionId: municipalities.regionId,
    now,
  });
  const audit = createAuditService({ audit: createAuditRepository(knex), municipalities, now });
  const shopsRepository = createShopsRepository(knex);
  const servicePointsRepository = createServicePointsRepository(knex);
  const invitations = createInvitationsService({
    knex,
    invitations: createInvitationsRepository(knex),
    users,
    municipalities,
    scopes: {
      shop: createShopInvitationScope({ shops: shopsRepository, audit }),
      service_point: createServicePointInvitationScope({
        servicePoints: servicePointsRepository,
        audit,
      }),
    },
    hasher,
    mail,
    publicUrl: config.publicUrl,
    now,
  });
  const shopDeps = {
    knex,
    shops: shopsRepository,
    municipalities,
    invitations,
    audit,
    images,
    now,
  };
  const shops = createShopsService(shopDeps);
  const shopReview = createShopReviewService({ ...shopDeps, shopsService: shops });
  const shopImages = createShopImagesService({ ...shopDeps, shopsService: shops });
  const payments = createPaymentsModule({
    knex,
    gateway: deps.paymentGateway,
    shops: shopsRepository,
    municipalities,
    publicUrl: config.publicUrl,
    now,
  });
  const publicReads = createPublicReadCache({
    generation: createWriteGeneration(knex, { ignoredTables: tablesPublicPagesNeverShow }).current,
    // Bounds what this process cannot see: other app servers' writes on PostgreSQL.
    ttlMs: 5_000,
    maxBytes: 32 * 1024 * 1024,
  });
  const catalogue = createCatalogueModule({ database, municipalities, images, publicReads, now });
  const servicePoints = createServicePointsService({
    knex,
    servicePoints: servicePointsRepository,
    shops: shopsRepository,
    users,
    municipalities,
    invitations,
    audit,
    now,
  });
  const fulfilment = createFulfilmentModule({
    knex,
    reader: database.reader,
    shops: shopsRepository,
    audit,
    now,
  });
  const orders = createOrdersModule({
    dialect: database.dialect,
    knex,
    reader: database.reader,
    groupedTransaction: database.groupedTransaction,
    images,
    mail,
    optionsForShop: fulfilment.service.optionsForShop,
    payments,
    publicUrl: config.publicUrl,
    isSecure: isProduction,
    logger,
    municipalities,
    now,
  });
  const counter = createCounterModule({
    knex,
    servicePoints: servicePointsRepository,
    mail,
    sms: deps.smsSender ?? createLoggingSmsSender(logger),
    rateLimits: createRateLimitFactory(knex, now),
    publicUrl: config.publicUrl,
    logger,
    now,
  });
  const cookie = createSessionCookie(isProduction);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(assignRequestId);
  app.use(
    pinoHttp({
      logger,
      genReqId: (request) => (request as express.Request).requestId,
      // Never log headers: they carry session cookies.
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          url: request.url,
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500
          ? 'error'
          : response.statusCode >= 400
            ? 'warn'
            : 'info',
    }),
  );
  app.use(securityHeaders(isProduction, config.map?.tileOrigin ?? null));
  app.use(compressResponses());

  const v1 = Router();
  v1.use(createAuthRouter({ auth, sessions, users, cookie }));
  v1.use(createMunicipalitiesRouter({ municipalities }));
  v1.use(catalogue.router);
  v1.use(createInvitationsRouter({ invitations, sessions, cookie }));
  v1.use(createShopsRouter({ shops, shopImages }));
  v1.use(fulfilment.router);
  v1.use(orders.router);
  v1.use(createShopReviewRouter({ review: shopReview }));
  v1.use(createServicePointsRouter({ servicePoints, map: config.map }));
  v1.use(counter.router);
  v1.use(createAuditRouter({ audit }));
  v1.use(payments.router);
  if (config.isDemo) v1.use(createDevMailboxRouter({ mail }));

  // Before the API's JSON parser and cross-site check: Stripe signs the raw bytes.
  app.use(payments.webhookRouter);

  const api = Router();
  api.use(crossSiteProtection(config.publicUrl));
  api.use(jsonBody('64kb'));
  api.use(cookieParser());
  api.use(loadActor(cookie, sessions));
  api.use(createHealthRouter({ database }));
  api.use('/v1', v1);
  api.use(apiNotFound);
  app.use('/api', api);

  app.use('/files', serveStoredFiles(files.root));
  if (deps.clientDir) app.use(clientApp(deps.clientDir));
  app.use(createErrorHandler(logger));

  return {
    app,
    services: {
      mail,
      municipalities,
      images,
      sessionsRepository,
      fulfilment: fulfilment.service,
      payments,
      orders,
      imports: catalogue.imports,
      /** Hourly: images nobody uses any more, and their files. */
      removeOrphanImages: () => removeOrphanImages({ knex, storage: files, now: now() }),
      counter,
    },
  };
}
