import { Link, useFetcher } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BasketItem } from '@e-galleria/shared/basket';
import { maxQuantity } from '@e-galleria/shared/basket-limits';
import { useErrorCodeMessage } from '../../components/error-code-message.ts';
import { SubmitButton } from '../../components/form-fields.tsx';
import { ResponsiveImage } from '../../components/responsive-image.tsx';
import { UnitPrice } from '../../components/unit-price.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishTime } from '../../lib/format-date.ts';
import { formatOre } from '../../lib/money.ts';
import type { BasketItemResult } from './basket-page.tsx';

/** One line of the basket with its own forms, so changing one never reloads the others' input. */
export function BasketItemRow({ item }: { item: BasketItem }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describeCode = useErrorCodeMessage();
  const update = useFetcher<BasketItemResult>();
  const remove = useFetcher<BasketItemResult>();
  const failure = update.data?.failure ?? remove.data?.failure ?? null;
  const quantityId = `quantity-${item.id}`;
  const problemId = `problem-${item.id}`;
  const errorId = `error-${item.id}`;
  const describedBy = [item.problem ? problemId : null, failure ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <li className="basket-item">
      {item.image ? (
        <ResponsiveImage image={item.image} className="basket-item__image" sizes="5rem" alt="" />
      ) : null}
      <div className="basket-item__body">
        <p className="basket-item__title">
          <Link to={`/${item.shop.municipalitySlug}/produkter/${item.productId}`}>
            {item.title}
          </Link>
          {item.variantName ? <span className="muted">, {item.variantName}</span> : null}
        </p>
        {item.slot ? (
          <p>
            {t('basket.slot', { time: formatSwedishTime(item.slot.start, locale) })}
            {item.holdExpiresAt ? (
              <span className="muted">
                {' '}
                {t('basket.heldUntil', { time: formatSwedishTime(item.holdExpiresAt, locale) })}
              </span>
            ) : null}
          </p>
        ) : null}
        <p className="muted">
          <UnitPrice priceOre={item.unitPriceOre} unit={item.unit} kind={item.kind} />
          {item.storageClass !== 'ambient' ? (
            <> · {t(`catalogue.storage.${item.storageClass}`)}</>
          ) : null}
        </p>
        {item.problem ? (
          <p id={problemId} className="field__error">
            {t(`basket.problems.${item.problem}`, { count: item.availableQuantity ?? 0 })}
          </p>
        ) : null}
        {failure ? (
          <p id={errorId} className="field__error" role="alert">
            {failure.code === 'validation_failed'
              ? t('basket.quantityInvalid', { max: maxQuantity })
              : describeCode(failure)}
          </p>
        ) : null}
        <div className="basket-item__controls">
          <update.Form method="post" action="/varukorg" className="form--inline">
            <input type="hidden" name="itemId" value={item.id} />
            <label htmlFor={quantityId} className="field__label">
              {t('basket.quantity')}
              <span className="visually-hidden">, {item.title}</span>
            </label>
            <input
              id={quantityId}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={maxQuantity}
              defaultValue={item.quantity}
              key={item.quantity}
              className="input input--compact basket-item__quantity"
              aria-describedby={describedBy || undefined}
              aria-invalid={failure ? true : undefined}
            />
            <SubmitButton
              isBusy={update.state !== 'idle'}
              className="button button--secondary button--compact"
            >
              {t('basket.update')}
              <span className="visually-hidden"> {item.title}</span>
            </SubmitButton>
          </update.Form>
          <remove.Form method="post" action="/varukorg">
            <input type="hidden" name="itemId" value={item.id} />
            <SubmitButton
              isBusy={remove.state !== 'idle'}
              name="intent"
              value="remove"
              className="link-button"
            >
              {t('basket.remove')}
              <span className="visually-hidden"> {item.title}</span>
            </SubmitButton>
          </remove.Form>
        </div>
      </div>
      <p className="basket-item__total">{formatOre(item.lineTotalOre)}</p>
    </li>
  );
}
