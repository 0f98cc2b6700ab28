import { useState } from 'react';
import {
  type ActionFunctionArgs,
  Form,
  Link,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { isBooking } from '@e-galleria/shared/bookings';
import { createCheckout, listFulfilmentOptions } from '../../api/basket-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { currentLocale } from '../../i18n/i18n.ts';
import { loadBasket } from '../../lib/basket-store.ts';
import { readText } from '../../lib/form-data.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { formatOre } from '../../lib/money.ts';
import { loginPathReturningTo } from '../../lib/safe-return-path.ts';
import { LegalLinks } from '../legal/legal-links.tsx';
import { useRootData } from '../root-data.ts';
import { listMyHouseholds } from '../../api/households-api.ts';
import { readShopHomeDelivery } from '../../api/home-delivery-api.ts';
import { fetchMeOrNull } from '../../api/auth-api.ts';
import { useHouseholdFieldLabels } from '../households/household-address-fields.tsx';
import {
  checkoutBodyFromForm,
  fulfilmentField,
  homeDeliveryValue,
  onAddressFields,
} from './checkout-form.ts';
import { DeliveryAddressSection } from './delivery-address-section.tsx';
import { useHomeDeliveries } from './use-home-deliveries.ts';
import { FulfilmentChoice, type ShopToCheckOut } from './fulfilment-choice.tsx';

async function loadCheckout({ request }: { request: Request }) {
  const [basket, me] = await Promise.all([loadBasket(), fetchMeOrNull(request.signal)]);
  // A resident's saved addresses fill in the delivery address; the first is asked about.
  const savedAddresses = me ? (await listMyHouseholds(request.signal)).items : [];
  const firstPlace = savedAddresses[0]
    ? {
        postalCode: savedAddresses[0].address.postalCode,
        village: savedAddresses[0].address.village,
      }
    : null;
  const shops: ShopToCheckOut[] = await Promise.all(
    basket.shops.map(async ({ shop, subtotalOre }) => ({
      shop,
      subtotalOre,
      items: basket.items.filter((item) => item.shop.id === shop.id),
      options: (await listFulfilmentOptions(shop.id, request.signal)).items,
      homeDelivery: await readShopHomeDelivery(shop.id, firstPlace, request.signal).catch(
        () => null,
      ),
    })),
  );
  return { basket, shops, savedAddresses };
}

async function checkoutAction({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const shopIds = formData.getAll('shopId').filter((value) => typeof value === 'string');
  const parsed = checkoutBodyFromForm(formData, shopIds, currentLocale());
  if (parsed.failure) return { failure: onAddressFields(parsed.failure) };
  try {
    const { checkout } = await createCheckout(parsed.body, readText(formData, 'idempotencyKey'));
    // A card payment continues on the payment provider's page, which comes back to the order.
    if (checkout.paymentUrl) return redirect(checkout.paymentUrl);
    return redirect(`/bestallningar/${encodeURIComponent(checkout.id)}`);
  } catch (error) {
    const failure: FormFailure = onAddressFields(toFormFailure(error));
    return { failure };
  }
}

function CheckoutPage() {
  const { t } = useTranslation();
  const { basket, shops, savedAddresses } = useLoaderData<typeof loadCheckout>();
  const homeDeliveries = useHomeDeliveries(shops);
  // Which shops deliver home as the form stands: their fees are added to the total shown.
  const [deliveredHome, setDeliveredHome] = useState<ReadonlySet<string>>(new Set());
  const fees = [...deliveredHome].flatMap((shopId) => {
    const offer = homeDeliveries.of(shopId)?.offer;
    return offer ? [offer] : [];
  });
  // Where the resident's household is approved it pays the lower fee: the server charges it
  // so (HouseholdsPort.isApproved), and the total shown is the total ordered.
  const approvedIn = new Set(
    savedAddresses
      .filter((household) => household.eligibility.status === 'approved')
      .map((household) => household.municipality.slug),
  );
  const feeOf = (offer: { feeOre: number; subsidisedFeeOre: number; municipalitySlug: string }) =>
    approvedIn.has(offer.municipalitySlug) ? offer.subsidisedFeeOre : offer.feeOre;
  const feeOre = fees.reduce((sum, offer) => sum + feeOf(offer), 0);
  const subsidisedFeeOre = fees.reduce((sum, offer) => sum + offer.subsidisedFeeOre, 0);
  const addressLabels = useHouseholdFieldLabels();
  // Only booked times: nothing is collected, so paying "when you collect" would mislead.
  const isBookingsOnly = isBooking(basket.items);
  const data = useActionData<typeof checkoutAction>();
  const failure = data && 'failure' in data ? data.failure : null;
  const { me } = useRootData();
  const isBusy = useNavigation().state !== 'idle';
  // One key per checkout attempt on this page: a double click, or sending again after a
  // lost answer, can never order twice (the server answers with the checkout it made).
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  if (basket.items.length === 0)
    return (
      <div className="page page--narrow">
        <PageHeading title={t('checkout.title')} />
        <p>{t('basket.empty')}</p>
        <Link to="/sok">{t('basket.findGoods')}</Link>
      </div>
    );
  const labels: Record<string, string> = {
    'contact.name': t('checkout.name'),
    'contact.email': t('checkout.email'),
    'contact.phone': t('checkout.phone'),
    payment: t('checkout.paymentLegend'),
  };
  for (const { shop } of shops)
    labels[fulfilmentField(shop.id)] = t('checkout.receiveLegend', { shop: shop.name });
  Object.assign(labels, addressLabels);
  const isBasketProblem = failure !== null && failure.code !== 'validation_failed';
  return (
    <div className="page page--narrow">
      <PageHeading title={t('checkout.title')} />
      {me ? null : (
        <p className="notice">
          <Link to={loginPathReturningTo('/kassa')}>{t('checkout.loginSuggestion')}</Link>
        </p>
      )}
      {basket.items.some((item) => item.problem !== null) ? (
        <p className="notice">
          {t('basket.fixProblems')} <Link to="/varukorg">{t('checkout.backToBasket')}</Link>
        </p>
      ) : null}
      <ErrorSummary failure={failure} fieldLabels={labels} />
      {isBasketProblem ? (
        <p>
          <Link to="/varukorg">{t('checkout.backToBasket')}</Link>
        </p>
      ) : null}
      <Form
        method="post"
        noValidate
        className="form"
        onChange={(event) => {
          const field = event.target;
          if (!(field instanceof HTMLInputElement)) return;
          if (field.type !== 'radio' || !field.name.startsWith('fulfilments.')) return;
          const shopId = field.name.slice('fulfilments.'.length);
          setDeliveredHome((previous) => {
            const next = new Set(previous);
            if (field.value === homeDeliveryValue) next.add(shopId);
            else next.delete(shopId);
            return next;
          });
        }}
      >
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <section aria-labelledby="contact-heading" className="panel form">
          <h2 id="contact-heading">{t('checkout.contactHeading')}</h2>
          <TextField
            name="contact.name"
            label={labels['contact.name'] ?? ''}
            autoComplete="name"
            defaultValue={me?.user.name}
            required
            failure={failure}
          />
          <TextField
            name="contact.email"
            label={labels['contact.email'] ?? ''}
            type="email"
            autoComplete="email"
            defaultValue={me?.user.email}
            required
            failure={failure}
          />
          <TextField
            name="contact.phone"
            label={labels['contact.phone'] ?? ''}
            hint={t('checkout.phoneHint')}
            type="tel"
            autoComplete="tel"
            failure={failure}
          />
        </section>
        {homeDeliveries.isOfferedAnywhere ? (
          <DeliveryAddressSection
            savedAddresses={savedAddresses}
            failure={failure}
            onPlaceChange={homeDeliveries.askAbout}
          />
        ) : null}
        <h2>{t(isBookingsOnly ? 'checkout.bookingsHeading' : 'checkout.receiveHeading')}</h2>
        {shops.map((entry) => (
          <div key={entry.shop.id}>
            <input type="hidden" name="shopId" value={entry.shop.id} />
            <FulfilmentChoice
              entry={entry}
              homeDelivery={homeDeliveries.of(entry.shop.id)}
              approvedIn={approvedIn}
              isLoggedIn={me !== null}
              failure={failure}
            />
          </div>
        ))}
        <section aria-labelledby="payment-heading" className="panel">
          <h2 id="payment-heading">{t('checkout.paymentHeading')}</h2>
          <fieldset className="fieldset">
            <legend>{labels.payment}</legend>
            <ul className="choice-list">
              {/* Card only when every shop in the basket can receive card money (the server's word). */}
              {basket.paymentMethods.map((method, index) => (
                <li key={method}>
                  <label className="choice">
                    <input
                      type="radio"
                      name="payment"
                      value={method}
                      id={index === 0 ? 'field-payment' : undefined}
                      defaultChecked={index === 0}
                    />
                    <span>
                      <strong>
                        {method === 'pay_at_pickup' && isBookingsOnly
                          ? t('checkout.payOnSite')
                          : t(`checkout.payment.${method}`)}
                      </strong>
                      <br />
                      {method !== 'pay_at_pickup'
                        ? t(`checkout.paymentNote.${method}`)
                        : deliveredHome.size > 0
                          ? t('checkout.payAtHandoverNote')
                          : isBookingsOnly
                            ? t('checkout.payAtServiceNote')
                            : t('checkout.paymentNote.pay_at_pickup')}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </section>
        <section aria-labelledby="checkout-total" className="panel basket-total">
          <h2 id="checkout-total">{t('basket.totalHeading')}</h2>
          <p className="basket-total__sum">{formatOre(basket.totalOre + feeOre)}</p>
          {feeOre > 0 ? (
            <p>
              {t('checkout.homeDelivery.feeIncluded', { fee: formatOre(feeOre) })}
              {subsidisedFeeOre < feeOre
                ? ` ${t('checkout.homeDelivery.feeIfApproved', { fee: formatOre(subsidisedFeeOre) })}`
                : null}
            </p>
          ) : null}
          <p className="muted">{t('basket.totalNote')}</p>
          <p>{t('legal.checkoutNote')}</p>
          <ul className="inline-list">
            <LegalLinks except="cookies" />
          </ul>
          <SubmitButton isBusy={isBusy}>{t('checkout.submit')}</SubmitButton>
        </section>
      </Form>
    </div>
  );
}

export const route = { loader: loadCheckout, action: checkoutAction, Component: CheckoutPage };
