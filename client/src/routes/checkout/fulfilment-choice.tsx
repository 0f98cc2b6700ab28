import { useTranslation } from 'react-i18next';
import { isBooking } from '@e-galleria/shared/bookings';
import type { BasketItem } from '@e-galleria/shared/basket';
import type { FulfilmentOption } from '@e-galleria/shared/fulfilment';
import type { ShopHomeDeliveryOffer } from '@e-galleria/shared/home-delivery';
import { fieldId, translateFieldError } from '../../lib/field-error-message.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishTime } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import { fulfilmentField, fulfilmentValue, homeDeliveryValue } from './checkout-form.ts';
import { FulfilmentOptionLabel } from './fulfilment-option-label.tsx';
import { HomeDeliveryLabel } from './home-delivery-label.tsx';

export type ShopToCheckOut = {
  shop: BasketItem['shop'];
  items: BasketItem[];
  subtotalOre: number;
  options: FulfilmentOption[];
  /** Whether and where the shop drives goods home; null when it could not be read. */
  homeDelivery: ShopHomeDeliveryOffer | null;
};

/** The amenity a service point needs for goods kept cold (DESIGN §4). */
const amenityFor = { chilled: 'fridge', frozen: 'freezer' } as const;

function missingAmenity(option: FulfilmentOption, items: readonly BasketItem[]): boolean {
  if (option.method !== 'pickup_at_service_point') return false;
  return items.some(
    (item) =>
      item.storageClass !== 'ambient' &&
      !option.servicePoint.amenities.includes(amenityFor[item.storageClass]),
  );
}

/** One shop's goods and the ways to receive them, as a radio group. */
export function FulfilmentChoice({
  entry,
  homeDelivery,
  approvedIn,
  isLoggedIn,
  failure,
}: {
  entry: ShopToCheckOut;
  /** The shop's answer for the address given so far (the loader's until one is given). */
  homeDelivery: ShopHomeDeliveryOffer | null;
  /** The municipalities (slugs) where the resident's household is approved. */
  approvedIn: ReadonlySet<string>;
  /** A guest is told to log in, a resident where to apply, when approval is needed. */
  isLoggedIn: boolean;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { shop, items, options } = entry;
  const isDeliveredHome = homeDelivery?.isOffered === true;
  const offer = homeDelivery?.offer ?? null;
  const isApprovedHousehold = offer !== null && approvedIn.has(offer.municipalitySlug);
  // Offered only to approved households: not a choice for this resident, said beside it
  // rather than refused at "Beställ" (the server refuses it too, checkout-plan.ts).
  const needsApproval = offer !== null && offer.isForApprovedOnly && !isApprovedHousehold;
  const name = fulfilmentField(shop.id);
  const error = failure?.fieldErrors.find((fieldError) => fieldError.field === name);
  const errorId = `${fieldId(name)}-error`;
  const hintId = `${fieldId(name)}-hint`;
  const keptCold = items.some((item) => item.storageClass !== 'ambient');
  const bookedInShop = isBooking(items)
    ? options.find((option) => option.method === 'pickup_in_shop')
    : undefined;
  const describedBy = [keptCold ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <section aria-labelledby={`checkout-shop-${shop.id}`} className="panel">
      <h3 id={`checkout-shop-${shop.id}`}>{shop.name}</h3>
      <ul className="checkout-lines">
        {items.map((item) => (
          <li key={item.id}>
            {t('checkout.line', { quantity: item.quantity, title: item.title })}
            {item.variantName ? `, ${item.variantName}` : ''}
            {item.slot ? `, ${formatSwedishTime(item.slot.start, locale)}` : ''}
            <span>{formatOre(item.lineTotalOre)}</span>
          </li>
        ))}
      </ul>
      <p className="checkout-subtotal">
        {t('basket.subtotal', { shop: shop.name })} <strong>{formatOre(entry.subtotalOre)}</strong>
      </p>
      {bookedInShop ? (
        <>
          {/* Booked times only: the order is the shop's, with nothing to pick up or drive. */}
          <input type="hidden" name={name} value={fulfilmentValue(bookedInShop)} />
          <p>{t('checkout.bookingsOnly')}</p>
        </>
      ) : options.length === 0 && !isDeliveredHome ? (
        <p className="notice">{t('checkout.noOptions')}</p>
      ) : (
        <fieldset
          className={error ? 'fieldset field--invalid' : 'fieldset'}
          aria-describedby={describedBy || undefined}
        >
          <legend>{t('checkout.receiveLegend', { shop: shop.name })}</legend>
          {keptCold ? (
            <p id={hintId} className="field__hint">
              {t('checkout.coldHint')}
            </p>
          ) : null}
          {error ? (
            <p id={errorId} className="field__error">
              {translateFieldError(t, error)}
            </p>
          ) : null}
          <ul className="choice-list">
            {options.map((option, index) => {
              const isUnsuitable = missingAmenity(option, items);
              return (
                <li key={fulfilmentValue(option)}>
                  <label className="choice">
                    <input
                      type="radio"
                      name={name}
                      value={fulfilmentValue(option)}
                      id={index === 0 ? fieldId(name) : undefined}
                      disabled={isUnsuitable}
                      required
                    />
                    <FulfilmentOptionLabel option={option} isUnsuitable={isUnsuitable} />
                  </label>
                </li>
              );
            })}
            {homeDelivery && isDeliveredHome ? (
              <li>
                <label className="choice">
                  <input
                    type="radio"
                    name={name}
                    value={homeDeliveryValue}
                    id={options.length === 0 ? fieldId(name) : undefined}
                    disabled={needsApproval}
                    required
                  />
                  <HomeDeliveryLabel
                    homeDelivery={homeDelivery}
                    isApprovedHousehold={isApprovedHousehold}
                    approvalHelp={needsApproval ? (isLoggedIn ? 'apply' : 'logIn') : null}
                  />
                </label>
              </li>
            ) : null}
          </ul>
        </fieldset>
      )}
    </section>
  );
}
