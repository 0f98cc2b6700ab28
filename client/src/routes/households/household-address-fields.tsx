import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdAddressView } from '@e-galleria/shared/households';
import { TextAreaField, TextField } from '../../components/form-fields.tsx';
import type { FormFailure } from '../../lib/form-failure.ts';
import { formatPostalCode } from './paths.ts';

/** The labels of the address form, by API field path, for the error summary as well. */
export function useHouseholdFieldLabels(): Record<string, string> {
  const { t } = useTranslation();
  return {
    municipality: t('households.fields.municipality'),
    name: t('households.fields.name'),
    'address.streetAddress': t('households.fields.streetAddress'),
    'address.postalCode': t('households.fields.postalCode'),
    'address.village': t('households.fields.village'),
    'address.doorCode': t('households.fields.doorCode'),
    'address.driverNote': t('households.fields.driverNote'),
    'address.phone': t('households.fields.phone'),
  };
}

/** Name, address, door code, a note and a phone: what the driver needs at the door. */
export function HouseholdAddressFields({
  name,
  address,
  failure,
}: {
  name: string;
  address: HouseholdAddressView | null;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const labels = useHouseholdFieldLabels();
  return (
    <>
      <TextField
        name="name"
        label={labels.name ?? ''}
        hint={t('households.fields.nameHint')}
        defaultValue={name}
        autoComplete="name"
        required
        failure={failure}
      />
      <DeliveryAddressFields address={address} failure={failure} />
    </>
  );
}

/**
 * The address fields alone (`address.*`), shared by the account's addresses and the checkout.
 * `onPlaceChange` hears the postal code and village as they are typed, so the checkout can ask
 * the shops whether they drive there.
 */
export function DeliveryAddressFields({
  address,
  failure,
  isRequired = true,
  onPlaceChange,
}: {
  address: HouseholdAddressView | null;
  failure: FormFailure | null;
  isRequired?: boolean;
  onPlaceChange?: (place: { postalCode: string; village: string }) => void;
}) {
  const { t } = useTranslation();
  const labels = useHouseholdFieldLabels();
  const reportPlace = (event: FocusEvent<HTMLInputElement>) => {
    const form = event.currentTarget.form;
    if (!form || !onPlaceChange) return;
    const read = (field: string) => {
      const value = new FormData(form).get(field);
      return typeof value === 'string' ? value.trim() : '';
    };
    onPlaceChange({ postalCode: read('address.postalCode'), village: read('address.village') });
  };
  return (
    <>
      <TextField
        name="address.streetAddress"
        label={labels['address.streetAddress'] ?? ''}
        defaultValue={address?.streetAddress ?? ''}
        autoComplete="street-address"
        required={isRequired}
        failure={failure}
      />
      <TextField
        name="address.postalCode"
        label={labels['address.postalCode'] ?? ''}
        hint={t('households.fields.postalCodeHint')}
        defaultValue={address ? formatPostalCode(address.postalCode) : ''}
        autoComplete="postal-code"
        inputMode="numeric"
        required={isRequired}
        onBlur={reportPlace}
        failure={failure}
      />
      <TextField
        name="address.village"
        label={labels['address.village'] ?? ''}
        defaultValue={address?.village ?? ''}
        autoComplete="address-level2"
        required={isRequired}
        onBlur={reportPlace}
        failure={failure}
      />
      <TextField
        name="address.doorCode"
        label={labels['address.doorCode'] ?? ''}
        defaultValue={address?.doorCode ?? ''}
        autoComplete="off"
        failure={failure}
      />
      <TextAreaField
        name="address.driverNote"
        label={labels['address.driverNote'] ?? ''}
        hint={t('households.fields.driverNoteHint')}
        defaultValue={address?.driverNote ?? ''}
        rows={3}
        maxLength={300}
        failure={failure}
      />
      <TextField
        name="address.phone"
        label={labels['address.phone'] ?? ''}
        hint={t('households.fields.phoneHint')}
        defaultValue={address?.phone ?? ''}
        type="tel"
        autoComplete="tel"
        required={isRequired}
        failure={failure}
      />
    </>
  );
}
