import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HomeDeliverySettings } from '@e-galleria/shared/home-delivery';
import { ErrorSummary } from '../../components/error-summary.tsx';
import {
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../components/form-fields.tsx';
import { fieldId } from '../../lib/field-error-message.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { oreToKronorText } from '../../lib/money.ts';

/** On or off, the fee, who may have it and a trial period, and how to order by phone. */
export function SettingsPanel(props: {
  settings: HomeDeliverySettings;
  failure: FormFailure | null;
}) {
  const { settings, failure } = props;
  const { t } = useTranslation();
  const isBusy = useNavigation().state === 'submitting';
  const labels = {
    feeOre: t('homeDelivery.admin.fee'),
    subsidisedFeeOre: t('homeDelivery.admin.subsidisedFee'),
    eligibility: t('homeDelivery.admin.eligibility'),
    trialStartsOn: t('homeDelivery.admin.trialStartsOn'),
    trialEndsOn: t('homeDelivery.admin.trialEndsOn'),
    phone: t('homeDelivery.admin.phone'),
    publicNote: t('homeDelivery.admin.publicNote'),
  };
  return (
    <section aria-labelledby="settings-heading" className="panel">
      <h2 id="settings-heading">{t('homeDelivery.admin.settingsHeading')}</h2>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="settings" />
        <div className="field field--checkbox">
          <input
            id={fieldId('isEnabled')}
            type="checkbox"
            name="isEnabled"
            defaultChecked={settings.isEnabled}
          />
          <label htmlFor={fieldId('isEnabled')}>{t('homeDelivery.admin.isEnabled')}</label>
        </div>
        <TextField
          name="feeOre"
          label={labels.feeOre}
          hint={t('homeDelivery.admin.feeHint')}
          inputMode="decimal"
          failure={failure}
          defaultValue={oreToKronorText(settings.feeOre)}
        />
        <TextField
          name="subsidisedFeeOre"
          label={labels.subsidisedFeeOre}
          hint={t('homeDelivery.admin.subsidisedFeeHint')}
          inputMode="decimal"
          failure={failure}
          defaultValue={oreToKronorText(settings.subsidisedFeeOre)}
        />
        <SelectField
          name="eligibility"
          label={labels.eligibility}
          failure={failure}
          defaultValue={settings.eligibility}
          options={[
            { value: 'everyone', label: t('homeDelivery.eligibility.everyone') },
            { value: 'approved', label: t('homeDelivery.eligibility.approved') },
          ]}
        />
        <TextField
          name="trialStartsOn"
          type="date"
          label={labels.trialStartsOn}
          hint={t('homeDelivery.admin.trialHint')}
          failure={failure}
          defaultValue={settings.trialStartsOn ?? ''}
        />
        <TextField
          name="trialEndsOn"
          type="date"
          label={labels.trialEndsOn}
          failure={failure}
          defaultValue={settings.trialEndsOn ?? ''}
        />
        <TextField
          name="phone"
          type="tel"
          label={labels.phone}
          hint={t('homeDelivery.admin.phoneHint')}
          failure={failure}
          defaultValue={settings.phone ?? ''}
        />
        <TextAreaField
          name="publicNote"
          label={labels.publicNote}
          failure={failure}
          defaultValue={settings.publicNote ?? ''}
        />
        <SubmitButton isBusy={isBusy}>{t('homeDelivery.admin.saveSettings')}</SubmitButton>
      </Form>
    </section>
  );
}
