import { useTranslation } from 'react-i18next';
import type { ComparisonUnit, ProductKind, ProductUnit } from '@e-galleria/shared/catalogue';
import { formatOre } from '../lib/money.ts';

/**
 * A price as the product is sold: "17,90 kr/l", "60,00 kr/förp.", "från 64,90 kr/förp.".
 * A service's price stands alone: it is booked, not sold by a unit. Kept on one line, so an
 * amount never breaks between the number and its unit.
 */
export function UnitPrice(props: {
  priceOre: number;
  unit: ProductUnit;
  kind: ProductKind;
  /** Several variants: the lowest of their prices. */
  isFrom?: boolean;
}) {
  const { t } = useTranslation();
  const unit = props.kind === 'good' ? t(`catalogue.perUnit.${props.unit}`) : '';
  const price = `${formatOre(props.priceOre)}${unit}`;
  return (
    <span className="unit-price">
      {props.isFrom ? t('catalogue.price.from', { price }) : price}
    </span>
  );
}

/** "Jämförpris 71,60 kr/l": the price per kilo, litre or piece of what the package holds. */
export function ComparisonPrice({ priceOre, unit }: { priceOre: number; unit: ComparisonUnit }) {
  const { t } = useTranslation();
  return (
    <span className="unit-price">
      {t('catalogue.price.comparison', {
        price: formatOre(priceOre),
        unit: t(`catalogue.comparisonUnit.${unit}`),
      })}
    </span>
  );
}
