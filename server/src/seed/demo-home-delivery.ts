import type { Knex } from 'knex';
import type { ScheduledDelivery } from '@e-galleria/shared/pickup-schedule';
import { slugify } from '@e-galleria/shared/slugify';
import { newId } from '../db/ids.ts';
import { createUsersRepository } from '../modules/users/users.repository.ts';

/** The day before at noon: the shop packs in the afternoon, the carrier leaves in the morning. */
const dayBeforeNoon = (weekday: number): ScheduledDelivery => ({
  weekday,
  cutoffWeekday: weekday === 1 ? 7 : weekday - 1,
  cutoffTime: '12:00',
});

/**
 * Arjeplog's villages in zones with route days (DESIGN §6). No locality in the municipality
 * has more than 3,000 inhabitants, so every place is covered by the subsidy.
 */
const demoZones: { name: string; weekdays: number[]; places: [string, string][] }[] = [
  { name: 'Arjeplog tätort', weekdays: [1, 3, 5], places: [['93090', 'Arjeplog']] },
  {
    name: 'Slagnäs och Jäckvik',
    weekdays: [1, 4],
    places: [
      ['93091', 'Slagnäs'],
      ['93092', 'Jäckvik'],
    ],
  },
  {
    name: 'Laisvall och Adolfström',
    weekdays: [2, 5],
    places: [
      ['93093', 'Laisvall'],
      ['93093', 'Adolfström'],
    ],
  },
  { name: 'Mellanström', weekdays: [3], places: [['93094', 'Mellanström']] },
];

/** Invented companies and organisation numbers (valid control digit, made up). */
const demoCarriers: {
  name: string;
  orgNumber: string;
  contactName: string;
  drives: Record<string, number[]>;
}[] = [
  {
    name: 'Posten',
    orgNumber: '559911-0011',
    contactName: 'Paula Postlund',
    drives: { 'Arjeplog tätort': [1, 3, 5], Mellanström: [3] },
  },
  {
    name: 'Bussgods',
    orgNumber: '559911-0029',
    contactName: 'Bo Bussberg',
    drives: { 'Slagnäs och Jäckvik': [1, 4], 'Laisvall och Adolfström': [2, 5] },
  },
  {
    name: 'Arjeplogs Taxi',
    orgNumber: '559911-0037',
    contactName: 'Tage Taxell',
    drives: { 'Arjeplog tätort': [1, 3, 5], 'Laisvall och Adolfström': [5] },
  },
];

/** The grocery and the bakery deliver home under agreements (demo-shops.ts). */
const demoOptIns: {
  shopSlug: string;
  agreement: { kind: 'standard' | 'trial'; validFrom: string; validTo: string | null };
  zones: string[];
  carriers: string[];
  extraFeeOre: number;
  extraCutoffHours: number;
}[] = [
  {
    shopSlug: 'silvervagens-livs',
    agreement: { kind: 'standard', validFrom: '2026-01-01', validTo: null },
    zones: demoZones.map((zone) => zone.name),
    carriers: ['Posten', 'Bussgods', 'Arjeplogs Taxi'],
    extraFeeOre: 0,
    extraCutoffHours: 0,
  },
  {
    shopSlug: 'slagnas-bageri',
    agreement: { kind: 'trial', validFrom: '2026-06-01', validTo: '2027-12-31' },
    zones: ['Slagnäs och Jäckvik', 'Laisvall och Adolfström'],
    carriers: ['Bussgods'],
    // Bread is baked in the morning: the bakery wants its orders two hours earlier.
    extraFeeOre: 500,
    extraCutoffHours: 2,
  },
];

/**
 * Arjeplog's home delivery (issue 13): on, 20 kr a delivery and 10 kr for approved households,
 * approved households only but everyone on trial during 2027; zones for the demo households'
 * villages, three carriers, the carrier account of Bussgods, and the grocery and bakery opted
 * in under agreements. Call after the demo shops exist.
 */
export async function seedDemoHomeDelivery(
  knex: Knex,
  options: { municipalityId: string; passwordHash: string; now: number },
): Promise<void> {
  const { municipalityId, passwordHash, now } = options;
  await knex('home_delivery_settings').insert({
    municipality_id: municipalityId,
    is_enabled: true,
    fee_ore: 2000,
    subsidised_fee_ore: 1000,
    fee_vat_class: 'standard',
    eligibility: 'approved',
    trial_starts_on: '2027-01-01',
    trial_ends_on: '2027-12-31',
    phone: '0961-100 00',
    public_note:
      'Hemsändning för dig som har svårt att ta dig till butiken. Under 2027 får alla utanför tätorten prova.',
    updated_at: now,
  });

  const zoneIds = new Map<string, string>();
  for (const zone of demoZones) {
    const id = newId();
    zoneIds.set(zone.name, id);
    await knex('delivery_zones').insert({
      id,
      municipality_id: municipalityId,
      name: zone.name,
      route_days: JSON.stringify(zone.weekdays.map(dayBeforeNoon)),
      is_active: true,
      created_at: now,
      updated_at: now,
    });
    await knex('delivery_zone_places').insert(
      zone.places.map(([postalCode, village]) => ({
        id: newId(),
        zone_id: id,
        municipality_id: municipalityId,
        postal_code: postalCode,
        village,
        is_large_locality: false,
      })),
    );
  }
  const zoneId = (name: string) => {
    const id = zoneIds.get(name);
    if (!id) throw new Error(`Demo home delivery names an unknown zone: ${name}.`);
    return id;
  };

  const carrierIds = new Map<string, string>();
  for (const carrier of demoCarriers) {
    const id = newId();
    const slug = slugify(`${carrier.name} arjeplog`);
    carrierIds.set(carrier.name, id);
    await knex('carriers').insert({
      id,
      municipality_id: municipalityId,
      slug,
      name: carrier.name,
      org_number: carrier.orgNumber,
      contact_name: carrier.contactName,
      contact_email: `${slugify(carrier.name)}@arjeplog.example.se`,
      contact_phone: '0961-100 50',
      is_active: true,
      created_at: now,
      updated_at: now,
    });
    await knex('carrier_zones').insert(
      Object.entries(carrier.drives).map(([zone, weekdays]) => ({
        carrier_id: id,
        zone_id: zoneId(zone),
        weekdays: JSON.stringify(weekdays),
      })),
    );
  }
  const carrierId = (name: string) => {
    const id = carrierIds.get(name);
    if (!id) throw new Error(`Demo home delivery names an unknown carrier: ${name}.`);
    return id;
  };

  const users = createUsersRepository(knex);
  const driver = await users.insert(
    { email: 'bud@arjeplog.example.se', name: 'Bodil Budström', passwordHash, locale: 'sv', now },
    knex,
  );
  await users.addRole(
    {
      userId: driver.id,
      role: 'carrier',
      scopeType: 'carrier',
      scopeId: carrierId('Bussgods'),
      now,
    },
    knex,
  );

  for (const optIn of demoOptIns) {
    const shop = await knex('shops')
      .where({ slug: optIn.shopSlug })
      .first<{ id: string } | undefined>('id');
    if (!shop) throw new Error(`Seed the demo shops before home delivery: ${optIn.shopSlug}.`);
    await knex('home_delivery_agreements').insert({
      id: newId(),
      municipality_id: municipalityId,
      shop_id: shop.id,
      kind: optIn.agreement.kind,
      valid_from: optIn.agreement.validFrom,
      valid_to: optIn.agreement.validTo,
      note: 'Demoavtal.',
      created_at: now,
      updated_at: now,
    });
    await knex('shop_home_delivery').insert({
      shop_id: shop.id,
      is_enabled: true,
      extra_fee_ore: optIn.extraFeeOre,
      extra_cutoff_hours: optIn.extraCutoffHours,
      updated_at: now,
    });
    await knex('shop_delivery_zones').insert(
      optIn.zones.map((zone) => ({ shop_id: shop.id, zone_id: zoneId(zone) })),
    );
    await knex('shop_carriers').insert(
      optIn.carriers.map((carrier) => ({ shop_id: shop.id, carrier_id: carrierId(carrier) })),
    );
  }
}
