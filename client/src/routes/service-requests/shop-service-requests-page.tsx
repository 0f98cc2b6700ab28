import {
  Link,
  useFetcher,
  useLoaderData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from 'react-router';
import { useTranslation } from 'react-i18next';
import { maxDeclineReasonLength } from '@e-galleria/shared/service-request-limits';
import type { ShopServiceRequest } from '@e-galleria/shared/service-requests';
import {
  answerServiceRequest,
  declineServiceRequest,
  listShopServiceRequests,
} from '../../api/service-requests-api.ts';
import { fetchShop } from '../../api/shops-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SubmitButton, TextAreaField } from '../../components/form-fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDayAndTime } from '../../lib/format-date.ts';
import { readText } from '../../lib/form-data.ts';
import { toFormFailure } from '../../lib/form-failure.ts';
import { telHref } from '../../lib/phone-link.ts';
import { loginRedirectIfAnonymous } from '../../lib/require-login.ts';
import { formatPostalCode } from '../households/paths.ts';

/** Each card's reason field has a name (and so an id) of its own. */
const reasonField = (requestId: string) => `reason-${requestId}`;

const badgeClass = {
  new: 'badge',
  answered: 'badge badge--success',
  declined: 'badge badge--stopped',
};

async function loadShopServiceRequests({ params, request }: LoaderFunctionArgs) {
  const shopId = params.shopId ?? '';
  try {
    const [{ shop }, list] = await Promise.all([
      fetchShop(shopId, request.signal),
      listShopServiceRequests(shopId, request.signal),
    ]);
    return { shop, requests: list.items };
  } catch (error) {
    return loginRedirectIfAnonymous(error, request);
  }
}

/** "Markera som besvarad" or "Avböj", with the reason the resident is mailed. */
async function shopServiceRequestAction({ params, request }: ActionFunctionArgs) {
  const shopId = params.shopId ?? '';
  const form = await request.formData();
  const id = readText(form, 'requestId');
  try {
    if (readText(form, 'intent') === 'decline') {
      const reason = readText(form, reasonField(id)).trim();
      await declineServiceRequest(shopId, id, reason ? { reason } : {});
    } else await answerServiceRequest(shopId, id);
    return { failure: null, doneAt: Date.now() };
  } catch (error) {
    const failure = toFormFailure(error);
    // The API names the field `reason`; on the page it is the card's own.
    return {
      failure: {
        ...failure,
        fieldErrors: failure.fieldErrors.map((fieldError) =>
          fieldError.field === 'reason' ? { ...fieldError, field: reasonField(id) } : fieldError,
        ),
      },
      doneAt: null,
    };
  }
}

function RequestCard({ request }: { request: ShopServiceRequest }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fetcher = useFetcher<typeof shopServiceRequestAction>();
  const failure = fetcher.data?.failure ?? null;
  const isBusy = fetcher.state !== 'idle';
  const headingId = `request-${request.id}`;
  const reasonLabel = t('serviceRequests.shop.declineReason');
  return (
    <li className="panel service-request-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {request.name}: {request.productTitle}
      </h2>
      <p>
        <span className={badgeClass[request.status]}>
          {t(`serviceRequests.shop.status.${request.status}`)}
        </span>{' '}
        <span className="muted">
          {t('serviceRequests.shop.asked', {
            date: formatSwedishDayAndTime(request.createdAt, locale),
          })}
        </span>
      </p>
      <p>
        {request.streetAddress}, {formatPostalCode(request.postalCode)} {request.village}
      </p>
      <p>
        <a href={telHref(request.phone)}>
          {t('serviceRequests.shop.call', { phone: request.phone })}
        </a>{' '}
        · <a href={`mailto:${request.email}`}>{request.email}</a>
      </p>
      <dl className="service-request-card__facts">
        <dt>{t('serviceRequests.shop.when')}</dt>
        <dd>{request.preferredTime}</dd>
        {request.message ? (
          <>
            <dt>{t('serviceRequests.shop.message')}</dt>
            <dd>{request.message}</dd>
          </>
        ) : null}
      </dl>
      {request.declineReason ? (
        <p>{t('serviceRequests.shop.declinedReason', { reason: request.declineReason })}</p>
      ) : null}
      <ErrorSummary failure={failure} fieldLabels={{ [reasonField(request.id)]: reasonLabel }} />
      <StatusMessage message={fetcher.data?.doneAt ? t('serviceRequests.shop.saved') : null} />
      {request.status === 'new' ? (
        <>
          <fetcher.Form method="post">
            <input type="hidden" name="requestId" value={request.id} />
            <SubmitButton isBusy={isBusy} name="intent" value="answer">
              {t('serviceRequests.shop.answer')}
            </SubmitButton>
          </fetcher.Form>
          <fetcher.Form method="post" className="form service-request-card__decline">
            <input type="hidden" name="requestId" value={request.id} />
            <TextAreaField
              name={reasonField(request.id)}
              label={reasonLabel}
              rows={2}
              maxLength={maxDeclineReasonLength}
              failure={failure}
            />
            <SubmitButton
              isBusy={isBusy}
              name="intent"
              value="decline"
              className="button button--secondary"
            >
              {t('serviceRequests.shop.decline')}
            </SubmitButton>
          </fetcher.Form>
        </>
      ) : null}
    </li>
  );
}

function ShopServiceRequestsPage() {
  const { t } = useTranslation();
  const { shop, requests } = useLoaderData<typeof loadShopServiceRequests>();
  return (
    <div className="page page--narrow">
      <p>
        <Link to={`/konto/butiker/${shop.id}/bestallningar`}>
          {t('serviceRequests.shop.backToOrders')}
        </Link>
      </p>
      <PageHeading title={t('serviceRequests.shop.title')} />
      <p>{t('serviceRequests.shop.intro')}</p>
      {requests.length === 0 ? (
        <p className="panel">{t('serviceRequests.shop.empty')}</p>
      ) : (
        <ul className="service-requests">
          {requests.map((request) => (
            <RequestCard key={request.id} request={request} />
          ))}
        </ul>
      )}
    </div>
  );
}

export const route = {
  loader: loadShopServiceRequests,
  action: shopServiceRequestAction,
  Component: ShopServiceRequestsPage,
};
