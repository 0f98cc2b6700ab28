import type { FieldError } from '@e-galleria/shared/errors';
import type { Agreement, AgreementInput } from '@e-galleria/shared/home-delivery';
import { firstOverlapping } from '@e-galleria/shared/validity-periods';
import type { Transaction, TransactionRunner } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../auth/access.port.ts';
import type { ShopDirectory } from '../shops/shop-directory.service.ts';
import type { MunicipalitySetupService } from './municipality-setup.service.ts';
import type { AgreementRow, ShopHomeDeliveryRepository } from './shop-home-delivery.repository.ts';

/** What the audit log keeps of an agreement made or changed. */
const agreementDetails = (agreementId: string, body: AgreementInput) => ({
  agreementId,
  kind: body.kind,
  validFrom: body.validFrom,
  validTo: body.validTo,
});

/**
 * Two agreements with one shop valid on the same day, whatever their kinds, would leave open
 * which one counts (its fee, its zones, whether the subsidy applies): refused, naming the one
 * already there and its dates so the admin can end it or pick other dates.
 */
function overlapRefusal(other: AgreementRow): AppError {
  const period = other.valid_to
    ? `${other.valid_from} – ${other.valid_to}`
    : `from ${other.valid_from} until further notice`;
  return new AppError(
    'agreement_overlaps',
    `The period overlaps the shop's ${other.kind} agreement ${other.id}, valid ${period}: change the dates, or end or remove that agreement first.`,
    {
      fieldErrors: [
        {
          field: 'validFrom',
          code: 'period_overlaps',
          message: `Overlaps the agreement valid ${period}.`,
        },
      ],
      overlaps: { id: other.id, validFrom: other.valid_from, validTo: other.valid_to },
    },
  );
}

function invalid(fieldErrors: FieldError[]): AppError {
  return new AppError('validation_failed', 'Some fields are invalid.', { fieldErrors });
}

/**
 * The municipality's agreements (avtal) with shops (decision 0020): without a valid one a
 * shop cannot deliver home, and no two with one shop may be valid on the same day.
 */
export function createAgreementsService(deps: {
  transaction: TransactionRunner;
  shopDelivery: ShopHomeDeliveryRepository;
  shops: ShopDirectory;
  setup: MunicipalitySetupService;
  now: () => number;
}) {
  const { transaction, shopDelivery, shops, setup, now } = deps;

  /** A shop the municipality may make an agreement with: at home there, or listed there. */
  async function checkShop(municipalityId: string, shopId: string): Promise<void> {
    const shop = await shops.find(shopId);
    const listed =
      shop && shop.municipality_id !== municipalityId
        ? (await shops.findListing(shopId, municipalityId))?.status === 'approved'
        : Boolean(shop);
    if (!listed)
      throw invalid([
        { field: 'shopId', code: 'unknown_shop', message: 'Not a shop of the municipality.' },
      ]);
  }

  async function agreementOfMunicipality(municipalityId: string, agreementId: string) {
    const agreement = await shopDelivery.findAgreement(agreementId);
    if (!agreement || agreement.municipality_id !== municipalityId) throw notFound('The agreement');
    return agreement;
  }

  /**
   * Refuses a period that overlaps another agreement between the municipality and the shop
   * (`exceptId`: the agreement being changed). Inside the write's transaction and under the
   * pair's lock, so two saves at once cannot both pass the check (lockAgreementsBetween).
   */
  async function refuseOverlap(
    trx: Transaction,
    municipalityId: string,
    shopId: string,
    body: AgreementInput,
    exceptId: string | null,
  ): Promise<void> {
    const others = (await shopDelivery.lockAgreementsBetween(municipalityId, shopId, trx)).filter(
      (row) => row.id !== exceptId,
    );
    const clash = firstOverlapping(
      body,
      others.map((row) => ({ row, validFrom: row.valid_from, validTo: row.valid_to })),
    );
    if (clash) throw overlapRefusal(clash.row);
  }

  async function presentOneAgreement(municipalityId: string, id: string): Promise<Agreement> {
    const found = (await setup.agreementsOf(municipalityId)).find(
      (agreement) => agreement.id === id,
    );
    if (!found) throw notFound('The agreement');
    return found;
  }

  return {
    async create(actor: Actor | null, slug: string, body: AgreementInput): Promise<Agreement> {
      const municipality = await setup.municipalityFor(
        actor,
        slug,
        'municipality.home_delivery.manage',
      );
      await checkShop(municipality.id, body.shopId);
      const at = now();
      const id = newId();
      await transaction(async (trx) => {
        await refuseOverlap(trx, municipality.id, body.shopId, body, null);
        await shopDelivery.insertAgreement(
          {
            id,
            municipality_id: municipality.id,
            shop_id: body.shopId,
            kind: body.kind,
            valid_from: body.validFrom,
            valid_to: body.validTo,
            note: body.note,
            created_at: at,
            updated_at: at,
          },
          trx,
        );
        await setup.recordChange(
          trx,
          municipality,
          'home_delivery.agreement_created',
          agreementDetails(id, body),
          body.shopId,
        );
      });
      return presentOneAgreement(municipality.id, id);
    },

    async update(
      actor: Actor | null,
      slug: string,
      agreementId: string,
      body: AgreementInput,
    ): Promise<Agreement> {
      const municipality = await setup.municipalityFor(
        actor,
        slug,
        'municipality.home_delivery.manage',
      );
      const agreement = await agreementOfMunicipality(municipality.id, agreementId);
      if (body.shopId !== agreement.shop_id)
        throw invalid([
          {
            field: 'shopId',
            code: 'immutable',
            message: 'An agreement stays with its shop: make a new one.',
          },
        ]);
      await transaction(async (trx) => {
        await refuseOverlap(trx, municipality.id, agreement.shop_id, body, agreementId);
        await shopDelivery.updateAgreement(
          agreementId,
          {
            kind: body.kind,
            valid_from: body.validFrom,
            valid_to: body.validTo,
            note: body.note,
            updated_at: now(),
          },
          trx,
        );
        await setup.recordChange(
          trx,
          municipality,
          'home_delivery.agreement_updated',
          agreementDetails(agreementId, body),
          agreement.shop_id,
        );
      });
      return presentOneAgreement(municipality.id, agreementId);
    },

    async remove(actor: Actor | null, slug: string, agreementId: string): Promise<void> {
      const municipality = await setup.municipalityFor(
        actor,
        slug,
        'municipality.home_delivery.manage',
      );
      const agreement = await agreementOfMunicipality(municipality.id, agreementId);
      await transaction(async (trx) => {
        await shopDelivery.deleteAgreement(agreementId, trx);
        await setup.recordChange(
          trx,
          municipality,
          'home_delivery.agreement_deleted',
          { agreementId, kind: agreement.kind },
          agreement.shop_id,
        );
      });
    },
  };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
