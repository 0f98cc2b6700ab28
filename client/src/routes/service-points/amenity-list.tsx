import { useTranslation } from 'react-i18next';
import type { ServicePointAmenity } from '@e-galleria/shared/service-point-codes';

/** Amenities as a plain list of translated words: read the same by eye and screen reader. */
export function AmenityList({
  amenities,
  labelledBy,
}: {
  amenities: ServicePointAmenity[];
  labelledBy?: string;
}) {
  const { t } = useTranslation();
  if (amenities.length === 0) return <p>{t('servicePoints.storefront.noAmenities')}</p>;
  return (
    <ul className="amenity-list" aria-labelledby={labelledBy}>
      {amenities.map((amenity) => (
        <li key={amenity} className="amenity-list__item">
          {t(`servicePoints.amenities.${amenity}`)}
        </li>
      ))}
    </ul>
  );
}
