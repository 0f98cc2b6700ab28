import {
  type ActionFunctionArgs,
  Form,
  Link,
  type LoaderFunctionArgs,
  useActionData,
  useLoaderData,
  useNavigation,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ShopHomeDelivery } from '@e-galleria/shared/home-delivery';
import { fetchShopHomeDelivery, saveShopHomeDelivery } from '../../api/home-delivery-api.ts';
import { fetchShop } from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { fieldId, translateFieldError } from '../../lib/field-error-message.ts';
import { formatSwedishDate } from '../../lib/format-date.ts';
import { type FormFailure, toFormFailure } from '../../lib/form-failure.ts';
import { oreToKronorText } from '../../lib/money.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { readShopOptInForm, renameFields } from './home-delivery-forms.ts';
import { useWeekdayList } from './weekday-text.ts';

/** Staff and other shops' owners get 403 here: the error page says so. */
async function loadShopHomeDelivery({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  try {
    const [{ shop }, { homeDelivery }] = await Promise.all([
      fetchShop(shopId, request.signal),
      fetchShopHomeDelivery(shopId, request.signal),
    ]);
    return { shop, homeDelivery };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

async function shopHomeDeliveryAction({ params, request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = readShopOptInForm(formData);
  if (parsed.failure) return { failure: parsed.failure, isSaved: false };
  // The API names a refused zone or carrier by its place in the list sent: name it by id.
  const renames: Record<string, string> = {};
  parsed.body.zoneIds.forEach((id, index) => (renames[`zoneIds.${index}`] = `zone.${id}`));
  parsed.body.carrierIds.forEach((id, index) => (renames[`carrierIds.${index}`] = `carrier.${id}`));
  try {
    await saveShopHomeDelivery(params.shopId ?? '', parsed.body);
    return { failure: null, isSaved: true };
  } catch (error) {
    return { failure: renameFields(toFormFailure(error), renames), isSaved: false };
  }
}

function ShopHomeDeliveryPage() {
  const { t } = useTranslation();
  const { shop, homeDelivery } = useLoaderData<typeof loadShopHomeDelivery>();
  const result = useActionData<typeof shopHomeDeliveryAction>();
  const failure = result?.failure ?? null;
  const isBusy = useNavigation().state === 'submitting';
  const labels: Record<string, string> = {
    isEnabled: t('homeDelivery.shop.isEnabled'),
    zoneIds: t('homeDelivery.shop.zonesHeading'),
    carrierIds: t('homeDelivery.shop.carriersHeading'),
    extraFeeOre: t('homeDelivery.shop.extraFee'),
    extraCutoffHours: t('homeDelivery.shop.extraCutoffHours'),
  };
  for (const zone of homeDelivery.availableZones) labels[`zone.${zone.id}`] = zone.name;
  for (const carrier of homeDelivery.availableCarriers)
    labels[`carrier.${carrier.id}`] = carrier.name;
  return (
    <div className="page">
      <p>
        <Link to={`/konto/butiker/${shop.id}`}>
          {t('homeDelivery.shop.backToShop', { shop: shop.name })}
        </Link>
      </p>
      <PageHeading title={t('homeDelivery.shop.title', { shop: shop.name })} />
      <p>{t('homeDelivery.shop.intro')}</p>
      <AgreementSummary homeDelivery={homeDelivery} />
      <StatusMessage
        message={result?.isSaved && !isBusy ? t('homeDelivery.shop.saved') : null}
        focusOnShow
      />
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post" className="form" noValidate>
        <div className="field field--checkbox">
          <input
            id={fieldId('isEnabled')}
            type="checkbox"
            name="isEnabled"
            defaultChecked={homeDelivery.isEnabled}
            aria-describedby={
              failure?.fieldErrors.some((error) => error.field === 'isEnabled')
                ? `${fieldId('isEnabled')}-error`
                : undefined
            }
          />
          <label htmlFor={fieldId('isEnabled')}>{labels.isEnabled}</label>
          <CheckboxError failure={failure} field="isEnabled" />
        </div>
        <ZoneChoices homeDelivery={homeDelivery} failure={failure} />
        <CarrierChoices homeDelivery={homeDelivery} failure={failure} />
        <TextField
          name="extraFeeOre"
          label={labels.extraFeeOre ?? ''}
          hint={t('homeDelivery.shop.extraFeeHint')}
          inputMode="decimal"
          failure={failure}
          defaultValue={oreToKronorText(homeDelivery.extraFeeOre)}
        />
        <TextField
          name="extraCutoffHours"
          label={labels.extraCutoffHours ?? ''}
          hint={t('homeDelivery.shop.extraCutoffHint')}
          inputMode="numeric"
          failure={failure}
          defaultValue={String(homeDelivery.extraCutoffHours)}
        />
        <SubmitButton isBusy={isBusy}>{t('homeDelivery.shop.save')}</SubmitButton>
      </Form>
    </div>
  );
}

function AgreementSummary({ homeDelivery }: { homeDelivery: ShopHomeDelivery }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const valid = homeDelivery.agreements.filter((agreement) => agreement.isValidToday);
  if (valid.length === 0) return <p className="notice">{t('homeDelivery.shop.noAgreement')}</p>;
  return (
    <ul className="inline-list">
      {valid.map((agreement) => (
        <li key={agreement.id}>
          {agreement.validTo
            ? t('homeDelivery.shop.agreementUntil', {
                kind: t(`homeDelivery.agreementKinds.${agreement.kind}`),
                to: formatSwedishDate(agreement.validTo, locale),
              })
            : t('homeDelivery.shop.agreementOpen', {
                kind: t(`homeDelivery.agreementKinds.${agreement.kind}`),
              })}
        </li>
      ))}
    </ul>
  );
}

function ZoneChoices(props: { homeDelivery: ShopHomeDelivery; failure: FormFailure | null }) {
  const { homeDelivery, failure } = props;
  const { t } = useTranslation();
  const weekdayList = useWeekdayList();
  const chosen = new Set(homeDelivery.zoneIds);
  return (
    <fieldset className="fieldset">
      <legend>{t('homeDelivery.shop.zonesHeading')}</legend>
      <CheckboxError failure={failure} field="zoneIds" />
      {homeDelivery.availableZones.length === 0 ? <p>{t('homeDelivery.shop.noZones')}</p> : null}
      {homeDelivery.availableZones.map((zone) => {
        const id = fieldId(`zone.${zone.id}`);
        return (
          <div key={zone.id} className="field field--checkbox">
            <input
              id={id}
              type="checkbox"
              name="zoneIds"
              value={zone.id}
              defaultChecked={chosen.has(zone.id)}
              aria-describedby={`${id}-hint`}
            />
            <label htmlFor={id}>{zone.name}</label>
            <p id={`${id}-hint`} className="field__hint">
              {t('homeDelivery.shop.zoneDetails', {
                villages: zone.villages.join(', '),
                days: weekdayList(zone.routeWeekdays),
              })}
            </p>
            <CheckboxError failure={failure} field={`zone.${zone.id}`} />
          </div>
        );
      })}
    </fieldset>
  );
}

function CarrierChoices(props: { homeDelivery: ShopHomeDelivery; failure: FormFailure | null }) {
  const { homeDelivery, failure } = props;
  const { t } = useTranslation();
  const chosen = new Set(homeDelivery.carrierIds);
  const zoneNames = new Map(homeDelivery.availableZones.map((zone) => [zone.id, zone.name]));
  return (
    <fieldset className="fieldset">
      <legend>{t('homeDelivery.shop.carriersHeading')}</legend>
      <p className="field__hint">{t('homeDelivery.shop.carriersHint')}</p>
      <CheckboxError failure={failure} field="carrierIds" />
      {homeDelivery.availableCarriers.length === 0 ? (
        <p>{t('homeDelivery.shop.noCarriers')}</p>
      ) : null}
      {homeDelivery.availableCarriers.map((carrier) => {
        const id = fieldId(`carrier.${carrier.id}`);
        return (
          <div key={carrier.id} className="field field--checkbox">
            <input
              id={id}
              type="checkbox"
              name="carrierIds"
              value={carrier.id}
              defaultChecked={chosen.has(carrier.id)}
              aria-describedby={`${id}-hint`}
            />
            <label htmlFor={id}>{carrier.name}</label>
            <p id={`${id}-hint`} className="field__hint">
              {t('homeDelivery.shop.carrierDrives', {
                zones: carrier.zoneIds.map((zoneId) => zoneNames.get(zoneId) ?? '').join(', '),
              })}
            </p>
            <CheckboxError failure={failure} field={`carrier.${carrier.id}`} />
          </div>
        );
      })}
    </fieldset>
  );
}

function CheckboxError({ failure, field }: { failure: FormFailure | null; field: string }) {
  const { t } = useTranslation();
  const error = failure?.fieldErrors.find((candidate) => candidate.field === field);
  if (!error) return null;
  return (
    <p id={`${fieldId(field)}-error`} className="field__error">
      {translateFieldError(t, error)}
    </p>
  );
}

export const route = {
  loader: loadShopHomeDelivery,
  action: shopHomeDeliveryAction,
  Component: ShopHomeDeliveryPage,
};
