import type { Knex } from 'knex';
import type { ServicePointAmenity, ServicePointKind } from '@e-galleria/shared/service-points';
import type { OpeningHours } from '@e-galleria/shared/shops';
import { slugify } from '@e-galleria/shared/slugify';
import { newId } from '../db/ids.ts';
import { createUsersRepository } from '../modules/users/users.repository.ts';

type DemoServicePoint = {
  name: string;
  kind: ServicePointKind;
  /** The slug of a demo shop that hosts the point, or a free-text organisation. */
  host: { shopSlug: string } | { name: string };
  street: string;
  postalCode: string;
  village: string;
  /** Approximate village centres: a pin on the map, not a surveyed address. */
  latitude: number;
  longitude: number;
  hours: OpeningHours;
  amenities: ServicePointAmenity[];
  holdDays: number;
  operator?: { email: string; name: string };
};

const days = (opens: string, closes: string, weekdays: number[]) =>
  weekdays.map((weekday) => ({ weekday, opens, closes }));

const holidays = [
  {
    date: '2026-12-24',
    closed: false,
    intervals: [{ opens: '10:00', closes: '13:00' }],
    note: 'Julafton',
  },
  { date: '2026-12-25', closed: true, intervals: [], note: 'Juldagen' },
  { date: '2027-01-01', closed: true, intervals: [], note: 'Nyårsdagen' },
];

/** Arjeplog's village service points (DESIGN §7); invented hosts and contact names. */
const demoServicePoints: DemoServicePoint[] = [
  {
    name: 'Laisvall Byhandel',
    kind: 'village_shop',
    host: { name: 'Laisvalls Byhandel ek. för.' },
    street: 'Storvägen 20',
    postalCode: '930 93',
    village: 'Laisvall',
    latitude: 66.0857,
    longitude: 17.1651,
    hours: {
      weekly: [...days('09:00', '18:00', [1, 2, 3, 4, 5]), ...days('10:00', '14:00', [6])],
      exceptions: holidays,
    },
    amenities: [
      'public_wifi',
      'cafe_corner',
      'toilet',
      'defibrillator',
      'fridge',
      'freezer',
      'pharmacy_agent',
      'postal_agent',
    ],
    holdDays: 14,
    operator: { email: 'ombud@laisvall.example.se', name: 'Lisa Laisvik' },
  },
  {
    name: 'Slagnäs servicepunkt',
    kind: 'village_shop',
    host: { shopSlug: 'slagnas-bageri' },
    street: 'Bagarbacken 1',
    postalCode: '930 91',
    village: 'Slagnäs',
    latitude: 65.5897,
    longitude: 18.1753,
    hours: { weekly: days('07:00', '15:00', [2, 3, 4, 5, 6]), exceptions: holidays },
    amenities: ['cafe_corner', 'toilet', 'fridge', 'parcel_lockers'],
    holdDays: 14,
  },
  {
    name: 'Jäckviks Fjällmack',
    kind: 'fuel_station',
    host: { name: 'Jäckviks Fjällmack AB' },
    street: 'Silvervägen 2',
    postalCode: '930 92',
    village: 'Jäckvik',
    latitude: 66.3853,
    longitude: 16.9758,
    hours: {
      weekly: [...days('08:00', '20:00', [1, 2, 3, 4, 5]), ...days('10:00', '18:00', [6, 7])],
      exceptions: holidays,
    },
    amenities: ['toilet', 'defibrillator', 'tourist_information', 'payment_agent'],
    holdDays: 10,
  },
  {
    name: 'Mellanströms bybibliotek',
    kind: 'library',
    host: { name: 'Mellanströms byaförening' },
    street: 'Skolvägen 4',
    postalCode: '930 94',
    village: 'Mellanström',
    latitude: 65.8667,
    longitude: 18.6333,
    hours: { weekly: days('13:00', '18:00', [2, 4]), exceptions: holidays },
    amenities: ['public_wifi', 'toilet', 'printer_computer', 'tourist_information'],
    holdDays: 14,
  },
  {
    name: 'Adolfströms paketskåp',
    kind: 'parcel_locker',
    host: { name: 'Adolfströms byaförening' },
    street: 'Byvägen 1',
    postalCode: '930 93',
    village: 'Adolfström',
    latitude: 66.2833,
    longitude: 16.9,
    hours: { weekly: days('06:00', '22:00', [1, 2, 3, 4, 5, 6, 7]), exceptions: [] },
    amenities: ['parcel_lockers'],
    holdDays: 7,
  },
];

/** Inserts Arjeplog's service points and the Laisvall operator; part of the demo seed. */
export async function seedDemoServicePoints(
  trx: Knex,
  municipalityIds: Map<string, string>,
  passwordHash: string,
  now: number,
): Promise<void> {
  const municipalityId = municipalityIds.get('arjeplog');
  if (!municipalityId) throw new Error('The demo service points need Arjeplog.');
  const users = createUsersRepository(trx);
  for (const point of demoServicePoints) {
    const id = newId();
    let hostShopId: string | null = null;
    if ('shopSlug' in point.host) {
      const shop = await trx('shops')
        .where({ slug: point.host.shopSlug })
        .first<{ id: string } | undefined>('id');
      if (!shop) throw new Error(`Demo service point ${point.name} names an unknown shop.`);
      hostShopId = shop.id;
    }
    await trx('service_points').insert({
      id,
      municipality_id: municipalityId,
      slug: slugify(point.name),
      name: point.name,
      kind: point.kind,
      host_shop_id: hostShopId,
      host_name: 'name' in point.host ? point.host.name : null,
      street_address: point.street,
      postal_code: point.postalCode,
      village: point.village,
      latitude: point.latitude,
      longitude: point.longitude,
      opening_hours: JSON.stringify(point.hours),
      amenities: JSON.stringify(point.amenities),
      hold_days: point.holdDays,
      status: 'active',
      created_at: now,
      updated_at: now,
    });
    if (point.operator) {
      const operator = await users.insert(
        { email: point.operator.email, name: point.operator.name, passwordHash, locale: 'sv', now },
        trx,
      );
      await users.addRole(
        {
          userId: operator.id,
          role: 'service_point_operator',
          scopeType: 'service_point',
          scopeId: id,
          now,
        },
        trx,
      );
    }
  }
}
