import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arjeplogSetup, demoShopId, setClock } from './support/home-delivery.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Two agreements with one shop valid on the same day would leave open which one counts (its
// fee, zones, subsidy): the second is refused with 409 `agreement_overlaps`, naming the first.

let t: TestApp;
let admin: supertest.Agent;
const base = '/api/v1/admin/municipalities/arjeplog/home-delivery/agreements';

beforeAll(async () => {
  t = await createTestApp();
  setClock(t, '2027-03-01T10:00:00+01:00');
  admin = await t.loginAs('kommun@arjeplog.example.se');
});
afterAll(() => t.close());

type AgreementView = {
  id: string;
  shop: { id: string };
  validFrom: string;
  validTo: string | null;
};

async function agreementsOf(shopId: string): Promise<AgreementView[]> {
  return (await arjeplogSetup(admin)).agreements.filter(
    (agreement) => agreement.shop.id === shopId,
  );
}

function expectOverlap(
  response: supertest.Response,
  other: { id: string; validFrom: string; validTo: string | null },
) {
  expect(response.status).toBe(409);
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(response.body).toMatchObject({
    code: 'agreement_overlaps',
    overlaps: other,
    errors: [expect.objectContaining({ field: 'validFrom', code: 'period_overlaps' })],
  });
  // The detail names the agreement and its dates for whoever reads the raw answer.
  expect(response.body.detail).toContain(other.id);
  expect(response.body.detail).toContain(other.validFrom);
  if (other.validTo) expect(response.body.detail).toContain(other.validTo);
  else expect(response.body.detail).toContain('until further notice');
}

describe('an agreement whose period overlaps another with the same shop', () => {
  it('is refused when the shop’s agreement runs until further notice, and nothing is saved', async () => {
    const grocery = await demoShopId(t, 'silvervagens-livs');
    const [seeded] = await agreementsOf(grocery);
    expect(seeded).toMatchObject({ validFrom: '2026-01-01', validTo: null });
    // An open-ended agreement runs forever: even years later is inside it.
    const later = await admin.post(base).send({
      shopId: grocery,
      kind: 'subsidised',
      validFrom: '2031-01-01',
      validTo: '2031-12-31',
    });
    expectOverlap(later, { id: seeded?.id ?? '', validFrom: '2026-01-01', validTo: null });
    expect(await agreementsOf(grocery)).toHaveLength(1);
  });

  it('is accepted from the day after the other ends, refused from its last day', async () => {
    const bakery = await demoShopId(t, 'slagnas-bageri');
    const [trial] = await agreementsOf(bakery);
    expect(trial).toMatchObject({ validFrom: '2026-06-01', validTo: '2027-12-31' });
    const trialPeriod = { id: trial?.id ?? '', validFrom: '2026-06-01', validTo: '2027-12-31' };
    expectOverlap(
      await admin.post(base).send({ shopId: bakery, kind: 'standard', validFrom: '2027-12-31' }),
      trialPeriod,
    );
    const after = await admin
      .post(base)
      .send({ shopId: bakery, kind: 'standard', validFrom: '2028-01-01' });
    expect(after.status).toBe(201);

    // Neither may now grow into the other; each may still be saved over itself.
    const trialChange = { shopId: bakery, kind: 'trial', validFrom: '2026-06-01' };
    expectOverlap(
      await admin.put(`${base}/${trial?.id ?? ''}`).send({ ...trialChange, validTo: '2028-01-15' }),
      { id: after.body.agreement.id as string, validFrom: '2028-01-01', validTo: null },
    );
    expectOverlap(
      await admin
        .put(`${base}/${after.body.agreement.id as string}`)
        .send({ shopId: bakery, kind: 'standard', validFrom: '2027-06-01' }),
      trialPeriod,
    );
    const unchanged = await admin
      .put(`${base}/${trial?.id ?? ''}`)
      .send({ ...trialChange, validTo: '2027-12-31', note: 'Förlängs inte.' });
    expect(unchanged.status).toBe(200);
    expect((await agreementsOf(bakery)).map((row) => [row.validFrom, row.validTo])).toEqual([
      ['2028-01-01', null],
      ['2026-06-01', '2027-12-31'],
    ]);
  });

  it('is another shop’s business: the same dates with a shop without agreement are fine', async () => {
    const hardware = await demoShopId(t, 'fjalljarn-arjeplog');
    const response = await admin
      .post(base)
      .send({ shopId: hardware, kind: 'standard', validFrom: '2026-01-01' });
    expect(response.status).toBe(201);
  });
});

describe('two agreements with one shop saved at the same moment', () => {
  it('keeps exactly one when both periods overlap, on every try', async () => {
    const fishmonger = await demoShopId(t, 'hornavans-fisk-vilt');
    const other = await t.loginAs('region@example.se');
    // A year per try, so each pair is on its own: earlier tries leave nothing the next meets.
    for (const year of [2030, 2031, 2032, 2033, 2034]) {
      const responses = await Promise.all([
        admin.post(base).send({
          shopId: fishmonger,
          kind: 'standard',
          validFrom: `${year}-01-01`,
          validTo: `${year}-12-31`,
        }),
        other.post(base).send({
          shopId: fishmonger,
          kind: 'trial',
          validFrom: `${year}-06-01`,
          validTo: `${year}-06-30`,
        }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
      const refused = responses.find((response) => response.status === 409);
      expect(refused?.body.code).toBe('agreement_overlaps');
    }
    const kept = await agreementsOf(fishmonger);
    expect(kept).toHaveLength(5);
    for (const [index, agreement] of kept.entries())
      for (const later of kept.slice(index + 1))
        expect(later.validTo !== null && later.validTo < agreement.validFrom).toBe(true);
  });

  it('keeps both when their periods do not meet', async () => {
    const laundry = await demoShopId(t, 'mellanstroms-tvatt-mangel');
    const responses = await Promise.all([
      admin.post(base).send({
        shopId: laundry,
        kind: 'standard',
        validFrom: '2030-01-01',
        validTo: '2030-06-30',
      }),
      admin.post(base).send({ shopId: laundry, kind: 'standard', validFrom: '2030-07-01' }),
    ]);
    expect(responses.map((response) => response.status)).toEqual([201, 201]);
  });
});
