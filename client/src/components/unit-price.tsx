import { useTranslation } from 'react-i18next';
import type { ComparisonUnit, ProductKind, ProductUnit } from '@e-galleria/shared/catalogue';
import { formatOre } from '../lib/money.ts';

/**
 * `text` with `amount` kept on one line inside it, so a narrow card may wrap "från" or
 * "Jämförpris" but never "17,90 kr/" away from its "l".
 */
function WithAmountTogether({ text, amount }: { text: string; amount: string }) {
  const start = text.indexOf(amount);
  if (start < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, start)}
      <span className="unit-price">{amount}</span>
      {text.slice(start + amount.length)}
    </>
  );
}

/**
 * A price as the product is sold, as text ("17,90 kr/l", "60,00 kr/förp."), for places that
 * take only text, such as an option of a select. A service's price stands alone: it is
 * booked, not sold by a unit.
 */
export function useUnitPriceText() {
  const { t } = useTranslation();
  return (priceOre: number, unit: ProductUnit, kind: ProductKind) =>
    `${formatOre(priceOre)}${kind === 'good' ? t(`catalogue.perUnit.${unit}`) : ''}`;
}

/** A price as the product is sold: "17,90 kr/l", "60,00 kr/förp.", "från 64,90 kr/förp.". */
export function UnitPrice(props: {
  priceOre: number;
  unit: ProductUnit;
  kind: ProductKind;
  /** Several variants: the lowest of their prices. */
  isFrom?: boolean;
}) {
  const { t } = useTranslation();
  const amount = useUnitPriceText()(props.priceOre, props.unit, props.kind);
  const text = props.isFrom ? t('catalogue.price.from', { price: amount }) : amount;
  return <WithAmountTogether text={text} amount={amount} />;
}

/** "Jämförpris 71,60 kr/l": the price per kilo, litre or piece of what the package holds. */
export function ComparisonPrice({ priceOre, unit }: { priceOre: number; unit: ComparisonUnit }) {
  const { t } = useTranslation();
  const price = formatOre(priceOre);
  const unitText = t(`catalogue.comparisonUnit.${unit}`);
  const text = t('catalogue.price.comparison', { price, unit: unitText });
  return <WithAmountTogether text={text} amount={`${price}/${unitText}`} />;
}
