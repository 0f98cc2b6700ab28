import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterParcel } from '@e-galleria/shared/counter';
import { useParcelRefusal } from './parcel-refusal.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDay } from '../../lib/format-date.ts';
import { CounterNoticeView, type CounterNotice } from './counter-notice.tsx';
import type { CounterRange } from './expected-days.ts';
import { ExpectedParcels } from './expected-parcels.tsx';
import { ParcelLine } from './parcel-line.tsx';
import type { SubmitOutcome } from '../../lib/offline-queue.ts';

/** What is coming, what waits for the rest of its handover, what waits for its resident, what goes back. */
export function ParcelLists({
  parcels,
  range,
  today,
  onSendBack,
}: {
  parcels: CounterParcel[];
  range: CounterRange;
  today: string;
  onSendBack: (parcelCode: string) => Promise<SubmitOutcome>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const formatDate = (date: string) => formatSwedishDay(date, locale);
  const refusalOf = useParcelRefusal();
  const [notice, setNotice] = useState<CounterNotice>(null);
  const groups = [
    { key: 'arrived', items: parcels.filter((parcel) => parcel.status === 'arrived') },
    {
      key: 'ready',
      items: parcels.filter(
        (parcel) => parcel.status === 'ready_for_pickup' && !parcel.isDueForReturn,
      ),
    },
    {
      key: 'due',
      items: parcels.filter(
        (parcel) => parcel.status === 'ready_for_pickup' && parcel.isDueForReturn,
      ),
    },
  ] as const;

  async function sendBack(parcelCode: string) {
    const outcome = await onSendBack(parcelCode);
    if (outcome === 'sent' || outcome === 'queued')
      setNotice({ isError: false, text: t('counter.lists.sentBack', { code: parcelCode }) });
    else setNotice({ isError: true, text: refusalOf('send_back', outcome) });
  }

  return (
    <>
      <CounterNoticeView notice={notice} />
      <ExpectedParcels parcels={parcels} range={range} today={today} />
      {groups.map((group) => (
        <section
          key={group.key}
          aria-labelledby={`parcels-${group.key}`}
          className="panel counter-panel"
        >
          <h2 id={`parcels-${group.key}`}>
            {t(`counter.lists.${group.key}`)} ({group.items.length})
          </h2>
          {group.items.length === 0 ? (
            <p className="muted">{t('counter.lists.empty')}</p>
          ) : (
            <ul className="counter-parcels">
              {group.items.map((parcel) => (
                <ParcelLine key={parcel.id} parcel={parcel}>
                  <span className="counter-parcel__who">
                    {parcel.resident.name} ·{' '}
                    {parcel.handover.lastDay
                      ? t('counter.lists.lastDay', { date: formatDate(parcel.handover.lastDay) })
                      : t('counter.lists.pickupDate', {
                          date: formatDate(parcel.handover.pickupDate),
                        })}
                  </span>
                  {group.key === 'due' ? (
                    <button
                      type="button"
                      className="button button--secondary button--compact"
                      onClick={() => void sendBack(parcel.parcelCode)}
                    >
                      {t('counter.lists.sendBack')}
                      <span className="visually-hidden">, {parcel.parcelCode}</span>
                    </button>
                  ) : null}
                </ParcelLine>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
