import { z } from 'zod';
import { emailSchema } from './auth.ts';
import { deliveryAddressSchema } from './delivery-address.ts';
import {
  decidedOrAskedStatuses,
  eligibilityReasons,
  type EligibilityReason,
  type EligibilityStatus,
} from './household-eligibility.ts';

export {
  decidedOrAskedStatuses,
  eligibilityReasons,
  eligibilityStatuses,
} from './household-eligibility.ts';
export type { EligibilityReason, EligibilityStatus } from './household-eligibility.ts';

const nameSchema = z.string().trim().min(1).max(120);

/** A resident saves a delivery address in a municipality: one per municipality. */
export const createHouseholdBodySchema = z
  .object({
    /** The municipality's slug. */
    municipality: z.string().trim().min(1).max(80),
    /** Who the driver asks for at the door. */
    name: nameSchema,
    address: deliveryAddressSchema,
  })
  .strict();
export type CreateHouseholdBody = z.input<typeof createHouseholdBodySchema>;

/** The whole address again: a form sends every field, so nothing is half-changed. */
export const updateHouseholdBodySchema = z
  .object({ name: nameSchema, address: deliveryAddressSchema })
  .strict();
export type UpdateHouseholdBody = z.input<typeof updateHouseholdBodySchema>;

/** An application names its ground as a category, never as a story (decision 0021). */
export const applyForEligibilityBodySchema = z
  .object({ reason: z.enum(eligibilityReasons) })
  .strict();
export type ApplyForEligibilityBody = z.input<typeof applyForEligibilityBodySchema>;

/** Why the municipality declines or revokes: the resident reads it in the mail. */
export const eligibilityDecisionReasonBodySchema = z
  .object({ reason: z.string().trim().min(1).max(500) })
  .strict();
export type EligibilityDecisionReasonBody = z.input<typeof eligibilityDecisionReasonBodySchema>;

export const municipalityHouseholdListQuerySchema = z
  .object({
    status: z.enum(decidedOrAskedStatuses).default('applied'),
    cursor: z.string().max(200).optional(),
  })
  .strict();
export type MunicipalityHouseholdListQuery = z.input<typeof municipalityHouseholdListQuerySchema>;

/**
 * Shop staff look a caller up by name or phone. At least three characters, so a search is
 * for someone, not a browse through the municipality's households.
 */
export const shopHouseholdSearchQuerySchema = z
  .object({ q: z.string().trim().min(3).max(80) })
  .strict();

/** A household taken down by phone, for someone without an account. */
export const createHouseholdContactBodySchema = z
  .object({
    name: nameSchema,
    /** For the order's confirmation, when the person has one. */
    email: emailSchema.optional(),
    address: deliveryAddressSchema,
  })
  .strict();
export type CreateHouseholdContactBody = z.input<typeof createHouseholdContactBodySchema>;

/** An address as screens read it back: absent optional fields are null. */
export type HouseholdAddressView = {
  streetAddress: string;
  /** Five digits. */
  postalCode: string;
  village: string;
  doorCode: string | null;
  driverNote: string | null;
  phone: string;
};

export type EligibilityView = {
  status: EligibilityStatus;
  reason: EligibilityReason | null;
  appliedAt: string | null;
  decidedAt: string | null;
  /** Why it was declined or revoked. */
  decisionReason: string | null;
};

/** The resident's own household, everything stored about it (also what an export gives). */
export type ResidentHousehold = {
  id: string;
  municipality: { slug: string; name: string };
  name: string;
  address: HouseholdAddressView;
  eligibility: EligibilityView;
  createdAt: string;
  updatedAt: string;
};

/**
 * What the municipality sees: eligibility and address, never what anyone bought. The door
 * code and the driver's note are for the driver, so they are left out too.
 */
export type MunicipalityHousehold = {
  id: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  village: string;
  phone: string;
  hasAccount: boolean;
  eligibility: EligibilityView & { decidedBy: string | null };
  /** The street or postal code changed after the last decision: worth a second look. */
  isAddressChangedSinceDecision: boolean;
};

/** A search hit for shop staff on the phone: enough to tell two namesakes apart. */
export type ShopHouseholdMatch = {
  id: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  village: string;
  /** The last digits only; the caller confirms the rest. */
  phoneEnding: string;
  hasAccount: boolean;
};

/** The household an order on someone's behalf is placed for: what the delivery needs. */
export type ShopHousehold = {
  id: string;
  name: string;
  email: string | null;
  address: HouseholdAddressView;
  hasAccount: boolean;
};
