import { useState } from 'react';
import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { agreementKinds } from '@e-galleria/shared/home-delivery-codes';
import type { Agreement } from '@e-galleria/shared/home-delivery';
import type { AdminShopListItem } from '@e-galleria/shared/shops';
import { ErrorSummary } from '../../components/error-summary.tsx';
import {
  SelectField,
  ConfirmedSubmitButton,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { formatSwedishDate } from '../../lib/format-date.ts';
import type { FormFailure } from '../../lib/form-failure.ts';

/** The agreements (avtal) with shops: a shop without a valid one cannot deliver home. */
export function AgreementsPanel(props: {
  agreements: Agreement[];
  shops: AdminShopListItem[];
  failure: FormFailure | null;
  /** What was wrong with a change to one of the agreements, shown in that agreement's form. */
  editFailure: { agreementId: string; failure: FormFailure } | null;
  /** Changes after each saved agreement, which empties the form. */
  savedAt: number | null;
}) {
  const { agreements, shops, failure, editFailure, savedAt } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const isBusy = useNavigation().state === 'submitting';
  const labels = {
    shopId: t('homeDelivery.admin.agreementShop'),
    kind: t('homeDelivery.admin.agreementKind'),
    validFrom: t('homeDelivery.admin.validFrom'),
    validTo: t('homeDelivery.admin.validTo'),
    note: t('homeDelivery.admin.agreementNote'),
  };
  return (
    <section aria-labelledby="agreements-heading" className="panel">
      <h2 id="agreements-heading">{t('homeDelivery.admin.agreementsHeading')}</h2>
      <p>{t('homeDelivery.admin.agreementsIntro')}</p>
      {agreements.length === 0 ? (
        <p>{t('homeDelivery.admin.noAgreements')}</p>
      ) : (
        <ul className="item-list">
          {agreements.map((agreement) => (
            <li key={agreement.id} className="item-list__item">
              <span className="item-list__title">{agreement.shop.name}</span>
              <span>{t(`homeDelivery.agreementKinds.${agreement.kind}`)}</span>
              <span>
                {agreement.validTo
                  ? t('homeDelivery.admin.validBetween', {
                      from: formatSwedishDate(agreement.validFrom, locale),
                      to: formatSwedishDate(agreement.validTo, locale),
                    })
                  : t('homeDelivery.admin.validFromOn', {
                      from: formatSwedishDate(agreement.validFrom, locale),
                    })}
              </span>
              <span className={agreement.isValidToday ? 'badge badge--success' : 'badge'}>
                {agreement.isValidToday
                  ? t('homeDelivery.admin.validToday')
                  : t('homeDelivery.admin.notValidToday')}
              </span>
              {agreement.note ? <span>{agreement.note}</span> : null}
              <AgreementEditor
                agreement={agreement}
                labels={labels}
                isBusy={isBusy}
                failure={editFailure?.agreementId === agreement.id ? editFailure.failure : null}
              />
              <Form method="post">
                <input type="hidden" name="intent" value="remove-agreement" />
                <input type="hidden" name="agreementId" value={agreement.id} />
                <ConfirmedSubmitButton
                  isBusy={isBusy}
                  className="button button--secondary button--compact"
                  confirmLabel={t('homeDelivery.admin.confirmRemoveAgreement', {
                    shop: agreement.shop.name,
                  })}
                >
                  {t('homeDelivery.admin.removeAgreement', { shop: agreement.shop.name })}
                </ConfirmedSubmitButton>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('homeDelivery.admin.addAgreement')}</h3>
      {shops.length === 0 ? (
        <p>{t('homeDelivery.admin.noShops')}</p>
      ) : (
        <>
          <ErrorSummary failure={failure} fieldLabels={labels} />
          <Form method="post" className="form" noValidate key={savedAt ?? 'new'}>
            <input type="hidden" name="intent" value="agreement" />
            <SelectField
              name="shopId"
              label={labels.shopId}
              failure={failure}
              options={shops.map((shop) => ({ value: shop.id, label: shop.name }))}
            />
            <SelectField
              name="kind"
              label={labels.kind}
              failure={failure}
              options={agreementKinds.map((kind) => ({
                value: kind,
                label: t(`homeDelivery.agreementKinds.${kind}`),
              }))}
            />
            <TextField name="validFrom" type="date" label={labels.validFrom} failure={failure} />
            <TextField
              name="validTo"
              type="date"
              label={labels.validTo}
              hint={t('homeDelivery.admin.validToHint')}
              failure={failure}
            />
            <TextAreaField name="note" label={labels.note} failure={failure} rows={2} />
            <SubmitButton isBusy={isBusy}>{t('homeDelivery.admin.saveAgreement')}</SubmitButton>
          </Form>
        </>
      )}
    </section>
  );
}

/** The API names an agreement's fields plainly; in the list each editor's carry its id. */
function prefixFields(failure: FormFailure | null, prefix: string): FormFailure | null {
  return (
    failure && {
      ...failure,
      fieldErrors: failure.fieldErrors.map((error) => ({
        ...error,
        field: `${prefix}${error.field}`,
      })),
    }
  );
}

/**
 * One agreement's form to change it, under a disclosure; drawn only while open, so the page
 * has one set of agreement fields at a time for labels and tests to find. What was wrong with
 * a change is shown in the form itself, beside the fields to put right.
 */
function AgreementEditor({
  agreement,
  labels,
  isBusy,
  failure: apiFailure,
}: {
  agreement: Agreement;
  labels: Record<'kind' | 'validFrom' | 'validTo' | 'note', string>;
  isBusy: boolean;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const prefix = `${agreement.id}.`;
  const failure = prefixFields(apiFailure, prefix);
  const prefixedLabels = Object.fromEntries(
    Object.entries(labels).map(([field, label]) => [`${prefix}${field}`, label]),
  );
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('homeDelivery.admin.editAgreement', { shop: agreement.shop.name })}</summary>
      {isOpen ? (
        <Form method="post" className="form" noValidate>
          <ErrorSummary failure={failure} fieldLabels={prefixedLabels} />
          <input type="hidden" name="intent" value="update-agreement" />
          <input type="hidden" name="agreementId" value={agreement.id} />
          <input type="hidden" name={`${agreement.id}.shopId`} value={agreement.shop.id} />
          <SelectField
            name={`${agreement.id}.kind`}
            label={labels.kind}
            failure={failure}
            defaultValue={agreement.kind}
            options={agreementKinds.map((kind) => ({
              value: kind,
              label: t(`homeDelivery.agreementKinds.${kind}`),
            }))}
          />
          <TextField
            name={`${agreement.id}.validFrom`}
            type="date"
            label={labels.validFrom}
            defaultValue={agreement.validFrom}
            failure={failure}
          />
          <TextField
            name={`${agreement.id}.validTo`}
            type="date"
            label={labels.validTo}
            hint={t('homeDelivery.admin.validToHint')}
            defaultValue={agreement.validTo ?? ''}
            failure={failure}
          />
          <TextAreaField
            name={`${agreement.id}.note`}
            label={labels.note}
            defaultValue={agreement.note ?? ''}
            failure={failure}
            rows={2}
          />
          <SubmitButton isBusy={isBusy}>{t('homeDelivery.admin.saveAgreement')}</SubmitButton>
        </Form>
      ) : null}
    </details>
  );
}
