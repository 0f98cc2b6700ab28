import type supertest from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditEvent } from '@e-galleria/shared/shops';
import { demoShopId, setClock, settingsBody } from './support/home-delivery.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Fees, zones, agreements and carriers decide what residents pay and what the municipality
// claims as subsidy: each change is in the municipality's audit log, written with the change.

let t: TestApp;
let admin: supertest.Agent;
const base = '/api/v1/admin/municipalities/arjeplog/home-delivery';

beforeAll(async () => {
  t = await createTestApp();
  setClock(t, '2027-03-01T10:00:00+01:00');
  admin = await t.loginAs('kommun@arjeplog.example.se');
});
afterAll(() => t.close());

async function homeDeliveryEvents(): Promise<AuditEvent[]> {
  const response = await admin.get('/api/v1/admin/municipalities/arjeplog/audit-events');
  expect(response.status).toBe(200);
  return (response.body.items as AuditEvent[])
    .filter((event) => event.action.startsWith('home_delivery.'))
    .reverse();
}

it('writes settings, zones, carriers and agreements to the audit log, with who changed what', async () => {
  expect(await homeDeliveryEvents()).toEqual([]);
  expect((await admin.put(`${base}/settings`).send(settingsBody({ feeOre: 2500 }))).status).toBe(
    200,
  );
  const zone = await admin.post(`${base}/zones`).send({
    name: 'Björkfjället',
    routeDays: [{ weekday: 3, cutoffWeekday: 2, cutoffTime: '12:00' }],
    places: [{ postalCode: '930 95', village: 'Björkfjället' }],
  });
  expect(zone.status).toBe(201);
  const zoneId = zone.body.zone.id as string;
  expect(
    (
      await admin.put(`${base}/zones/${zoneId}`).send({
        name: 'Björkfjället och Kvarnbacken',
        routeDays: [{ weekday: 3, cutoffWeekday: 2, cutoffTime: '12:00' }],
        places: [{ postalCode: '930 95', village: 'Björkfjället' }],
      })
    ).status,
  ).toBe(200);
  const carrier = await admin.post(`${base}/carriers`).send({
    name: 'Fjällfrakt',
    orgNumber: '556036-0793',
    contactName: 'Frida Frakt',
    contactEmail: 'frakt@arjeplog.example.se',
    zones: [],
  });
  expect(carrier.status).toBe(201);
  expect((await admin.delete(`${base}/carriers/${carrier.body.carrier.id}`)).status).toBe(204);
  expect((await admin.delete(`${base}/zones/${zoneId}`)).status).toBe(204);
  // The hardware shop has no agreement yet, so the new one overlaps none.
  const hardware = await demoShopId(t, 'fjalljarn-arjeplog');
  const agreement = await admin
    .post(`${base}/agreements`)
    .send({ shopId: hardware, kind: 'standard', validFrom: '2028-01-01' });
  expect(agreement.status).toBe(201);
  expect((await admin.delete(`${base}/agreements/${agreement.body.agreement.id}`)).status).toBe(
    204,
  );

  const events = await homeDeliveryEvents();
  expect(events.map((event) => event.action)).toEqual([
    'home_delivery.settings_updated',
    'home_delivery.zone_created',
    'home_delivery.zone_updated',
    'home_delivery.carrier_created',
    'home_delivery.carrier_removed',
    'home_delivery.zone_deleted',
    'home_delivery.agreement_created',
    'home_delivery.agreement_deleted',
  ]);
  expect(events.map((event) => event.actor?.name)).toEqual(Array(8).fill('Kerstin Kommunberg'));
  // settingsBody has no public note: the seeded one was cleared, a change of its own.
  expect(events[0]?.details).toMatchObject({
    fields: ['feeOre', 'publicNote'],
    feeOre: 2500,
    eligibility: 'approved',
  });
  expect(events[2]?.details).toMatchObject({ name: 'Björkfjället och Kvarnbacken' });
  expect(events[4]?.details).toMatchObject({ name: 'Fjällfrakt' });
  expect(events[6]?.shop?.id).toBe(hardware);
});

it('writes nothing for a refused change, or for settings saved unchanged', async () => {
  const before = (await homeDeliveryEvents()).length;
  const unchanged = await admin.put(`${base}/settings`).send(settingsBody({ feeOre: 2500 }));
  expect(unchanged.status).toBe(200);
  const refused = await admin.put(`${base}/settings`).send(settingsBody({ feeOre: -1 }));
  expect(refused.status).toBe(400);
  const stillUsed = await admin.post(`${base}/zones`).send({
    name: 'Arjeplog tätort',
    routeDays: [{ weekday: 3, cutoffWeekday: 2, cutoffTime: '12:00' }],
    places: [{ postalCode: '930 96', village: 'Nyby' }],
  });
  expect(stillUsed.status).toBe(400);
  // The grocery's agreement runs until further notice: a second one overlaps it.
  const overlapping = await admin.post(`${base}/agreements`).send({
    shopId: await demoShopId(t, 'silvervagens-livs'),
    kind: 'trial',
    validFrom: '2028-01-01',
  });
  expect(overlapping.status).toBe(409);
  expect(await homeDeliveryEvents()).toHaveLength(before);
});
