import type { Express } from 'express';
import type supertest from 'supertest';
import { newId } from '../../../server/src/db/ids.ts';
import { createUsersRepository } from '../../../server/src/modules/users/users.repository.ts';
import { demoPassword, type TestApp } from './test-app.ts';
import { testHasher } from './test-hasher.ts';

/** One route of the app as Express knows it: its method and full path with `:params`. */
export type AppRoute = { method: string; path: string };

type Layer = {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
};

/**
 * Every route of the app, read from Express's router stack (routers mounted in routers,
 * joined with their mount paths), so a route added later is in the list without anyone
 * adding it by hand.
 */
export function routesOf(app: Express): AppRoute[] {
  const root = (app as unknown as { router: { stack: Layer[] } }).router;
  const routes: AppRoute[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route && typeof layer.route.path === 'string') {
        for (const [method, isOn] of Object.entries(layer.route.methods))
          if (isOn && method !== '_all')
            routes.push({ method: method.toUpperCase(), path: prefix + layer.route.path });
      } else if (layer.handle?.stack) {
        const mount =
          typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
        walk(layer.handle.stack, prefix + mount);
      }
    }
  };
  walk(root.stack, '');
  return routes;
}

/** Real values for path parameters, from the demo region: Arjeplog, its grocery, Laisvall. */
export type KnownParams = Record<string, string>;

export async function knownParamValues(t: TestApp): Promise<KnownParams> {
  const { knex } = t.database;
  const shop = await knex('shops')
    .where({ name: 'Silvervägens Livs' })
    .first<{ id: string; slug: string; municipality_id: string }>('id', 'slug', 'municipality_id');
  const variant = await knex('product_variants')
    .where({ shop_id: shop.id })
    .first<{ id: string; product_id: string }>('id', 'product_id');
  const point = await knex('service_points')
    .where({ slug: 'laisvall-byhandel' })
    .first<{ id: string }>('id');
  // A demo household of the grocery's municipality (server/src/seed/demo-households.ts).
  const household = await knex('households')
    .where({ municipality_id: shop.municipality_id })
    .first<{ id: string }>('id');
  // A demo carrier of Arjeplog (server/src/seed/demo-home-delivery.ts).
  const carrier = await knex('carriers')
    .where({ municipality_id: shop.municipality_id })
    .first<{ id: string }>('id');
  return {
    carrierId: carrier.id,
    slug: 'arjeplog',
    shopId: shop.id,
    shopSlug: shop.slug,
    productId: variant.product_id,
    variantId: variant.id,
    servicePointId: point.id,
    idOrSlug: 'laisvall-byhandel',
    householdId: household.id,
    // A subsidy claim's year that has ended (decision 0043).
    year: '2025',
  };
}

const paramPattern = /:(\w+)/g;

/** The names of a route's path parameters, in order. */
export function paramsOf(route: AppRoute): string[] {
  return [...route.path.matchAll(paramPattern)].map((match) => match[1] ?? '');
}

/**
 * The route's path with each parameter filled: `override`'s value as given (already encoded),
 * else the real thing where we know it, else an id that names nothing.
 */
export function pathOf(
  route: AppRoute,
  known: KnownParams,
  override: Record<string, string> = {},
): string {
  const valid = (name: string) => {
    if (name !== 'id') return known[name];
    if (route.path.includes('/service-points/')) return known.servicePointId;
    if (route.path.includes('/products/')) return known.productId;
    if (route.path.includes('/checkouts/')) return known.checkoutId;
    if (route.path.includes('/households/')) return known.householdId;
    return undefined;
  };
  return route.path.replace(paramPattern, (_match, name: string) =>
    name in override ? (override[name] ?? '') : encodeURIComponent(valid(name) ?? newId()),
  );
}

/**
 * Logs `agent` in as a region admin who is also a resident, Arjeplog's admin, the grocery's
 * owner and Laisvall's operator: someone every route lets through to its service.
 */
export async function loginWithEveryRole(
  t: TestApp,
  agent: supertest.Agent,
  known: KnownParams,
): Promise<supertest.Agent> {
  const { knex } = t.database;
  const now = t.clock.now();
  const users = createUsersRepository(knex);
  const email = `every-role-${newId().slice(-12)}@example.se`;
  const user = await users.insert({
    email,
    name: 'Every Role',
    passwordHash: await testHasher.hash(demoPassword),
    locale: 'sv',
    now,
  });
  const region = await knex('regions').first<{ id: string }>('id');
  const municipality = await knex('municipalities')
    .where({ slug: 'arjeplog' })
    .first<{ id: string }>('id');
  const grants = [
    { role: 'region_admin', scopeType: 'region', scopeId: region.id },
    { role: 'resident', scopeType: 'region', scopeId: region.id },
    { role: 'municipality_admin', scopeType: 'municipality', scopeId: municipality.id },
    { role: 'shop_owner', scopeType: 'shop', scopeId: known.shopId ?? '' },
    {
      role: 'service_point_operator',
      scopeType: 'service_point',
      scopeId: known.servicePointId ?? '',
    },
  ] as const;
  for (const grant of grants) await users.addRole({ userId: user.id, ...grant, now });
  const login = await agent.post('/api/v1/auth/login').send({ email, password: demoPassword });
  if (login.status !== 200) throw new Error(`login with every role: ${login.status}`);
  return agent;
}
