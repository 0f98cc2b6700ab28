import { Form, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ServicePointDetail } from '@e-galleria/shared/service-points';
import {
  defaultHoldDays,
  maxHoldDays,
  servicePointAmenities,
  servicePointKinds,
  servicePointStatuses,
} from '@e-galleria/shared/service-point-codes';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField, SubmitButton, TextField } from '../../components/form-fields.tsx';
import type { FormFailure } from '../../lib/form-failure.ts';
import { OpeningHoursEditor } from '../shops/opening-hours-editor.tsx';

export const saveServicePointIntent = 'save-service-point';

/** Shops an admin may choose as host: the municipality's own (and the current host). */
export type HostShopOption = { id: string; name: string };

function useFieldLabels(failure: FormFailure | null): Record<string, string> {
  const { t } = useTranslation();
  const labels: Record<string, string> = {};
  for (const name of [
    'name',
    'kind',
    'hostShopId',
    'hostName',
    'streetAddress',
    'postalCode',
    'village',
    'latitude',
    'longitude',
    'amenities',
    'holdDays',
    'status',
  ] as const)
    labels[name] = t(`servicePoints.admin.${name}`);
  for (const error of failure?.fieldErrors ?? [])
    if (error.field.startsWith('openingHours.'))
      labels[error.field] = t('shops.owner.hoursHeading');
  return labels;
}

/** Create and edit share this form; the edit form adds the status (closing, reopening). */
export function ServicePointForm(props: {
  point: ServicePointDetail | null;
  hostShops: HostShopOption[];
  failure: FormFailure | null;
}) {
  const { point, failure } = props;
  const { t } = useTranslation();
  const isBusy = useNavigation().state === 'submitting';
  const labels = useFieldLabels(failure);
  const amenities = new Set<string>(point?.amenities ?? []);
  // A listed shop of a neighbour may host the point; keep it selectable once chosen.
  const hostShops =
    point?.hostShopId && !props.hostShops.some((shop) => shop.id === point.hostShopId)
      ? [...props.hostShops, { id: point.hostShopId, name: point.host?.name ?? point.hostShopId }]
      : props.hostShops;
  const text = (
    name: 'name' | 'streetAddress' | 'postalCode' | 'village',
    extra: Record<string, unknown> = {},
  ) => (
    <TextField
      name={name}
      label={labels[name] ?? name}
      defaultValue={point?.[name] ?? ''}
      required
      failure={failure}
      {...extra}
    />
  );
  return (
    <section aria-labelledby="service-point-form-heading" className="panel">
      <h2 id="service-point-form-heading">{t('servicePoints.admin.formHeading')}</h2>
      <ErrorSummary failure={failure} fieldLabels={labels} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value={saveServicePointIntent} />
        {text('name', { maxLength: 120 })}
        <SelectField
          name="kind"
          label={labels.kind ?? ''}
          defaultValue={point?.kind ?? 'village_shop'}
          failure={failure}
          options={servicePointKinds.map((kind) => ({
            value: kind,
            label: t(`servicePoints.kinds.${kind}`),
          }))}
        />
        <SelectField
          name="hostShopId"
          label={labels.hostShopId ?? ''}
          hint={t('servicePoints.admin.hostShopHint')}
          defaultValue={point?.hostShopId ?? ''}
          failure={failure}
          options={[
            { value: '', label: t('servicePoints.admin.noHostShop') },
            ...hostShops.map((shop) => ({ value: shop.id, label: shop.name })),
          ]}
        />
        <TextField
          name="hostName"
          label={labels.hostName ?? ''}
          hint={t('servicePoints.admin.hostNameHint')}
          defaultValue={point?.hostName ?? ''}
          maxLength={120}
          failure={failure}
        />
        {text('streetAddress', { autoComplete: 'off', maxLength: 200 })}
        {text('postalCode', { inputMode: 'numeric', maxLength: 6 })}
        {text('village', { maxLength: 80 })}
        <fieldset className="fieldset">
          <legend>{t('servicePoints.admin.positionHeading')}</legend>
          <p className="field__hint">{t('servicePoints.admin.positionIntro')}</p>
          {(['latitude', 'longitude'] as const).map((name) => (
            <TextField
              key={name}
              name={name}
              label={labels[name] ?? name}
              inputMode="decimal"
              defaultValue={point?.position ? String(point.position[name]) : ''}
              failure={failure}
            />
          ))}
        </fieldset>
        <fieldset className="fieldset" id="field-amenities">
          <legend>{labels.amenities}</legend>
          <p className="field__hint">{t('servicePoints.admin.amenitiesHint')}</p>
          <div className="checkbox-grid">
            {servicePointAmenities.map((amenity) => (
              <div key={amenity} className="field field--checkbox">
                <input
                  type="checkbox"
                  id={`amenity-${amenity}`}
                  name="amenities"
                  value={amenity}
                  defaultChecked={amenities.has(amenity)}
                />
                <label htmlFor={`amenity-${amenity}`}>
                  {t(`servicePoints.amenities.${amenity}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <TextField
          name="holdDays"
          type="number"
          label={labels.holdDays ?? ''}
          hint={t('servicePoints.admin.holdDaysHint')}
          min={1}
          max={maxHoldDays}
          defaultValue={String(point?.holdDays ?? defaultHoldDays)}
          failure={failure}
        />
        {point ? (
          <SelectField
            name="status"
            label={labels.status ?? ''}
            hint={t('servicePoints.admin.statusHint')}
            defaultValue={point.status}
            failure={failure}
            options={servicePointStatuses.map((status) => ({
              value: status,
              label: t(`servicePoints.status.${status}`),
            }))}
          />
        ) : null}
        <OpeningHoursEditor
          hours={point?.openingHours ?? { weekly: [], exceptions: [] }}
          failure={failure}
          disabled={false}
        />
        <SubmitButton isBusy={isBusy}>{t('servicePoints.admin.save')}</SubmitButton>
      </Form>
    </section>
  );
}
