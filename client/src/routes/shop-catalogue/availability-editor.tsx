import { useTranslation } from 'react-i18next';
import type { Availability } from '@e-galleria/shared/catalogue';
import { SelectField, TextField } from '../../components/form-fields.tsx';
import type { FormFailure } from '../../lib/form-failure.ts';
import { useRows } from './use-rows.ts';

type ExceptionRow = { date: string; start: string; end: string };

/** Weekly hours when the service can be booked, and dated exceptions (closed or other hours). */
export function AvailabilityEditor({
  initial,
  failure,
}: {
  initial: Availability;
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  const weekly = useRows(initial.weekly);
  const exceptions = useRows<ExceptionRow>(
    initial.exceptions.map((exception) => ({
      date: exception.date,
      start: exception.intervals[0]?.start ?? '',
      end: exception.intervals[0]?.end ?? '',
    })),
  );
  const weekdayOptions = ['1', '2', '3', '4', '5', '6', '7'].map((day) => ({
    value: day,
    label: t(`shops.weekdays.${day as '1'}`),
  }));
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('catalogue.owner.weeklyHeading')}</legend>
        <p className="field__hint">{t('catalogue.owner.weeklyIntro')}</p>
        {weekly.rows.map(({ key, row }, index) => {
          const at = (field: string) => `service.availability.weekly.${index}.${field}`;
          return (
            <div
              className="repeat-row"
              key={key}
              role="group"
              aria-label={t('catalogue.owner.weeklyLegend', { number: index + 1 })}
            >
              <input type="hidden" name="weeklyIndex" value={index} />
              <SelectField
                name={at('weekday')}
                label={t('catalogue.owner.weekday')}
                failure={failure}
                options={weekdayOptions}
                defaultValue={String(row.weekday)}
              />
              <TimeRangeFields at={at} row={row} failure={failure} />
              <RemoveRowButton number={index + 1} onRemove={() => weekly.remove(key)} />
            </div>
          );
        })}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => weekly.add({ weekday: 1, start: '09:00', end: '17:00' })}
        >
          {t('catalogue.owner.addWeekly')}
        </button>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('catalogue.owner.exceptionsHeading')}</legend>
        <p className="field__hint">{t('catalogue.owner.exceptionsIntro')}</p>
        {exceptions.rows.map(({ key, row }, index) => {
          const at = (field: string) => `service.availability.exceptions.${index}.${field}`;
          return (
            <div
              className="repeat-row"
              key={key}
              role="group"
              aria-label={t('catalogue.owner.exceptionLegend', { number: index + 1 })}
            >
              <input type="hidden" name="exceptionIndex" value={index} />
              <TextField
                name={at('date')}
                type="date"
                label={t('catalogue.owner.date')}
                failure={failure}
                defaultValue={row.date}
              />
              <TimeRangeFields at={at} row={row} failure={failure} />
              <RemoveRowButton number={index + 1} onRemove={() => exceptions.remove(key)} />
            </div>
          );
        })}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => exceptions.add({ date: '', start: '', end: '' })}
        >
          {t('catalogue.owner.addException')}
        </button>
      </fieldset>
    </>
  );
}

/** Start and end of one row, weekly or dated: the same two time fields. */
function TimeRangeFields({
  at,
  row,
  failure,
}: {
  at: (field: string) => string;
  row: { start: string; end: string };
  failure: FormFailure | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name={at('start')}
        type="time"
        label={t('catalogue.owner.start')}
        failure={failure}
        defaultValue={row.start}
      />
      <TextField
        name={at('end')}
        type="time"
        label={t('catalogue.owner.end')}
        failure={failure}
        defaultValue={row.end}
      />
    </>
  );
}

function RemoveRowButton({ number, onRemove }: { number: number; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button--secondary button--compact" onClick={onRemove}>
      {t('catalogue.owner.removeRow', { number })}
    </button>
  );
}
