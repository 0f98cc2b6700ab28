import type supertest from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Service requests (decision 0071): a service done at the resident's home on request is asked
// for with a request, which the shop's owner and staff see, answer or decline.

let t: TestApp;
let salon: { id: string; name: string };
let haircutAtHome: string;
let groceryProduct: string;
let sara: supertest.Agent;
let bengt: supertest.Agent;

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

const asked = {
  name: 'Gun Gäst',
  email: 'Gun.Gast@example.se',
  phone: '070-123 45 67',
  streetAddress: 'Storvägen 14',
  postalCode: '938 30',
  village: 'Laisvall',
  preferredTime: 'En förmiddag nästa vecka, helst tisdag.',
  message: 'Jag går dåligt, så det är skönt att slippa åka.',
};

const requestsOf = (shopId: string) => `/api/v1/shops/${shopId}/service-requests`;
const send = (productId: string, body: object, client = t.agent()) =>
  client.post(`/api/v1/products/${productId}/service-requests`).send(body);

async function mailsOfKind(kind: string) {
  return t.database
    .knex('outbox_messages')
    .where({ kind })
    .select<{ to_address: string; subject: string; text_body: string }[]>(
      'to_address',
      'subject',
      'text_body',
    );
}

beforeAll(async () => {
  t = await createTestApp();
  const { knex } = t.database;
  salon = await knex('shops').where({ name: 'Salong Norrsken' }).first('id', 'name');
  haircutAtHome = (await knex('products').where({ title: 'Klippning i hemmet' }).first('id')).id;
  const grocery = await knex('shops').where({ name: 'Silvervägens Livs' }).first('id');
  groceryProduct = (await knex('products').where({ shop_id: grocery.id }).first('id')).id;
  sara = await t.loginAs('salong@arjeplog.example.se');
  bengt = await t.loginAs('butik@arjeplog.example.se');
});
afterAll(() => t.close());
// Each test starts with the rate limits' hour behind it.
beforeEach(() => t.clock.advance(2 * hourMs));

describe('a resident asks for a service at home', () => {
  it('stores the request, mails the shop and a receipt once each, and the shop lists it', async () => {
    const created = await send(haircutAtHome, asked);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      shopName: 'Salong Norrsken',
      productTitle: 'Klippning i hemmet',
    });

    const notices = await mailsOfKind('service_request_new');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.subject).toBe('Ny förfrågan: Klippning i hemmet');
    expect(notices[0]?.text_body).toContain('Telefon: 070-123 45 67');
    expect(notices[0]?.text_body).toContain('Adress: Storvägen 14, 938 30 Laisvall');
    expect(notices[0]?.text_body).toContain('När passar det: En förmiddag nästa vecka');
    expect(notices[0]?.text_body).toContain(
      `http://galleria.test/konto/butiker/${salon.id}/forfragningar`,
    );
    const receipts = await mailsOfKind('service_request_receipt');
    expect(receipts).toHaveLength(1);
    expect(receipts[0]?.to_address).toBe('gun.gast@example.se');
    expect(receipts[0]?.text_body).toContain('Din förfrågan är skickad till Salong Norrsken');

    const list = await sara.get(requestsOf(salon.id));
    expect(list.status).toBe(200);
    // Newest first: before the demo's request of yesterday.
    expect(list.body.items[0]).toEqual(
      expect.objectContaining({
        productTitle: 'Klippning i hemmet',
        name: 'Gun Gäst',
        email: 'gun.gast@example.se',
        postalCode: '93830',
        status: 'new',
        handledAt: null,
      }),
    );
    // The counts its orders page links by: every request, and the new ones.
    const counts = await sara.get(`${requestsOf(salon.id)}/counts`);
    const listed = list.body.items as { status: string }[];
    expect(counts.body.counts).toEqual({
      total: listed.length,
      new: listed.filter((item) => item.status === 'new').length,
    });
    expect(counts.body.counts.new).toBeGreaterThanOrEqual(1);
  });

  it('keeps the account of a logged-in resident, and writes the receipt in English when asked', async () => {
    const britt = await t.loginAs('boende@arjeplog.example.se');
    const created = await send(
      haircutAtHome,
      { ...asked, locale: 'en', message: undefined },
      britt,
    );
    expect(created.status).toBe(201);
    const row = await t.database
      .knex('service_requests')
      .orderBy('created_at', 'desc')
      .first('user_id', 'message', 'locale');
    const user = await t.database
      .knex('users')
      .where({ email: 'boende@arjeplog.example.se' })
      .first('id');
    expect(row).toEqual({ user_id: user.id, message: null, locale: 'en' });
    const receipts = await mailsOfKind('service_request_receipt');
    expect(receipts.some((mail) => mail.subject === 'Your request to Salong Norrsken')).toBe(true);

    // Her account lists it, with the shop and what became of it; nobody else's are there.
    const own = await britt.get('/api/v1/me/service-requests');
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual([
      expect.objectContaining({
        productTitle: 'Klippning i hemmet',
        shopName: 'Salong Norrsken',
        status: 'new',
        handledAt: null,
      }),
    ]);
    const grocer = await t.loginAs('butik@arjeplog.example.se');
    expect((await grocer.get('/api/v1/me/service-requests')).body.items).toEqual([]);
    const anonymous = await t.agent().get('/api/v1/me/service-requests');
    expect(anonymous.status).toBe(401);
  });

  it('answers bad input with problem+json naming each field', async () => {
    const refused = await send(haircutAtHome, {
      ...asked,
      phone: '',
      postalCode: '12',
      preferredTime: 'x'.repeat(501),
      message: 'y'.repeat(1001),
      email: 'inte-en-adress',
    });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('validation_failed');
    const fields = refused.body.errors.map((error: { field: string }) => error.field).sort();
    expect(fields).toEqual(['email', 'message', 'phone', 'postalCode', 'preferredTime']);
    const { preferredTime: _left, ...withoutTime } = asked;
    const missing = await send(haircutAtHome, withoutTime);
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('preferredTime');
  });

  it('refuses a product bought through the basket with 409, and an unknown one with 404', async () => {
    const basketProduct = await send(groceryProduct, asked);
    expect(basketProduct.status).toBe(409);
    expect(basketProduct.body.code).toBe('not_requested_with_shop');
    expect(basketProduct.headers['content-type']).toContain('application/problem+json');
    const unknown = await send('no-such-product', asked);
    expect(unknown.status).toBe(404);
  });

  it('refuses an unpublished service with 404', async () => {
    await t.database.knex('products').where({ id: haircutAtHome }).update({ status: 'draft' });
    try {
      expect((await send(haircutAtHome, asked)).status).toBe(404);
    } finally {
      await t.database
        .knex('products')
        .where({ id: haircutAtHome })
        .update({ status: 'published' });
    }
  });

  it('limits how many requests one address sends in an hour (429)', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 11; index += 1)
      statuses.push(
        (await send(haircutAtHome, { ...asked, email: `gun${index}@example.se` })).status,
      );
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses[10]).toBe(429);
  });
});

describe('the shop handles its requests', () => {
  let requestId: string;

  beforeAll(async () => {
    t.clock.advance(2 * hourMs);
    const created = await send(haircutAtHome, { ...asked, name: 'Nils Nyare' });
    expect(created.status).toBe(201);
    const list = await sara.get(requestsOf(salon.id));
    requestId = list.body.items[0].id;
    expect(list.body.items[0].name).toBe('Nils Nyare');
  });

  it("another shop's owner can neither list nor answer them", async () => {
    expect((await bengt.get(requestsOf(salon.id))).status).toBe(403);
    expect((await bengt.post(`${requestsOf(salon.id)}/${requestId}/answer`)).status).toBe(403);
    // Through the owner's own shop the salon's request is not found.
    const grocery = await t.database.knex('shops').where({ name: 'Silvervägens Livs' }).first('id');
    const elsewhere = await bengt.post(`${requestsOf(grocery.id)}/${requestId}/answer`);
    expect(elsewhere.status).toBe(404);
    expect((await t.agent().get(requestsOf(salon.id))).status).toBe(401);
  });

  it('marks a request answered once; a second time is a conflict', async () => {
    const answered = await sara.post(`${requestsOf(salon.id)}/${requestId}/answer`);
    expect(answered.status).toBe(200);
    expect(answered.body.request).toMatchObject({ status: 'answered' });
    expect(answered.body.request.handledAt).not.toBeNull();
    const row = await t.database.knex('service_requests').where({ id: requestId }).first();
    expect(row.handled_by_user_id).not.toBeNull();
    const again = await sara.post(`${requestsOf(salon.id)}/${requestId}/decline`).send({});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('status_conflict');
  });

  it('declines with a reason, which is mailed to the resident', async () => {
    t.clock.advance(2 * hourMs);
    await send(haircutAtHome, { ...asked, email: 'avbojd@example.se' });
    const list = await sara.get(requestsOf(salon.id));
    const id = list.body.items[0].id;
    const tooLong = await sara
      .post(`${requestsOf(salon.id)}/${id}/decline`)
      .send({ reason: 'z'.repeat(301) });
    expect(tooLong.status).toBe(400);
    const declined = await sara
      .post(`${requestsOf(salon.id)}/${id}/decline`)
      .send({ reason: 'Vi kör inte till Laisvall i vinter.' });
    expect(declined.status).toBe(200);
    expect(declined.body.request).toMatchObject({
      status: 'declined',
      declineReason: 'Vi kör inte till Laisvall i vinter.',
    });
    const mails = (await mailsOfKind('service_request_declined')).filter(
      (mail) => mail.to_address === 'avbojd@example.se',
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain('Butiken skriver: Vi kör inte till Laisvall i vinter.');
  });
});

describe('personal data', () => {
  it('erases a request 180 days after it was made, not before', async () => {
    t.clock.advance(2 * hourMs);
    await send(haircutAtHome, { ...asked, email: 'gammal@example.se' });
    const countOf = async () =>
      Number(
        (
          await t.database
            .knex('service_requests')
            .where({ email: 'gammal@example.se' })
            .count({ n: '*' })
            .first()
        )?.n,
      );
    t.clock.advance(179 * dayMs);
    await t.services.serviceRequests.eraseOld();
    expect(await countOf()).toBe(1);
    t.clock.advance(2 * dayMs);
    expect(await t.services.serviceRequests.eraseOld()).toBeGreaterThanOrEqual(1);
    expect(await countOf()).toBe(0);
  });
});
