import { useTranslation } from 'react-i18next';
import { formatIntervals, intervalsOn } from '@e-galleria/shared/opening-hours';
import type { OpeningHours } from '@e-galleria/shared/shops';
import { useLocale } from '../../i18n/use-locale.ts';

/** "Today: 09:00–18:00", holidays included, by the Swedish wall clock. */
export function TodaysHours({ hours, now }: { hours: OpeningHours; now: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const intervals = intervalsOn(hours, new Date(now));
  return (
    <p>
      {intervals.length === 0
        ? t('servicePoints.storefront.closedToday')
        : t('servicePoints.storefront.today', {
            hours: formatIntervals(intervals, locale),
          })}
    </p>
  );
}
