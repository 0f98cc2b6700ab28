import { useTranslation } from 'react-i18next';
import type { OwnServiceRequest } from '@e-galleria/shared/service-requests';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDayAndTime } from '../../lib/format-date.ts';

/**
 * The services at home a resident asked for while logged in (decision 0071), and whether the
 * shop has answered or declined: before, only the receipt mail said a request was sent.
 */
export function OwnServiceRequests({ requests }: { requests: readonly OwnServiceRequest[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="own-requests-heading" className="panel">
      <h2 id="own-requests-heading">{t('serviceRequests.own.heading')}</h2>
      <p className="muted">{t('serviceRequests.own.intro')}</p>
      <ul className="item-list">
        {requests.map((request) => (
          <li key={request.id} className="item-list__item">
            <span className="item-list__title">
              {t('serviceRequests.own.line', {
                product: request.productTitle,
                shop: request.shopName,
              })}
            </span>
            <span className={request.status === 'answered' ? 'badge badge--success' : 'badge'}>
              {t(`serviceRequests.shop.status.${request.status}`)}
            </span>
            <span className="muted">
              {t('serviceRequests.own.asked', {
                date: formatSwedishDayAndTime(request.createdAt, locale),
              })}
            </span>
            {request.status === 'new' ? <span>{t('serviceRequests.own.waiting')}</span> : null}
            {request.declineReason ? (
              <span>
                {t('serviceRequests.shop.declinedReason', { reason: request.declineReason })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
