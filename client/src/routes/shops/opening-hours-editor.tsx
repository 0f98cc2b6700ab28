import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpeningHours } from '@e-galleria/shared/shops';
import { TextField } from '../../components/form-fields.tsx';
import type { FormFailure } from '../../lib/form-failure.ts';
import { exceptionField, weekdayNumbers, weeklyField } from './profile-from-form.ts';

type Row = { key: number; initial: OpeningHours['exceptions'][number] | null };

/**
 * One fieldset per weekday with native time inputs (keyboard and screen-reader friendly on
 * every platform), then special days the owner adds and removes. Empty times mean closed.
 */
export function OpeningHoursEditor(props: {
  hours: OpeningHours;
  failure: FormFailure | null;
  disabled: boolean;
}) {
  const { hours, failure, disabled } = props;
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() =>
    hours.exceptions.map((exception, index) => ({ key: index, initial: exception })),
  );
  const [nextKey, setNextKey] = useState(hours.exceptions.length);
  return (
    <fieldset className="fieldset" disabled={disabled}>
      <legend>{t('shops.owner.hoursHeading')}</legend>
      <p>{t('shops.owner.hoursIntro')}</p>
      <div className="hours-grid">
        {weekdayNumbers.map((day) => {
          const interval = hours.weekly.find((candidate) => candidate.weekday === day);
          return (
            <fieldset key={day} className="fieldset">
              <legend>{t(`shops.weekdays.${day}`)}</legend>
              <TextField
                type="time"
                name={weeklyField(day, 'opens')}
                label={t('shops.owner.opens')}
                defaultValue={interval?.opens ?? ''}
                failure={failure}
              />
              <TextField
                type="time"
                name={weeklyField(day, 'closes')}
                label={t('shops.owner.closes')}
                defaultValue={interval?.closes ?? ''}
                failure={failure}
              />
            </fieldset>
          );
        })}
      </div>
      <h3>{t('shops.owner.exceptionsHeading')}</h3>
      <p>{t('shops.owner.exceptionsIntro')}</p>
      {/* Indexes stay stable while rows are removed: the parser skips missing ones. */}
      <input type="hidden" name="exceptionCount" value={nextKey} />
      {rows.length === 0 ? <p>{t('shops.owner.noExceptions')}</p> : null}
      {rows.map((row, position) => (
        <fieldset key={row.key} className="fieldset">
          <legend>{t('shops.owner.exceptionLegend', { number: position + 1 })}</legend>
          <TextField
            type="date"
            name={exceptionField(row.key, 'date')}
            label={t('shops.owner.exceptionDate')}
            defaultValue={row.initial?.date ?? ''}
            failure={failure}
            autoFocus={row.initial === null}
          />
          <div className="field field--checkbox">
            <input
              type="checkbox"
              id={`exception-${row.key}-closed`}
              name={exceptionField(row.key, 'closed')}
              defaultChecked={row.initial?.closed ?? true}
            />
            <label htmlFor={`exception-${row.key}-closed`}>
              {t('shops.owner.exceptionClosed')}
            </label>
          </div>
          <TextField
            type="time"
            name={exceptionField(row.key, 'opens')}
            label={t('shops.owner.opens')}
            defaultValue={row.initial?.intervals[0]?.opens ?? ''}
            failure={failure}
          />
          <TextField
            type="time"
            name={exceptionField(row.key, 'closes')}
            label={t('shops.owner.closes')}
            defaultValue={row.initial?.intervals[0]?.closes ?? ''}
            failure={failure}
          />
          <TextField
            name={exceptionField(row.key, 'note')}
            label={t('shops.owner.exceptionNote')}
            defaultValue={row.initial?.note ?? ''}
            maxLength={120}
            failure={failure}
          />
          <button
            type="button"
            className="button button--secondary button--compact"
            onClick={() => setRows(rows.filter((candidate) => candidate.key !== row.key))}
          >
            {t('shops.owner.removeException', { number: position + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setRows([...rows, { key: nextKey, initial: null }]);
          setNextKey(nextKey + 1);
        }}
      >
        {t('shops.owner.addException')}
      </button>
    </fieldset>
  );
}
