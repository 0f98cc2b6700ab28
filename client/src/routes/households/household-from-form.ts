import type { UpdateHouseholdBody } from '@e-galleria/shared/households';
import { readTexts } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields } from '../../lib/form-failure.ts';

/** The form's fields are named by their API paths, so server errors find them. */
export const householdFieldNames = [
  'name',
  'address.streetAddress',
  'address.postalCode',
  'address.village',
  'address.doorCode',
  'address.driverNote',
  'address.phone',
] as const;

const requiredFieldNames = [
  'name',
  'address.streetAddress',
  'address.postalCode',
  'address.village',
  'address.phone',
] as const;

/** The name and address as the API takes them; an empty optional field is left out. */
export function householdFromForm(
  formData: FormData,
): { failure: FormFailure; body: null } | { failure: null; body: UpdateHouseholdBody } {
  const values = readTexts(formData, householdFieldNames);
  const failure = findEmptyFields(values, requiredFieldNames);
  if (failure) return { failure, body: null };
  return { failure: null, body: { name: values.name, address: addressFromForm(formData) } };
}

/**
 * The `address.*` fields as the API takes them, an empty optional field left out: the
 * account's addresses, the checkout and orders by phone read the same fields.
 */
export function addressFromForm(formData: FormData): UpdateHouseholdBody['address'] {
  const values = readTexts(formData, householdFieldNames);
  const doorCode = values['address.doorCode'].trim();
  const driverNote = values['address.driverNote'].trim();
  return {
    streetAddress: values['address.streetAddress'].trim(),
    postalCode: values['address.postalCode'].trim(),
    village: values['address.village'].trim(),
    phone: values['address.phone'].trim(),
    ...(doorCode ? { doorCode } : {}),
    ...(driverNote ? { driverNote } : {}),
  };
}
