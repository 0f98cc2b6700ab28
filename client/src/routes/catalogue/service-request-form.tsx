import { useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProductPage } from '@e-galleria/shared/catalogue';
import type { HouseholdAddressView } from '@e-galleria/shared/households';
import {
  maxPreferredTimeLength,
  maxRequestMessageLength,
} from '@e-galleria/shared/service-request-limits';
import type { ServiceRequestSent } from '@e-galleria/shared/service-requests';
import { sendServiceRequest } from '../../api/service-requests-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextAreaField, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { isSupportedLocale } from '../../i18n/i18n.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { readTexts } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { formatPostalCode } from '../households/paths.ts';
import { useRootData } from '../root-data.ts';

/** The form's `intent`, so the product page's one action knows which form was sent. */
export const serviceRequestIntent = 'service-request';

const fields = [
  'name',
  'email',
  'phone',
  'streetAddress',
  'postalCode',
  'village',
  'preferredTime',
  'message',
] as const;

type RequestResult = {
  failure: FormFailure | null;
  sent: (ServiceRequestSent & { email: string }) | null;
};

/** The product page's action for "Skicka en förfrågan" (decision 0071). */
export async function serviceRequestAction(formData: FormData): Promise<RequestResult> {
  const values = readTexts(formData, [...fields, 'productId', 'locale'] as const);
  const empty = findEmptyFields(values, [
    'name',
    'email',
    'phone',
    'streetAddress',
    'postalCode',
    'village',
    'preferredTime',
  ]);
  if (empty) return { failure: empty, sent: null };
  try {
    const sent = await sendServiceRequest(values.productId, {
      name: values.name,
      email: values.email,
      phone: values.phone,
      streetAddress: values.streetAddress,
      postalCode: values.postalCode,
      village: values.village,
      preferredTime: values.preferredTime,
      ...(values.message.trim() ? { message: values.message } : {}),
      ...(isSupportedLocale(values.locale) ? { locale: values.locale } : {}),
    });
    return { failure: null, sent: { ...sent, email: values.email.trim() } };
  } catch (error) {
    return { failure: toFormFailure(error), sent: null };
  }
}

/**
 * "Skicka en förfrågan": who, where and when it suits, for a service the shop does at the
 * resident's home. The shop calls back; nothing is booked or paid here. A logged-in resident's
 * name and e-mail, and the address of their first saved household, are filled in.
 */
export function ServiceRequestForm({
  product,
  address,
}: {
  product: ProductPage;
  /** A saved household's address of a logged-in resident, if they have one. */
  address: HouseholdAddressView | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { me } = useRootData();
  const fetcher = useFetcher<RequestResult>();
  const failure = fetcher.data?.failure ?? null;
  const sent = fetcher.data?.sent ?? null;
  const labels: Record<(typeof fields)[number], string> = {
    name: t('serviceRequests.form.name'),
    email: t('serviceRequests.form.email'),
    phone: t('serviceRequests.form.phone'),
    streetAddress: t('serviceRequests.form.streetAddress'),
    postalCode: t('serviceRequests.form.postalCode'),
    village: t('serviceRequests.form.village'),
    preferredTime: t('serviceRequests.form.preferredTime'),
    message: t('serviceRequests.form.message'),
  };
  return (
    <section aria-labelledby="service-request-heading" className="service-request">
      <h3 id="service-request-heading">{t('serviceRequests.form.heading')}</h3>
      <StatusMessage
        focusOnShow
        message={sent ? t('serviceRequests.form.sent', { shop: sent.shopName }) : null}
      />
      {sent ? (
        <p>{t('serviceRequests.form.sentReceipt', { email: sent.email })}</p>
      ) : (
        <fetcher.Form method="post" noValidate className="form">
          <p>{t('serviceRequests.form.intro')}</p>
          <ErrorSummary failure={failure} fieldLabels={labels} />
          <input type="hidden" name="intent" value={serviceRequestIntent} />
          <input type="hidden" name="productId" value={product.id} />
          <input type="hidden" name="locale" value={locale} />
          <TextField
            name="name"
            label={labels.name}
            autoComplete="name"
            defaultValue={me?.user.name}
            required
            failure={failure}
          />
          <TextField
            name="email"
            label={labels.email}
            type="email"
            autoComplete="email"
            defaultValue={me?.user.email}
            required
            failure={failure}
          />
          <TextField
            name="phone"
            label={labels.phone}
            hint={t('serviceRequests.form.phoneHint')}
            type="tel"
            autoComplete="tel"
            defaultValue={address?.phone ?? ''}
            required
            failure={failure}
          />
          <TextField
            name="streetAddress"
            label={labels.streetAddress}
            autoComplete="street-address"
            defaultValue={address?.streetAddress ?? ''}
            required
            failure={failure}
          />
          <TextField
            name="postalCode"
            label={labels.postalCode}
            hint={t('serviceRequests.form.postalCodeHint')}
            autoComplete="postal-code"
            inputMode="numeric"
            defaultValue={address ? formatPostalCode(address.postalCode) : ''}
            required
            className="input input--compact"
            failure={failure}
          />
          <TextField
            name="village"
            label={labels.village}
            autoComplete="address-level2"
            defaultValue={address?.village ?? ''}
            required
            failure={failure}
          />
          <TextAreaField
            name="preferredTime"
            label={labels.preferredTime}
            hint={t('serviceRequests.form.preferredTimeHint')}
            rows={2}
            maxLength={maxPreferredTimeLength}
            required
            failure={failure}
          />
          <TextAreaField
            name="message"
            label={labels.message}
            rows={3}
            maxLength={maxRequestMessageLength}
            failure={failure}
          />
          <SubmitButton isBusy={fetcher.state !== 'idle'} needsApp>
            {t('serviceRequests.form.submit')}
          </SubmitButton>
        </fetcher.Form>
      )}
    </section>
  );
}
