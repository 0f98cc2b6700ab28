import type supertest from 'supertest';
import { expect, it } from 'vitest';

/**
 * One cell of an authorization matrix: the status, and for a refusal the code that says why,
 * so a 403 from a missing route or a 404 from a typo cannot pass for the rule under test.
 * `codes` names the code an allowed actor meets past authorization (409, 422…).
 */
export function expectMatrixCell(
  response: supertest.Response,
  status: number,
  codes: Partial<Record<number, string>> = {},
) {
  expect(response.status).toBe(status);
  const expected =
    codes[status] ??
    ({ 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' } as Record<number, string>)[
      status
    ];
  if (expected !== undefined) expect(response.body.code).toBe(expected);
}

/**
 * One `it` per actor × row of a matrix, named `actor: action → status`. Each file keeps its
 * own actors, clients and rows; this is only the part every matrix repeats. `actors` defaults
 * to the actors each row names; a row's `codes` add to the matrix's.
 */
export function itEachMatrixCell<Actor extends string>(options: {
  rows: readonly {
    action: string;
    request: (client: supertest.Agent, actor: Actor) => supertest.Test;
    expected: Record<Actor, number>;
    codes?: Partial<Record<number, string>>;
  }[];
  actors?: readonly Actor[];
  clientOf: (actor: Actor) => supertest.Agent | undefined;
  codes?: Partial<Record<number, string>>;
}) {
  const cases = options.rows.flatMap((row) =>
    (options.actors ?? (Object.keys(row.expected) as Actor[])).map((actor) => ({
      ...row,
      actor,
      status: row.expected[actor],
    })),
  );
  it.each(cases)('$actor: $action → $status', async ({ request, actor, status, codes }) => {
    const client = options.clientOf(actor);
    if (!client) throw new Error(`no client for ${actor}`);
    expectMatrixCell(await request(client, actor), status, { ...options.codes, ...codes });
  });
}

/**
 * The statuses a row gives its actors: `everyone(s)` for all alike, `only(who, s)` for one
 * actor getting past authorization while the others are refused (anonymous 401, the rest 403).
 * Every matrix names an `anonymous` actor.
 */
export function matrixStatuses<Actor extends string>(actors: readonly Actor[]) {
  const everyone = (status: number) =>
    Object.fromEntries(actors.map((actor) => [actor, status])) as Record<Actor, number>;
  const only = (who: Actor, status: number) => ({
    ...everyone(403),
    anonymous: 401,
    [who]: status,
  });
  return { everyone, only };
}

/** The demo's people, by the names the matrices give their roles (server/src/seed). */
export const demoLogins = {
  resident: 'boende@arjeplog.example.se',
  shopOwner: 'butik@arjeplog.example.se',
  operator: 'ombud@laisvall.example.se',
  carrier: 'bud@arjeplog.example.se',
  arjeplogAdmin: 'kommun@arjeplog.example.se',
  gallivareAdmin: 'kommun@gallivare.example.se',
  regionAdmin: 'region@example.se',
} as const;

/** A client for each actor: `anonymous` without a session, the others logged in. */
export async function matrixClients<Actor extends 'anonymous' | keyof typeof demoLogins>(
  t: { agent: () => supertest.Agent; loginAs: (email: string) => Promise<supertest.Agent> },
  actors: readonly Actor[],
): Promise<Map<Actor, supertest.Agent>> {
  const clients = new Map<Actor, supertest.Agent>();
  for (const actor of actors)
    clients.set(
      actor,
      actor === 'anonymous'
        ? t.agent()
        : await t.loginAs(demoLogins[actor as Exclude<Actor, 'anonymous'>]),
    );
  return clients;
}
