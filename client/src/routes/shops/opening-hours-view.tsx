import { useTranslation } from 'react-i18next';
import { swedishDateOf } from '@e-galleria/shared/calendar-dates';
import { formatIntervals } from '@e-galleria/shared/opening-hours';
import type { OpeningHours } from '@e-galleria/shared/shops';
import { intlLocaleTags } from '@e-galleria/shared/intl-locale-tags';
import { useLocale } from '../../i18n/use-locale.ts';

const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;

/**
 * The week as a definition list (day → hours), then upcoming special days. `now` is the
 * page loader's clock: rendering stays pure, and on a page the server renders, server and
 * browser agree on what is upcoming.
 */
export function OpeningHoursView({
  hours,
  headingId,
  now,
}: {
  hours: OpeningHours;
  headingId: string;
  now: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (hours.weekly.length === 0 && hours.exceptions.length === 0)
    return <p>{t('shops.storefront.noHours')}</p>;
  // Today in Sweden: the UTC date is still yesterday's for the first hour or two of the day.
  const today = swedishDateOf(now);
  const upcoming = hours.exceptions
    .filter((exception) => exception.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  const dateFormat = new Intl.DateTimeFormat(intlLocaleTags[locale], {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return (
    <>
      <dl className="details-list" aria-labelledby={headingId}>
        {weekdays.map((day) => {
          const intervals = hours.weekly.filter((interval) => String(interval.weekday) === day);
          return (
            <div key={day} className="details-list__row">
              <dt>{t(`shops.weekdays.${day}`)}</dt>
              <dd>
                {intervals.length === 0
                  ? t('shops.storefront.closed')
                  : formatIntervals(intervals, locale)}
              </dd>
            </div>
          );
        })}
      </dl>
      {upcoming.length > 0 ? (
        <>
          <h3>{t('shops.storefront.exceptionsHeading')}</h3>
          <dl className="details-list">
            {upcoming.map((exception) => (
              <div key={exception.date} className="details-list__row">
                <dt>
                  {dateFormat.format(new Date(`${exception.date}T00:00:00Z`))}
                  {exception.note ? ` (${exception.note})` : ''}
                </dt>
                <dd>
                  {exception.closed
                    ? t('shops.storefront.closed')
                    : formatIntervals(exception.intervals, locale)}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </>
  );
}
