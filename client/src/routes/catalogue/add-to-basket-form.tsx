import { Link, useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import { maxQuantity } from '@e-galleria/shared/basket-limits';
import type { ProductPage, Slot } from '@e-galleria/shared/catalogue';
import { addBasketItem } from '../../api/basket-api.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../components/form-fields.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useUnitPriceText } from '../../components/unit-price.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { rememberBasket } from '../../lib/basket-store.ts';
import { readTexts } from '../../lib/form-data.ts';
import { type FormFailure, findEmptyFields, toFormFailure } from '../../lib/form-failure.ts';
import { SlotPageLinks, type SlotPages } from './slot-pages.tsx';
import { formatSwedishTime } from '../../lib/format-date.ts';

type AddResult = { failure: FormFailure | null; addedAt: number | null };

/** The product page's action: one add to the basket, whose answer updates the header count. */
export async function addToBasketAction(formData: FormData): Promise<AddResult> {
  const values = readTexts(formData, ['productId', 'variantId', 'quantity', 'slotStart'] as const);
  const empty = findEmptyFields(values, [
    'quantity',
    ...(formData.has('needsSlot') ? (['slotStart'] as const) : []),
  ]);
  if (empty) return { failure: empty, addedAt: null };
  const quantity = Number(values.quantity);
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > maxQuantity)
    return {
      failure: {
        code: 'validation_failed',
        fieldErrors: [{ field: 'quantity', code: 'invalid', message: 'A whole number.' }],
        retryAfterSeconds: null,
      },
      addedAt: null,
    };
  try {
    const { basket } = await addBasketItem({
      productId: values.productId,
      quantity,
      ...(values.variantId ? { variantId: values.variantId } : {}),
      ...(values.slotStart ? { slotStart: values.slotStart } : {}),
    });
    rememberBasket(basket);
    return { failure: null, addedAt: Date.now() };
  } catch (error) {
    return { failure: toFormFailure(error), addedAt: null };
  }
}

/** "Lägg i varukorgen": how many, which variant, and for a service booked by time, when. */
export function AddToBasketForm({
  product,
  slots,
  slotPages,
}: {
  product: ProductPage;
  slots: readonly Slot[];
  slotPages: SlotPages;
}) {
  const { t } = useTranslation();
  const fetcher = useFetcher<AddResult>();
  const failure = fetcher.data?.failure ?? null;
  const needsSlot = product.service?.bookingMode === 'slots';
  const buyableVariants = product.variants.filter((variant) => variant.isInStock);
  const unitPriceText = useUnitPriceText();
  const freeSlots = slots.filter((slot) => slot.available > 0);
  const labels = {
    quantity: t('basket.add.quantity'),
    variantId: t('basket.add.variant'),
    slotStart: t('basket.add.slot'),
  };

  if (product.kind === 'good' && buyableVariants.length === 0)
    return <p className="notice">{t('basket.add.soldOut')}</p>;
  if (needsSlot && freeSlots.length === 0)
    return (
      <>
        <p className="notice">
          {t(slotPages.after === null ? 'basket.add.noFreeSlots' : 'basket.add.noFreeSlotsLater')}
        </p>
        <SlotPageLinks pages={slotPages} />
      </>
    );
  return (
    <fetcher.Form method="post" noValidate className="form add-to-basket">
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <input type="hidden" name="productId" value={product.id} />
      {product.variants.length > 1 ? (
        <SelectField
          name="variantId"
          label={labels.variantId}
          failure={failure}
          options={buyableVariants.map((variant) => ({
            value: variant.id,
            label: `${variant.name ?? variant.sku}, ${unitPriceText(variant.priceOre, product.unit, product.kind)}`,
          }))}
        />
      ) : null}
      {needsSlot ? (
        <>
          <SlotChoice slots={freeSlots} failure={failure} />
          <SlotPageLinks pages={slotPages} />
        </>
      ) : null}
      <TextField
        name="quantity"
        label={labels.quantity}
        type="number"
        inputMode="numeric"
        min={1}
        max={maxQuantity}
        defaultValue="1"
        required
        className="input input--compact"
        failure={failure}
      />
      <SubmitButton isBusy={fetcher.state !== 'idle'} needsApp>
        {t('basket.add.submit')}
      </SubmitButton>
      <StatusMessage
        message={fetcher.data?.addedAt ? t('basket.add.added', { title: product.title }) : null}
      />
      {fetcher.data?.addedAt ? (
        <p>
          <Link to="/varukorg">{t('basket.add.toBasket')}</Link>
        </p>
      ) : null}
    </fetcher.Form>
  );
}

/** The free times as a radio group: a phone shows them as large, tappable rows. */
function SlotChoice({ slots, failure }: { slots: readonly Slot[]; failure: FormFailure | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const error = failure?.fieldErrors.find((fieldError) => fieldError.field === 'slotStart');
  return (
    <fieldset
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={error ? 'slot-error' : undefined}
    >
      <legend>{t('basket.add.slot')}</legend>
      <input type="hidden" name="needsSlot" value="1" />
      {error ? (
        <p id="slot-error" className="field__error">
          {t('basket.add.slotRequired')}
        </p>
      ) : null}
      <ul className="choice-list">
        {slots.map((slot, index) => (
          <li key={slot.startsAt}>
            <label className="choice">
              <input
                type="radio"
                name="slotStart"
                value={slot.startsAt}
                id={index === 0 ? 'field-slotStart' : undefined}
              />
              <span>
                {formatSwedishTime(slot.startsAt, locale)}{' '}
                <span className="muted">
                  {t('catalogue.service.available', { count: slot.available })}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
