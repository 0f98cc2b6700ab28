import { newId } from '../../../server/src/db/ids.ts';
import { createUsersRepository } from '../../../server/src/modules/users/users.repository.ts';
import { demoPassword, type TestApp } from './test-app.ts';
import { testHasher } from './test-hasher.ts';

let sequence = 0;

export type ShopFixture = {
  id: string;
  slug: string;
  name: string;
  municipalityId: string;
  ownerEmail: string;
  staffEmail: string;
};

/**
 * A published shop with an owner and a staff account (password `galleria-demo`), inserted
 * straight into the database: catalogue tests need shops, not the onboarding flow.
 */
export async function createPublishedShop(
  t: Pick<TestApp, 'database' | 'clock'>,
  options: { municipality?: string; name?: string; village?: string | null; status?: string } = {},
): Promise<ShopFixture> {
  sequence += 1;
  const { knex } = t.database;
  const municipality = await knex('municipalities')
    .where({ slug: options.municipality ?? 'arjeplog' })
    .first<{ id: string } | undefined>('id');
  if (!municipality) throw new Error(`no municipality ${options.municipality ?? 'arjeplog'}`);
  const suffix = `${sequence}-${newId().slice(-6)}`;
  const name = options.name ?? `Testbutiken ${suffix}`;
  const shop = {
    id: newId(),
    slug: `testbutik-${suffix}`,
    name,
    municipalityId: municipality.id,
    ownerEmail: `agare-${suffix}@butik.example.se`,
    staffEmail: `personal-${suffix}@butik.example.se`,
  };
  const now = t.clock.now();
  await knex('shops').insert({
    id: shop.id,
    municipality_id: shop.municipalityId,
    slug: shop.slug,
    name,
    status: options.status ?? 'published',
    village: options.village === undefined ? 'Laisvall' : options.village,
    published_at: now,
    created_at: now,
    updated_at: now,
  });
  const users = createUsersRepository(knex);
  const passwordHash = await testHasher.hash(demoPassword);
  for (const [email, role] of [
    [shop.ownerEmail, 'shop_owner'],
    [shop.staffEmail, 'shop_staff'],
  ] as const) {
    const user = await users.insert({
      email,
      name: 'Test Person',
      passwordHash,
      locale: 'sv',
      now,
    });
    await users.addRole({ userId: user.id, role, scopeType: 'shop', scopeId: shop.id, now });
  }
  return shop;
}

/** A product body with sensible defaults; override what the test is about. */
export function goodBody(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    title: `Vara ${sequence}`,
    categoryId: 'cat-livsmedel',
    vatClass: 'food',
    status: 'published',
    priceOre: 1000 + sequence,
    ...overrides,
  };
}

/** A published service bookable by slot, Tuesdays 09–11 in the shop; overrides on top. */
export function serviceBody(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    kind: 'service',
    title: `Tjänst ${sequence}`,
    categoryId: 'cat-halsa-och-skonhet',
    vatClass: 'standard',
    priceOre: 25000,
    status: 'published',
    service: {
      durationMinutes: 30,
      bookingMode: 'slots',
      slotCapacity: 1,
      location: 'in_shop',
      availability: { weekly: [{ weekday: 2, start: '09:00', end: '11:00' }], exceptions: [] },
    },
    ...overrides,
  };
}
