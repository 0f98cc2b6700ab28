import type supertest from 'supertest';
import { expect } from 'vitest';
import { newId } from '../../../server/src/db/ids.ts';
import { createUsersRepository } from '../../../server/src/modules/users/users.repository.ts';
import { demoPassword, type TestApp } from './test-app.ts';
import { testHasher } from './test-hasher.ts';

let sequence = 0;

export type ResidentFixture = {
  id: string;
  email: string;
  name: string;
  agent: supertest.Agent;
};

/**
 * A resident account inserted straight into the database (registration is rate-limited per
 * address, and these tests need many), logged in through the API.
 */
export async function createResident(
  t: TestApp,
  options: { name?: string; email?: string; locale?: 'sv' | 'en' } = {},
): Promise<ResidentFixture> {
  sequence += 1;
  const suffix = `${sequence}-${newId().slice(-6)}`;
  const email = options.email ?? `boende-${suffix}@example.se`;
  const name = options.name ?? `Boende ${suffix}`;
  const { knex } = t.database;
  const region = await knex('regions').first<{ id: string }>('id');
  const users = createUsersRepository(knex);
  const user = await users.insert({
    email,
    name,
    passwordHash: await testHasher.hash(demoPassword),
    locale: options.locale ?? 'sv',
    now: t.clock.now(),
  });
  await users.addRole({
    userId: user.id,
    role: 'resident',
    scopeType: 'region',
    scopeId: region.id,
    now: t.clock.now(),
  });
  return { id: user.id, email: user.email, name, agent: await t.loginAs(email) };
}

/** A delivery address in Laisvall; override what the test is about. */
export function addressBody(overrides: Record<string, unknown> = {}) {
  return {
    streetAddress: 'Storvägen 20',
    postalCode: '930 93',
    village: 'Laisvall',
    phone: '070-174 06 50',
    ...overrides,
  };
}

/** Saves an address in Arjeplog from the resident's account; the household as answered. */
export async function saveHousehold(
  resident: ResidentFixture,
  overrides: { municipality?: string; name?: string; address?: Record<string, unknown> } = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const response = await resident.agent.post('/api/v1/me/households').send({
    municipality: overrides.municipality ?? 'arjeplog',
    name: overrides.name ?? resident.name,
    address: addressBody(overrides.address),
  });
  expect(response.status).toBe(201);
  return response.body.household as { id: string } & Record<string, unknown>;
}

/** Saves an address and applies for home delivery on the given ground. */
export async function applyingHousehold(resident: ResidentFixture, reason = 'age') {
  const household = await saveHousehold(resident);
  const applied = await resident.agent
    .post(`/api/v1/me/households/${household.id}/application`)
    .send({ reason });
  expect(applied.status).toBe(200);
  return household;
}

/** The household mails written to an address, oldest first. */
export function decisionMailsTo(t: TestApp, email: string) {
  return t.database
    .knex('outbox_messages')
    .where({ to_address: email, kind: 'household_decision' })
    .orderBy('created_at')
    .orderBy('id')
    .select<{ subject: string; text_body: string; locale: string }[]>(
      'subject',
      'text_body',
      'locale',
    );
}
