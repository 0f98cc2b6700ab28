import { Form, Link, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductPage, ShopProductItem } from '@e-galleria/shared/catalogue';
import type { FulfilmentOption } from '@e-galleria/shared/fulfilment';
import type { ShopHousehold } from '@e-galleria/shared/households';
import type { ShopHomeDeliveryOffer } from '@e-galleria/shared/home-delivery';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-fields.tsx';
import { fieldId, translateFieldError } from '../../lib/field-error-message.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { formatOre } from '../../lib/money.ts';
import { FulfilmentOptionLabel } from '../checkout/fulfilment-option-label.tsx';
import { HomeDeliveryLabel } from '../checkout/home-delivery-label.tsx';
import { formatPostalCode } from '../households/paths.ts';
import { phoneOrderPath } from './paths.ts';

export type PhoneOrderChoices = {
  household: ShopHousehold;
  options: FulfilmentOption[];
  homeDelivery: ShopHomeDeliveryOffer | null;
  goods: (ShopProductItem & { variants: ProductPage['variants'] | null })[];
};

function QuantityInput({ name, label }: { name: string; label: string }) {
  return (
    <input
      className="input input--quantity"
      type="number"
      inputMode="numeric"
      min={0}
      max={99}
      name={name}
      id={fieldId(name)}
      defaultValue=""
      placeholder="0"
      aria-label={label}
    />
  );
}

/** The household's order: how many of each of the shop's goods, and how they get them. */
export function PhoneOrderForm({
  shopId,
  chosen,
  failure,
  idempotencyKey,
}: {
  shopId: string;
  chosen: PhoneOrderChoices;
  failure: FormFailure | null;
  idempotencyKey: string;
}) {
  const { t } = useTranslation();
  const isBusy = useNavigation().state !== 'idle';
  const { household, options, homeDelivery, goods } = chosen;
  const labels = {
    items: t('phoneOrders.goodsHeading'),
    'fulfilment.method': t('phoneOrders.fulfilmentLegend'),
  };
  const fulfilmentError = failure?.fieldErrors.find(
    (fieldError) => fieldError.field === 'fulfilment.method',
  );
  const itemsError = failure?.fieldErrors.find((fieldError) => fieldError.field === 'items');
  return (
    <>
      <section aria-labelledby="household-heading" className="panel">
        <h2 id="household-heading">{household.name}</h2>
        <p>
          {household.address.streetAddress}, {formatPostalCode(household.address.postalCode)}{' '}
          {household.address.village}
          <br />
          {household.address.phone}
          {household.email ? (
            <>
              <br />
              {household.email}
            </>
          ) : null}
        </p>
        <p className="muted">
          {/* An account's own address is the account's to show; it is mailed all the same. */}
          {household.email || household.hasAccount
            ? t('phoneOrders.mailed')
            : t('phoneOrders.notMailed')}
        </p>
        <Link to={phoneOrderPath(shopId)}>{t('phoneOrders.otherHousehold')}</Link>
      </section>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="householdId" value={household.id} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <section aria-labelledby="goods-heading" className="panel">
          <h2 id="goods-heading">{labels.items}</h2>
          {itemsError ? (
            <p id={`${fieldId('items')}-error`} className="field__error">
              {translateFieldError(t, itemsError)}
            </p>
          ) : null}
          {goods.length === 0 ? (
            <p>{t('phoneOrders.noGoods')}</p>
          ) : (
            <ul className="phone-order-goods">
              {goods.map((product) => (
                <li key={product.id}>
                  {product.variants ? (
                    <fieldset className="fieldset">
                      <legend>{product.title}</legend>
                      {product.variants.map((variant) => (
                        <div key={variant.id} className="phone-order-goods__row">
                          <span>
                            {variant.name ?? product.title} · {formatOre(variant.priceOre)}
                          </span>
                          <QuantityInput
                            name={`variant.${variant.id}`}
                            label={t('phoneOrders.quantityOf', {
                              title: `${product.title} ${variant.name ?? ''}`.trim(),
                            })}
                          />
                        </div>
                      ))}
                    </fieldset>
                  ) : (
                    <div className="phone-order-goods__row">
                      <span>
                        {product.title} · {formatOre(product.priceFromOre)}
                        {product.isInStock ? null : (
                          <span className="muted"> · {t('phoneOrders.outOfStock')}</span>
                        )}
                      </span>
                      <QuantityInput
                        name={`product.${product.id}`}
                        label={t('phoneOrders.quantityOf', { title: product.title })}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="receive-heading" className="panel">
          <h2 id="receive-heading">{t('phoneOrders.receiveHeading')}</h2>
          <fieldset className={fulfilmentError ? 'fieldset field--invalid' : 'fieldset'}>
            <legend>{labels['fulfilment.method']}</legend>
            {fulfilmentError ? (
              <p id={`${fieldId('fulfilment.method')}-error`} className="field__error">
                {translateFieldError(t, fulfilmentError)}
              </p>
            ) : null}
            <ul className="choice-list">
              {homeDelivery?.isOffered ? (
                <li>
                  <label className="choice">
                    <input
                      type="radio"
                      name="fulfilment"
                      value="home_delivery"
                      id={fieldId('fulfilment.method')}
                    />
                    {/* Both fees shown: the shop does not see the household's decision. */}
                    <HomeDeliveryLabel homeDelivery={homeDelivery} isApprovedHousehold={false} />
                  </label>
                </li>
              ) : null}
              {options.map((option) => (
                <li
                  key={
                    option.method === 'pickup_at_service_point'
                      ? option.servicePoint.id
                      : option.method
                  }
                >
                  <label className="choice">
                    <input
                      type="radio"
                      name="fulfilment"
                      value={
                        option.method === 'pickup_at_service_point'
                          ? `${option.method}:${option.servicePoint.id}`
                          : option.method
                      }
                    />
                    <FulfilmentOptionLabel option={option} />
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <p className="muted">{t('phoneOrders.payment')}</p>
        </section>
        <SubmitButton isBusy={isBusy}>{t('phoneOrders.submit')}</SubmitButton>
      </Form>
    </>
  );
}
