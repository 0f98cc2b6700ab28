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
  const doorCode = values['address.doorCode'].trim();
  const driverNote = values['address.driverNote'].trim();
  return {
    failure: null,
    body: {
      name: values.name,
      address: {
        streetAddress: values['address.streetAddress'],
        postalCode: values['address.postalCode'],
        village: values['address.village'],
        phone: values['address.phone'],
        ...(doorCode ? { doorCode } : {}),
        ...(driverNote ? { driverNote } : {}),
      },
    },
  };
}
