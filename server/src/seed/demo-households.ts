import type { Knex } from 'knex';
import type { EligibilityReason } from '@e-galleria/shared/household-eligibility';
import { newHouseholdRow } from '../modules/households/household-rows.ts';
import { createHouseholdsRepository } from '../modules/households/households.repository.ts';
import { createUsersRepository } from '../modules/users/users.repository.ts';

type DemoHousehold = {
  name: string;
  /** The resident's account; the demo resident's already exists. */
  email: string;
  street: string;
  postalCode: string;
  village: string;
  doorCode?: string;
  driverNote?: string;
  /** From the range PTS keeps for fiction (070-174 06 05 – 070-174 06 99): nobody's number. */
  phone: string;
  reason: EligibilityReason;
  /** Approved by the municipality, or still waiting for a decision. */
  isApproved: boolean;
  /** When they applied, in days before the seed's `now`. */
  appliedDaysAgo: number;
};

const day = 24 * 60 * 60 * 1000;

/**
 * Ten invented households in Arjeplog's villages (DESIGN §7): eight the municipality approved
 * on different grounds, two waiting for a decision. The demo resident Britt Bymark is one of
 * the approved. Names, streets and e-mail addresses are made up.
 */
const demoHouseholds: DemoHousehold[] = [
  {
    name: 'Britt Bymark',
    email: 'boende@arjeplog.example.se',
    street: 'Storvägen 14',
    postalCode: '93093',
    village: 'Laisvall',
    driverNote: 'Röda huset efter affären, ingång på gaveln.',
    phone: '070-174 06 10',
    reason: 'distance',
    isApproved: true,
    appliedDaysAgo: 120,
  },
  {
    name: 'Edvin Fjällström',
    email: 'edvin.fjallstrom@example.se',
    street: 'Gruvvägen 7',
    postalCode: '93093',
    village: 'Laisvall',
    phone: '070-174 06 11',
    reason: 'age',
    isApproved: true,
    appliedDaysAgo: 300,
  },
  {
    name: 'Signe Vidjeholm',
    email: 'signe.vidjeholm@example.se',
    street: 'Sjövägen 3',
    postalCode: '93091',
    village: 'Slagnäs',
    driverNote: 'Ring på, det tar en stund innan jag kommer till dörren.',
    phone: '070-174 06 12',
    reason: 'no_car',
    isApproved: true,
    appliedDaysAgo: 250,
  },
  {
    name: 'Holger Tjärnberg',
    email: 'holger.tjarnberg@example.se',
    street: 'Fjällvägen 11',
    postalCode: '93092',
    village: 'Jäckvik',
    doorCode: '4711',
    phone: '070-174 06 13',
    reason: 'disability',
    isApproved: true,
    appliedDaysAgo: 200,
  },
  {
    name: 'Maj-Britt Älvlund',
    email: 'majbritt.alvlund@example.se',
    street: 'Byvägen 22',
    postalCode: '93094',
    village: 'Mellanström',
    phone: '070-174 06 14',
    reason: 'age',
    isApproved: true,
    appliedDaysAgo: 180,
  },
  {
    name: 'Ragnar Myrheden',
    email: 'ragnar.myrheden@example.se',
    street: 'Gamla vägen 5',
    postalCode: '93093',
    village: 'Adolfström',
    driverNote: 'Lämna kylväskan i förstugan om jag är ute.',
    phone: '070-174 06 15',
    reason: 'distance',
    isApproved: true,
    appliedDaysAgo: 160,
  },
  {
    name: 'Elsa Granbacka',
    email: 'elsa.granbacka@example.se',
    street: 'Skolvägen 2',
    postalCode: '93091',
    village: 'Slagnäs',
    phone: '070-174 06 16',
    reason: 'other',
    isApproved: true,
    appliedDaysAgo: 90,
  },
  {
    name: 'Torsten Lappmyr',
    email: 'torsten.lappmyr@example.se',
    street: 'Kvarnvägen 9',
    postalCode: '93092',
    village: 'Jäckvik',
    phone: '070-174 06 17',
    reason: 'no_car',
    isApproved: true,
    appliedDaysAgo: 60,
  },
  {
    name: 'Anna-Lena Strömholm',
    email: 'annalena.stromholm@example.se',
    street: 'Strandvägen 4',
    postalCode: '93093',
    village: 'Laisvall',
    phone: '070-174 06 18',
    reason: 'age',
    isApproved: false,
    appliedDaysAgo: 6,
  },
  {
    name: 'Olof Vinterberg',
    email: 'olof.vinterberg@example.se',
    street: 'Myrvägen 17',
    postalCode: '93094',
    village: 'Mellanström',
    doorCode: '1066',
    phone: '070-174 06 19',
    reason: 'disability',
    isApproved: false,
    appliedDaysAgo: 2,
  },
];

/**
 * Seeds Arjeplog's households with home delivery, each a resident's account (created here
 * unless it is the demo resident's) that applied from the account page; the municipality's
 * demo admin decided the approved ones a few days after they applied. Call after the demo
 * accounts exist.
 */
export async function seedDemoHouseholds(
  knex: Knex,
  options: { municipalityId: string; regionId: string; passwordHash: string; now: number },
): Promise<void> {
  const { municipalityId, regionId, passwordHash, now } = options;
  const users = createUsersRepository(knex);
  const households = createHouseholdsRepository(knex);
  const admin = await users.findByEmail('kommun@arjeplog.example.se', knex);
  if (!admin) throw new Error('Seed the demo accounts before the demo households.');
  for (const household of demoHouseholds) {
    const account =
      (await users.findByEmail(household.email, knex)) ??
      (await users.insert(
        { email: household.email, name: household.name, passwordHash, locale: 'sv', now },
        knex,
      ));
    await users.addRole(
      { userId: account.id, role: 'resident', scopeType: 'region', scopeId: regionId, now },
      knex,
    );
    const appliedAt = now - household.appliedDaysAgo * day;
    const createdAt = appliedAt - day;
    const row = newHouseholdRow({
      municipalityId,
      userId: account.id,
      via: 'account',
      createdByUserId: account.id,
      name: household.name,
      address: {
        streetAddress: household.street,
        postalCode: household.postalCode,
        village: household.village,
        phone: household.phone,
        ...(household.doorCode ? { doorCode: household.doorCode } : {}),
        ...(household.driverNote ? { driverNote: household.driverNote } : {}),
      },
      at: createdAt,
    });
    const decidedAt = household.isApproved ? appliedAt + 3 * day : null;
    await households.insert(
      {
        ...row,
        eligibility_status: household.isApproved ? 'approved' : 'applied',
        eligibility_reason: household.reason,
        applied_at: appliedAt,
        decided_at: decidedAt,
        decided_by_user_id: household.isApproved ? admin.id : null,
        last_used_at: now - day,
        updated_at: decidedAt ?? appliedAt,
      },
      knex,
    );
  }
}
