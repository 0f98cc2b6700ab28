import type { Knex } from 'knex';
import type { OpeningHours } from '@e-galleria/shared/shops';
import { slugify } from '@e-galleria/shared/slugify';
import { newId } from '../db/ids.ts';
import { createUsersRepository } from '../modules/users/users.repository.ts';

type DemoShop = {
  municipality: string;
  name: string;
  category: string;
  village: string;
  postalCode: string;
  city: string;
  street: string;
  orgNumber: string;
  description: string;
  hours: OpeningHours;
  owner?: { email: string; name: string };
};

const weekdays = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) =>
  days.map((weekday) => ({ weekday, opens, closes }));

const christmas = [
  {
    date: '2026-12-24',
    closed: false,
    intervals: [{ opens: '09:00', closes: '12:00' }],
    note: 'Julafton',
  },
  { date: '2026-12-25', closed: true, intervals: [], note: 'Juldagen' },
  { date: '2027-01-06', closed: true, intervals: [], note: 'Trettondedag jul' },
];

/**
 * Fictitious shops: invented names, organisation numbers with a valid control digit but
 * made up, example.se contacts. The Arjeplog grocery has the owner account of DESIGN §7; the
 * bakery has one too.
 */
const demoShops: DemoShop[] = [
  {
    municipality: 'arjeplog',
    name: 'Silvervägens Livs',
    category: 'livsmedel',
    village: 'Arjeplog',
    postalCode: '930 90',
    city: 'Arjeplog',
    street: 'Silvervägen 12',
    orgNumber: '559900-0014',
    description:
      'Ortens livsmedelsbutik med **färskvaror**, bröd från bygdens bageri och lokalt kött.\n\n- Beställ före kl. 12, hämta i byn nästa dag\n- Ombud för apoteksvaror',
    hours: {
      weekly: [...weekdays('08:00', '20:00'), ...weekdays('10:00', '18:00', [6, 7])],
      exceptions: christmas,
    },
    owner: { email: 'butik@arjeplog.example.se', name: 'Bengt Butiksson' },
  },
  {
    municipality: 'arjeplog',
    name: 'Fjälljärn Arjeplog',
    category: 'jarn-och-bygg',
    village: 'Arjeplog',
    postalCode: '930 90',
    city: 'Arjeplog',
    street: 'Industrivägen 3',
    orgNumber: '559900-0022',
    description: 'Järnvaror, färg, skoterdelar och ved. Vi hjälper dig välja rätt skruv.',
    hours: {
      weekly: [...weekdays('07:00', '17:00'), ...weekdays('10:00', '14:00', [6])],
      exceptions: christmas,
    },
  },
  {
    municipality: 'arjeplog',
    name: 'Hornavans Fisk & Vilt',
    category: 'fisk-och-vilt',
    village: 'Laisvall',
    postalCode: '930 93',
    city: 'Laisvall',
    street: 'Sjövägen 5',
    orgNumber: '559900-0030',
    description: 'Rökt röding, sik och renskav från egna fisket och lokala jägare.',
    hours: { weekly: weekdays('10:00', '17:00', [3, 4, 5]), exceptions: christmas },
  },
  {
    municipality: 'arjeplog',
    name: 'Slagnäs Bageri',
    category: 'bageri',
    village: 'Slagnäs',
    postalCode: '930 91',
    city: 'Slagnäs',
    street: 'Bagarbacken 1',
    orgNumber: '559900-0048',
    description: 'Surdegsbröd, tunnbröd och kanelbullar, bakade varje morgon.',
    hours: { weekly: weekdays('07:00', '15:00', [2, 3, 4, 5, 6]), exceptions: christmas },
    // A second owner login, so the demo shows that each shop sees only its own orders.
    owner: { email: 'bageri@arjeplog.example.se', name: 'Maj Mjölnare' },
  },
  {
    municipality: 'arjeplog',
    name: 'Salong Norrsken',
    category: 'halsa-och-skonhet',
    village: 'Jäckvik',
    postalCode: '930 92',
    city: 'Jäckvik',
    street: 'Fjällvägen 8',
    orgNumber: '559900-0055',
    description: 'Klippning och färgning. Boka tid eller köp presentkort här.',
    hours: { weekly: weekdays('09:00', '17:00', [1, 2, 4, 5]), exceptions: christmas },
    // A third owner login: the demo's booked times can be confirmed and marked done.
    owner: { email: 'salong@arjeplog.example.se', name: 'Sara Saxberg' },
  },
  {
    municipality: 'arjeplog',
    name: 'Mellanströms Tvätt & Mangel',
    category: 'tvatt-och-stad',
    village: 'Mellanström',
    postalCode: '930 94',
    city: 'Mellanström',
    street: 'Gamla vägen 2',
    orgNumber: '559900-0063',
    description: 'Tvätt, mangling och kemtvätt. Lämna och hämta på servicepunkten.',
    hours: { weekly: weekdays('10:00', '16:00', [1, 3, 5]), exceptions: christmas },
  },
  {
    municipality: 'arvidsjaur',
    name: 'Lappstadens Handel',
    category: 'livsmedel',
    village: 'Arvidsjaur',
    postalCode: '933 30',
    city: 'Arvidsjaur',
    street: 'Storgatan 20',
    orgNumber: '559900-0071',
    description: 'Allt för vardagen, mitt i Arvidsjaur.',
    hours: { weekly: weekdays('08:00', '21:00', [1, 2, 3, 4, 5, 6, 7]), exceptions: christmas },
  },
  {
    municipality: 'arvidsjaur',
    name: 'Glommersträsk Slöjd',
    category: 'hantverk',
    village: 'Glommersträsk',
    postalCode: '933 91',
    city: 'Glommersträsk',
    street: 'Byvägen 14',
    orgNumber: '559900-0089',
    description: 'Näverslöjd, knivar och vävda mattor från bygdens hantverkare.',
    hours: { weekly: weekdays('11:00', '16:00', [4, 5, 6]), exceptions: [] },
  },
  {
    municipality: 'gallivare',
    name: 'Malmfältens Friluft',
    category: 'klader-och-friluft',
    village: 'Gällivare',
    postalCode: '982 31',
    city: 'Gällivare',
    street: 'Lasarettsgatan 4',
    orgNumber: '559900-0097',
    description: 'Kläder, skor och utrustning för fjäll och skog.',
    hours: {
      weekly: [...weekdays('10:00', '18:00'), ...weekdays('10:00', '15:00', [6])],
      exceptions: christmas,
    },
  },
  {
    municipality: 'gallivare',
    name: 'Dundrets Bröd',
    category: 'bageri',
    village: 'Nattavaara',
    postalCode: '982 60',
    city: 'Nattavaara',
    street: 'Stationsvägen 9',
    orgNumber: '559900-0105',
    description: 'Stenugnsbakat bröd och kakor från Nattavaara.',
    hours: { weekly: weekdays('08:00', '14:00', [1, 2, 3, 4, 5]), exceptions: christmas },
  },
];

const phonePrefix: Record<string, string> = {
  arjeplog: '0961-100 10',
  arvidsjaur: '0960-100 10',
  gallivare: '0970-100 10',
};

/** Inserts the demo shops, published, with their owner accounts; part of the demo seed. */
export async function seedDemoShops(
  trx: Knex,
  municipalityIds: Map<string, string>,
  passwordHash: string,
  now: number,
): Promise<void> {
  const users = createUsersRepository(trx);
  for (const shop of demoShops) {
    const municipalityId = municipalityIds.get(shop.municipality);
    if (!municipalityId) throw new Error(`Demo shop ${shop.name} names an unknown municipality.`);
    const id = newId();
    const slug = slugify(shop.name);
    await trx('shops').insert({
      id,
      municipality_id: municipalityId,
      slug,
      name: shop.name,
      status: 'published',
      org_number: shop.orgNumber,
      vat_number: `SE${shop.orgNumber.replace('-', '')}01`,
      street_address: shop.street,
      postal_code: shop.postalCode,
      city: shop.city,
      village: shop.village,
      description: shop.description,
      contact_email: `info@${slug}.example.se`,
      contact_phone: phonePrefix[shop.municipality] ?? '0961-100 00',
      website_url: `https://${slug}.example.se`,
      opening_hours: JSON.stringify(shop.hours),
      submitted_at: now,
      published_at: now,
      created_at: now,
      updated_at: now,
    });
    await trx('shop_categories').insert({ shop_id: id, category_id: `cat-${shop.category}` });
    if (shop.owner) {
      const owner = await users.insert(
        { email: shop.owner.email, name: shop.owner.name, passwordHash, locale: 'sv', now },
        trx,
      );
      await users.addRole(
        { userId: owner.id, role: 'shop_owner', scopeType: 'shop', scopeId: id, now },
        trx,
      );
    }
  }
}
