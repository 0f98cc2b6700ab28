import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  const cases = rows.flatMap((row) =>
    (Object.keys(actors) as ActorName[]).map((actor) => ({
      ...row,
      actor,
      status: row.expected[actor],
    })),
  );

  it.each(cases)('$actor: $action → $status', async ({ request, actor, status }) => {
    const client = clients.get(actor);
    if (!client) throw new Error(`no client for ${actor}`);
    const response = await request(client, actor);
    expect(response.status).toBe(status);
    if (status === 403) expect(response.body.code).toBe('forbidden');
    if (status === 401) expect(response.body.code).toBe('unauthenticated');
  });
});
