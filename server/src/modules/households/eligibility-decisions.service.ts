import {
  eligibilityEvents,
  type DecidedOrAskedStatus,
} from '@e-galleria/shared/household-eligibility';
import type { MunicipalityHousehold } from '@e-galleria/shared/households';
import type { ListResponse } from '@e-galleria/shared/lists';
import type { TransactionRunner } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor.ts';
import { authorize, type Actor } from '../auth/access.port.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { toMunicipalityHousehold } from './household-presenters.ts';
import type { HouseholdRow, HouseholdsRepository } from './households.repository.ts';

const pageSize = 50;

type Decision = 'approve' | 'decline' | 'revoke';
const decisionMailOf = { approve: 'approved', decline: 'declined', revoke: 'revoked' } as const;

/**
 * The municipality's side of eligibility: its admins list who applied and who is approved, and
 * approve, decline (with a reason) or revoke (with a reason). The resident is mailed in the
 * transaction that decides. Only the municipality's own admins: eligibility is its decision.
 */
export function createEligibilityDecisionsService(deps: {
  transaction: TransactionRunner;
  households: HouseholdsRepository;
  municipalities: MunicipalitiesService;
  users: UsersService;
  mail: MailService;
  publicUrl: string;
  now: () => number;
}) {
  const { transaction, households, municipalities, users, mail, now } = deps;

  async function listPage(
    municipalityId: string,
    status: DecidedOrAskedStatus,
    cursor: string | undefined,
  ): Promise<ListResponse<MunicipalityHousehold>> {
    const after = decodeCursor(cursor, 'updated');
    const rows = await households.listByEligibility(municipalityId, status, after, pageSize);
    const page = rows.slice(0, pageSize);
    const last = page.at(-1);
    const keyOf = (row: HouseholdRow) => (status === 'applied' ? row.applied_at : row.decided_at);
    return {
      items: page.map(toMunicipalityHousehold),
      nextCursor:
        rows.length > pageSize && last
          ? encodeCursor({ sort: 'updated', key: keyOf(last) ?? 0, id: last.id })
          : null,
    };
  }

  /** The household and the admin allowed to decide on it; unknown ids get not_found. */
  async function forAdmin(actor: Actor | null, id: string) {
    if (!actor) throw new AppError('unauthenticated');
    const row = await households.findById(id);
    if (!row) throw notFound('The household');
    const municipality = await municipalities.describe(row.municipality_id);
    const admin = authorize(actor, 'municipality.households.decide', {
      region: municipality.regionId,
      municipality: municipality.id,
    });
    return { row, municipality, admin };
  }

  async function decide(
    actor: Actor | null,
    id: string,
    decision: Decision,
    reason: string | null,
  ): Promise<MunicipalityHousehold> {
    const { row, municipality, admin } = await forAdmin(actor, id);
    const event = eligibilityEvents[decision];
    const at = now();
    await transaction(async (trx) => {
      const changed = await households.updateIfEligibility(
        row.id,
        event.from,
        {
          eligibility_status: event.to,
          decided_at: at,
          decided_by_user_id: admin.user.id,
          decision_reason: reason,
          updated_at: at,
        },
        trx,
      );
      if (changed === 0)
        throw new AppError(
          'status_conflict',
          `Cannot ${decision} a household that is ${row.eligibility_status}.`,
        );
      const resident = row.user_id ? await users.findById(row.user_id, trx) : undefined;
      if (resident)
        await mail.enqueue(
          {
            to: resident.email,
            locale: resident.locale,
            kind: 'household_decision',
            params: {
              name: row.name ?? resident.name,
              municipality: municipality.name,
              decision: decisionMailOf[decision],
              reason,
              address: `${row.street_address ?? ''}, ${row.village ?? ''}`,
              link: `${deps.publicUrl}/konto/adresser`,
            },
          },
          trx,
        );
    });
    const decided = await households.findWithDecider(row.id);
    if (!decided) throw notFound('The household');
    return toMunicipalityHousehold(decided);
  }

  return {
    async list(
      actor: Actor | null,
      slug: string,
      query: { status: DecidedOrAskedStatus; cursor?: string | undefined },
    ): Promise<ListResponse<MunicipalityHousehold>> {
      if (!actor) throw new AppError('unauthenticated');
      const municipality = await municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.households.read', municipalities.scopeOf(municipality));
      return listPage(municipality.id, query.status, query.cursor);
    },

    /**
     * One household of the municipality, for its own admins: whom a subsidy claim's
     * pseudonym stands for (decision 0043). Another municipality's household is missing.
     */
    async identify(
      actor: Actor | null,
      slug: string,
      householdId: string,
    ): Promise<MunicipalityHousehold> {
      if (!actor) throw new AppError('unauthenticated');
      const municipality = await municipalities.findOrThrow(slug);
      authorize(actor, 'municipality.households.read', municipalities.scopeOf(municipality));
      const row = await households.findWithDecider(householdId);
      if (!row || row.municipality_id !== municipality.id) throw notFound('The household');
      return toMunicipalityHousehold(row);
    },

    approve: (actor: Actor | null, id: string) => decide(actor, id, 'approve', null),
    decline: (actor: Actor | null, id: string, reason: string) =>
      decide(actor, id, 'decline', reason),
    revoke: (actor: Actor | null, id: string, reason: string) =>
      decide(actor, id, 'revoke', reason),
  };
}

export type EligibilityDecisionsService = ReturnType<typeof createEligibilityDecisionsService>;
