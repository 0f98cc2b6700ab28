import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { createRateLimitFactory, deleteExpiredRateLimits } from './db/rate-limiter.ts';
import { createWriteGeneration } from './db/write-generation.ts';
import { createKnownBrowserCookie } from './http/known-browser.ts';
import { isFound, type PageLookups } from './http/page-status.ts';
import { createPublicReadCache } from './http/public-read-cache.ts';
import { tablesPublicPagesNeverShow } from './http/public-read-tables.ts';
import { createPrivateCookie, type SessionCookie } from './http/session-cookie.ts';
import type { FileStorage } from './integrations/file-storage.ts';
import type { MailTransport } from './integrations/mail-transport.ts';
import type { PaymentGateway } from './integrations/payments.ts';
import type { PasswordHasher } from './integrations/password-hasher.ts';
import type { SmsSender } from './integrations/sms.ts';
import { scheduledJobs } from './jobs/scheduled-jobs.ts';
import { createAuditModule } from './modules/audit/audit.module.ts';
import { createAuthModule } from './modules/auth/auth.module.ts';
import { createBasketModule } from './modules/basket/basket.module.ts';
import { createCarrierReportsModule } from './modules/carrier-reports/carrier-reports.module.ts';
import { createCatalogueModule } from './modules/catalogue/catalogue.module.ts';
import { createCounterModule } from './modules/counter/counter.module.ts';
import { createDeliveriesModule } from './modules/deliveries/deliveries.module.ts';
import { createParcelStatistics } from './modules/counter/parcel-statistics.service.ts';
import { createDeliveryStatistics } from './modules/deliveries/delivery-statistics.service.ts';
import { createDevModule } from './modules/dev/dev.module.ts';
import { createFulfilmentModule } from './modules/fulfilment/fulfilment.module.ts';
import { createHomeDeliveryModule } from './modules/home-delivery/home-delivery.module.ts';
import { createHouseholdsModule } from './modules/households/households.module.ts';
import { createImagesModule } from './modules/images/images.module.ts';
import { createInvitationsModule } from './modules/invitations/invitations.module.ts';
import { createMailModule } from './modules/mail/mail.module.ts';
import { createMunicipalitiesModule } from './modules/municipalities/municipalities.module.ts';
import { createOrdersModule } from './modules/orders/orders.module.ts';
import { createGalleriaStatistics } from './modules/orders/reports/galleria-statistics.service.ts';
import { createOrderRecords } from './modules/orders/orders.service.ts';
import { createPaymentsModule } from './modules/payments/payments.module.ts';
import { createServicePointsModule } from './modules/service-points/service-points.module.ts';
import { createServiceRequestsModule } from './modules/service-requests/service-requests.module.ts';
import { createShopsModule } from './modules/shops/shops.module.ts';
import { createStatisticsModule } from './modules/statistics/statistics.module.ts';
import { createSubsidyModule } from './modules/subsidy/subsidy.module.ts';
import { createSubsidyClaimsModule } from './modules/subsidy-claims/subsidy-claims.module.ts';
import { createApprovedReportsService } from './modules/carrier-reports/approved-reports.service.ts';
import { createHouseholdPlacesService } from './modules/households/household-places.service.ts';
import { createLocalityPlacesService } from './modules/home-delivery/locality-places.service.ts';
import { createUsersModule } from './modules/users/users.module.ts';
import { createToDoModule } from './modules/to-do/to-do.module.ts';
import { createShopToDo } from './modules/shops/shop-to-do.service.ts';
import { createHouseholdToDo } from './modules/households/household-to-do.service.ts';
import { createCarrierReportToDo } from './modules/carrier-reports/carrier-report-to-do.service.ts';

export type ModuleDeps = {
  config: Config;
  database: Database;
  logger: Logger;
  hasher: PasswordHasher;
  files: FileStorage;
  mailTransport: MailTransport | null;
  /** Stripe, or null when no keys are configured: then only pay at pickup is offered. */
  paymentGateway: PaymentGateway | null;
  smsSender: SmsSender;
  cookie: SessionCookie;
  now: () => number;
};

/**
 * The module graph (docs/decisions/0019): each module is built from the database and the
 * doors of the modules it uses, lowest first. Where two modules need each other — the
 * catalogue lists free slots by the seats the basket counts, the basket adds goods from the
 * catalogue — the lower one gets a port that calls the higher one when a request comes.
 */
export function composeModules(deps: ModuleDeps) {
  const { config, database, logger, now } = deps;
  const { publicUrl } = config;
  const guestCookie = createPrivateCookie('galleria_basket', config.env === 'production');

  const users = createUsersModule({ database });
  const mail = createMailModule({
    database,
    transport: deps.mailTransport,
    logger,
    now,
    // Tests that shorten the jobs' periods take a dead sender's mail back as soon.
    ...(config.testJobPeriodMs ? { claimTimeLimitMs: 10 * config.testJobPeriodMs } : {}),
  });
  const images = createImagesModule({ database, storage: deps.files, now });
  const municipalities = createMunicipalitiesModule({ database, images: images.service, now });
  const auth = createAuthModule({
    database,
    users: users.service,
    mail: mail.service,
    hasher: deps.hasher,
    cookie: deps.cookie,
    knownBrowser: createKnownBrowserCookie({
      secret: config.serverSecret,
      isSecure: config.env === 'production',
      now,
    }),
    publicUrl,
    regionId: municipalities.service.regionId,
    now,
  });
  const audit = createAuditModule({ database, municipalities: municipalities.service, now });
  const invitations = createInvitationsModule({
    database,
    users: users.service,
    municipalities: municipalities.service,
    sessions: auth.sessions,
    cookie: deps.cookie,
    hasher: deps.hasher,
    mail: mail.service,
    publicUrl,
    now,
  });
  const moduleServices = {
    municipalities: municipalities.service,
    invitations: invitations.service,
    audit: audit.service,
  };
  const shops = createShopsModule({
    database,
    ...moduleServices,
    images: images.service,
    reindexProductsOf: (trx, shop) => catalogue.products.reindexShop(trx, shop),
    publishedCatalogueOf: (shopId) => catalogue.products.publishedCountsOf(shopId),
    mail: mail.service,
    publicUrl,
    now,
  });
  const servicePoints = createServicePointsModule({
    database,
    ...moduleServices,
    shops: shops.directory,
    users: users.service,
    map: config.map,
    now,
  });
  const payments = createPaymentsModule({
    database,
    gateway: deps.paymentGateway,
    shops: shops.directory,
    municipalities: municipalities.service,
    publicUrl,
    now,
  });
  const publicReads = createPublicReadCache({
    generation: createWriteGeneration(database.knex, {
      ignoredTables: tablesPublicPagesNeverShow,
      // Other app servers' writes on PostgreSQL (decision 0049).
      notices: database.writeNotices,
    }).current,
    // A safety net for another app server's write whose notice went missing.
    ttlMs: 5_000,
    maxBytes: 32 * 1024 * 1024,
  });
  const catalogue = createCatalogueModule({
    database,
    shops: shops.directory,
    municipalities: municipalities.service,
    images: images.service,
    publicReads,
    takenSeats: (...args) => basket.service.takenSeats(...args),
    now,
    logger,
  });
  const orderRecords = createOrderRecords({ database, now });
  const basket = createBasketModule({
    database,
    products: catalogue.products,
    orders: orderRecords,
    images: images.service,
    cardPaymentFor: payments.gateway ? payments.connect.canTakeCards : null,
    guestCookie,
    now,
  });
  const fulfilment = createFulfilmentModule({
    database,
    shops: shops.directory,
    servicePoints: servicePoints.directory,
    audit: audit.service,
    now,
  });
  const homeDelivery = createHomeDeliveryModule({
    database,
    municipalities: municipalities.service,
    shops: shops.directory,
    invitations: invitations.service,
    users: users.service,
    audit: audit.service,
    now,
  });
  const households = createHouseholdsModule({
    database,
    users: users.service,
    municipalities: municipalities.service,
    shops: shops.directory,
    mail: mail.service,
    areas: homeDelivery.areas,
    publicUrl,
    now,
  });
  const counter = createCounterModule({ database });
  const deliveries = createDeliveriesModule({
    database,
    carriers: homeDelivery.carrierDirectory,
    shops: shops.directory,
    mail: mail.service,
    regionId: municipalities.service.regionId,
    publicUrl,
    now,
  });
  const orders = createOrdersModule({
    database,
    homeDelivery: homeDelivery.offers,
    households: households.service,
    deliveryNotes: deliveries.notes,
    baskets: basket.service,
    stock: catalogue.stock,
    vatRates: catalogue.vatRates,
    fulfilment: fulfilment.service,
    handovers: counter.handovers,
    shops: shops.directory,
    payments,
    mail: mail.service,
    municipalities: municipalities.service,
    regionAdmins: users.service.listRegionAdmins,
    guestCookie,
    publicUrl,
    logger,
    now,
  });
  // A service at home on request is asked for here, not ordered (decision 0071).
  const serviceRequests = createServiceRequestsModule({
    database,
    products: catalogue.products,
    shops: shops.directory,
    mail: mail.service,
    rateLimits: createRateLimitFactory(database.knex, now),
    publicUrl,
    now,
  });
  const subsidy = createSubsidyModule({ database, municipalities: municipalities.service, now });
  const statistics = createStatisticsModule({
    galleria: createGalleriaStatistics({ database }),
    parcels: createParcelStatistics({ database }),
    deliveries: createDeliveryStatistics({ database }),
    municipalities: municipalities.service,
    servicePoints: servicePoints.directory,
    shops: shops.directory,
    now,
  });
  const counterDesk = counter.withOrders({
    servicePoints: servicePoints.directory,
    lifecycle: orders.lifecycle,
    mail: mail.service,
    sms: deps.smsSender,
    rateLimits: createRateLimitFactory(database.knex, now),
    publicUrl,
    logger,
    now,
  });

  const deliveryDesk = deliveries.withOrders({ lifecycle: orders.lifecycle });
  const carrierReports = createCarrierReportsModule({
    database,
    carriers: homeDelivery.carrierDirectory,
    months: deliveries.months,
    corrections: deliveries.corrections,
    municipalities: municipalities.service,
    users: users.service,
    mail: mail.service,
    publicUrl,
    now,
  });
  // The claim's doors into the modules that own what it reads (decision 0043), built here like
  // the statistics' so those modules' composition stays as it is.
  const subsidyClaims = createSubsidyClaimsModule({
    approvedReports: createApprovedReportsService({ database }),
    households: createHouseholdPlacesService({ database }),
    identities: households.identities,
    localities: createLocalityPlacesService({ database }),
    rules: subsidy.service,
    municipalities: municipalities.service,
    now,
  });
  // What waits on a municipality, from the doors of the modules that own the work, built here
  // like the claim's so their composition stays as it is.
  const toDo = createToDoModule({
    sources: [
      createShopToDo({ database }),
      createHouseholdToDo({ database }),
      createCarrierReportToDo({ database }),
    ],
    municipalities: municipalities.service,
  });

  const jobs = {
    /** Every 10 s: mail in the outbox. */
    deliverMail: () => mail.service.deliverPending(),
    /** Every minute: unpaid reservations and card money; handovers made ready, reminders. */
    orderHousekeeping: () => orders.housekeeping(),
    counterHousekeeping: () => counterDesk.housekeeping(),
    /** Every minute: "on its way today" on the morning of each delivery day. */
    deliveryNotices: () => deliveryDesk.housekeeping(),
    /**
     * Every hour: expired sessions and rate-limit counters, images nobody uses, households
     * without an account nobody ordered to for over a year (decision 0021), orders past their
     * seven years (decision 0057), order steps' network and device after 540 days (0016),
     * mail sent, given up or kept that was written over 90 days ago (0064), service requests
     * made over 180 days ago (0071).
     */
    hourly: () =>
      Promise.all([
        auth.sessions.deleteExpired(),
        mail.service.eraseOldMail(),
        auth.deleteFinishedRegistrations(),
        deleteExpiredRateLimits(database.knex, now()),
        images.removeOrphans(),
        households.service.eraseUnusedContacts(),
        serviceRequests.service.eraseOld(),
        // One after the other: both write order steps, and on PostgreSQL two sweeps taking
        // the same rows in different orders could deadlock each other.
        orders.retention.erasePastRetention().then(() => orders.retention.clearOldStepOrigins()),
      ]),
    /** Every night: words no product uses any more leave the search's vocabulary (0061). */
    nightly: () => catalogue.vocabulary.sweep(),
  };

  return {
    sessions: auth.sessions,
    /** Also keeps the storefront's pages rendered on the server (rendered-pages.ts). */
    publicReads,
    /** The /api/v1 routers, in the order they are mounted. */
    routers: [
      auth.router,
      municipalities.router,
      catalogue.router,
      invitations.router,
      shops.router,
      fulfilment.router,
      basket.router,
      orders.router,
      serviceRequests.router,
      servicePoints.router,
      counterDesk.router,
      audit.router,
      payments.router,
      households.router,
      homeDelivery.router,
      deliveryDesk.router,
      carrierReports.router,
      subsidy.router,
      subsidyClaims.router,
      toDo.router,
      statistics.router,
      ...(config.isDemo ? [createDevModule({ mail: mail.service }).router] : []),
    ],
    /** Whether what a storefront page shows exists: its HTTP status (http/page-status.ts). */
    pages: {
      municipality: (slug: string) => isFound(() => municipalities.service.findOrThrow(slug)),
      shop: (slug: string, shopSlug: string) =>
        isFound(() => shops.service.getPublic(slug, shopSlug)),
      servicePoint: (pointSlug: string) =>
        isFound(() => servicePoints.service.getPublic(pointSlug)),
      product: (productId: string) => isFound(() => catalogue.listing.publishedPage(productId)),
    } satisfies Omit<PageLookups, 'isDemo'>,
    /** Before the API's JSON parser and cross-site check: Stripe signs the raw bytes. */
    webhookRouter: payments.webhookRouter,
    /**
     * What runs outside requests: tests call these directly; `jobDefinitions` hands them to the
     * job runner (jobs/, decision 0046), which runs each once per period across all instances.
     */
    jobs,
    jobDefinitions: scheduledJobs(jobs, config.jobs.retryLimit, config.testJobPeriodMs),
    /** Doors that tests and jobs drive directly. */
    services: {
      mail: mail.service,
      municipalities: municipalities.service,
      invitations: invitations.service,
      images: images.service,
      fulfilment: fulfilment.service,
      basket: basket.service,
      payments,
      orders,
      imports: catalogue.imports,
      removeOrphanImages: images.removeOrphans,
      /** The nightly sweep of the search's vocabulary (decision 0061). */
      sweepSearchVocabulary: catalogue.vocabulary.sweep,
      counter: counterDesk,
      deliveries: deliveryDesk,
      /** Checkout's household for a home delivery (`HouseholdsPort`), orders by phone, erasure. */
      households: households.service,
      /** Residents' requests for a service at home (decision 0071); the hourly erasure. */
      serviceRequests: serviceRequests.service,
      /** The carriers as the deliveries module asks for them (`CarrierDirectory`). */
      carriers: homeDelivery.carrierDirectory,
      /** Checkout's question to home delivery's set-up (`HomeDeliveryOffers`). */
      homeDeliveryOffers: homeDelivery.offers,
    },
  };
}
