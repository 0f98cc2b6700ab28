import type supertest from 'supertest';
import { expect } from 'vitest';
import { latestLinkMailedTo, type TestApp } from './test-app.ts';

/** The token of the newest registration link mailed to `email`. */
export async function registrationTokenMailedTo(t: TestApp, email: string): Promise<string> {
  const link = new URL(await latestLinkMailedTo(t, email.toLowerCase()));
  expect(link.pathname).toBe('/registrera/bekrafta');
  return link.searchParams.get('token') ?? '';
}

/**
 * A resident account made the way a person makes one: register, then follow the mailed link.
 * Answers the browser that followed it, logged in.
 */
export async function registerResident(
  t: TestApp,
  body: { email: string; password: string; name: string; locale?: 'sv' | 'en' },
): Promise<supertest.Agent> {
  const registered = await t.agent().post('/api/v1/auth/register').send(body);
  expect(registered.status).toBe(202);
  const browser = t.agent();
  const confirmed = await browser
    .post('/api/v1/auth/register/confirm')
    .send({ token: await registrationTokenMailedTo(t, body.email) });
  expect(confirmed.status).toBe(201);
  return browser;
}
