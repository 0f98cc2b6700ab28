import type { DeliveryAddress } from '@e-galleria/shared/delivery-address';

/**
 * What the households module asks of home delivery's set-up (decision 0020), handed in when
 * the app is composed: whether the municipality delivers to an address at all. Until the
 * set-up module fills it, every address of a municipality is accepted.
 */
export type HouseholdAreas = {
  /**
   * Resolves when the municipality's zones cover the address; otherwise throws a field-level
   * AppError naming `address.postalCode` (or `address.village`), which is passed on unchanged.
   */
  checkAddress: (municipalityId: string, address: DeliveryAddress) => Promise<void>;
};
