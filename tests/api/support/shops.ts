import type supertest from 'supertest';
import { expect } from 'vitest';
import { latestLinkMailedTo, type TestApp } from './test-app.ts';

export const completeProfile = {
  orgNumber: '556036-0793',
  vatNumber: 'SE556036079301',
  streetAddress: 'Storgatan 1',
  postalCode: '930 90',
  city: 'Arjeplog',
  village: 'Laisvall',
  description: '# Välkommen\n\nVi säljer **allt** för fjällen.',
  contactEmail: 'info@fjallboden.example.se',
  contactPhone: '0961-123 45',
  websiteUrl: 'https://fjallboden.example.se',
  categoryIds: ['cat-livsmedel'],
  openingHours: {
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })),
    exceptions: [{ date: '2026-12-25', closed: true, intervals: [], note: 'Juldagen' }],
  },
};

/** An admin invites a shop; its owner accepts with a new account. */
export async function inviteShop(
  t: TestApp,
  options: { admin?: string; municipality?: string; email: string; shopName: string },
): Promise<{ shopId: string; slug: string; owner: supertest.Agent }> {
  const admin = await t.loginAs(options.admin ?? 'kommun@arjeplog.example.se');
  const invited = await admin
    .post(`/api/v1/admin/municipalities/${options.municipality ?? 'arjeplog'}/shop-invitations`)
    .send({ email: options.email, shopName: options.shopName });
  expect(invited.status).toBe(201);
  const link = await latestLinkMailedTo(t, options.email);
  const owner = t.agent();
  const accepted = await owner
    .post(`/api/v1/invitations/${link.split('/inbjudan/')[1] ?? ''}/accept`)
    .send({ name: 'Olle Ägare', password: 'fjällbutik-2026' });
  expect(accepted.status).toBe(200);
  return { shopId: invited.body.shop.id as string, slug: invited.body.shop.slug as string, owner };
}

/** A shop invited, filled in, submitted and approved. */
export async function publishShop(
  t: TestApp,
  options: { admin?: string; municipality?: string; email: string; shopName: string },
) {
  const shop = await inviteShop(t, options);
  expect(
    (await shop.owner.patch(`/api/v1/shops/${shop.shopId}`).send(completeProfile)).status,
  ).toBe(200);
  expect((await shop.owner.post(`/api/v1/shops/${shop.shopId}/submit`)).status).toBe(200);
  const admin = await t.loginAs(options.admin ?? 'kommun@arjeplog.example.se');
  expect((await admin.post(`/api/v1/admin/shops/${shop.shopId}/approve`)).status).toBe(200);
  return shop;
}

/** The owner invites a staff member, who accepts with a new account. */
export async function addStaff(
  t: TestApp,
  owner: supertest.Agent,
  shopId: string,
  email: string,
): Promise<supertest.Agent> {
  const invited = await owner.post(`/api/v1/shops/${shopId}/staff-invitations`).send({ email });
  expect(invited.status).toBe(201);
  const link = await latestLinkMailedTo(t, email);
  const staff = t.agent();
  const accepted = await staff
    .post(`/api/v1/invitations/${link.split('/inbjudan/')[1] ?? ''}/accept`)
    .send({ name: 'Eva Expedit', password: 'kassaapparat-1' });
  expect(accepted.status).toBe(200);
  return staff;
}
