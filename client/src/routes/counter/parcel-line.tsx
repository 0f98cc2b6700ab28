import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CounterParcel } from '@e-galleria/shared/counter';

/** One parcel as the counter lists it: code, shop, status, and cold storage when it needs it. */
export function ParcelLine({ parcel, children }: { parcel: CounterParcel; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className="counter-parcel">
      <span className="counter-parcel__code">{parcel.parcelCode}</span>{' '}
      <span>{parcel.shop.name}</span>{' '}
      <span className="badge">{t(`orders.status.${parcel.status}`)}</span>
      {parcel.storageClass === 'ambient' ? null : (
        <span className={`badge counter-parcel__cold counter-parcel__cold--${parcel.storageClass}`}>
          {t(`counter.storage.${parcel.storageClass}`)}
        </span>
      )}
      {children}
    </li>
  );
}
