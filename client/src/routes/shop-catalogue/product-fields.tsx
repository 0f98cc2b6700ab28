import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductKind, ProductPage, VatRatesResponse } from '@e-galleria/shared/catalogue';
import type { Category } from '@e-galleria/shared/shops';
import { SelectField, TextAreaField, TextField } from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { oreToKronorText } from '../../lib/money.ts';
import { AvailabilityEditor } from './availability-editor.tsx';

const statuses = ['draft', 'published', 'archived'] as const;
const vatClasses = ['food', 'standard', 'reduced'] as const;
const units = ['piece', 'kg', 'litre', 'pack'] as const;
const storageClasses = ['ambient', 'chilled', 'frozen'] as const;

/** The fields every product has, then those of a good sold in one form or of a service. */
export function ProductFields(props: {
  kind: ProductKind;
  product: ProductPage | null;
  categories: readonly Category[];
  /** Today's rates; empty when they could not be loaded. */
  vatRates: VatRatesResponse['items'];
  failure: FormFailure | null;
  hasVariants: boolean;
}) {
  const { kind, product, categories, vatRates, failure, hasVariants } = props;
  const { t } = useTranslation();
  // The hint follows the select, so a new product shows its rate before it is saved.
  const [vatClass, setVatClass] = useState<string>(
    product?.vatClass ?? (kind === 'good' ? 'food' : 'standard'),
  );
  const vatRate =
    vatRates.find((rate) => rate.vatClass === vatClass)?.rateBasisPoints ??
    (product?.vatClass === vatClass ? product.vatRateBasisPoints : undefined);
  const locale = useLocale();
  const single = product && product.variants.length === 1 ? product.variants[0] : undefined;
  return (
    <>
      <TextField
        name="title"
        label={t('catalogue.owner.title')}
        failure={failure}
        defaultValue={product?.title ?? ''}
        required
      />
      <TextAreaField
        name="description"
        label={t('catalogue.owner.description')}
        hint={t('catalogue.owner.descriptionHint')}
        failure={failure}
        rows={6}
        defaultValue={product?.description ?? ''}
      />
      <SelectField
        name="categoryId"
        label={t('catalogue.owner.category')}
        failure={failure}
        defaultValue={product?.category.id ?? ''}
        options={[
          { value: '', label: t('catalogue.owner.chooseCategory') },
          ...categories.map((category) => ({ value: category.id, label: category.name[locale] })),
        ]}
      />
      <SelectField
        name="status"
        label={t('catalogue.owner.status')}
        hint={t('catalogue.owner.statusHint')}
        failure={failure}
        defaultValue={product?.status ?? 'draft'}
        options={statuses.map((status) => ({
          value: status,
          label: t(`catalogue.status.${status}`),
        }))}
      />
      <SelectField
        name="vatClass"
        label={t('catalogue.owner.vatClass')}
        hint={
          vatRate === undefined
            ? t('catalogue.owner.vatHint')
            : t('catalogue.owner.vatRateToday', { rate: vatRate / 100 })
        }
        failure={failure}
        value={vatClass}
        onChange={(event) => setVatClass(event.target.value)}
        options={vatClasses.map((vatClass) => ({
          value: vatClass,
          label: t(`catalogue.vatClasses.${vatClass}`),
        }))}
      />
      {kind === 'good' ? (
        <>
          <SelectField
            name="unit"
            label={t('catalogue.owner.unit')}
            failure={failure}
            defaultValue={product?.unit ?? 'piece'}
            options={units.map((unit) => ({ value: unit, label: t(`catalogue.units.${unit}`) }))}
          />
          <SelectField
            name="storageClass"
            label={t('catalogue.owner.storageClass')}
            failure={failure}
            defaultValue={product?.storageClass ?? 'ambient'}
            options={storageClasses.map((storage) => ({
              value: storage,
              label: t(`catalogue.storage.${storage}`),
            }))}
          />
          <div className="field field--checkbox">
            <input
              id="field-trackStock"
              type="checkbox"
              name="trackStock"
              defaultChecked={product?.trackStock ?? false}
            />
            <label htmlFor="field-trackStock">{t('catalogue.owner.trackStock')}</label>
          </div>
        </>
      ) : null}
      {hasVariants ? null : (
        <fieldset className="fieldset">
          <legend>{t('catalogue.owner.priceHeading')}</legend>
          <TextField
            name="priceOre"
            label={t('catalogue.owner.priceKronor')}
            hint={t('catalogue.owner.priceHint')}
            failure={failure}
            inputMode="decimal"
            defaultValue={single ? oreToKronorText(single.priceOre) : ''}
            required
          />
          {kind === 'good' ? (
            <>
              <TextField
                name="sku"
                label={t('catalogue.owner.sku')}
                hint={t('catalogue.owner.skuHint')}
                failure={failure}
                defaultValue={single?.sku ?? ''}
              />
              <TextField
                name="stock"
                label={t('catalogue.owner.stock')}
                hint={t('catalogue.owner.stockHint')}
                failure={failure}
                inputMode="numeric"
                defaultValue={single?.stock == null ? '' : String(single.stock)}
              />
              <div className="repeat-row">
                <TextField
                  name="contentAmount"
                  label={t('catalogue.owner.contentAmount')}
                  hint={t('catalogue.owner.contentHint')}
                  failure={failure}
                  inputMode="numeric"
                  defaultValue={single?.contentAmount == null ? '' : String(single.contentAmount)}
                />
                <SelectField
                  name="contentUnit"
                  label={t('catalogue.owner.contentUnit')}
                  failure={failure}
                  defaultValue={single?.contentUnit ?? ''}
                  options={[
                    { value: '', label: t('catalogue.owner.noContent') },
                    { value: 'g', label: t('catalogue.owner.contentUnits.g') },
                    { value: 'ml', label: t('catalogue.owner.contentUnits.ml') },
                    { value: 'piece', label: t('catalogue.owner.contentUnits.piece') },
                  ]}
                />
              </div>
            </>
          ) : null}
        </fieldset>
      )}
      {kind === 'service' ? <ServiceFields product={product} failure={failure} /> : null}
    </>
  );
}

function ServiceFields({
  product,
  failure,
}: {
  product: ProductPage | null;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const service = product?.service;
  return (
    <fieldset className="fieldset">
      <legend>{t('catalogue.owner.serviceHeading')}</legend>
      <TextField
        name="service.durationMinutes"
        label={t('catalogue.owner.duration')}
        failure={failure}
        inputMode="numeric"
        defaultValue={String(service?.durationMinutes ?? 60)}
      />
      <SelectField
        name="service.bookingMode"
        label={t('catalogue.owner.bookingMode')}
        failure={failure}
        defaultValue={service?.bookingMode ?? 'slots'}
        options={(['slots', 'on_request'] as const).map((mode) => ({
          value: mode,
          label: t(`catalogue.service.bookingModes.${mode}`),
        }))}
      />
      <TextField
        name="service.slotCapacity"
        label={t('catalogue.owner.slotCapacity')}
        hint={t('catalogue.owner.slotCapacityHint')}
        failure={failure}
        inputMode="numeric"
        defaultValue={String(service?.slotCapacity ?? 1)}
      />
      <SelectField
        name="service.location"
        label={t('catalogue.owner.location')}
        failure={failure}
        defaultValue={service?.location ?? 'in_shop'}
        options={(['in_shop', 'at_home', 'at_service_point'] as const).map((location) => ({
          value: location,
          label: t(`catalogue.service.locations.${location}`),
        }))}
      />
      <AvailabilityEditor
        initial={service?.availability ?? { weekly: [], exceptions: [] }}
        failure={failure}
      />
    </fieldset>
  );
}

/** Labels for the error summary, the dynamic rows' fields included. */
export function useFieldLabels(
  kind: ProductKind,
  product: ProductPage | null,
  variantCount: number,
) {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    title: t('catalogue.owner.title'),
    description: t('catalogue.owner.description'),
    categoryId: t('catalogue.owner.category'),
    status: t('catalogue.owner.status'),
    vatClass: t('catalogue.owner.vatClass'),
    unit: t('catalogue.owner.unit'),
    storageClass: t('catalogue.owner.storageClass'),
    priceOre: t('catalogue.owner.priceKronor'),
    sku: t('catalogue.owner.sku'),
    stock: t('catalogue.owner.stock'),
    contentAmount: t('catalogue.owner.contentAmount'),
    'service.durationMinutes': t('catalogue.owner.duration'),
    'service.slotCapacity': t('catalogue.owner.slotCapacity'),
  };
  for (let index = 0; index < variantCount; index += 1) {
    const number = index + 1;
    for (const [field, key] of [
      ['name', 'catalogue.owner.variantName'],
      ['sku', 'catalogue.owner.sku'],
      ['priceOre', 'catalogue.owner.priceKronor'],
      ['stock', 'catalogue.owner.stock'],
    ] as const)
      labels[`variants.${index}.${field}`] =
        `${t('catalogue.owner.variantLegend', { number })}: ${t(key)}`;
  }
  const availability = kind === 'service' ? (product?.service?.availability ?? null) : null;
  // Rows added since the page loaded are labelled generically; enough for the summary's links.
  for (let index = 0; index < Math.max(20, availability?.weekly.length ?? 0); index += 1) {
    for (const field of ['start', 'end'] as const) {
      labels[`service.availability.weekly.${index}.${field}`] =
        `${t('catalogue.owner.weeklyLegend', { number: index + 1 })}: ${t(`catalogue.owner.${field}`)}`;
      labels[`service.availability.exceptions.${index}.${field}`] =
        `${t('catalogue.owner.exceptionLegend', { number: index + 1 })}: ${t(`catalogue.owner.${field}`)}`;
    }
    labels[`service.availability.exceptions.${index}.date`] =
      `${t('catalogue.owner.exceptionLegend', { number: index + 1 })}: ${t('catalogue.owner.date')}`;
  }
  return labels;
}
