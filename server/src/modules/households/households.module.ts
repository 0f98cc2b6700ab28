import type { MunicipalityHousehold } from '@e-galleria/shared/households';
import type { Actor } from '../auth/access.port.ts';
import type { Database } from '../../db/database.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { createAssistedHouseholdsService } from './assisted-households.service.ts';
import { createEligibilityDecisionsService } from './eligibility-decisions.service.ts';
import type { HouseholdAreas } from './households.port.ts';
import { createHouseholdsRepository } from './households.repository.ts';
import { createHouseholdsRouter } from './households.router.ts';
import { createHouseholdsService } from './households.service.ts';
import { createResidentHouseholdsService } from './resident-households.service.ts';

/**
 * Households for home delivery (decisions 0020, 0021): residents' delivery addresses and the
 * municipality's eligibility decisions, contacts shop staff take down by phone. Other modules
 * reach it through `service` (checkout's `HouseholdsPort` among its doors).
 */
/** Whom a household id stands for, to the municipality's own admins only. */
export type HouseholdIdentities = {
  identify: (
    actor: Actor | null,
    slug: string,
    householdId: string,
  ) => Promise<MunicipalityHousehold>;
};

export function createHouseholdsModule(deps: {
  database: Database;
  users: UsersService;
  municipalities: MunicipalitiesService;
  shops: ShopDirectory;
  mail: MailService;
  areas: HouseholdAreas;
  publicUrl: string;
  now: () => number;
}) {
  const { database, now } = deps;
  const households = createHouseholdsRepository(database.knex);
  const residents = createResidentHouseholdsService({
    transaction: database.transaction,
    households,
    municipalities: deps.municipalities,
    areas: deps.areas,
    now,
  });
  const decisions = createEligibilityDecisionsService({
    transaction: database.transaction,
    households,
    municipalities: deps.municipalities,
    users: deps.users,
    mail: deps.mail,
    publicUrl: deps.publicUrl,
    now,
  });
  const assisted = createAssistedHouseholdsService({
    households,
    shops: deps.shops,
    areas: deps.areas,
    now,
  });
  return {
    service: createHouseholdsService({ households, residents, users: deps.users, now }),
    router: createHouseholdsRouter({ residents, decisions, assisted }),
    /** The subsidy claim's door: whom a pseudonym stands for, to the municipality's admins. */
    identities: {
      identify: (actor, slug, householdId) => decisions.identify(actor, slug, householdId),
    } satisfies HouseholdIdentities,
  };
}
