import type { Knex } from 'knex';
import type { FrontPage, MunicipalityStatus } from '@e-galleria/shared/municipalities';
import type { Role, ScopeType } from '@e-galleria/shared/roles';
import { slugify } from '@e-galleria/shared/slugify';
import { newId } from '../db/ids.ts';
import type { FileStorage } from '../integrations/file-storage.ts';
import type { PasswordHasher } from '../integrations/password-hasher.ts';
import { defaultFrontPage } from '../modules/municipalities/municipalities.service.ts';
import { createMunicipalitiesRepository } from '../modules/municipalities/municipalities.repository.ts';
import { createUsersRepository } from '../modules/users/users.repository.ts';
import { seedDemoCatalogue } from './demo-catalogue.ts';
import { seedDemoFulfilment } from './demo-fulfilment.ts';
import { drawDemoPictures } from './demo-pictures.ts';
import { seedDemoDeliveryHistory } from './demo-deliveries.ts';
import { seedDemoHomeDelivery } from './demo-home-delivery.ts';
import { seedDemoHouseholds } from './demo-households.ts';
import { seedDemoServiceRequests } from './demo-service-requests.ts';
import { seedDemoServicePoints } from './demo-service-points.ts';
import { seedDemoShops } from './demo-shops.ts';

/** Every demo account has this password (DESIGN §7). Demo mode only. */
export const demoPassword = 'galleria-demo';

const municipalityNames = [
  'Arjeplog',
  'Arvidsjaur',
  'Boden',
  'Gällivare',
  'Haparanda',
  'Jokkmokk',
  'Kalix',
  'Kiruna',
  'Luleå',
  'Pajala',
  'Piteå',
  'Älvsbyn',
  'Överkalix',
  'Övertorneå',
];
const activeMunicipalities = new Set(['Arjeplog', 'Arvidsjaur', 'Gällivare']);

const frontPages: Record<string, FrontPage> = {
  Arjeplog: {
    title: { sv: 'Handla lokalt i Arjeplog', en: 'Shop locally in Arjeplog' },
    intro: {
      sv: 'Livsmedel, järnvaror, fisk och vilt, bröd och tjänster från Arjeplogs butiker. Hämta i butiken eller i din by – i Laisvall, Slagnäs, Jäckvik, Mellanström eller Adolfström – eller få varorna hemkörda.',
      en: 'Groceries, hardware, fish and game, bread and services from the shops of Arjeplog. Collect in the shop or in your village – Laisvall, Slagnäs, Jäckvik, Mellanström or Adolfström – or have them delivered home.',
    },
  },
  // Gällivare is in the Finnish administrative area: its page speaks Finnish too (Jällivaara
  // is the Finnish name). Arjeplog's has none, so a Finnish reader sees its Swedish text.
  Gällivare: {
    title: {
      sv: 'Gällivares e-galleria',
      en: 'The Gällivare e-galleria',
      fi: 'Jällivaaran e-galleria',
    },
    intro: {
      sv: 'Butikerna i Gällivare samlade på ett ställe, med utlämning i byarna.',
      en: 'The shops of Gällivare in one place, with pickup in the villages.',
      fi: 'Jällivaaran kaupat yhdessä paikassa, ja noudot kylien palvelupisteistä.',
    },
  },
};

type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  scope: { type: ScopeType; municipality?: string };
};

/** Fictitious people only: invented names, example.se addresses. */
const demoAccounts: DemoAccount[] = [
  {
    email: 'region@example.se',
    name: 'Regina Regionsson',
    role: 'region_admin',
    scope: { type: 'region' },
  },
  {
    email: 'kommun@arjeplog.example.se',
    name: 'Kerstin Kommunberg',
    role: 'municipality_admin',
    scope: { type: 'municipality', municipality: 'arjeplog' },
  },
  {
    email: 'kommun@gallivare.example.se',
    name: 'Göran Gällström',
    role: 'municipality_admin',
    scope: { type: 'municipality', municipality: 'gallivare' },
  },
  {
    email: 'boende@arjeplog.example.se',
    name: 'Britt Bymark',
    role: 'resident',
    scope: { type: 'region' },
  },
];

/**
 * Seeds the fictitious Norrbotten region on an empty database; does nothing when a region
 * exists, so a restart never duplicates or overwrites what people have changed. With `files`,
 * the shops and most products get pictures, stored there (demo-pictures.ts).
 */
export async function seedDemoRegion(
  knex: Knex,
  hasher: PasswordHasher,
  options: {
    now?: number;
    files?: FileStorage;
    /** A quarter of past home deliveries and runs (the demo's, not the tests' template). */
    deliveryHistory?: boolean;
  } = {},
): Promise<boolean> {
  const { now = Date.now(), files } = options;
  if (await knex('regions').first('id')) return false;
  const [passwordHash, pictures] = await Promise.all([
    hasher.hash(demoPassword),
    files ? drawDemoPictures(knex, files, now) : null,
  ]);
  await knex.transaction(async (trx) => {
    const regionId = newId();
    await trx('regions').insert({
      id: regionId,
      slug: 'norrbotten',
      name: 'Norrbotten',
      created_at: now,
    });
    const municipalities = createMunicipalitiesRepository(trx);
    const idBySlug = new Map<string, string>();
    for (const name of municipalityNames) {
      const status: MunicipalityStatus = activeMunicipalities.has(name) ? 'active' : 'onboarding';
      const row = await municipalities.insert(
        {
          regionId,
          slug: slugify(name),
          name,
          status,
          frontPage: frontPages[name] ?? defaultFrontPage(name),
          now,
        },
        trx,
      );
      idBySlug.set(row.slug, row.id);
    }
    await trx('municipalities').where({ slug: 'arjeplog' }).update({
      contact_email: 'e-galleria@arjeplog.example.se',
      contact_phone: '0961-100 00',
      primary_color: '#1d4f91',
    });
    await trx('municipalities').where({ slug: 'gallivare' }).update({
      contact_email: 'e-galleria@gallivare.example.se',
      contact_phone: '0970-100 00',
      primary_color: '#7a1f3d',
    });

    const users = createUsersRepository(trx);
    for (const account of demoAccounts) {
      const user = await users.insert(
        { email: account.email, name: account.name, passwordHash, locale: 'sv', now },
        trx,
      );
      const scopeId =
        account.scope.type === 'region' ? regionId : idBySlug.get(account.scope.municipality ?? '');
      if (!scopeId) throw new Error(`Demo account ${account.email} names an unknown scope.`);
      await users.addRole(
        { userId: user.id, role: account.role, scopeType: account.scope.type, scopeId, now },
        trx,
      );
    }
    await seedDemoShops(trx, idBySlug, passwordHash, now);
    await seedDemoServicePoints(trx, idBySlug, passwordHash, now);
    await seedDemoFulfilment(trx, now);
    await seedDemoCatalogue(trx, now);
    await seedDemoServiceRequests(trx, now);
    await pictures?.linkTo(trx);
    const arjeplogId = idBySlug.get('arjeplog');
    if (!arjeplogId) throw new Error('Demo households need Arjeplog.');
    await seedDemoHouseholds(trx, { municipalityId: arjeplogId, regionId, passwordHash, now });
    await seedDemoHomeDelivery(trx, { municipalityId: arjeplogId, passwordHash, now });
    if (options.deliveryHistory)
      await seedDemoDeliveryHistory(trx, { municipalityId: arjeplogId, now });
  });
  return true;
}
