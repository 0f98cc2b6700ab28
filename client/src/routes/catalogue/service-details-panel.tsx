import { useTranslation } from 'react-i18next';
import type { ServiceDetails, Slot } from '@e-galleria/shared/catalogue';
import { intlLocaleTags } from '@e-galleria/shared/intl-locale-tags';
import { useLocale } from '../../i18n/use-locale.ts';

/** Duration, where it happens and the next free slots; the slot is chosen when adding to the basket. */
export function ServiceDetailsPanel({
  service,
  slots,
  after = null,
}: {
  service: ServiceDetails;
  slots: readonly Slot[];
  /** The times listed start after this instant ("Senare tider"); null: from now. */
  after?: string | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Slots are Swedish local time whatever the visitor's device says.
  const startFormat = new Intl.DateTimeFormat(intlLocaleTags[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Stockholm',
  });
  // Free times only: a full one said "0 platser kvar" under "Nästa lediga tider".
  const freeSlots = slots.filter((slot) => slot.available > 0);
  return (
    <section aria-labelledby="service-heading" className="panel">
      <h2 id="service-heading">{t('catalogue.service.heading')}</h2>
      <dl className="details-list">
        <dt>{t('catalogue.service.duration')}</dt>
        <dd>{t('catalogue.service.minutes', { count: service.durationMinutes })}</dd>
        <dt>{t('catalogue.service.location')}</dt>
        <dd>{t(`catalogue.service.locations.${service.location}`)}</dd>
        <dt>{t('catalogue.service.booking')}</dt>
        <dd>{t(`catalogue.service.bookingModes.${service.bookingMode}`)}</dd>
      </dl>
      {service.bookingMode === 'slots' ? (
        <>
          <h3>
            {after === null
              ? t('catalogue.service.nextSlots')
              : t('catalogue.service.slotsAfter', { time: startFormat.format(new Date(after)) })}
          </h3>
          {freeSlots.length === 0 ? (
            <p>{t('catalogue.service.noSlots')}</p>
          ) : (
            <ul className="slot-list">
              {freeSlots.map((slot) => (
                <li key={slot.startsAt} className="slot-list__item">
                  <time dateTime={slot.startsAt}>
                    {startFormat.format(new Date(slot.startsAt))}
                  </time>{' '}
                  <span className="muted">
                    {t('catalogue.service.available', { count: slot.available })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  );
}
