import { useTranslation } from 'react-i18next';
import { intervalsOn } from '@e-galleria/shared/opening-hours';
import type { OpeningHours } from '@e-galleria/shared/shops';

/** "Today: 09:00–18:00", holidays included, by the Swedish wall clock. */
export function TodaysHours({ hours, now }: { hours: OpeningHours; now: number }) {
  const { t } = useTranslation();
  const intervals = intervalsOn(hours, new Date(now));
  return (
    <p>
      {intervals.length === 0
        ? t('servicePoints.storefront.closedToday')
        : t('servicePoints.storefront.today', {
            hours: intervals.map((interval) => `${interval.opens}–${interval.closes}`).join(', '),
          })}
    </p>
  );
}
