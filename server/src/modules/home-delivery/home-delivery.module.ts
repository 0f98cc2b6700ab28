import type { Database } from '../../db/database.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { InvitationsService } from '../invitations/invitations.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { createAgreementsService } from './agreements.service.ts';
import { createCarrierInvitationScope } from './carrier-invitation-scope.ts';
import { createCarrierStaffService } from './carrier-staff.service.ts';
import { createCarriersRepository } from './carriers.repository.ts';
import { createCarriersService } from './carriers.service.ts';
import { createDeliveryZonesRepository } from './delivery-zones.repository.ts';
import { createHomeDeliveryOffersService } from './home-delivery-offers.service.ts';
import { createHomeDeliveryRouter } from './home-delivery.router.ts';
import { createMunicipalitySetupService } from './municipality-setup.service.ts';
import { createShopHomeDeliveryRepository } from './shop-home-delivery.repository.ts';
import { createShopHomeDeliveryService } from './shop-home-delivery.service.ts';

/**
 * Home delivery's set-up (decision 0020): the municipality's settings, zones, carriers and
 * agreements, and the shops' opt-in. Other modules reach it through the doors it fills:
 * checkout's `HomeDeliveryOffers`, households' `HouseholdAreas`, deliveries' `CarrierDirectory`.
 */
export function createHomeDeliveryModule(deps: {
  database: Database;
  municipalities: MunicipalitiesService;
  shops: ShopDirectory;
  invitations: InvitationsService;
  users: UsersService;
  audit: AuditService;
  now: () => number;
}) {
  const { database, municipalities, shops, now } = deps;
  const zones = createDeliveryZonesRepository(database.knex);
  const carrierRows = createCarriersRepository(database.knex);
  const shopDelivery = createShopHomeDeliveryRepository(database.knex);
  const setup = createMunicipalitySetupService({
    transaction: database.transaction,
    zones,
    carriers: carrierRows,
    shopDelivery,
    municipalities,
    audit: deps.audit,
    now,
  });
  const agreements = createAgreementsService({
    transaction: database.transaction,
    shopDelivery,
    shops,
    setup,
    now,
  });
  const carriers = createCarriersService({
    transaction: database.transaction,
    carriers: carrierRows,
    zones,
    shopDelivery,
    setup,
    now,
  });
  deps.invitations.addScope('carrier', createCarrierInvitationScope({ carriers: carrierRows }));
  const staff = createCarrierStaffService({
    transaction: database.transaction,
    carriers: carrierRows,
    setup,
    invitations: deps.invitations,
    users: deps.users,
  });
  const shopOptIn = createShopHomeDeliveryService({
    transaction: database.transaction,
    zones,
    carriers: carrierRows,
    shopDelivery,
    municipalities,
    shops,
    now,
  });
  const offers = createHomeDeliveryOffersService({
    zones,
    carriers: carrierRows,
    shopDelivery,
    municipalities,
    shops,
    now,
  });
  return {
    /** Checkout's door (orders/home-delivery.port.ts). */
    offers: offers.offers,
    /** The households module's door (households/households.port.ts). */
    areas: offers.areas,
    /** The deliveries module's door (deliveries/carriers.port.ts). */
    carrierDirectory: carriers.directory,
    router: createHomeDeliveryRouter({ setup, agreements, carriers, staff, shopOptIn, offers }),
  };
}
