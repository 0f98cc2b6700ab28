import type { DeliveryAddress } from '@e-galleria/shared/delivery-address';
import type { FieldError } from '@e-galleria/shared/errors';
import {
  eligibilityEvents,
  type EligibilityReason,
} from '@e-galleria/shared/household-eligibility';
import type { ResidentHousehold } from '@e-galleria/shared/households';
import type { Queryable, TransactionRunner } from '../../db/database.ts';
import { isUniqueViolation } from '../../db/constraint-errors.ts';
import { newHouseholdRow } from './household-rows.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { MunicipalitiesService } from '../municipalities/municipalities.service.ts';
import { guestKeyOf, isSameDoor } from './household-keys.ts';
import { contactColumnsOf, toResidentHousehold } from './household-presenters.ts';
import type { HouseholdAreas } from './households.port.ts';
import type { HouseholdRow, HouseholdsRepository } from './households.repository.ts';

/** Both refusals name the municipality field, so the form shows them beside it. */
function municipalityRefusal(code: 'validation_failed' | 'household_exists', message: string) {
  const fieldError: FieldError = {
    field: 'municipality',
    code: code === 'household_exists' ? code : 'unknown_municipality',
    message,
  };
  return new AppError(code, message, { fieldErrors: [fieldError] });
}

/**
 * The resident's own households: a delivery address per municipality, saved, changed and
 * removed from the account, and the application for subsidised home delivery. Anyone logged in
 * keeps their own (like their checkouts); nobody else's is ever found, not even by id.
 */
export function createResidentHouseholdsService(deps: {
  transaction: TransactionRunner;
  households: HouseholdsRepository;
  municipalities: MunicipalitiesService;
  areas: HouseholdAreas;
  now: () => number;
}) {
  const { transaction, households, municipalities, areas, now } = deps;

  function residentOf(actor: Actor | null): Actor {
    if (!actor) throw new AppError('unauthenticated');
    return actor;
  }

  async function ownRow(actor: Actor | null, id: string, db?: Queryable): Promise<HouseholdRow> {
    const resident = residentOf(actor);
    const row = await households.findById(id, db);
    if (!row || row.user_id !== resident.user.id) throw notFound('The household');
    return row;
  }

  async function presentOwn(userId: string, id: string): Promise<ResidentHousehold> {
    const row = (await households.listForResident(userId)).find((own) => own.id === id);
    if (!row) throw notFound('The household');
    return toResidentHousehold(row);
  }

  /** Only a municipality whose galleria is open takes delivery addresses. */
  async function activeMunicipality(slug: string) {
    const row = await municipalities.findOrThrow(slug).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') return null;
      throw error;
    });
    if (!row || row.status !== 'active')
      throw municipalityRefusal('validation_failed', 'A municipality of the region.');
    return row;
  }

  /**
   * A household the resident made as a guest (same e-mail, same door) becomes the account's,
   * rather than a second one beside it. Only one nobody has decided on: the address given now
   * replaces everything it held, so adopting it shows nothing the resident did not just type.
   */
  async function adoptGuestHousehold(
    trx: Queryable,
    request: { userId: string; municipalityId: string; email: string },
    name: string,
    address: DeliveryAddress,
    at: number,
  ): Promise<HouseholdRow | null> {
    const guest = await households.findByGuestKey(
      request.municipalityId,
      guestKeyOf(request.email, address),
      trx,
    );
    if (!guest || guest.user_id !== null || guest.eligibility_status !== 'none') return null;
    await households.update(
      guest.id,
      {
        ...contactColumnsOf(name, address),
        user_id: request.userId,
        guest_key: null,
        contact_email: null,
        last_used_at: at,
        updated_at: at,
      },
      trx,
    );
    return (await households.findById(guest.id, trx)) ?? null;
  }

  return {
    adoptGuestHousehold,

    /** Everything stored about the resident's households: the page, and their export. */
    async listOwn(actor: Actor | null): Promise<ResidentHousehold[]> {
      const resident = residentOf(actor);
      return (await households.listForResident(resident.user.id)).map(toResidentHousehold);
    },

    async create(
      actor: Actor | null,
      body: { municipality: string; name: string; address: DeliveryAddress },
    ): Promise<ResidentHousehold> {
      const resident = residentOf(actor);
      const municipality = await activeMunicipality(body.municipality);
      await areas.checkAddress(municipality.id, body.address);
      const exists = () => municipalityRefusal('household_exists', 'One address per municipality.');
      const at = now();
      const id = await transaction(async (trx) => {
        if (await households.findForResident(resident.user.id, municipality.id, trx))
          throw exists();
        const request = {
          userId: resident.user.id,
          municipalityId: municipality.id,
          email: resident.user.email,
        };
        const adopted = await adoptGuestHousehold(trx, request, body.name, body.address, at);
        if (adopted) return adopted.id;
        const row = newHouseholdRow({
          ...request,
          via: 'account',
          createdByUserId: request.userId,
          name: body.name,
          address: body.address,
          at,
        });
        await households.insert(row, trx);
        return row.id;
      }).catch((error: unknown) => {
        throw isUniqueViolation(error) ? exists() : error;
      });
      return presentOwn(resident.user.id, id);
    },

    async update(
      actor: Actor | null,
      id: string,
      body: { name: string; address: DeliveryAddress },
    ): Promise<ResidentHousehold> {
      const row = await ownRow(actor, id);
      await areas.checkAddress(row.municipality_id, body.address);
      const at = now();
      await households.update(row.id, {
        ...contactColumnsOf(body.name, body.address),
        ...(isSameDoor(row, body.address) ? {} : { address_changed_at: at }),
        last_used_at: at,
        updated_at: at,
      });
      return presentOwn(residentOf(actor).user.id, row.id);
    },

    /** Removing an address erases it, its eligibility with it (decision 0021). */
    async remove(actor: Actor | null, id: string): Promise<void> {
      const resident = residentOf(actor);
      if ((await households.eraseForResident(resident.user.id, id, now())) === 0)
        throw notFound('The household');
    },

    async apply(
      actor: Actor | null,
      id: string,
      reason: EligibilityReason,
    ): Promise<ResidentHousehold> {
      const row = await ownRow(actor, id);
      const at = now();
      const changed = await households.updateIfEligibility(row.id, eligibilityEvents.apply.from, {
        eligibility_status: eligibilityEvents.apply.to,
        eligibility_reason: reason,
        applied_at: at,
        decided_at: null,
        decided_by_user_id: null,
        decision_reason: null,
        updated_at: at,
      });
      if (changed === 0)
        throw new AppError('status_conflict', 'An application is pending or approved.');
      return presentOwn(residentOf(actor).user.id, row.id);
    },

    async withdraw(actor: Actor | null, id: string): Promise<ResidentHousehold> {
      const row = await ownRow(actor, id);
      const at = now();
      const changed = await households.updateIfEligibility(
        row.id,
        eligibilityEvents.withdraw.from,
        {
          eligibility_status: eligibilityEvents.withdraw.to,
          eligibility_reason: null,
          applied_at: null,
          updated_at: at,
        },
      );
      if (changed === 0) throw new AppError('status_conflict', 'No application is pending.');
      return presentOwn(residentOf(actor).user.id, row.id);
    },
  };
}

export type ResidentHouseholdsService = ReturnType<typeof createResidentHouseholdsService>;
