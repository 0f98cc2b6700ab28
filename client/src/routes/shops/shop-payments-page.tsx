import {
  type ActionFunctionArgs,
  Form,
  Link,
  type LoaderFunctionArgs,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ShopPaymentStatus } from '@e-galleria/shared/payments';
import { isApiError } from '../../api/api-error.ts';
import { createOnboardingLink, fetchShopPayments } from '../../api/payments-api.ts';
import { fetchShop } from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { toFormFailure } from '../../lib/form-failure.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';

/**
 * The owner's Stripe Connect page, also where Stripe sends them back (?klar=1) or when the
 * onboarding link expired (?forny=1). Loading the status re-reads it from Stripe while
 * onboarding is unfinished, so coming back shows the truth even before the webhook.
 */
type Arrival = 'returned' | 'expired' | null;

async function loadShopPayments({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  const search = new URL(request.url).searchParams;
  const arrival: Arrival = search.has('klar') ? 'returned' : search.has('forny') ? 'expired' : null;
  try {
    const [{ shop }, payments] = await Promise.all([
      fetchShop(shopId, request.signal),
      fetchShopPayments(shopId, request.signal).catch((error: unknown) => {
        if (isApiError(error, 'payments_not_configured')) return null;
        throw error;
      }),
    ]);
    return { shop, payments: payments?.payments ?? null, arrival };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

async function shopPaymentsAction({ params }: ActionFunctionArgs) {
  try {
    const { url } = await createOnboardingLink(params.shopId ?? '');
    // Stripe's hosted onboarding is another site: the router leaves the app for it.
    return redirect(url);
  } catch (error) {
    return { failure: toFormFailure(error) };
  }
}

function ShopPaymentsPage() {
  const { t } = useTranslation();
  const { shop, payments, arrival } = useLoaderData<typeof loadShopPayments>();
  return (
    <div className="page">
      <PageHeading title={t('payments.shop.title', { shop: shop.name })} />
      <p>
        <Link to={`/konto/butiker/${shop.id}`}>{t('payments.shop.backToShop')}</Link>
      </p>
      <p>{t('payments.shop.intro')}</p>
      {payments ? (
        <PaymentStatusPanel payments={payments} arrival={arrival} />
      ) : (
        <p className="notice" role="note">
          {t('payments.shop.notConfigured')}
        </p>
      )}
    </div>
  );
}

function PaymentStatusPanel(props: { payments: ShopPaymentStatus; arrival: Arrival }) {
  const { payments, arrival } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useActionData<typeof shopPaymentsAction>();
  const isBusy = useNavigation().state !== 'idle';
  const yesNo = (value: boolean) => (value ? t('payments.shop.yes') : t('payments.shop.no'));
  const button =
    payments.state === 'not_connected'
      ? t('payments.shop.connect')
      : payments.state === 'onboarding'
        ? t('payments.shop.continue')
        : t('payments.shop.review');
  return (
    <section aria-labelledby="payment-status-heading" className="panel">
      <h2 id="payment-status-heading">{t('payments.shop.statusHeading')}</h2>
      {arrival ? (
        <p className="notice" role="status">
          {arrival === 'returned' ? t('payments.shop.returned') : t('payments.shop.linkExpired')}
        </p>
      ) : null}
      <p>
        <span className={payments.state === 'ready' ? 'badge badge--success' : 'badge'}>
          {t(`payments.shop.state.${payments.state}`)}
        </span>
      </p>
      <p>{t(`payments.shop.stateIntro.${payments.state}`)}</p>
      {payments.state === 'not_connected' ? null : (
        <dl className="details-list details-list--inline">
          <dt>{t('payments.shop.detailsSubmitted')}</dt>
          <dd>{yesNo(payments.detailsSubmitted)}</dd>
          <dt>{t('payments.shop.chargesEnabled')}</dt>
          <dd>{yesNo(payments.chargesEnabled)}</dd>
          <dt>{t('payments.shop.payoutsEnabled')}</dt>
          <dd>{yesNo(payments.payoutsEnabled)}</dd>
        </dl>
      )}
      {payments.updatedAt ? (
        <p>{t('payments.shop.updatedAt', { date: formatDateTime(payments.updatedAt, locale) })}</p>
      ) : null}
      <ErrorSummary failure={data?.failure ?? null} fieldLabels={{}} />
      <Form method="post">
        <p className="field__hint">{t('payments.shop.redirectHint')}</p>
        <SubmitButton isBusy={isBusy}>{button}</SubmitButton>
      </Form>
    </section>
  );
}

export const route = {
  loader: loadShopPayments,
  action: shopPaymentsAction,
  Component: ShopPaymentsPage,
};
