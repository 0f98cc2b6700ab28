import type supertest from 'supertest';
import { afterAll, beforeAll, describe } from 'vitest';
import { createPublishedShop } from './support/factories.ts';
import { addStaff, inviteShop, publishShop } from './support/shops.ts';
import { itEachMatrixCell } from './support/matrix.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * Roles × resources × actions. Each row is one request, made by every actor, with the status
 * each must get. Later features add their rows here (shops, products, service points…), with
 * other scopes' ids in path and body.
 */
const actors = {
  anonymous: null,
  resident: 'boende@arjeplog.example.se',
  arjeplogAdmin: 'kommun@arjeplog.example.se',
  gallivareAdmin: 'kommun@gallivare.example.se',
  regionAdmin: 'region@example.se',
} as const;
type ActorName = keyof typeof actors;

type Row = {
  action: string;
  request: (client: supertest.Agent, actor: ActorName) => supertest.Test;
  expected: Record<ActorName, number>;
};

const ok = 200;
const rows: Row[] = [
  {
    action: 'read Arjeplog settings',
    request: (client) => client.get('/api/v1/admin/municipalities/arjeplog'),
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: ok,
      gallivareAdmin: 403,
      regionAdmin: ok,
    },
  },
  {
    action: 'read Gällivare settings',
    request: (client) => client.get('/api/v1/admin/municipalities/gallivare'),
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: 403,
      gallivareAdmin: ok,
      regionAdmin: ok,
    },
  },
  {
    action: 'change Arjeplog settings',
    request: (client) =>
      client.patch('/api/v1/admin/municipalities/arjeplog').send({ contactPhone: '0961-100 00' }),
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: ok,
      gallivareAdmin: 403,
      regionAdmin: ok,
    },
  },
  {
    action: 'change Gällivare settings',
    request: (client) =>
      client.patch('/api/v1/admin/municipalities/gallivare').send({ contactPhone: '0970-100 00' }),
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: 403,
      gallivareAdmin: ok,
      regionAdmin: ok,
    },
  },
  {
    action: 'upload a logo for Gällivare',
    request: (client) =>
      client
        .post('/api/v1/admin/municipalities/gallivare/logo')
        .attach('image', Buffer.from('not an image'), 'x.png'),
    // Allowed actors get past authorization to the image check.
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: 403,
      gallivareAdmin: 422,
      regionAdmin: 422,
    },
  },
  {
    action: 'invite an admin to Arjeplog',
    request: (client, actor) =>
      client
        .post('/api/v1/admin/municipalities/arjeplog/invitations')
        .send({ email: `matrix-${actor}@example.se` }),
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: 201,
      gallivareAdmin: 403,
      regionAdmin: 201,
    },
  },
  {
    action: 'list Gällivare invitations',
    request: (client) => client.get('/api/v1/admin/municipalities/gallivare/invitations'),
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: 403,
      gallivareAdmin: ok,
      regionAdmin: ok,
    },
  },
  {
    action: 'list every municipality’s settings',
    request: (client) => client.get('/api/v1/admin/municipalities'),
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: 403,
      gallivareAdmin: 403,
      regionAdmin: ok,
    },
  },
  {
    action: 'create a municipality',
    request: (client, actor) =>
      client
        .post('/api/v1/admin/municipalities')
        .send({ name: `Matris ${actor}`, slug: `matris-${actor.toLowerCase()}` }),
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: 403,
      gallivareAdmin: 403,
      regionAdmin: 201,
    },
  },
  {
    action: 'read the Arjeplog platform fee',
    request: (client) => client.get('/api/v1/admin/municipalities/arjeplog/platform-fee'),
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: ok,
      gallivareAdmin: 403,
      regionAdmin: ok,
    },
  },
  {
    action: 'set the Gällivare platform fee',
    request: (client) =>
      client
        .put('/api/v1/admin/municipalities/gallivare/platform-fee')
        .send({ feeBasisPoints: 100 }),
    expected: {
      anonymous: 401,
      resident: 403,
      arjeplogAdmin: 403,
      gallivareAdmin: ok,
      regionAdmin: ok,
    },
  },
  {
    action: 'read own account',
    request: (client) => client.get('/api/v1/me'),
    expected: {
      anonymous: 401,
      resident: ok,
      arjeplogAdmin: ok,
      gallivareAdmin: ok,
      regionAdmin: ok,
    },
  },
  {
    action: 'ask who is logged in (a visitor is an answer, not a refusal)',
    request: (client) => client.get('/api/v1/session'),
    expected: {
      anonymous: ok,
      resident: ok,
      arjeplogAdmin: ok,
      gallivareAdmin: ok,
      regionAdmin: ok,
    },
  },
  {
    action: 'read how many shops each galleria shows',
    request: (client) => client.get('/api/v1/region/shop-counts'),
    expected: {
      anonymous: ok,
      resident: ok,
      arjeplogAdmin: ok,
      gallivareAdmin: ok,
      regionAdmin: ok,
    },
  },
  {
    action: 'read the public municipality list',
    request: (client) => client.get('/api/v1/municipalities'),
    expected: {
      anonymous: ok,
      resident: ok,
      arjeplogAdmin: ok,
      gallivareAdmin: ok,
      regionAdmin: ok,
    },
  },
];

let t: TestApp;
const clients = new Map<ActorName, supertest.Agent>();

beforeAll(async () => {
  t = await createTestApp();
  for (const [name, email] of Object.entries(actors) as [ActorName, string | null][]) {
    clients.set(name, email ? await t.loginAs(email) : t.agent());
  }
});
afterAll(() => t.close());

describe('authorization matrix', () => {
  itEachMatrixCell({
    rows,
    actors: Object.keys(actors) as ActorName[],
    clientOf: (actor) => clients.get(actor),
  });
});

/**
 * Shops: the owner and a staff member of one published Arjeplog shop ("own") against another
 * Arjeplog shop still in draft ("other") and a draft shop of Gällivare. Allowed review actions
 * on a draft answer 409: past authorization, stopped by the status rules.
 */
type ShopActorName = ActorName | 'shopOwner' | 'shopStaff';
type ShopRow = {
  action: string;
  request: (client: supertest.Agent, actor: ShopActorName) => supertest.Test;
  expected: Record<ShopActorName, number>;
  /** The code a 409 carries, when it is not status_conflict. */
  conflictCode?: string;
};
const ids = { own: '', ownSlug: '', other: '', otherSlug: '', gallivare: '' };
const none = { anonymous: 401, resident: 403, shopOwner: 403, shopStaff: 403 } as const;
const arjeplogOnly = { ...none, arjeplogAdmin: ok, gallivareAdmin: 403, regionAdmin: ok };
const gallivareOnly = { ...none, arjeplogAdmin: 403, gallivareAdmin: ok, regionAdmin: ok };
const nobody = { ...none, arjeplogAdmin: 403, gallivareAdmin: 403, regionAdmin: 403 };
const shopRows: ShopRow[] = [
  {
    action: 'read another shop’s draft',
    request: (client) => client.get(`/api/v1/shops/${ids.other}`),
    expected: arjeplogOnly,
  },
  {
    action: 'read own shop',
    request: (client) => client.get(`/api/v1/shops/${ids.own}`),
    expected: { ...arjeplogOnly, shopOwner: ok, shopStaff: ok },
  },
  {
    action: 'read a Gällivare shop’s draft',
    request: (client) => client.get(`/api/v1/shops/${ids.gallivare}`),
    expected: gallivareOnly,
  },
  {
    action: 'change another shop’s profile',
    request: (client) => client.patch(`/api/v1/shops/${ids.other}`).send({ city: 'Arjeplog' }),
    expected: nobody,
  },
  {
    action: 'change own shop’s profile',
    request: (client) =>
      client
        .patch(`/api/v1/shops/${ids.own}`)
        .send({ city: 'Arjeplog', categoryIds: ['cat-bageri'] }),
    expected: { ...nobody, shopOwner: ok },
  },
  {
    action: 'submit another shop',
    request: (client) => client.post(`/api/v1/shops/${ids.other}/submit`),
    expected: nobody,
  },
  {
    action: 'ask to list another shop in Gällivare',
    request: (client) =>
      client.post(`/api/v1/shops/${ids.other}/listings`).send({ municipalitySlug: 'gallivare' }),
    expected: nobody,
  },
  {
    action: 'invite staff to another shop',
    request: (client, actor) =>
      client
        .post(`/api/v1/shops/${ids.other}/staff-invitations`)
        .send({ email: `matrix-staff-${actor}@example.se` }),
    expected: nobody,
  },
  {
    action: 'list another shop’s staff invitations',
    request: (client) => client.get(`/api/v1/shops/${ids.other}/staff-invitations`),
    expected: nobody,
  },
  {
    action: 'invite staff to own shop',
    request: (client, actor) =>
      client
        .post(`/api/v1/shops/${ids.own}/staff-invitations`)
        .send({ email: `matrix-own-staff-${actor}@example.se` }),
    expected: { ...nobody, shopOwner: 201 },
  },
  {
    // This app has no Stripe keys: the owner gets past authorization to payments_not_configured.
    action: 'read own shop’s payment status',
    request: (client) => client.get(`/api/v1/shops/${ids.own}/payments`),
    expected: { ...nobody, shopOwner: 409 },
    conflictCode: 'payments_not_configured',
  },
  {
    action: 'start Stripe onboarding for own shop',
    request: (client) => client.post(`/api/v1/shops/${ids.own}/payments/onboarding-link`),
    expected: { ...nobody, shopOwner: 409 },
    conflictCode: 'payments_not_configured',
  },
  {
    action: 'read another shop’s payment status',
    request: (client) => client.get(`/api/v1/shops/${ids.other}/payments`),
    expected: nobody,
  },
  {
    action: 'start Stripe onboarding for a Gällivare shop',
    request: (client) => client.post(`/api/v1/shops/${ids.gallivare}/payments/onboarding-link`),
    expected: nobody,
  },
  {
    action: 'approve an Arjeplog draft',
    request: (client) => client.post(`/api/v1/admin/shops/${ids.other}/approve`),
    expected: { ...arjeplogOnly, arjeplogAdmin: 409, regionAdmin: 409 },
  },
  {
    action: 'return a Gällivare draft',
    request: (client) =>
      client.post(`/api/v1/admin/shops/${ids.gallivare}/return`).send({ comment: 'Nej.' }),
    expected: { ...gallivareOnly, gallivareAdmin: 409, regionAdmin: 409 },
  },
  {
    action: 'suspend a Gällivare draft',
    request: (client) => client.post(`/api/v1/admin/shops/${ids.gallivare}/suspend`),
    expected: { ...gallivareOnly, gallivareAdmin: 409, regionAdmin: 409 },
  },
  {
    action: 'reinstate own shop',
    request: (client) => client.post(`/api/v1/admin/shops/${ids.own}/reinstate`),
    expected: { ...arjeplogOnly, arjeplogAdmin: 409, regionAdmin: 409 },
  },
  {
    action: 'list Gällivare shops',
    request: (client) => client.get('/api/v1/admin/municipalities/gallivare/shops'),
    expected: gallivareOnly,
  },
  {
    action: 'invite a shop to Gällivare',
    request: (client, actor) =>
      client
        .post('/api/v1/admin/municipalities/gallivare/shop-invitations')
        .send({ email: `matrix-shop-${actor}@example.se`, shopName: `Matris ${actor}` }),
    expected: { ...gallivareOnly, gallivareAdmin: 201, regionAdmin: 201 },
  },
  {
    action: 'list Gällivare listing requests',
    request: (client) => client.get('/api/v1/admin/municipalities/gallivare/listing-requests'),
    expected: gallivareOnly,
  },
  {
    action: 'decide a listing of own shop in Gällivare',
    request: (client) =>
      client.post(`/api/v1/admin/municipalities/gallivare/listing-requests/${ids.own}/approve`),
    // No such request: allowed admins get past authorization to not_found.
    expected: { ...gallivareOnly, gallivareAdmin: 404, regionAdmin: 404 },
  },
  {
    action: 'read the Gällivare audit log',
    request: (client) => client.get('/api/v1/admin/municipalities/gallivare/audit-events'),
    expected: gallivareOnly,
  },
  {
    action: 'read the Arjeplog shop list',
    request: (client) => client.get('/api/v1/municipalities/arjeplog/shops'),
    expected: {
      anonymous: ok,
      resident: ok,
      shopOwner: ok,
      shopStaff: ok,
      arjeplogAdmin: ok,
      gallivareAdmin: ok,
      regionAdmin: ok,
    },
  },
  {
    action: 'read a draft shop’s public page',
    request: (client) => client.get(`/api/v1/municipalities/arjeplog/shops/${ids.otherSlug}`),
    expected: {
      anonymous: 404,
      resident: 404,
      shopOwner: 404,
      shopStaff: 404,
      arjeplogAdmin: 404,
      gallivareAdmin: 404,
      regionAdmin: 404,
    },
  },
];

describe('shop authorization matrix', () => {
  const shopClients = new Map<ShopActorName, supertest.Agent>();
  beforeAll(async () => {
    const own = await publishShop(t, { email: 'matris-agare@example.se', shopName: 'Matrisboden' });
    const staff = await addStaff(t, own.owner, own.shopId, 'matris-personal@example.se');
    const other = await inviteShop(t, { email: 'matris-annan@example.se', shopName: 'Annan' });
    const gallivare = await inviteShop(t, {
      admin: 'kommun@gallivare.example.se',
      municipality: 'gallivare',
      email: 'matris-gallivare@example.se',
      shopName: 'Malmboden',
    });
    Object.assign(ids, {
      own: own.shopId,
      ownSlug: own.slug,
      other: other.shopId,
      otherSlug: other.slug,
      gallivare: gallivare.shopId,
    });
    for (const [name, client] of clients) shopClients.set(name, client);
    shopClients.set('shopOwner', own.owner);
    shopClients.set('shopStaff', staff);
  });

  itEachMatrixCell({
    rows: shopRows.map((row) => ({
      ...row,
      codes: { 409: row.conflictCode ?? 'status_conflict' },
    })),
    clientOf: (actor) => shopClients.get(actor),
  });
});

/**
 * The catalogue: staff of one shop never read drafts of, nor change anything of, another
 * shop, whichever shop's id they put in the path; residents and anonymous read only what is
 * published.
 */
const catalogueActors = [
  'anonymous',
  'resident',
  'arjeplogAdmin',
  'ownerA',
  'staffA',
  'staffB',
  'ownerGallivare',
] as const;
type CatalogueActor = (typeof catalogueActors)[number];
type CatalogueIds = {
  shopA: string;
  shopB: string;
  publishedA: string;
  draftA: string;
  variantA: string;
  publishedB: string;
  importA: string;
};
type CatalogueRow = {
  action: string;
  request: (client: supertest.Agent, ids: CatalogueIds, actor: CatalogueActor) => supertest.Test;
  expected: Record<CatalogueActor, number>;
};

const onlyShopA = (allowed: number): Record<CatalogueActor, number> => ({
  anonymous: 401,
  resident: 403,
  arjeplogAdmin: 403,
  ownerA: allowed,
  staffA: allowed,
  staffB: 403,
  ownerGallivare: 403,
});
const everyone = (status: number): Record<CatalogueActor, number> => ({
  anonymous: status,
  resident: status,
  arjeplogAdmin: status,
  ownerA: status,
  staffA: status,
  staffB: status,
  ownerGallivare: status,
});
const productBody = (actor: string) => ({
  title: `Matrisvara ${actor}`,
  categoryId: 'cat-livsmedel',
  vatClass: 'food',
  priceOre: 1000,
  sku: `MATRIS-${actor}`,
});

const importCsv = (actor: string) =>
  `sku;title;category;price;vat_class\nIMPORT-${actor};Importvara;livsmedel;10,00;food\n`;

const catalogueRows: CatalogueRow[] = [
  {
    action: 'list shop A’s catalogue with drafts',
    request: (client, ids) => client.get(`/api/v1/shops/${ids.shopA}/products`),
    expected: onlyShopA(ok),
  },
  {
    action: 'read a draft of shop A through shop A',
    request: (client, ids) => client.get(`/api/v1/shops/${ids.shopA}/products/${ids.draftA}`),
    expected: onlyShopA(ok),
  },
  {
    action: 'read a draft of shop A through shop B',
    request: (client, ids) => client.get(`/api/v1/shops/${ids.shopB}/products/${ids.draftA}`),
    expected: { ...onlyShopA(403), staffB: 404 },
  },
  {
    action: 'read a draft of shop A publicly',
    request: (client, ids) => client.get(`/api/v1/products/${ids.draftA}`),
    expected: everyone(404),
  },
  {
    action: 'read a published product of shop A publicly',
    request: (client, ids) => client.get(`/api/v1/products/${ids.publishedA}`),
    expected: everyone(ok),
  },
  {
    action: 'search the region',
    request: (client) => client.get('/api/v1/products?q=matris'),
    expected: everyone(ok),
  },
  {
    action: 'read today’s VAT rates',
    request: (client) => client.get('/api/v1/vat-rates'),
    expected: everyone(ok),
  },
  {
    action: 'create a product in shop A',
    request: (client, _ids, actor) =>
      client.post(`/api/v1/shops/${_ids.shopA}/products`).send(productBody(actor)),
    expected: onlyShopA(201),
  },
  {
    action: 'change the stock of shop A’s product',
    request: (client, ids) =>
      client.patch(`/api/v1/shops/${ids.shopA}/products/${ids.publishedA}`).send({ stock: 5 }),
    expected: onlyShopA(ok),
  },
  {
    action: 'change shop A’s product through shop B',
    request: (client, ids) =>
      client.patch(`/api/v1/shops/${ids.shopB}/products/${ids.publishedA}`).send({ stock: 0 }),
    expected: { ...onlyShopA(403), staffB: 404 },
  },
  {
    action: 'change shop B’s product through shop A',
    request: (client, ids) =>
      client.patch(`/api/v1/shops/${ids.shopA}/products/${ids.publishedB}`).send({ stock: 0 }),
    expected: { ...onlyShopA(404), staffB: 403 },
  },
  {
    action: 'add a variant to shop A’s product',
    request: (client, ids, actor) =>
      client
        .post(`/api/v1/shops/${ids.shopA}/products/${ids.publishedA}/variants`)
        .send({ name: actor, sku: `MATRIS-V-${actor}`, priceOre: 1200 }),
    expected: onlyShopA(201),
  },
  {
    action: 'change a variant of shop A through shop B',
    request: (client, ids) =>
      client
        .patch(`/api/v1/shops/${ids.shopB}/products/${ids.publishedA}/variants/${ids.variantA}`)
        .send({ priceOre: 1 }),
    expected: { ...onlyShopA(403), staffB: 404 },
  },
  {
    action: 'delete a variant of shop A through shop B',
    request: (client, ids) =>
      client.delete(
        `/api/v1/shops/${ids.shopB}/products/${ids.publishedA}/variants/${ids.variantA}`,
      ),
    expected: { ...onlyShopA(403), staffB: 404 },
  },
  {
    action: 'upload a photo to shop A’s product',
    request: (client, ids) =>
      client
        .post(`/api/v1/shops/${ids.shopA}/products/${ids.publishedA}/images`)
        .attach('image', Buffer.from('not an image'), 'x.jpg'),
    // Allowed actors get past authorization to the image check.
    expected: onlyShopA(422),
  },
  {
    action: 'upload a photo to shop A’s product through shop B',
    request: (client, ids) =>
      client
        .post(`/api/v1/shops/${ids.shopB}/products/${ids.publishedA}/images`)
        .attach('image', Buffer.from('not an image'), 'x.jpg'),
    expected: { ...onlyShopA(403), staffB: 404 },
  },
  {
    action: 'dry-run a CSV import into shop A',
    request: (client, ids, actor) =>
      client
        .post(`/api/v1/shops/${ids.shopA}/catalogue-imports?dryRun=true`)
        .attach('file', Buffer.from(importCsv(actor)), 'varor.csv'),
    expected: onlyShopA(ok),
  },
  {
    action: 'read shop A’s import',
    request: (client, ids) =>
      client.get(`/api/v1/shops/${ids.shopA}/catalogue-imports/${ids.importA}`),
    expected: onlyShopA(ok),
  },
  {
    action: 'read shop A’s import through shop B',
    request: (client, ids) =>
      client.get(`/api/v1/shops/${ids.shopB}/catalogue-imports/${ids.importA}`),
    expected: { ...onlyShopA(403), staffB: 404 },
  },
];

describe('authorization matrix: catalogue', () => {
  const catalogueClients = new Map<CatalogueActor, supertest.Agent>();
  const catalogueIds = {} as CatalogueIds;

  beforeAll(async () => {
    const shopA = await createPublishedShop(t);
    const shopB = await createPublishedShop(t);
    const gallivare = await createPublishedShop(t, { municipality: 'gallivare' });
    const anonymous = clients.get('anonymous');
    const resident = clients.get('resident');
    const admin = clients.get('arjeplogAdmin');
    if (!anonymous || !resident || !admin) throw new Error('the base actors are missing');
    catalogueClients.set('anonymous', anonymous);
    catalogueClients.set('resident', resident);
    catalogueClients.set('arjeplogAdmin', admin);
    catalogueClients.set('ownerA', await t.loginAs(shopA.ownerEmail));
    catalogueClients.set('staffA', await t.loginAs(shopA.staffEmail));
    catalogueClients.set('staffB', await t.loginAs(shopB.staffEmail));
    catalogueClients.set('ownerGallivare', await t.loginAs(gallivare.ownerEmail));
    const ownerA = catalogueClients.get('ownerA');
    const staffB = catalogueClients.get('staffB');
    if (!ownerA || !staffB) throw new Error('the shop actors are missing');
    const published = await ownerA
      .post(`/api/v1/shops/${shopA.id}/products`)
      .send({ ...productBody('A'), status: 'published', trackStock: true, stock: 2 });
    const draft = await ownerA
      .post(`/api/v1/shops/${shopA.id}/products`)
      .send({ ...productBody('A-draft'), status: 'draft' });
    const otherShops = await staffB
      .post(`/api/v1/shops/${shopB.id}/products`)
      .send({ ...productBody('B'), status: 'published' });
    const imported = await ownerA
      .post(`/api/v1/shops/${shopA.id}/catalogue-imports`)
      .attach('file', Buffer.from(importCsv('setup')), 'varor.csv');
    Object.assign(catalogueIds, {
      importA: imported.body.import.id as string,
      shopA: shopA.id,
      shopB: shopB.id,
      publishedA: published.body.product.id as string,
      variantA: published.body.product.variants[0].id as string,
      draftA: draft.body.product.id as string,
      publishedB: otherShops.body.product.id as string,
    });
  });

  itEachMatrixCell({
    // The ids are filled in by beforeAll; the rows read them when they run.
    rows: catalogueRows.map((row) => ({
      ...row,
      request: (client: supertest.Agent, actor: CatalogueActor) =>
        row.request(client, catalogueIds, actor),
    })),
    actors: catalogueActors,
    clientOf: (actor) => catalogueClients.get(actor),
  });
});

/**
 * Service points: an Arjeplog point and a Gällivare point, and the Laisvall operator of the
 * demo data. Nobody but a point's own municipality (and the region) manages it; its operator
 * only reads it; every resident reads the active points of every municipality.
 */
type PointActor = ActorName | 'laisvallOperator';
type PointRow = {
  action: string;
  request: (client: supertest.Agent, actor: PointActor) => supertest.Test;
  expected: Record<PointActor, number>;
};
const pointIds = { arjeplog: '', arjeplogSlug: '', gallivare: '', laisvall: '' };
const pointNone = { anonymous: 401, resident: 403, laisvallOperator: 403 } as const;
const arjeplogPoints = { ...pointNone, arjeplogAdmin: ok, gallivareAdmin: 403, regionAdmin: ok };
const gallivarePoints = { ...pointNone, arjeplogAdmin: 403, gallivareAdmin: ok, regionAdmin: ok };
const pointPublic = (status: number): Record<PointActor, number> => ({
  anonymous: status,
  resident: status,
  laisvallOperator: status,
  arjeplogAdmin: status,
  gallivareAdmin: status,
  regionAdmin: status,
});
const pointBody = (actor: string) => ({
  name: `Matrispunkt ${actor}`,
  kind: 'other',
  streetAddress: 'Matrisvägen 1',
  postalCode: '930 90',
  village: 'Matrisbyn',
});
const pointRows: PointRow[] = [
  {
    action: 'list Arjeplog’s service points publicly',
    request: (client) => client.get('/api/v1/municipalities/arjeplog/service-points'),
    expected: pointPublic(ok),
  },
  {
    action: 'read the map settings',
    request: (client) => client.get('/api/v1/map-settings'),
    expected: pointPublic(ok),
  },
  {
    action: 'read a Gällivare service point publicly',
    request: (client) => client.get(`/api/v1/service-points/${pointIds.gallivare}`),
    expected: pointPublic(ok),
  },
  {
    action: 'list Arjeplog’s service points as admin',
    request: (client) => client.get('/api/v1/admin/municipalities/arjeplog/service-points'),
    expected: arjeplogPoints,
  },
  {
    action: 'list Gällivare’s service points as admin',
    request: (client) => client.get('/api/v1/admin/municipalities/gallivare/service-points'),
    expected: gallivarePoints,
  },
  {
    action: 'create a service point in Gällivare',
    request: (client, actor) =>
      client.post('/api/v1/admin/municipalities/gallivare/service-points').send(pointBody(actor)),
    expected: { ...gallivarePoints, gallivareAdmin: 201, regionAdmin: 201 },
  },
  {
    action: 'read an Arjeplog service point as admin',
    request: (client) => client.get(`/api/v1/admin/service-points/${pointIds.arjeplog}`),
    expected: arjeplogPoints,
  },
  {
    action: 'read the Laisvall service point as admin',
    request: (client) => client.get(`/api/v1/admin/service-points/${pointIds.laisvall}`),
    expected: { ...arjeplogPoints, laisvallOperator: ok },
  },
  {
    action: 'read a Gällivare service point as admin',
    request: (client) => client.get(`/api/v1/admin/service-points/${pointIds.gallivare}`),
    expected: gallivarePoints,
  },
  {
    action: 'change a Gällivare service point',
    request: (client) =>
      client.patch(`/api/v1/admin/service-points/${pointIds.gallivare}`).send({ holdDays: 9 }),
    expected: gallivarePoints,
  },
  {
    action: 'change the Laisvall service point',
    request: (client) =>
      client.patch(`/api/v1/admin/service-points/${pointIds.laisvall}`).send({ holdDays: 14 }),
    expected: arjeplogPoints,
  },
  {
    action: 'list the Gällivare service point’s operators',
    request: (client) => client.get(`/api/v1/admin/service-points/${pointIds.gallivare}/operators`),
    expected: gallivarePoints,
  },
  {
    action: 'list the Laisvall service point’s operators',
    request: (client) => client.get(`/api/v1/admin/service-points/${pointIds.laisvall}/operators`),
    expected: arjeplogPoints,
  },
  {
    action: 'list the Gällivare service point’s operator invitations',
    request: (client) =>
      client.get(`/api/v1/admin/service-points/${pointIds.gallivare}/operator-invitations`),
    expected: gallivarePoints,
  },
  {
    action: 'invite an operator to an Arjeplog service point',
    request: (client, actor) =>
      client
        .post(`/api/v1/admin/service-points/${pointIds.arjeplog}/operator-invitations`)
        .send({ email: `matris-ombud-${actor}@example.se` }),
    expected: { ...arjeplogPoints, arjeplogAdmin: 201, regionAdmin: 201 },
  },
];

describe('authorization matrix: service points', () => {
  const pointClients = new Map<PointActor, supertest.Agent>();
  beforeAll(async () => {
    for (const [name, client] of clients) pointClients.set(name, client);
    pointClients.set('laisvallOperator', await t.loginAs('ombud@laisvall.example.se'));
    const arjeplog = await clients
      .get('arjeplogAdmin')
      ?.post('/api/v1/admin/municipalities/arjeplog/service-points')
      .send(pointBody('arjeplog'));
    const gallivare = await clients
      .get('gallivareAdmin')
      ?.post('/api/v1/admin/municipalities/gallivare/service-points')
      .send(pointBody('gallivare'));
    const laisvall = await t.database
      .knex('service_points')
      .where({ slug: 'laisvall-byhandel' })
      .first<{ id: string }>('id');
    Object.assign(pointIds, {
      arjeplog: arjeplog?.body.servicePoint.id as string,
      arjeplogSlug: arjeplog?.body.servicePoint.slug as string,
      gallivare: gallivare?.body.servicePoint.id as string,
      laisvall: laisvall.id,
    });
  });

  itEachMatrixCell({ rows: pointRows, clientOf: (actor) => pointClients.get(actor) });
});

/**
 * Fulfilment: shop A's settings are its owner's and staff's to change (its municipality's
 * admins read them); a shop serves only service points where it is sold; the ways to receive
 * a published shop's goods are public.
 */
const fulfilmentActors = [
  'anonymous',
  'resident',
  'arjeplogAdmin',
  'gallivareAdmin',
  'ownerA',
  'staffA',
  'ownerB',
  'ownerGallivare',
] as const;
type FulfilmentActor = (typeof fulfilmentActors)[number];
const fulfilmentIds = { shopA: '', draft: '', gallivare: '', laisvall: '' };
type FulfilmentRow = {
  action: string;
  request: (client: supertest.Agent) => supertest.Test;
  expected: Record<FulfilmentActor, number>;
};
const fulfilmentNobody: Record<FulfilmentActor, number> = {
  anonymous: 401,
  resident: 403,
  arjeplogAdmin: 403,
  gallivareAdmin: 403,
  ownerA: 403,
  staffA: 403,
  ownerB: 403,
  ownerGallivare: 403,
};
const fulfilmentEveryone = (status: number) =>
  Object.fromEntries(fulfilmentActors.map((actor) => [actor, status])) as Record<
    FulfilmentActor,
    number
  >;
const fulfilmentBody = () => ({
  pickupInShop: { enabled: true, preparationMinutes: 30 },
  servicePoints: [
    {
      servicePointId: fulfilmentIds.laisvall,
      deliveries: [{ weekday: 4, cutoffWeekday: 2, cutoffTime: '18:00' }],
    },
  ],
});
const fulfilmentRows: FulfilmentRow[] = [
  {
    action: 'read shop A’s fulfilment settings',
    request: (client) => client.get(`/api/v1/shops/${fulfilmentIds.shopA}/fulfilment`),
    expected: { ...fulfilmentNobody, arjeplogAdmin: ok, ownerA: ok, staffA: ok },
  },
  {
    action: 'change shop A’s fulfilment settings',
    request: (client) =>
      client.put(`/api/v1/shops/${fulfilmentIds.shopA}/fulfilment`).send(fulfilmentBody()),
    expected: { ...fulfilmentNobody, ownerA: ok, staffA: ok },
  },
  {
    action: 'serve an Arjeplog service point from a Gällivare shop',
    request: (client) =>
      client.put(`/api/v1/shops/${fulfilmentIds.gallivare}/fulfilment`).send(fulfilmentBody()),
    // The owner gets past authorization to the rule that the point must be where it sells.
    expected: { ...fulfilmentNobody, ownerGallivare: 422 },
  },
  {
    action: 'read the ways to receive shop A’s goods',
    request: (client) => client.get(`/api/v1/shops/${fulfilmentIds.shopA}/fulfilment-options`),
    expected: fulfilmentEveryone(ok),
  },
  {
    action: 'read the ways to receive a draft shop’s goods',
    request: (client) => client.get(`/api/v1/shops/${fulfilmentIds.draft}/fulfilment-options`),
    expected: fulfilmentEveryone(404),
  },
];

describe('authorization matrix: fulfilment', () => {
  const fulfilmentClients = new Map<FulfilmentActor, supertest.Agent>();
  beforeAll(async () => {
    for (const name of ['anonymous', 'resident', 'arjeplogAdmin', 'gallivareAdmin'] as const) {
      const client = clients.get(name);
      if (!client) throw new Error(`no client for ${name}`);
      fulfilmentClients.set(name, client);
    }
    const shopA = await createPublishedShop(t);
    const shopB = await createPublishedShop(t);
    const gallivare = await createPublishedShop(t, { municipality: 'gallivare' });
    const draft = await createPublishedShop(t, { status: 'draft' });
    fulfilmentClients.set('ownerA', await t.loginAs(shopA.ownerEmail));
    fulfilmentClients.set('staffA', await t.loginAs(shopA.staffEmail));
    fulfilmentClients.set('ownerB', await t.loginAs(shopB.ownerEmail));
    fulfilmentClients.set('ownerGallivare', await t.loginAs(gallivare.ownerEmail));
    const laisvall = await t.database
      .knex('service_points')
      .where({ slug: 'laisvall-byhandel' })
      .first<{ id: string }>('id');
    Object.assign(fulfilmentIds, {
      shopA: shopA.id,
      draft: draft.id,
      gallivare: gallivare.id,
      laisvall: laisvall.id,
    });
  });

  itEachMatrixCell({
    rows: fulfilmentRows,
    actors: fulfilmentActors,
    clientOf: (actor) => fulfilmentClients.get(actor),
    codes: { 422: 'service_point_unavailable' },
  });
});
