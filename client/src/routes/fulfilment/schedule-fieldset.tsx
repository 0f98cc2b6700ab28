import { useTranslation } from 'react-i18next';
import type { FieldError } from '@e-galleria/shared/errors';
import type {
  FulfilmentSettings,
  ScheduledDeliveryBody,
  ServicePointPickupDate,
} from '@e-galleria/shared/fulfilment';
import { SelectField, TextField } from '../../components/form-fields.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { fieldId, translateFieldError } from '../../lib/field-error-message.ts';
import { formatSwedishDay, formatSwedishDayAndTime } from '../../lib/format-date.ts';
import type { FormFailure } from '../../lib/form-failure.ts';
import { useRows } from '../shop-catalogue/use-rows.ts';
import { deliveryIndexName, servicePointIndexName } from './fulfilment-form-body.ts';

export type ScheduleEntry = Omit<FulfilmentSettings['servicePoints'][number], 'upcoming'>;

const newDelivery: ScheduledDeliveryBody = { weekday: 4, cutoffWeekday: 2, cutoffTime: '18:00' };

/** One service point the shop delivers to: its weekly deliveries as rows, and the next dates. */
export function ScheduleFieldset(props: {
  index: number;
  entry: ScheduleEntry;
  /** The saved schedule's next dates; undefined for a point added since the last save. */
  upcoming: ServicePointPickupDate[] | undefined;
  failure: FormFailure | null;
  onRemove: () => void;
}) {
  const { index, entry, upcoming, failure, onRemove } = props;
  const { t } = useTranslation();
  const deliveries = useRows(entry.deliveries);
  const point = entry.servicePoint;
  const name = t('fulfilment.owner.pointName', { name: point.name, village: point.village });
  const at = (field: string) => `servicePoints.${index}.${field}`;
  const pointError = failure?.fieldErrors.find((error) => error.field === at('servicePointId'));
  const weekdayOptions = ['1', '2', '3', '4', '5', '6', '7'].map((day) => ({
    value: day,
    label: t(`shops.weekdays.${day as '1'}`),
  }));
  return (
    <fieldset className="fieldset">
      <legend>{name}</legend>
      <input type="hidden" name={servicePointIndexName} value={index} />
      <input type="hidden" name={at('servicePointId')} value={point.id} />
      {pointError ? (
        <p id={fieldId(at('servicePointId'))} className="field__error" tabIndex={-1}>
          {translateFieldError(t, pointError)}
        </p>
      ) : null}
      {point.status === 'closed' ? <p>{t('fulfilment.owner.pointClosed')}</p> : null}
      <div className="field field--checkbox">
        <input
          id={fieldId(at('isActive'))}
          type="checkbox"
          name={at('isActive')}
          defaultChecked={entry.isActive}
        />
        <label htmlFor={fieldId(at('isActive'))}>{t('fulfilment.owner.isActive')}</label>
      </div>
      <DeliveryErrors failure={failure} field={at('deliveries')} />
      {deliveries.rows.map(({ key, row }, number) => {
        const deliveryAt = (field: string) => at(`deliveries.${number}.${field}`);
        return (
          <div
            className="repeat-row"
            key={key}
            role="group"
            aria-label={t('fulfilment.owner.deliveryLegend', { number: number + 1 })}
          >
            <input type="hidden" name={deliveryIndexName(index)} value={number} />
            <SelectField
              name={deliveryAt('weekday')}
              label={t('fulfilment.owner.weekday')}
              failure={failure}
              options={weekdayOptions}
              defaultValue={String(row.weekday)}
            />
            <SelectField
              name={deliveryAt('cutoffWeekday')}
              label={t('fulfilment.owner.cutoffWeekday')}
              failure={failure}
              options={weekdayOptions}
              defaultValue={String(row.cutoffWeekday)}
            />
            <TextField
              name={deliveryAt('cutoffTime')}
              type="time"
              label={t('fulfilment.owner.cutoffTime')}
              failure={failure}
              defaultValue={row.cutoffTime}
            />
            <button
              type="button"
              className="button button--secondary button--compact"
              onClick={() => deliveries.remove(key)}
            >
              {t('fulfilment.owner.removeDelivery', { number: number + 1 })}
            </button>
          </div>
        );
      })}
      <ul className="actions-row inline-list">
        <li>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => deliveries.add(newDelivery)}
          >
            {t('fulfilment.owner.addDelivery')}
          </button>
        </li>
        <li>
          <button type="button" className="button button--secondary" onClick={onRemove}>
            {t('fulfilment.owner.removePoint', { name: point.name })}
          </button>
        </li>
      </ul>
      {upcoming ? <UpcomingDates upcoming={upcoming} /> : null}
    </fieldset>
  );
}

/** Errors about the list of deliveries as a whole (none, or one weekday twice). */
function DeliveryErrors({ failure, field }: { failure: FormFailure | null; field: string }) {
  const { t } = useTranslation();
  const errors: FieldError[] = failure?.fieldErrors.filter((error) => error.field === field) ?? [];
  if (errors.length === 0) return null;
  return (
    <p id={fieldId(field)} className="field__error" tabIndex={-1}>
      {errors.map((error) => translateFieldError(t, error)).join(' ')}
    </p>
  );
}

function UpcomingDates({ upcoming }: { upcoming: ServicePointPickupDate[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="fulfilment-preview">
      <p className="field__hint">
        {t('fulfilment.owner.previewHeading')}. {t('fulfilment.owner.previewIntro')}
      </p>
      {upcoming.length === 0 ? (
        <p>{t('fulfilment.owner.previewNone')}</p>
      ) : (
        <ul>
          {upcoming.map((pickup) => (
            <li key={pickup.date}>
              {t('fulfilment.owner.previewPickup', {
                date: formatSwedishDay(pickup.date, locale),
                orderBy: formatSwedishDayAndTime(pickup.orderBy, locale),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
