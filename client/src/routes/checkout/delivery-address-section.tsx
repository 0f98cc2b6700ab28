import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentHousehold } from '@e-galleria/shared/households';
import type { FormFailure } from '../../lib/form-failure.ts';
import { DeliveryAddressFields } from '../households/household-address-fields.tsx';
import { formatPostalCode } from '../households/paths.ts';

/**
 * One delivery address for every shop that drives the goods home. A resident picks a saved
 * address (the fields are filled from it) or types another; a guest types it.
 */
export function DeliveryAddressSection({
  savedAddresses,
  failure,
  onPlaceChange,
}: {
  savedAddresses: readonly ResidentHousehold[];
  failure: FormFailure | null;
  onPlaceChange: (place: { postalCode: string; village: string }) => void;
}) {
  const { t } = useTranslation();
  const [chosenId, setChosenId] = useState(savedAddresses[0]?.id ?? '');
  const chosen = savedAddresses.find((household) => household.id === chosenId) ?? null;
  return (
    <section aria-labelledby="delivery-address-heading" className="panel form">
      <h2 id="delivery-address-heading">{t('checkout.homeDelivery.addressHeading')}</h2>
      <p className="field__hint">{t('checkout.homeDelivery.addressHint')}</p>
      {savedAddresses.length > 0 ? (
        <div className="field">
          <label htmlFor="saved-address" className="field__label">
            {t('checkout.homeDelivery.savedAddress')}
          </label>
          <select
            id="saved-address"
            className="input"
            value={chosenId}
            onChange={(event) => {
              setChosenId(event.target.value);
              const next = savedAddresses.find((household) => household.id === event.target.value);
              if (next)
                onPlaceChange({
                  postalCode: next.address.postalCode,
                  village: next.address.village,
                });
            }}
          >
            {savedAddresses.map((household) => (
              <option key={household.id} value={household.id}>
                {household.address.streetAddress}, {formatPostalCode(household.address.postalCode)}{' '}
                {household.address.village}
              </option>
            ))}
            <option value="">{t('checkout.homeDelivery.otherAddress')}</option>
          </select>
        </div>
      ) : null}
      {/* A new key fills the fields afresh from the address picked. */}
      <DeliveryAddressFields
        key={chosenId}
        address={chosen?.address ?? null}
        failure={failure}
        isRequired={false}
        onPlaceChange={onPlaceChange}
      />
    </section>
  );
}
