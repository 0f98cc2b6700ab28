import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEvent, ListingRequest } from '@e-galleria/shared/shops';
import { SubmitButton } from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatDateTime } from '../../lib/format-date.ts';

/** Requests from other municipalities' shops to be shown in this galleria. */
export function ListingRequests({ listings }: { listings: ListingRequest[] }) {
  const { t } = useTranslation();
  const isBusy = useNavigation().state === 'submitting';
  return (
    <section id="listing-requests" aria-labelledby="listing-requests-heading" className="panel">
      {/* Takes focus when the to-do list links here (focus-on-navigation.tsx). */}
      <h2 id="listing-requests-heading" tabIndex={-1}>
        {t('shops.admin.listingsHeading')}
      </h2>
      {listings.length === 0 ? (
        <p>{t('shops.admin.listingsEmpty')}</p>
      ) : (
        <ul className="item-list">
          {listings.map((listing) => (
            <li key={listing.shop.id} className="item-list__item">
              <span className="item-list__title">
                {t('shops.admin.listingFrom', {
                  shop: listing.shop.name,
                  municipality: listing.shop.homeMunicipality.name,
                })}
              </span>
              <span className="badge">{t(`shops.listingStatus.${listing.status}`)}</span>
              {listing.status === 'requested' ? (
                <Form method="post" className="actions-row">
                  <input type="hidden" name="intent" value="decide-listing" />
                  <input type="hidden" name="shopId" value={listing.shop.id} />
                  <SubmitButton
                    isBusy={isBusy}
                    name="decision"
                    value="approve"
                    className="button button--compact"
                  >
                    {t('shops.admin.approveListing', { shop: listing.shop.name })}
                  </SubmitButton>
                  <SubmitButton
                    isBusy={isBusy}
                    name="decision"
                    value="decline"
                    className="button button--secondary button--compact"
                  >
                    {t('shops.admin.declineListing', { shop: listing.shop.name })}
                  </SubmitButton>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What owners and admins did, newest first. */
export function AuditLog({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section aria-labelledby="audit-heading" className="panel">
      <h2 id="audit-heading">{t('shops.admin.auditHeading')}</h2>
      {events.length === 0 ? (
        <p>{t('shops.admin.auditEmpty')}</p>
      ) : (
        <ol className="item-list">
          {events.map((event) => (
            <li key={event.id} className="item-list__item">
              <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, locale)}</time>
              <span className="item-list__title">
                {/* Service point events name their point in the details. */}
                {event.shop?.name ??
                  (typeof event.details.name === 'string' ? event.details.name : '')}
              </span>
              <span>
                {t(`shops.audit.${event.action}`)}
                {event.actor ? ` ${t('shops.admin.auditBy', { name: event.actor.name })}` : ''}
                {typeof event.details.comment === 'string' ? `: ”${event.details.comment}”` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
