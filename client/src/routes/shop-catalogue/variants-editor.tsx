import { useTranslation } from 'react-i18next';
import type { Variant } from '@e-galleria/shared/catalogue';
import { TextField } from '../../components/form-fields.tsx';
import type { FormFailure } from '../../lib/form-failure.ts';
import { oreToKronorText } from '../../lib/money.ts';
import { useRows } from './use-rows.ts';

type Row = Pick<Variant, 'name' | 'sku' | 'stock'> & { id: string | null; priceOre: number | null };

/** Named variants (sizes, weights), each with its own SKU, price and stock. */
export function VariantsEditor({
  initial,
  failure,
  onCountChange,
}: {
  initial: readonly Variant[];
  failure: FormFailure | null;
  onCountChange?: (count: number) => void;
}) {
  const { t } = useTranslation();
  const variantRows = useRows<Row>(initial);
  const { rows } = variantRows;
  return (
    <fieldset className="fieldset">
      <legend>{t('catalogue.owner.variantsHeading')}</legend>
      <p className="field__hint">{t('catalogue.owner.variantsIntro')}</p>
      <input type="hidden" name="variantCount" value={rows.length} />
      {rows.map(({ key, row }, index) => {
        const at = (field: string) => `variants.${index}.${field}`;
        return (
          <div
            className="repeat-row"
            key={key}
            role="group"
            aria-label={t('catalogue.owner.variantLegend', { number: index + 1 })}
          >
            <input type="hidden" name={at('id')} value={row.id ?? ''} />
            <TextField
              name={at('name')}
              label={t('catalogue.owner.variantName')}
              failure={failure}
              defaultValue={row.name ?? ''}
            />
            <TextField
              name={at('sku')}
              label={t('catalogue.owner.sku')}
              failure={failure}
              defaultValue={row.sku}
            />
            <TextField
              name={at('priceOre')}
              label={t('catalogue.owner.priceKronor')}
              failure={failure}
              inputMode="decimal"
              defaultValue={row.priceOre === null ? '' : oreToKronorText(row.priceOre)}
            />
            <TextField
              name={at('stock')}
              label={t('catalogue.owner.stock')}
              failure={failure}
              inputMode="numeric"
              defaultValue={row.stock === null ? '' : String(row.stock)}
            />
            <button
              type="button"
              className="button button--secondary button--compact"
              onClick={() => {
                variantRows.remove(key);
                onCountChange?.(rows.length - 1);
              }}
            >
              {t('catalogue.owner.removeVariant', { number: index + 1 })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          variantRows.add({ id: null, name: '', sku: '', priceOre: null, stock: null });
          onCountChange?.(rows.length + 1);
        }}
      >
        {t('catalogue.owner.addVariant')}
      </button>
    </fieldset>
  );
}
