import { useTranslation } from 'react-i18next';
import type { CounterParcel } from '@e-galleria/shared/counter';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay } from '../../lib/format-date.ts';
import { groupExpectedByDay, relativeDay, type CounterRange } from './expected-days.ts';
import { ParcelLine } from './parcel-line.tsx';

/**
 * The parcels on their way, a heading per day: today, tomorrow, then weekday and date. The
 * operator sees what will come and makes room for it; a parcel that comes early is in the
 * list, so it can be checked in, also without a connection.
 */
export function ExpectedParcels({
  parcels,
  range,
  today,
}: {
  parcels: CounterParcel[];
  range: CounterRange;
  today: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { late, days } = groupExpectedByDay(parcels, range, today);
  const count = days.reduce((sum, day) => sum + day.parcels.length, late.length);

  /** "I morgon" with its date beside it; another day by its weekday and date alone. */
  function dayHeading(date: string) {
    const day = formatSwedishDay(date, locale);
    const relative = relativeDay(date, today);
    if (relative === 'other') return day.charAt(0).toLocaleUpperCase(locale) + day.slice(1);
    return (
      <>
        {t(`counter.days.${relative}`)} <span className="counter-day__date">{day}</span>
      </>
    );
  }

  return (
    <section aria-labelledby="parcels-expected" className="panel counter-panel">
      <h2 id="parcels-expected">
        {t('counter.lists.expected')} ({count})
      </h2>
      {late.length > 0 ? (
        <section aria-labelledby="parcels-late" className="counter-day">
          <h3 id="parcels-late">
            {t('counter.days.late')} ({late.length})
          </h3>
          <ul className="counter-parcels">
            {late.map((parcel) => (
              <ParcelLine key={parcel.id} parcel={parcel}>
                <span className="counter-parcel__who">
                  {parcel.resident.name} ·{' '}
                  {t('counter.lists.pickupDate', {
                    date: formatSwedishDay(parcel.handover.pickupDate, locale),
                  })}
                </span>
              </ParcelLine>
            ))}
          </ul>
        </section>
      ) : null}
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`parcels-${day.date}`} className="counter-day">
          <h3 id={`parcels-${day.date}`}>
            {dayHeading(day.date)} ({day.parcels.length})
          </h3>
          {day.parcels.length === 0 ? (
            <p className="muted">{t('counter.days.noneExpected')}</p>
          ) : (
            <ul className="counter-parcels">
              {day.parcels.map((parcel) => (
                <ParcelLine key={parcel.id} parcel={parcel}>
                  <span className="counter-parcel__who">{parcel.resident.name}</span>
                </ParcelLine>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
