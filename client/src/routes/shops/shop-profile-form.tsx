import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { editableProfileFields } from '@e-galleria/shared/shop-status';
import type { Category, ShopDetail } from '@e-galleria/shared/shops';
import { ErrorSummary } from '../../components/error-summary.tsx';
import {
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../components/form-fields.tsx';
import { supportedLocales } from '../../i18n/i18n.ts';
import { useLocale } from '../../i18n/use-locale.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { OpeningHoursEditor } from './opening-hours-editor.tsx';

export const saveProfileIntent = 'save-profile';
const descriptionMaxLength = 5000;

export function ShopProfileForm(props: {
  shop: ShopDetail;
  categories: Category[];
  failure: FormFailure | null;
  isOwner: boolean;
}) {
  const { shop, categories, failure, isOwner } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const isBusy = useNavigation().state === 'submitting';
  const editable = isOwner ? editableProfileFields(shop.status) : 'none';
  const labels: Record<string, string> = {
    name: t('shops.owner.name'),
    orgNumber: t('shops.owner.orgNumber'),
    vatNumber: t('shops.owner.vatNumber'),
    streetAddress: t('shops.owner.streetAddress'),
    postalCode: t('shops.owner.postalCode'),
    city: t('shops.owner.city'),
    village: t('shops.owner.village'),
    description: t('shops.owner.description'),
    contactEmail: t('shops.owner.contactEmail'),
    contactPhone: t('shops.owner.contactPhone'),
    websiteUrl: t('shops.owner.websiteUrl'),
    categoryIds: t('shops.owner.categories'),
    contentLocale: t('shops.owner.contentLocale'),
  };
  for (const error of failure?.fieldErrors ?? [])
    if (error.field.startsWith('openingHours.'))
      labels[error.field] = t('shops.owner.hoursHeading');
  const selected = new Set(shop.categories.map((category) => category.id));
  type TextName =
    | 'name'
    | 'orgNumber'
    | 'vatNumber'
    | 'streetAddress'
    | 'postalCode'
    | 'city'
    | 'village'
    | 'contactEmail'
    | 'contactPhone'
    | 'websiteUrl';
  const text = (name: TextName, extra: Record<string, unknown> = {}) => (
    <TextField
      name={name}
      label={labels[name] ?? name}
      defaultValue={shop[name] ?? ''}
      failure={failure}
      {...extra}
    />
  );
  return (
    <section aria-labelledby="profile-heading" className="panel">
      <h2 id="profile-heading">{t('shops.owner.profileHeading')}</h2>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value={saveProfileIntent} />
        <fieldset className="fieldset" disabled={editable === 'none'}>
          <legend className="visually-hidden">{t('shops.owner.profileHeading')}</legend>
          {text('name', { required: true, maxLength: 120 })}
          <fieldset className="fieldset" disabled={editable !== 'all'}>
            <legend className="visually-hidden">{t('shops.owner.orgNumber')}</legend>
            {text('orgNumber', { hint: t('shops.owner.orgNumberHint'), inputMode: 'numeric' })}
            {text('vatNumber', { hint: t('shops.owner.vatNumberHint') })}
          </fieldset>
          {text('streetAddress', { autoComplete: 'street-address' })}
          {text('postalCode', { autoComplete: 'postal-code', inputMode: 'numeric' })}
          {text('city', { autoComplete: 'address-level2' })}
          {text('village')}
          {text('contactEmail', { type: 'email' })}
          {text('contactPhone', { type: 'tel' })}
          {text('websiteUrl', { type: 'url', hint: t('shops.owner.websiteUrlHint') })}
          <TextAreaField
            name="description"
            label={labels.description ?? ''}
            hint={t('shops.owner.descriptionHint', { max: descriptionMaxLength })}
            defaultValue={shop.description}
            maxLength={descriptionMaxLength}
            rows={8}
            failure={failure}
            lang={shop.contentLocale}
          />
          <SelectField
            name="contentLocale"
            label={labels.contentLocale ?? ''}
            hint={t('shops.owner.contentLocaleHint')}
            defaultValue={shop.contentLocale}
            failure={failure}
            options={supportedLocales.map((option) => ({
              value: option,
              label: t(`languageNames.${option}`),
              lang: option,
            }))}
          />
          <fieldset className="fieldset" id="field-categoryIds">
            <legend>{labels.categoryIds}</legend>
            <p className="field__hint">{t('shops.owner.categoriesHint')}</p>
            {categories.map((category) => (
              <div key={category.id} className="field field--checkbox">
                <input
                  type="checkbox"
                  id={`category-${category.slug}`}
                  name="categoryIds"
                  value={category.id}
                  defaultChecked={selected.has(category.id)}
                />
                <label htmlFor={`category-${category.slug}`}>{category.name[locale]}</label>
              </div>
            ))}
          </fieldset>
          <OpeningHoursEditor
            hours={shop.openingHours}
            failure={failure}
            disabled={editable === 'none'}
          />
          {editable === 'none' ? null : (
            <SubmitButton isBusy={isBusy}>{t('shops.owner.save')}</SubmitButton>
          )}
        </fieldset>
      </Form>
    </section>
  );
}
